"""Weergave (draaiboek/weergave.py): zuivere functies, getest zonder MkDocs."""
from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import markdown
import pytest

from draaiboek import weergave
from draaiboek.gegevens import Bevestiging, Bron, Initiatief, Praktijk

VANDAAG = dt.date(2026, 11, 27)
GEVAARLIJK = "<script>alert(1)</script> {{ 7*7 }} {% raw %} | a & b \"c\" 'd'"


def praktijk(ident="eerste", **extra) -> Praktijk:
    velden = dict(
        id=ident, titel=f"Titel {ident}", samenvatting="Korte samenvatting.", fasen=["opstarten"],
        themas=["woning-zoeken"], aanpak="Alinea een.\n\nAlinea twee.", wat_werkt=["Werkt."],
        valkuilen=["Valkuil."], bronnen=[Bron("Bron", "https://example.org/b", "2019-05")],
        laatst_nagekeken=dt.date(2026, 1, 15), provincie="Oost-Vlaanderen", gemeente="Gent",
    )
    velden.update(extra)
    return Praktijk(**velden)


def initiatief(ident="vzw-een", **extra) -> Initiatief:
    velden = dict(
        id=ident, naam=f"Naam {ident}", beschrijving="Helpt zoeken.", gemeente="Gent",
        provincie="Oost-Vlaanderen", werkingsgebied="Gent", vorm="vzw", ondersteuning=["zoeken"],
        bronnen=[Bron("Bron", "https://example.org/b", "z.d.")],
        laatst_nagekeken=dt.date(2026, 1, 15),
    )
    velden.update(extra)
    return Initiatief(**velden)


