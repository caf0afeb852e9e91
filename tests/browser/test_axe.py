"""Toegankelijkheid: axe-core op elke pagina uit sitemap.xml en op de afdrukpagina.

WCAG 2.0, 2.1 en 2.2 (A en AA) plus de best practices van axe, in het lichte en het donkere
kleurschema, op een smalle telefoon (320 px), een gewone telefoon (375 px) en desktopbreedte (1280 px):
elke pagina licht en donker op 375 px, een steekproef van elk soort pagina op 320 en 1280 px (zie
VOLLEDIG hieronder). axe-core komt uit npm
(package.json, exacte versie; `npm ci --omit=dev`) en wordt als lokaal script in de pagina
gezet: geen CDN.

Een regel uitzetten mag alleen met een geschreven reden in UITGEZET hieronder.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from browserhulp import AXE_JS, alle_paden

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]

# Regel-id -> reden. Leeg houden tenzij een regel aantoonbaar niet op deze site van toepassing is.
UITGEZET: dict[str, str] = {}

# Het donkere schema volgt prefers-color-scheme (de palette in mkdocs.yml heeft media queries);
# Playwright emuleert dat per context. We controleren dat Material het schema echt toepast.
VERWACHT_SCHEMA = {"licht": "default", "donker": "slate"}


def _axe_opties() -> dict:
    opties = {"runOnly": {"type": "tag", "values": AXE_TAGS}, "resultTypes": ["violations"]}
    if UITGEZET:
        opties["rules"] = {regel: {"enabled": False} for regel in UITGEZET}
    return opties


def _rapport(schendingen: dict[str, list[dict]]) -> str:
    regels = []
    for pad, lijst in schendingen.items():
        for s in lijst:
            regels.append(f"/{pad}: {s['id']} ({s['impact']}) – {s['help']}  {s['helpUrl']}")
            for node in s["nodes"][:8]:
                doel = " ".join(" > ".join(t) if isinstance(t, list) else t for t in node["target"])
                uitleg = (node.get("failureSummary") or "").replace("\n", " ")[:300]
                regels.append(f"    {doel}\n      {uitleg}")
            if len(s["nodes"]) > 8:
                regels.append(f"    ... en nog {len(s['nodes']) - 8} elementen")
    return "\n".join(regels)


@pytest.fixture(scope="session")
def axe_bron() -> str:
    if not AXE_JS.exists():
        pytest.fail(
            f"{AXE_JS.relative_to(AXE_JS.parents[2])} ontbreekt: voer eerst `npm ci --omit=dev` uit",
            pytrace=False,
        )
    return str(AXE_JS)


# Elke pagina licht en donker op een telefoon (375 px), zoals issue 13 vraagt. Op 320 en 1280 px
# een steekproef: elke pagina van het eerste niveau (start, het overzicht van elk hoofdstuk, de
# losse pagina's) plus de eerste deelpagina van elk hoofdstuk, zonder de afdrukpagina. Zo dekt de
# steekproef elk soort pagina (hoofdstuk, deelpagina, catalogus, sociale kaart per provincie,
# formulier, bronnen) ook op die breedtes, en blijft CI onder 15 minuten met 81 pagina's (alle
# pagina's in alle zes combinaties duurde 16 minuten).
VOLLEDIG = {("licht", "telefoon"), ("donker", "telefoon")}
# Elke week (.github/workflows/toegankelijkheid.yml) en op vraag: elke pagina in alle zes combinaties.
ALLE_COMBINATIES = os.environ.get("AXE_ALLE_COMBINATIES") == "1"


def steekproef(paden: list[str]) -> list[str]:
    uit, hoofdstukken = [], set()
    for pad in paden:
        if pad == "print_page/":
            continue  # de afdrukpagina (alle hoofdstukken samen) alleen in VOLLEDIG: de traagste
        delen = [d for d in pad.strip("/").split("/") if d]
        if len(delen) <= 1:
            uit.append(pad)
        elif delen[0] not in hoofdstukken:
            hoofdstukken.add(delen[0])
            uit.append(pad)
    return uit


def test_steekproef_dekt_elk_hoofdstuk_en_elke_soort_pagina(site_map):
    paden = alle_paden(site_map)
    keuze = steekproef(paden)
    assert "" in keuze
    for pad in paden:
        if pad == "print_page/":
            continue
        assert pad.strip("/").split("/")[0] in {k.strip("/").split("/")[0] for k in keuze}, pad
    assert any(p.count("/") == 2 for p in keuze), "geen enkele deelpagina in de steekproef"


@pytest.mark.parametrize("breedte", ["smal", "telefoon", "desktop"])
@pytest.mark.parametrize("schema", ["licht", "donker"])
def test_axe_geen_schendingen(server, site_map, contexten, axe_bron, schema, breedte):
    pagina = contexten(schema, breedte)
    paden = alle_paden(site_map)
    if (schema, breedte) not in VOLLEDIG and not ALLE_COMBINATIES:
        paden = steekproef(paden)
    alleen = os.environ.get("AXE_PADEN")  # bv. AXE_PADEN=opstarten/,print_page/ om snel te herhalen
    if alleen:
        paden = [p for p in paden if p in alleen.split(",")]
    assert paden, "sitemap.xml bevat geen pagina's"
    schendingen: dict[str, list[dict]] = {}
    for pad in paden:
        antwoord = pagina.goto(server.url(pad), wait_until="load")
        assert antwoord and antwoord.ok, f"/{pad} gaf HTTP {antwoord.status if antwoord else '?'}"
        schema_attr = pagina.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert schema_attr == VERWACHT_SCHEMA[schema], (
            f"/{pad}: verwacht kleurschema {VERWACHT_SCHEMA[schema]}, Material toont {schema_attr}"
        )
        # Via evaluate (DevTools), niet als ingevoegd <script>: de Content-Security-Policy van de
        # site weigert terecht elk inline script.
        pagina.evaluate(Path(axe_bron).read_text(encoding="utf-8") + "\n;undefined")
        resultaat = pagina.evaluate("opties => axe.run(document, opties)", _axe_opties())
        if resultaat["violations"]:
            schendingen[pad] = resultaat["violations"]
    assert not schendingen, (
        f"axe-core vond schendingen ({schema}, {breedte}):\n" + _rapport(schendingen)
    )
