"""Bedragen en regels uit data/feiten.yaml: laden, meldingen, weergave, veroudering, gebruik in de tekst."""
from __future__ import annotations

import datetime as dt
import re
import shutil

import pytest

from bouwhulp import ROOT
from draaiboek import feiten

DOCS = ROOT / "docs"
VANDAAG = dt.date(2026, 11, 29)  # vaste datum: de tests hangen niet af van de dag waarop ze draaien

GOED = """\
- id: leefloon-test
  omschrijving: Leefloon per maand voor een alleenstaande
  soort: bedrag
  waarde: 1288.46
  eenheid: per maand
  geldig_vanaf: "2024-05"
  nakijken_binnen_maanden: 12
  bron:
    uitgever: Een uitgever
    titel: Een titel
    url: "https://example.org/leefloon"
    datum: "2024"
    geraadpleegd: "2026-11"

- id: termijn-test
  omschrijving: Termijn om de opvang te verlaten
  soort: tekst
  waarde: twee maanden
  geldig_vanaf: onbekend
  nakijken_binnen_maanden: 6
  bron:
    uitgever: Een uitgever
    titel: Een titel
    url: "https://example.org/termijn"
    datum: z.d.
    geraadpleegd: "2026-11"
"""


def _project(tmp_path, tekst: str):
    (tmp_path / "data").mkdir()
    shutil.copy(ROOT / feiten.SCHEMA_BESTAND, tmp_path / feiten.SCHEMA_BESTAND)
    (tmp_path / feiten.FEITEN_BESTAND).write_text(tekst, encoding="utf-8")
    return tmp_path


def test_echte_feiten_zijn_in_orde():
    alle, meldingen = feiten.controleer(ROOT, VANDAAG)
    assert not meldingen, "\n".join(map(str, meldingen))
    assert len(alle) >= 40


def test_laden_en_weergave(tmp_path):
    alle = feiten.laad(_project(tmp_path, GOED), VANDAAG)
    leefloon, termijn = alle["leefloon-test"], alle["termijn-test"]
    assert feiten.waarde_tekst(leefloon) == "€\u00a01.288,46 per maand"
    assert leefloon.stand == dt.date(2024, 5, 1)
    assert leefloon.nakijken_voor == dt.date(2025, 5, 1)
    # verouderd: de standvermelding staat naast de waarde
    assert feiten.html(leefloon, VANDAAG) == (
        '<span class="vzw-feit vzw-feit--verouderd">€\u00a01.288,46 per maand '
        '<span class="vzw-stand">(stand mei 2024, controleer)</span></span>')
    # nog niet verouderd op de laatste dag: geen vermelding
    assert "stand" not in feiten.html(leefloon, dt.date(2025, 5, 1))
    assert "stand mei 2024" in feiten.html(leefloon, dt.date(2025, 5, 2))
    # geldig_vanaf onbekend: de stand is de maand waarin de bron gelezen werd
    assert termijn.stand == dt.date(2026, 11, 1)
    assert feiten.html(termijn, VANDAAG) == '<span class="vzw-feit">twee maanden</span>'
    assert "stand november 2026, controleer" in feiten.html(termijn, dt.date(2027, 6, 1))


@pytest.mark.parametrize("soort, waarde, verwacht", [
    ("bedrag", 2190, "€\u00a02.190"),
    ("bedrag", 2737.5, "€\u00a02.737,50"),
    ("bedrag", 0.4269, "€\u00a00,4269"),
    ("bedrag", 1570000, "€\u00a01.570.000"),
    ("getal", 199085, "199.085"),
])
def test_getallen_in_het_nederlands(soort, waarde, verwacht):
    bron = feiten.FeitBron("t", "u", "https://example.org", "z.d.", "2026-11")
    f = feiten.Feit("x", "x", soort, waarde, "2024", bron, 12)
    assert feiten.waarde_tekst(f) == verwacht


def test_alleen_jaar_toont_alleen_het_jaar_en_historisch_veroudert_nooit():
    bron = feiten.FeitBron("t", "u", "https://example.org", "z.d.", "2026-11")
    f = feiten.Feit("x", "x", "bedrag", 20, "2020", bron, 12, eenheid="per jaar")
    assert "(stand 2020, controleer)" in feiten.html(f, VANDAAG)
    oud = feiten.Feit("y", "y", "bedrag", 350, "2019-01-01", bron, 12, historisch=True)
    assert not oud.verouderd(dt.date(2040, 1, 1))


def test_waarde_met_html_wordt_ge_escaped(tmp_path):
    tekst = GOED.replace("waarde: twee maanden", 'waarde: "<script>x</script> {{ 7*7 }}"')
    f = feiten.laad(_project(tmp_path, tekst), VANDAAG)["termijn-test"]
    uit = feiten.html(f, VANDAAG)
    assert "<script>" not in uit and "{{" not in uit
    assert "&lt;script&gt;" in uit


