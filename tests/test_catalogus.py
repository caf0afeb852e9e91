"""De catalogus in een overzicht en deelpagina's (draaiboek/catalogus.py), zonder build."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from pathlib import Path

import pytest

from bouwhulp import ROOT, nav_paginas
from draaiboek import catalogus, gegevens, weergave


@pytest.fixture(scope="module")
def data():
    return gegevens.laad(ROOT)


def _praktijk(ident: str, provincie, fasen) -> gegevens.Praktijk:
    return gegevens.Praktijk(
        id=ident, titel=f"Voorbeeld {ident}", samenvatting="Kort.", fasen=list(fasen), themas=["woning-zoeken"],
        aanpak="Zo.", wat_werkt=["Ja."], valkuilen=["Nee."], bronnen=[gegevens.Bron("Bron", "https://example.org/", "z.d.")],
        laatst_nagekeken=dt.date(2026, 1, 1), provincie=provincie)


def test_elke_provincie_en_fase_past_op_precies_een_deelpagina():
    """Ook provincies zonder voorbeeld vandaag: een nieuw voorbeeld moet altijd ergens staan."""
    fasecombinaties = [c for n in (1, 2, 3) for c in itertools.combinations(gegevens.FASEN, n)]
    for provincie in [*gegevens.PROVINCIES, None]:
        for fasen in fasecombinaties:
            p = _praktijk("x", provincie, fasen)
            passend = [d.slug for d in catalogus.DELEN if d.past(p)]
            assert passend, (provincie, fasen)
            assert catalogus.deel_van(p).slug == passend[0]


def test_verdeel_houdt_elk_voorbeeld_een_keer(data):
    per_deel = catalogus.verdeel(data.praktijken)
    alle = [p.id for lijst in per_deel.values() for p in lijst]
    assert sorted(alle) == sorted(p.id for p in data.praktijken)
    assert all(per_deel.values()), "geen lege deelpagina met de echte gegevens"


def test_onbekende_provincie_geeft_een_nederlandse_fout():
    p = _praktijk("ver-weg", "Wallonië", ["opstarten"])
    with pytest.raises(catalogus.CatalogusFout, match='"ver-weg".*past op geen enkele deelpagina'):
        catalogus.deel_van(p)


def test_deelpaginas_bestaan_en_staan_in_de_navigatie_na_het_overzicht():
    nav = [bestand for _, bestand in nav_paginas()]
    i = nav.index(catalogus.OVERZICHT)
    assert nav[i + 1: i + 1 + len(catalogus.DELEN)] == [d.bestand for d in catalogus.DELEN]
    for d in catalogus.DELEN:
        tekst = (ROOT / "docs" / d.bestand).read_text(encoding="utf-8")
        assert f'praktijkcatalogus(deel="{d.slug}")' in tekst, d.bestand
        assert re.search(r"^edit_url: \.\./\.\./data/practices\.yaml$", tekst, re.M), d.bestand
        assert f"\n# {d.titel}\n" in tekst, d.bestand


def test_adressen_wijzen_naar_de_deelpagina():
    adressen = catalogus.Adressen("../praktijkvoorbeelden/",
                                  {d.slug: f"../praktijkvoorbeelden/{d.slug}/" for d in catalogus.DELEN})
    p = _praktijk("a", "Antwerpen", ["opstarten"])
    assert catalogus.praktijk_href(p, adressen) == "../praktijkvoorbeelden/antwerpen-en-limburg/#praktijk-a"
    assert catalogus.praktijk_href(p, "x/") == "x/#praktijk-a"
    assert catalogus.overzicht_href(adressen) == "../praktijkvoorbeelden/"
    hv = dataclasses.replace(p, provincie="Heel Vlaanderen")
    assert catalogus.deel_van(hv).slug == "heel-vlaanderen-opstarten"
    assert catalogus.deel_van(dataclasses.replace(hv, fasen=["opstarten", "evalueren"])).slug == "heel-vlaanderen-bijsturen"


def test_overzicht_korte_kaarten_met_link_filters_en_deelpaginas(data):
    adressen = catalogus.Adressen("", {d.slug: f"{d.slug}/" for d in catalogus.DELEN})
    uit = weergave.catalogus_overzicht(data.praktijken, 3, catalogus_url=adressen,
                                       delen=[("a/", "Deel A", 2), ("b/", "Leeg", 0)])
    assert uit.count('class="vzw-kaart vzw-praktijk"') == len(data.praktijken)
    assert "vzw-kaart__details" not in uit and ' id="' not in uit
    assert '<a href="a/">Deel A</a> (2)' in uit and 'href="b/"' not in uit
    assert '<form class="vzw-filter__form" hidden' in uit and "data-vzw-filter" in uit
    for p in data.praktijken:
        assert uit.count(f'href="{catalogus.deel_van(p).slug}/#praktijk-{p.id}"') == 1, p.id
    # korte kaart op het overzicht: geen initiatief, geen tweede link
    assert "vzw-kaart__meer" not in uit and "(op de sociale kaart)" not in uit
    assert uit.count("<h3") == len(data.praktijken)


def test_deelpagina_zonder_filters_met_groepsanker_een_keer(data):
    per_deel = catalogus.verdeel(data.praktijken)
    twee = [weergave.catalogus(per_deel[s], 2, filters=False, overzicht=False, groep_ankers=ga)
            for s, ga in (("heel-vlaanderen-opstarten", {"Heel Vlaanderen"}), ("heel-vlaanderen-bijsturen", set()))]
    assert 'id="praktijken-heel-vlaanderen-en-brussel"' in twee[0]
    assert 'id="praktijken-' not in twee[1]
    for uit, slug in zip(twee, ("heel-vlaanderen-opstarten", "heel-vlaanderen-bijsturen")):
        assert "data-vzw-filter" not in uit and "vzw-filter__form" not in uit
        assert uit.count("vzw-kaart__details") == len(per_deel[slug])


def test_zoekindex_wijst_naar_de_volledige_kaart_niet_naar_het_overzicht(site, data):
    """De korte kaarten op het overzicht staan niet in de zoekindex (geen dubbele treffers); de
    volledige kaart op de deelpagina wel."""
    import json
    index = json.loads((site.site / "search" / "search_index.json").read_text(encoding="utf-8"))
    plaatsen = [d["location"] for d in index["docs"]]
    overzicht = " ".join(d["text"] for d in index["docs"] if d["location"].startswith("praktijkvoorbeelden/#")
                         or d["location"] == "praktijkvoorbeelden/")
    for p in data.praktijken:
        assert any(pl.endswith(f"/#praktijk-{p.id}") and not pl.startswith("praktijkvoorbeelden/#")
                   for pl in plaatsen), p.id
        assert p.samenvatting.split(".")[0][:40] not in overzicht, p.id
