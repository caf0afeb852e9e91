"""Geen verzoeken buiten de eigen site, en de PDF-link werkt op elke pagina."""
from __future__ import annotations

import os
import urllib.error
import urllib.request
from urllib.parse import urljoin

import pytest

from browserhulp import alle_paden, bezoek_tegelijk, open_zoeken


def _eigen(url: str, origin: str) -> bool:
    return url.startswith(origin + "/") or url == origin or url.startswith(("data:", "blob:"))


def test_geen_verzoeken_buiten_de_site(server, site_map, browser):
    """Elke pagina (ook na het openen van de zoekfunctie) haalt alleen iets van de eigen origin."""
    ctx = browser.new_context(service_workers="block")
    vreemd: list[tuple[str, str]] = []

    def bij_verzoek(req):
        if _eigen(req.url, server.origin):
            return
        try:
            pad = getattr(req.frame.page, "vzw_pad", "?")
        except Exception:  # noqa: BLE001 - een verzoek van een web worker heeft geen frame
            pad = "(worker van een van de open pagina's)"
        vreemd.append((pad, req.url))

    # Ook verzoeken van web workers (Materials zoekworker haalt de index op bij het openen).
    ctx.on("request", bij_verzoek)
    try:
        bezoek_tegelijk(ctx, alle_paden(site_map), server.url, lambda _tab, _pad: None)
        # Zoeken: de zoekvraag zelf, en wat de zoekfunctie daarna nog ophaalt.
        pagina = ctx.new_page()
        pagina.vzw_pad = "(zoeken)"
        pagina.goto(server.url("/"), wait_until="load")
        open_zoeken(pagina)
        pagina.locator("input.md-search__input").fill("woning")
        pagina.wait_for_load_state("networkidle")
    finally:
        ctx.close()
    assert not vreemd, "Verzoeken buiten de site:\n" + "\n".join(f"  /{p}: {u}" for p, u in sorted(set(vreemd)))


def test_pdf_link_op_elke_pagina(server, site_map, contexten):
    """'Download als PDF' (class vzw-pdf-link) staat op elke pagina en wijst naar de gebouwde PDF."""
    pagina = contexten("licht", "desktop")
    doelen: dict[str, list[str]] = {}
    for pad in alle_paden(site_map):
        if pad == "print_page/":
            continue  # de afdrukpagina is de bron van de PDF; daar verbergt de CSS de link
        pagina.goto(server.url(pad), wait_until="domcontentloaded")
        link = pagina.locator(".vzw-pdf-link a")
        assert link.count() == 1, f"/{pad}: geen (of meer dan één) 'Download als PDF'-link"
        assert "Download als PDF" in link.inner_text(), f"/{pad}: linktekst is {link.inner_text()!r}"
        doel = urljoin(pagina.url, link.get_attribute("href"))
        doelen.setdefault(doel, []).append(pad)
    assert len(doelen) == 1, f"De PDF-link wijst niet overal naar hetzelfde bestand: {doelen}"
    doel = next(iter(doelen))
    assert doel.startswith(server.origin + "/") and doel.endswith(".pdf"), doel

    if not (server.map / doel[len(server.origin) + 1:]).exists():
        if os.environ.get("DRAAIBOEK_PDF") == "verplicht":
            pytest.fail("Geen PDF gebouwd terwijl DRAAIBOEK_PDF=verplicht")
        pytest.skip("Geen PDF gebouwd (Chromium ontbreekt of DRAAIBOEK_PDF=uit); in CI is de PDF verplicht")
    try:
        with urllib.request.urlopen(doel, timeout=10) as antwoord:
            status, soort = antwoord.status, antwoord.headers.get_content_type()
            begin = antwoord.read(5)
    except urllib.error.HTTPError as fout:
        pytest.fail(f"{doel} gaf HTTP {fout.code}")
    assert status == 200
    assert soort == "application/pdf", soort
    assert begin == b"%PDF-"