class _Structuur(HTMLParser):
    """Controleert dat alle tags netjes sluiten en verzamelt ids, hrefs, koppen en tekst."""

    LEEG = {"br", "img", "input", "meta", "link", "hr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stapel, self.ids, self.hrefs, self.koppen, self.tekst, self.tags = [], [], [], [], [], []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a":
            self.hrefs.append(a.get("href"))
        if re.fullmatch(r"h[1-6]", tag):
            self.koppen.append(int(tag[1]))
        if tag not in self.LEEG:
            self.stapel.append(tag)

    def handle_endtag(self, tag):
        assert self.stapel and self.stapel[-1] == tag, f"</{tag}> sluit {self.stapel[-1:]}"
        self.stapel.pop()

    def handle_data(self, data):
        self.tekst.append(data)


def ontleed(html_tekst: str) -> _Structuur:
    p = _Structuur()
    p.feed(html_tekst)
    p.close()
    assert not p.stapel, f"niet gesloten: {p.stapel}"
    return p


def assert_blok(uit: str):
    """Eén ruw HTML-blok: lege regel ervoor en erna, geen lege regels erin."""
    assert uit.startswith("\n\n") and uit.endswith("\n\n")
    assert "\n\n" not in uit.strip("\n")


# ---------------------------------------------------------------------------
# Bouwstenen
# ---------------------------------------------------------------------------


def test_tekst_escapet_html_jinja_en_pijp():
    uit = weergave.tekst(GEVAARLIJK)
    assert "<" not in uit and ">" not in uit and "{" not in uit and "}" not in uit and "|" not in uit
    assert "&lt;script&gt;" in uit and "&#123;&#123; 7*7 &#125;&#125;" in uit and "&#124;" in uit
    assert "&quot;c&quot;" in uit and "&#x27;d&#x27;" in uit


@pytest.mark.parametrize("url,goed", [
    ("https://example.org/pad?a=1&b=2", True),
    ("http://example.org/", True),
    ("javascript:alert(1)", False),
    ("JavaScript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("vbscript:x", False),
    ("mailto:info@example.org", False),
    ("//example.org/", False),
    ("/relatief", False),
    ("https://", False),
    ("https://example.org/ spatie", False),
    ("https://example.org/\"onmouseover=\"x", True),
    (None, False),
])
def test_alleen_http_links(url, goed):
    uit = weergave.veilige_url(url)
    assert (uit is not None) == goed
    if uit:
        assert '"' not in uit and "<" not in uit


def test_bron_datum():
    assert weergave.bron_datum("z.d.") == "zonder datum"
    assert weergave.bron_datum("2019") == "2019"
    assert weergave.bron_datum("2016-09") == "september 2016"
    assert weergave.bron_datum("2016-09-22") == "22 september 2016"


def test_slug():
    assert weergave.slug("Oost-Vlaanderen") == "oost-vlaanderen"
    assert weergave.slug("Heel Vlaanderen") == "heel-vlaanderen"
    assert weergave.slug("Sint-Niklaas (regio) é") == "sint-niklaas-regio-e"


# ---------------------------------------------------------------------------
# Praktijkkaart
# ---------------------------------------------------------------------------


def test_volledige_kaart_met_anker():
    ini = {"vzw-een": initiatief()}
    uit = weergave.praktijk_kaart(praktijk(initiatief="vzw-een"), 3, ankers=True, kaart_url="../sociale-kaart/",
                                  initiatieven=ini)
    s = ontleed(uit)
    assert s.ids == ["praktijk-eerste"]
    assert re.search(r'^<h3 id="praktijk-eerste"', uit, re.M), "een kop met id begint op een eigen regel"
    assert s.koppen == [3, 4, 4, 4, 4]
    assert "../sociale-kaart/#initiatief-vzw-een" in s.hrefs
    tekst = " ".join(s.tekst)
    for stuk in ("Aanpak", "Wat werkt", "Valkuilen", "Bronnen", "Alinea een.", "Alinea twee.",
                 "Naam vzw-een", "mei 2019", "Laatst nagekeken", "15 januari 2026", "Gent (Oost-Vlaanderen)"):
        assert stuk in tekst, stuk
    assert uit.count("<p>Alinea") == 2


def test_korte_kaart_in_hoofdstuk_zonder_id_en_met_link_naar_catalogus():
    uit = weergave.praktijk_kaart(praktijk(), 4, ankers=False, volledig=False,
                                  catalogus_url="../praktijkvoorbeelden/")
    s = ontleed(uit)
    assert s.ids == []
    assert s.koppen == [4]
    assert "../praktijkvoorbeelden/#praktijk-eerste" in s.hrefs
    assert "Alinea een." not in uit and "Valkuil." not in uit
    assert "Korte samenvatting." in uit
    assert "https://example.org/b" not in uit, "bronnen staan bij het voorbeeld in de catalogus, niet in de korte kaart"


@pytest.mark.parametrize("niveau", [1, 2, 3, 4, 5])
def test_kopniveau_volgt_parameter(niveau):
    s = ontleed(weergave.praktijk_kaart(praktijk(), niveau, ankers=True))
    assert s.koppen[0] == niveau
    assert all(k == min(niveau + 1, 6) for k in s.koppen[1:])


def test_gevaarlijke_waarden_komen_letterlijk_in_de_tekst():
    p = praktijk(titel=GEVAARLIJK, samenvatting=GEVAARLIJK, aanpak=GEVAARLIJK, wat_werkt=[GEVAARLIJK],
                 valkuilen=[GEVAARLIJK], gemeente=GEVAARLIJK,
                 bronnen=[Bron(GEVAARLIJK, "javascript:alert(1)", "z.d.")])
    uit = weergave.praktijk_kaart(p, 3, ankers=True)
    s = ontleed(uit)
    assert "script" not in s.tags
    assert "javascript:" not in " ".join(h or "" for h in s.hrefs)
    assert "{{" not in uit and "{%" not in uit and "|" not in uit
    assert sum(GEVAARLIJK in t for t in s.tekst) >= 6


def test_gevaarlijke_waarden_overleven_markdown_met_md_in_html():
    """Wat MkDocs met de uitvoer doet: Markdown met md_in_html en attr_list laat het blok heel."""
    p = praktijk(titel=GEVAARLIJK + " *nadruk* [link](javascript:x) {: #kaap }", aanpak="--8<-- \"x.md\"")
    blok = weergave.catalogus([p], 2, ankers=True)
    html_uit = markdown.markdown("# Titel\n\nTekst." + blok + "Meer tekst.\n",
                                 extensions=["md_in_html", "attr_list", "tables", "abbr"])
    s = ontleed(html_uit)
    assert "script" not in s.tags and "em" not in s.tags
    assert 'id="kaap"' not in html_uit
    volledige_tekst = "".join(s.tekst)
    assert "<script>alert(1)</script> {{ 7*7 }}" in volledige_tekst
    assert "*nadruk* [link](javascript:x)" in volledige_tekst
    assert '--8<-- "x.md"' in volledige_tekst
    assert "praktijk-eerste" in s.ids


def test_pijp_breekt_geen_tabel():
    p = praktijk(titel="a | b | c")
    html_uit = markdown.markdown(weergave.catalogus([p], 2, ankers=True), extensions=["md_in_html", "tables"])
    assert "<table" not in html_uit
    assert "a | b | c" in "".join(ontleed(html_uit).tekst)


# ---------------------------------------------------------------------------
# Lijsten, catalogus, sociale kaart
# ---------------------------------------------------------------------------


def test_kies_praktijken_filtert_en_sorteert():
    lijst = [praktijk("b", titel="Zeker", fasen=["bijsturen"]),
             praktijk("a", titel="Één voorbeeld", themas=["samenwerking"]),
             praktijk("c", titel="Anders", provincie="Limburg")]
    assert [p.id for p in weergave.kies_praktijken(lijst)] == ["c", "a", "b"]
    assert [p.id for p in weergave.kies_praktijken(lijst, fase="opstarten")] == ["c", "a"]
    assert [p.id for p in weergave.kies_praktijken(lijst, thema="samenwerking")] == ["a"]
    assert [p.id for p in weergave.kies_praktijken(lijst, provincie="Limburg")] == ["c"]
    assert weergave.aantal_praktijken(lijst, fase="bijsturen") == 1
    assert weergave.aantal_praktijken(lijst) == 3


def test_praktijkenlijst_voor_hoofdstuk():
    uit = weergave.praktijken_lijst([praktijk("a"), praktijk("b")], 4, catalogus_url="../praktijkvoorbeelden/")
    assert_blok(uit)
    s = ontleed(uit)
    assert s.ids == [] and s.koppen == [4, 4]
    leeg = weergave.praktijken_lijst([], 4, leeg="Niets <hier>.")
    assert "Niets &lt;hier&gt;." in leeg


def test_lange_lijst_in_hoofdstuk_toont_hoogstens_het_maximum_en_verwijst_naar_de_catalogus():
    lijst = [praktijk(f"p{i:02d}") for i in range(12)]
    uit = weergave.praktijken_lijst(lijst, 4, catalogus_url="../praktijkvoorbeelden/", hoogstens=5,
                                    keuze='de fase "opstarten" <en> meer')
    assert_blok(uit)
    s = ontleed(uit)
    assert s.koppen == [4] * 5
    assert "Hier staan er 5 van de 12." in uit and "Alle 12 praktijkvoorbeelden" in uit
    assert s.hrefs[-1] == "../praktijkvoorbeelden/"
    assert "Kies daar de fase &quot;opstarten&quot; &lt;en&gt; meer." in uit
    # Precies het maximum of minder: alles, zonder verwijzing.
    for n in (4, 5):
        kort = weergave.praktijken_lijst(lijst[:n], 4, hoogstens=5)
        assert ontleed(kort).koppen == [4] * n and "vzw-kaarten__meer" not in kort
    assert weergave.MAX_KORTE_KAARTEN >= 20  # de echte lijsten (tot 17 kaarten) blijven volledig


def test_volledige_kaart_tweede_deel_in_details_open_met_titel_voor_schermlezers():
    uit = weergave.praktijk_kaart(praktijk("a", titel="Titel <a>"), 3, ankers=True, volledig=True)
    s = ontleed(uit)
    assert s.tags.count("details") == 1 and s.tags.count("summary") == 1
    details = uit[uit.index("<details"):uit.index("</details>")]
    assert details.startswith('<details class="vzw-kaart__details" open>')
    assert '<span class="vzw-verborgen"> van Titel &lt;a&gt;</span></summary>' in details
    for deel in ("Aanpak", "Wat werkt", "Valkuilen", "Bronnen", "Laatst nagekeken"):
        assert deel in details
    assert "vzw-kaart__samenvatting" not in details and "vzw-kaart__feiten" not in details
    assert "<details" not in weergave.praktijk_kaart(praktijk("a"), 3, volledig=False)


def test_catalogus_groepeert_per_provincie_met_filters():
    lijst = [praktijk("a", provincie="West-Vlaanderen"), praktijk("b", provincie="Antwerpen"),
             praktijk("c", provincie=None, gemeente=None), praktijk("d", provincie="Heel Vlaanderen")]
    uit = weergave.catalogus(lijst, 2, ankers=True)
    assert_blok(uit)
    s = ontleed(uit)
    assert s.koppen.count(2) == 4 and s.koppen.count(3) == 4
    groepen = re.findall(r"<h2[^>]*>([^<]+)<", uit)
    assert [g.strip() for g in groepen] == ["Antwerpen", "West-Vlaanderen", "Heel Vlaanderen en Brussel",
                                            "Geen provincie opgegeven"]
    for i in "abcd":
        assert s.ids.count(f"praktijk-{i}") == 1
    assert len(s.ids) == len(set(s.ids))
    # formulier: verborgen tot JavaScript het toont, zichtbare labels, status die meldt
    assert re.search(r'<form class="vzw-filter__form" hidden data-search-exclude', uit)
    assert re.search(r'role="status" aria-live="polite" hidden data-search-exclude>4 van 4 praktijkvoorbeelden<', uit)
    for naam in ("fase", "thema", "provincie"):
        assert re.search(rf'<label class="vzw-filter__veld"><span class="vzw-filter__label">[^<]+</span>\n'
                         rf'<select name="{naam}"', uit), naam
    assert 'data-provincie="heel-vlaanderen"' in uit
    assert '<li><a href="#praktijken-antwerpen">Antwerpen</a> (1)</li>' in uit
    assert '<li><a href="#praktijken-geen-provincie-opgegeven">Geen provincie opgegeven</a> (1)</li>' in uit
    assert '<option value="antwerpen" data-label="Antwerpen">Antwerpen (1)</option>' in uit
    # elementen met een id beginnen op een eigen regel (print-site-plugin)
    for m in re.finditer(r'<(\w+)[^>]*\sid="', uit):
        assert uit[: m.start()].endswith("\n"), m.group(0)


def test_sociale_kaart_per_provincie_met_aantallen_en_status():
    lijst = [initiatief("a", provincie="Limburg", gemeente="Genk",
                        bevestigd=[Bevestiging("2026-03", "Agenda van maart 2026.", "https://example.org/agenda")]),
             initiatief("b", provincie="Limburg", gemeente="Hasselt", vorm="OCMW",
                        gestopt=Bevestiging("2021", "De stad meldt het einde.", "https://example.org/einde")),
             initiatief("c", provincie="Heel Vlaanderen", gemeente="meerdere gemeenten",
                        ondersteuning=["juridisch-advies", "doorverwijzing"], website="https://example.org/")]
    pra = [praktijk("p1", initiatief="a")]
    uit = weergave.sociale_kaart(lijst, 3, ankers=True, praktijken=pra, catalogus_url="../praktijkvoorbeelden/",
                                 vandaag=VANDAAG)
    assert_blok(uit)
    s = ontleed(uit)
    assert [i for i in s.ids if i.startswith("initiatief-")] == ["initiatief-a", "initiatief-b", "initiatief-c"]
    assert "kaart-limburg" in s.ids and "kaart-heel-vlaanderen-en-brussel" in s.ids
    assert s.koppen == [3, 4, 4, 3, 4]
    tekst = " ".join(s.tekst)
    assert "De sociale kaart telt 3 initiatieven:" in tekst
    assert "Limburg (2)" in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", uit))
    assert "Actief, bevestigd in maart 2026" in tekst and "Gestopt" in tekst and "Niet recent bevestigd" in tekst
    assert 'data-status="actief"' in uit and 'data-status="gestopt"' in uit and 'data-status="niet-recent"' in uit
    assert "https://example.org/agenda" in s.hrefs and "https://example.org/einde" in s.hrefs
    assert "juridisch advies" in tekst and "OCMW" in tekst
    assert "../praktijkvoorbeelden/#praktijk-p1" in s.hrefs and "#kaart-limburg" in s.hrefs
    assert "https://example.org/" in s.hrefs
    for naam in ("provincie", "gemeente", "vorm", "ondersteuning"):
        assert f'<select name="{naam}"' in uit
    assert 'data-gemeente="meerdere-gemeenten"' in uit
    # provincie en gemeente zijn plaatsfilters: kaarten voor heel Vlaanderen blijven dan staan
    assert '<select name="provincie" data-vzw-veld="provincie" data-vzw-plaats>' in uit
    assert '<select name="gemeente" data-vzw-veld="gemeente" data-vzw-plaats>' in uit
    assert '<select name="vorm" data-vzw-veld="vorm">' in uit
    assert 'data-vzw-overal="heel Vlaanderen en Brussel"' in uit
    kaart_c = uit[uit.index('id="initiatief-c"') - 400:uit.index('id="initiatief-c"')]
    assert "data-overal" in kaart_c.split("<article")[-1]
    assert uit.count("data-overal") == 1
    # elke provincie is een keuze, ook zonder initiatief (dan met 0)
    assert '<option value="brussel" data-label="Brussel">Brussel (0)</option>' in uit
    assert '<option value="limburg" data-label="Limburg">Limburg (2)</option>' in uit
    # vinkje "alleen actieve" met het aantal actieve initiatieven
    assert re.search(r'<input type="checkbox" name="actief" value="ja" data-vzw-veld="status" '
                     r'data-vzw-waarde="actief"> <span class="vzw-filter__label">Alleen actieve initiatieven</span> '
                     r'<span class="vzw-filter__aantal">\(1\)</span>', uit)
    # meldingen die filters.js invult, verborgen zonder JavaScript
    for klasse in ("melding", "overal", "afdruk"):
        assert f'<p class="vzw-filter__{klasse}" hidden data-search-exclude></p>' in uit
    assert 'data-ondersteuning="juridisch-advies doorverwijzing"' in uit


def test_sociale_kaart_zonder_ankers_elders():
    lijst = [initiatief("a"), initiatief("b", provincie="Limburg")]
    uit = weergave.sociale_kaart(lijst, 3, ankers=False, kaart_url="../sociale-kaart/")
    s = ontleed(uit)
    assert s.ids == []
    assert "../sociale-kaart/#initiatief-a" in s.hrefs


def test_sociale_kaart_een_provincie():
    lijst = [initiatief("a"), initiatief("b", provincie="Limburg")]
    uit = weergave.sociale_kaart(lijst, 3, provincie="Limburg", filters=False)
    s = ontleed(uit)
    assert s.koppen == [3] and "Naam b" in uit and "Naam a" not in uit and "<form" not in uit
    assert weergave.aantal_initiatieven(lijst, "Limburg") == 1
    assert weergave.aantal_initiatieven(lijst) == 2
    leeg = weergave.sociale_kaart(lijst, 3, provincie="Brussel")
    assert "Er staan nog geen initiatieven in Brussel" in leeg


def test_initiatief_contact_eerst_met_tel_en_mailto():
    i = initiatief(email="info@example.org", telefoon="09 123 45 67", website="https://example.org/",
                   adres="Kerkstraat 1, 9000 Gent", bereikbaarheid="ma-vr 9-12 u")
    uit = weergave.initiatief_kaart(i, 3, vandaag=VANDAAG)
    s = ontleed(uit)
    assert "tel:+3291234567" in s.hrefs and "mailto:info@example.org" in s.hrefs and "https://example.org/" in s.hrefs
    # hoe je hen bereikt komt voor de beschrijving en de feiten
    contact = uit.index('class="vzw-kaart__contact"')
    assert uit.index('class="vzw-status') < contact < uit.index("Helpt zoeken.") < uit.index('class="vzw-kaart__feiten"')
    blok = uit[contact:uit.index("</dl>", contact)]
    assert [t for t in re.findall(r"<dt>([^<]+)</dt>", blok)] == ["Website", "Telefoon", "E-mail", "Adres", "Bereikbaar"]
    assert "Kerkstraat 1, 9000 Gent" in blok and "ma-vr 9-12 u" in blok
    assert "niet gekend" not in blok.lower()


def test_initiatief_zonder_contact_zegt_nog_niet_gekend():
    uit = weergave.initiatief_kaart(initiatief(website="javascript:alert(1)"), 3, vandaag=VANDAAG)
    s = ontleed(uit)
    assert "javascript" not in uit and "tel:" not in uit and "mailto:" not in uit
    blok = uit[uit.index('class="vzw-kaart__contact"'):]
    blok = blok[:blok.index("</dl>")]
    assert '<dt>Nog niet gekend</dt><dd class="vzw-onbekend">website, telefoon, e-mail, adres en bereikbaarheid</dd>' in blok
    assert "Niet recent bevestigd" in " ".join(s.tekst)
    assert "Nog geen bron bevestigt dat dit initiatief werkt." in uit and "Meld het via Meewerken." in uit
    met_link = weergave.initiatief_kaart(initiatief(), 3, vandaag=VANDAAG, meewerken_url="../meewerken/")
    assert '<a href="../meewerken/">Meld het</a>.' in met_link


def test_initiatief_contact_wordt_ge_escaped():
    i = initiatief(email='a"b@x.org', telefoon="+32 <b>", adres=GEVAARLIJK, bereikbaarheid=GEVAARLIJK,
                   bevestigd=[Bevestiging("2026-01", GEVAARLIJK, "https://example.org/\"onclick=x")])
    uit = weergave.initiatief_kaart(i, 3, vandaag=VANDAAG)
    assert "<script>" not in uit and "{{" not in uit and "<b>" not in uit and '"onclick' not in uit
    assert "mailto:" not in uit and "tel:" not in uit  # ongeldige waarden worden geen link


@pytest.mark.parametrize("telefoon,href", [
    ("+32 2 123 45 67", "tel:+3221234567"), ("03/123.45.67", "tel:+3231234567"),
    ("0032 9 123 45 67", "tel:+3291234567"), ("0470 12 34 56", "tel:+32470123456"), ("abc", None),
])
def test_tel_href(telefoon, href):
    assert weergave.tel_href(telefoon) == href


def test_werking_toont_de_bron_van_de_nieuwste_bevestiging():
    i = initiatief(bevestigd=[Bevestiging("2018-06-07", "Oud bericht.", "https://example.org/oud"),
                              Bevestiging("2025-02", "Nieuw bericht.", "https://example.org/nieuw")])
    uit = weergave.initiatief_kaart(i, 3, vandaag=VANDAAG)
    assert "Actief, bevestigd in februari 2025" in uit
    assert '<dt>Laatst bevestigd</dt><dd>februari 2025: <a href="https://example.org/nieuw">Nieuw bericht.</a></dd>' in uit
    assert "example.org/oud" not in uit
    # dezelfde gegevens, drie jaar later: niet recent, maar de laatste bevestiging blijft zichtbaar
    later = weergave.initiatief_kaart(i, 3, vandaag=dt.date(2028, 3, 1))
    assert "Niet recent bevestigd" in later and "februari 2025: " in later


def test_duizend_kaarten():
    """Elke kaart komt in de uitvoer; hoe snel dat gaat, meet bench/bench.py (geen tijd in tests)."""
    provs = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]
    pra = [praktijk(f"p{i}", provincie=provs[i % 6]) for i in range(1000)]
    ini = [initiatief(f"i{i}", provincie=provs[i % 6], gemeente=f"Gemeente {i % 50}") for i in range(1000)]
    uit = weergave.catalogus(pra, 2, ankers=True) + weergave.sociale_kaart(ini, 2, ankers=True, praktijken=pra)
    assert uit.count('<article class="vzw-kaart') == 2000
