"""Browsertests: de gebouwde site in de Chromium van het systeem, via Playwright voor Python.

- De site komt uit de sessiefixture `site` (tests/conftest.py): één strikte build per testsessie.
  `BROWSER_SITE=/pad/naar/site` test een al gebouwde map (handig om snel iets na te gaan).
- Een eigen, meerdradige http.server dient die map op 127.0.0.1 op een vrije poort.
- Eén browser per sessie; contexten (kleurschema x breedte) worden hergebruikt.
- Nooit `playwright install`: we starten /usr/bin/chromium (of $CHROMIUM) met vlaggen voor een
  gesloten netwerk, zodat Chromium zelf niets van het internet probeert te halen.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from browserhulp import BREEDTES, CHROMIUM_VLAGGEN, SCHEMAS, Server, chromium_pad, dien_map


@pytest.fixture(scope="session")
def site_map(request) -> Path:
    eigen = os.environ.get("BROWSER_SITE")
    if eigen:
        return Path(eigen).resolve()
    return request.getfixturevalue("site").site


@pytest.fixture(scope="session")
def server(site_map) -> Server:
    httpd, draad = dien_map(site_map)
    host, poort = httpd.server_address[:2]
    yield Server(site_map, f"http://{host}:{poort}")
    httpd.shutdown()
    httpd.server_close()
    draad.join(timeout=5)


@pytest.fixture(scope="session")
def browser():
    pad = chromium_pad()
    if not pad:
        if os.environ.get("CI"):
            pytest.fail("Geen Chromium gevonden (/usr/bin/chromium of $CHROMIUM); in CI is die verplicht")
        pytest.skip("Geen Chromium gevonden (/usr/bin/chromium of $CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=pad, args=CHROMIUM_VLAGGEN, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="session")
def contexten(browser):
    """Eén context per (schema, breedte), pas gemaakt wanneer nodig en daarna hergebruikt."""
    cache: dict[tuple[str, str], object] = {}

    def geef(schema: str = "licht", breedte: str = "desktop"):
        sleutel = (schema, breedte)
        if sleutel not in cache:
            ctx = browser.new_context(
                viewport=BREEDTES[breedte],
                color_scheme=SCHEMAS[schema],
                locale="nl-BE",
                service_workers="block",
            )
            ctx.set_default_timeout(15_000)
            pagina = ctx.new_page()
            cache[sleutel] = (ctx, pagina)
        return cache[sleutel][1]

    yield geef
    for ctx, _ in cache.values():
        ctx.close()


@pytest.fixture
def pagina(browser):
    """Een verse pagina in een eigen context (licht, desktop) voor tests die toestand veranderen."""
    ctx = browser.new_context(viewport=BREEDTES["desktop"], color_scheme="light", locale="nl-BE")
    ctx.set_default_timeout(15_000)
    p = ctx.new_page()
    yield p
    ctx.close()
