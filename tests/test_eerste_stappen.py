"""De pagina "Eerste stappen na de erkenning": plaats in de navigatie, verwijzingen, inhoud, één blad."""
from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import pytest
from pypdf import PdfReader

from bouwhulp import ROOT, in_eigen_draad, nav_paginas, pagina_url
from draaiboek import pdf

PAGINA = "eerste-stappen.md"


def test_staat_in_de_navigatie_direct_na_start():
    nav = [bestand for _, bestand in nav_paginas()]
    assert nav[:2] == ["index.md", PAGINA]


@pytest.mark.parametrize("bestand", ["index.md", "woonzoektocht/index.md"])
def test_start_en_woonzoektocht_openen_met_een_link(bestand):
    tekst = (ROOT / "docs" / bestand).read_text(encoding="utf-8")
    tekst = re.sub(r"\A---\n.*?\n---\n", "", tekst, flags=re.S)
    begin = tekst[: tekst.index("\n## ")]  # alles vóór de eerste sectie
    assert re.search(r"\]\((?:\.\./)*" + re.escape(PAGINA) + r"\)", begin), f"{bestand} verwijst niet vooraan naar {PAGINA}"


class _Tabellen(HTMLParser):
    """Rijen van de tabellen binnen .vzw-eerste-stappen: (cellen als tekst, links in de laatste cel)."""

    def __init__(self):
        super().__init__()
        self.rijen: list[tuple[list[str], list[str]]] = []
        self._in_td = False
        self._cellen: list[str] | None = None
        self._links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "tr":
            self._cellen, self._links = [], []
        elif tag == "td" and self._cellen is not None:
            self._in_td = True
            self._cellen.append("")
            self._links = []
        elif tag == "a" and self._in_td:
            self._links.append(dict(attrs).get("href", ""))

    def handle_endtag(self, tag):
        if tag == "td":
            self._in_td = False
        elif tag == "tr" and self._cellen:
            self.rijen.append((self._cellen, self._links))
            self._cellen = None

    def handle_data(self, data):
        if self._in_td and self._cellen is not None:
            self._cellen[-1] += data


def test_elke_stap_heeft_wie_wanneer_en_een_werkende_link(site):
    html = site.html(PAGINA)
    blok = html[html.index('class="vzw-eerste-stappen"'):html.index('class="vzw-nagekeken"')]
    for kop in ("Dag 1 tot 3", "De eerste week", "Tot de opvang verlaten moet worden"):
        assert f">{kop}<" in blok, f"sectie {kop} ontbreekt"
    lezer = _Tabellen()
    lezer.feed(blok)
    assert len(lezer.rijen) >= 10
    for cellen, links in lezer.rijen:
        stap, wie, wanneer, _ = (c.strip() for c in cellen)
        assert stap and wie and wanneer, f"onvolledige stap: {cellen}"
        assert links, f"stap zonder link naar een hoofdstuk: {stap}"
        for href in links:
            doel, _, anker = href.partition("#")
            assert doel.startswith("../") and doel.endswith("/"), href
            bestand = doel[3:-1] + ".md"
            pagina = site.html(bestand)
            if anker:
                assert f'id="{anker}"' in pagina, f"{href}: anker bestaat niet"


def test_past_op_een_afgedrukt_blad(site, tmp_path):
    if not pdf.vind_chromium():
        if os.environ.get("DRAAIBOEK_PDF") == "verplicht":
            pytest.fail("Chromium ontbreekt terwijl DRAAIBOEK_PDF=verplicht")
        pytest.skip("Chromium ontbreekt")
    uit = in_eigen_draad(lambda: pdf.maak_pdf(site.site / pagina_url(PAGINA), tmp_path / "eerste-stappen.pdf"))
    lezer = PdfReader(str(uit))
    assert len(lezer.pages) == 1, f"{len(lezer.pages)} bladen in plaats van één"
    tekst = lezer.pages[0].extract_text()
    assert "Na de verhuis" in tekst and "Dag 1 tot 3" in tekst


def test_in_het_boek_ook_op_een_blad_zonder_de_andere_hoofdstukken_te_verkleinen(pdf_pad):
    """In de PDF van het hele draaiboek staat het hoofdstuk op één blad. De regels die daarvoor de
    kop en de voetnoten klein maken, gelden niet voor de andere hoofdstukken: die maakten eerder
    elke hoofdstuktitel 15 pt en elke voetnoot 6,5 pt (de afdrukpagina bevat alle hoofdstukken)."""
    lezer = PdfReader(str(pdf_pad))
    teksten = [blad.extract_text() or "" for blad in lezer.pages]
    bladen = [n for n, t in enumerate(teksten) if "Eerste stappen na de erkenning" in t and "Dag 1 tot 3" in t
              and "Na de verhuis" in t and "Laatst nagekeken" in t]
    assert len(bladen) == 1, "geen blad met het hele hoofdstuk (eerste en laatste stap en de datum)"

    groottes: dict[str, float] = {}

    def noteer(tekst, _cm, tm, _font, grootte):
        if tekst.strip():
            groottes.setdefault(tekst.strip(), grootte * tm[0])

    # Het volgende hoofdstuk begint op een nieuw blad; zijn titel is de grootste tekst op dat blad.
    volgend = lezer.pages[bladen[0] + 1]
    nav = nav_paginas()
    titel = nav[[b for _, b in nav].index(PAGINA) + 1][0]  # het hoofdstuk na Eerste stappen
    volgend.extract_text(visitor_text=noteer)
    assert titel in groottes, (titel, groottes)
    assert groottes[titel] == max(groottes.values()), (
        f"de hoofdstuktitel {titel!r} ({groottes[titel]:.1f}) is kleiner dan andere tekst op het blad: "
        f"{sorted(groottes.items(), key=lambda x: -x[1])[:3]}")