@pytest.mark.parametrize("oud, nieuw, melding", [
    ("  waarde: 1288.46\n", '  waarde: "1.288,46"\n',
     r'regel 4, feit "leefloon-test": veld "waarde" moet een getal zijn bij soort "bedrag"'),
    ("  soort: bedrag\n", "  soort: euro\n",
     r'regel 3, feit "leefloon-test": veld "soort" moet "bedrag", "getal" of "tekst" zijn, niet "euro"'),
    ('    url: "https://example.org/leefloon"\n', '    url: "http://example.org/leefloon"\n',
     r'regel 11, feit "leefloon-test": veld "url" van de bron moet een volledig adres'),
    ('  geldig_vanaf: "2024-05"\n', '  geldig_vanaf: "2024-13"\n',
     r'regel 6, feit "leefloon-test": veld "geldig_vanaf" is geen bestaande datum'),
    ('    geraadpleegd: "2026-11"\n', '    geraadpleegd: "2027-02"\n',
     r'regel 13, feit "leefloon-test": veld "geraadpleegd" van de bron ligt in de toekomst'),
    ("  nakijken_binnen_maanden: 12\n", "",
     r'regel 1, feit "leefloon-test": het verplichte veld "nakijken_binnen_maanden" ontbreekt'),
    ("- id: termijn-test\n", "- id: leefloon-test\n",
     r'regel 15, feit "leefloon-test": veld "id": "leefloon-test" komt al voor op regel 1'),
    ("  waarde: twee maanden\n", "  waarde: 20 euro\n",
     r'regel 18, feit "termijn-test": veld "waarde": een bedrag hoort in soort "bedrag"'),
])
def test_foute_invoer_geeft_nederlandse_melding_met_bestand_regel_en_veld(tmp_path, oud, nieuw, melding):
    assert oud in GOED
    _, meldingen = feiten.controleer(_project(tmp_path, GOED.replace(oud, nieuw, 1)), VANDAAG)
    tekst = "\n".join(map(str, meldingen))
    assert re.search(r"data/feiten\.yaml, " + melding, tekst), tekst
    assert "Traceback" not in tekst


def test_onbekend_feit_in_een_pagina_laat_de_build_falen_met_voorstel():
    alle, _ = feiten.controleer(ROOT, VANDAAG)
    assert 'Bedoel je "leefloon-alleenstaande"?' in feiten.onbekend_feit("leefloon-alleenstaand", alle)


# --- Geen bedrag meer met de hand in de hoofdstukken ----------------------------------------

_BEDRAG = re.compile(r"€|\beuro\b", re.I)


def _tekst_zonder_bronnen_en_macros(pad) -> list[tuple[int, str]]:
    """(regelnummer, regel) van de lopende tekst: zonder front matter, voetnootdefinities
    (titels van bronnen) en macro-aanroepen."""
    regels = pad.read_text(encoding="utf-8").split("\n")
    uit, in_fm = [], False
    for nr, regel in enumerate(regels, 1):
        if nr == 1 and regel == "---":
            in_fm = True
            continue
        if in_fm:
            in_fm = regel != "---"
            continue
        if re.match(r"^\[\^[^\]]+\]:", regel):
            continue
        uit.append((nr, re.sub(r"\{\{.*?\}\}", "", regel)))
    return uit


def test_geen_eurobedrag_met_de_hand_in_docs():
    """Elk bedrag komt uit data/feiten.yaml via {{ feit("...") }}; zo past één wijziging elke pagina aan."""
    gevonden = []
    for pad in sorted(DOCS.rglob("*.md")):
        for nr, regel in _tekst_zonder_bronnen_en_macros(pad):
            if _BEDRAG.search(regel):
                gevonden.append(f"docs/{pad.relative_to(DOCS).as_posix()}, regel {nr}: {regel.strip()[:120]}")
    assert not gevonden, "bedragen met de hand getypt; zet ze in data/feiten.yaml en gebruik feit(\"id\"):\n" + \
        "\n".join(gevonden)


def test_de_controle_op_bedragen_vangt_een_getypt_bedrag(tmp_path):
    pad = tmp_path / "x.md"
    pad.write_text("---\ntitle: x\n---\nHet kost €20.\nOf twintig euro.\n{{ feit(\"a\") }} mag.\n"
                   "[^b]: Bron, *Bijna 9 miljoen euro*, 2020. <https://example.org>\n", encoding="utf-8")
    treffers = [nr for nr, r in _tekst_zonder_bronnen_en_macros(pad) if _BEDRAG.search(r)]
    assert treffers == [4, 5]


def test_elk_feit_in_de_tekst_bestaat_en_elk_feit_wordt_gebruikt_of_staat_in_de_lijst():
    alle, _ = feiten.controleer(ROOT, VANDAAG)
    gebruikt = set()
    for pad in DOCS.rglob("*.md"):
        gebruikt |= set(re.findall(r'\{\{\s*feit\("([^"]+)"\)\s*\}\}', pad.read_text(encoding="utf-8")))
    assert gebruikt - set(alle) == set(), "onbekende feiten in de tekst"
    assert set(alle) - gebruikt == set(), "feiten die geen enkele pagina gebruikt"


def test_verouderd_feit_toont_stand_op_de_site_en_in_de_afdrukpagina(site):
    """Het leefloon van mei 2024 is na mei 2025 verouderd: site en PDF-bron tonen dat."""
    html = site.html("woonzoektocht/ocmw.md")
    assert re.search(r'<span class="vzw-feit vzw-feit--verouderd">€\xa01\.288,46 '
                     r'<span class="vzw-stand">\(stand mei 2024, controleer\)</span></span>', html)
    afdruk = site.afdrukpagina
    assert "(stand mei 2024, controleer)" in afdruk
    bronnen = site.html("bronnen/bedragen-en-regels.md")
    assert 'id="feit-leefloon-alleenstaande"' in bronnen
