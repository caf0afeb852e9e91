"""Elke pagina laadt alleen de CSS en JS die ze gebruikt (issue 13, draaiboek/paginabestanden.py)."""
from __future__ import annotations

import re

import pytest

from bouwhulp import mkdocs_config, nav_paginas
from draaiboek import paginabestanden

KOP = """<head>
<link rel="stylesheet" href="../assets/stylesheets/main.css">
<link rel="stylesheet" href="../css/print-site.css">
<link rel="stylesheet" href="../css/print-site-material.css">
<link rel="stylesheet" href="../assets/stylesheets/extra.css">
<link rel="stylesheet" href="../assets/stylesheets/boek.css">
<link rel="stylesheet" href="../assets/stylesheets/kaarten.css">
<link rel="stylesheet" href="../assets/stylesheets/formulier.css">
<link rel="stylesheet" href="../assets/stylesheets/zoeker.css">
<link rel="stylesheet" href="../assets/stylesheets/gemeenten.css">
<link rel="stylesheet" href="../assets/stylesheets/diensten.css">
</head><body>{inhoud}
<script src="../js/print-site.js"></script>
<script src="../assets/javascripts/filters.js"></script>
<script src="../assets/javascripts/checklists.js"></script>
<script src="../assets/javascripts/kaarten.js"></script>
<script src="../assets/javascripts/tabellen.js"></script>
</body>"""


def geladen(html: str) -> set[str]:
    return {re.sub(r"^(\.\./)+", "", p) for p in re.findall(r'(?:href|src)="([^"]+\.(?:css|js))"', html)}


def test_pagina_zonder_merktekens_laadt_alleen_het_gewone():
    uit = paginabestanden.alleen_wat_nodig_is(KOP.format(inhoud="<p>Gewone tekst.</p>"))
    assert geladen(uit) == {"assets/stylesheets/main.css", "assets/stylesheets/extra.css"}
    assert "<p>Gewone tekst.</p>" in uit


def test_merkteken_houdt_zijn_bestand():
    uit = paginabestanden.alleen_wat_nodig_is(KOP.format(
        inhoud='<div data-vzw-filter><article class="vzw-kaart"></article></div>'))
    assert geladen(uit) == {"assets/stylesheets/main.css", "assets/stylesheets/extra.css",
                            "assets/stylesheets/kaarten.css", "assets/javascripts/filters.js"}


def test_afdrukpagina_houdt_alles():
    html = KOP.format(inhoud="<p>x</p>")
    assert paginabestanden.alleen_wat_nodig_is(html, afdrukpagina=True) == html


def test_onverwachte_tag_is_een_fout_geen_stille_zware_pagina():
    html = KOP.format(inhoud="").replace('<script src="../assets/javascripts/filters.js"></script>',
                                         '<script defer src="../assets/javascripts/filters.js"></script>')
    with pytest.raises(ValueError, match="filters.js"):
        paginabestanden.alleen_wat_nodig_is(html)


def test_elk_bestand_uit_de_tabel_staat_in_mkdocs_yml():
    """Een bestand dat alleen hier staat, wordt nooit geladen; een tikfout valt zo op."""
    cfg = mkdocs_config()
    alles = set(cfg["extra_css"]) | set(cfg["extra_javascript"])
    assert set(paginabestanden.ALLEEN_WAAR_NODIG) <= alles


def test_gebouwde_paginas_laden_alleen_wat_ze_gebruiken(site):
    for _titel, bestand in nav_paginas():
        html = site.html(bestand)
        for pad, merken in paginabestanden.ALLEEN_WAAR_NODIG.items():
            nodig = any(m in html for m in merken)
            assert (pad in geladen(html)) == nodig, (bestand, pad, nodig)
        for pad in paginabestanden.ALLEEN_AFDRUKPAGINA:
            assert pad not in html, (bestand, pad)
    # de afdrukpagina (de bron van de PDF) laadt de opmaak van het boek
    assert "assets/stylesheets/boek.css" in site.afdrukpagina
    # wat de echte pagina's gebruiken, laden ze ook
    assert "filters.js" in site.html("praktijkvoorbeelden/index.md")
    assert "kaarten.css" in site.html("sociale-kaart/antwerpen.md")
    # de sociale kaart: de zoeker op het overzicht, de tabel per provincie, de diensten op hun pagina
    assert "zoeker.css" in site.html("sociale-kaart/index.md")
    assert "gemeenten.css" in site.html("sociale-kaart/limburg.md")
    assert "gemeenten.css" not in site.html("sociale-kaart/index.md")
    assert "filters.js" not in site.html("sociale-kaart/index.md")
    assert "diensten.css" in site.html("sociale-kaart/lokale-diensten.md")
    assert "tabellen.js" not in site.html("sociale-kaart/limburg.md"), "de tabel van de gemeenten schuift zelf"
    assert "assets/stylesheets/formulier.css" in geladen(site.html("toevoegen/initiatief.md"))
    # het formulier laadt de stijl van de kaarten pas met de voorbeeldkaart (formulier.js)
    assert "assets/stylesheets/kaarten.css" not in geladen(site.html("toevoegen/initiatief.md"))
    assert "filters.js" not in site.html("eerste-stappen.md")
    # de afdrukpagina bevat alle hoofdstukken en laadt alles
    afdruk = site.afdrukpagina
    for pad in (*paginabestanden.ALLEEN_WAAR_NODIG, *paginabestanden.ALLEEN_AFDRUKPAGINA):
        assert pad in afdruk, pad
