"""Hoofdstukken met deelpagina's. Gewone Python zonder MkDocs.

Een lang hoofdstuk staat online als map met een overzicht en deelpagina's per taak, bijvoorbeeld
`docs/woonzoektocht/index.md` (het overzicht, op het oude adres /woonzoektocht/) en
`docs/woonzoektocht/zoeken.md`. In mkdocs.yml is het een sectie van de navigatie, met het
overzicht eerst. Twee dingen moeten dan blijven werken zoals toen het één pagina was:

1. Oude ankers. Een link als /woonzoektocht/#de-huurwaarborg wijst naar een kop die nu op een
   deelpagina staat. `ankerkaart` maakt bij elke build uit de koppen van de deelpagina's een
   kaart anker -> deelpagina; de hook zet ze op het overzicht in een data-attribuut van het
   vaste script assets/javascripts/oude-ankers.js (geen inline script: de CSP weigert dat). Dat
   script doet `location.replace(deelpagina#anker)` voor een bekend oud anker.

2. Eén hoofdstuk op papier. Print-site zet een sectie van de navigatie op de afdrukpagina als
   een eigen `<section class='print-page md-section'>` met een kop, en elke pagina daarin als
   geneste `<section class="print-page">` met een eigen nummer (5.1, 5.2 ...). `als_een_hoofdstuk`
   maakt daar weer één hoofdstuk van, zoals vroeger:
   - het overzicht wordt het hoofdstuk, met het nummer van de sectie (5) en de sleutel van het
     overzicht (`woonzoektocht`); de kop van de sectie verdwijnt (die herhaalt de titel);
   - elke deelpagina volgt in de volgorde van de navigatie, in `<div class="vzw-deel">`, met
     elke kop één niveau lager: de h1 van de deelpagina wordt een sectie (5.2), haar h2 een
     h3, enzovoort; een link naar de deelpagina zelf gaat naar die titel;
   - de ids van de deelpagina krijgen de sleutel van het hoofdstuk
     (`woonzoektocht-zoeken-je-netwerk-inschakelen` wordt `woonzoektocht-je-netwerk-inschakelen`),
     net als de links ernaar op de hele afdrukpagina. Zo blijven de ankers van de afdrukpagina,
     de bestemmingen in de PDF en de namen van de checklist-PDF's dezelfde als voor de splitsing.
     Voetnoten (fn:, fnref:) houden de sleutel van hun deelpagina: elke deelpagina nummert haar
     voetnoten zelf, en hun lijst staat op papier na haar deel;
   - de nummering van print-site (CSS) volgt: het overzicht krijgt het nummer van het hoofdstuk,
     de h2's tellen door over de deelpagina's heen.
"""
from __future__ import annotations

import html as htmllib
import json
import re
from dataclasses import dataclass
from posixpath import dirname

from draaiboek.boek import id_waarden

_KOP_ID = re.compile(r'<h([1-6])\b[^>]*?\bid="([^"]+)"')
_GROEP = re.compile(r"<section class='print-page md-section' id='(section-[0-9-]+)' heading-number='([0-9.]+)'>"
                    r"\s*<h1>.*?</h1>\s*", re.S)
_PAGINA = re.compile(r'<section class="print-page" id="([^"]+)" heading-number="([0-9.]+)">')
_SECTIE_TAG = re.compile(r"<section\b|</section>")
_KOPTAG = re.compile(r"<(/?)h([1-6])\b")
_VOETNOOT = ("fn:", "fnref")


class DeelpaginaFout(ValueError):
    """Een hoofdstuk met deelpagina's dat niet als één hoofdstuk kan worden afgedrukt of doorverwezen."""


# ---------------------------------------------------------------------------
# Sleutels
# ---------------------------------------------------------------------------


def paginasleutel(url: str) -> str:
    """De sleutel van een pagina op de afdrukpagina, zoals print-site hem maakt uit haar adres:
    "" -> "index", "opstarten/" -> "opstarten", "woonzoektocht/zoeken/" -> "woonzoektocht-zoeken"."""
    sleutel = url.lower().strip().rstrip("/").replace(".html", "").replace("/", "-").lstrip("-")
    return sleutel or "index"


def hoofdstuksleutel(src_uri: str) -> str:
    """De sleutel van het hoofdstuk waar een bron-bestand bij hoort: de map voor een pagina in een
    map ("woonzoektocht/zoeken.md" -> "woonzoektocht"), anders de pagina zelf ("opstarten.md")."""
    map_ = dirname(src_uri)
    if map_:
        return map_.replace("/", "-").lower()
    return paginasleutel("" if src_uri == "index.md" else src_uri[: -len(".md")] + "/")


# ---------------------------------------------------------------------------
# Oude ankers -> deelpagina
# ---------------------------------------------------------------------------


def koppen(html: str) -> list[str]:
    """De ids van de koppen (h1-h6) in de HTML van een pagina, in volgorde."""
    return [m.group(2) for m in _KOP_ID.finditer(html)]


def ankerkaart(overzicht_html: str, delen: list[tuple[str, str]]) -> dict[str, str]:
    """Kaart anker -> adres van de deelpagina (relatief aan het overzicht, bv. "zoeken/").

    `delen`: (adres, HTML) van elke deelpagina, in volgorde. Een anker dat op het overzicht zelf
    staat, hoort niet in de kaart (daar hoeft niemand heen). Twee deelpagina's met dezelfde kop
    kunnen niet allebei het oude anker krijgen: dat is een fout met beide adressen."""
    eigen = set(koppen(overzicht_html))
    kaart: dict[str, str] = {}
    for adres, html in delen:
        for anker in koppen(html):
            if anker in eigen:
                continue
            if anker in kaart and kaart[anker] != adres:
                raise DeelpaginaFout(f'de kop met anker "#{anker}" staat op twee deelpagina\'s ({kaart[anker]} en '
                                     f"{adres}); geef een van beide koppen een andere titel")
            kaart.setdefault(anker, adres)
    return kaart


# Een kaart groter dan dit (JSON, bytes) staat in een eigen bestand naast het overzicht: dat haalt
# oude-ankers.js alleen op als iemand met een onbekend anker binnenkomt. Zo weegt het overzicht van
# de sociale kaart (honderden ankers: gemeenten, initiatieven, diensten) niet kilobytes meer voor
# elke lezer. Een kleine kaart (de woonzoektocht) blijft in het attribuut: geen extra verzoek.
GROTE_KAART = 4096
ANKERS_BESTAND = "oude-ankers.json"


def kaart_json(kaart: dict[str, str]) -> str:
    return json.dumps(kaart, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def script_tag(src: str, kaart: dict[str, str], bestand: str | None = None) -> str:
    """<script> voor het overzicht: het vaste script, met de kaart als JSON in een data-attribuut,
    of (`bestand`) met het adres van het bestand waar de kaart in staat."""
    if bestand:
        return f'<script src="{htmllib.escape(src)}" data-vzw-ankers-bestand="{htmllib.escape(bestand)}"></script>'
    return (f'<script src="{htmllib.escape(src)}" '
            f'data-vzw-ankers="{htmllib.escape(kaart_json(kaart), quote=True)}"></script>')


def voeg_in_head(html: str, stuk: str) -> str:
    i = html.find("</head>")
    if i < 0:
        return html
    return html[:i] + stuk + "\n" + html[i:]


# ---------------------------------------------------------------------------
# Afdrukpagina: een sectie van de navigatie wordt weer één hoofdstuk
# ---------------------------------------------------------------------------


@dataclass
class _Deel:
    sleutel: str
    begin: int        # begin van de <section>-tag
    inhoud_begin: int
    einde: int        # positie van de bijbehorende </section>


def _sluit(html: str, begin: int) -> int:
    """Positie van de </section> die de <section> op `begin` sluit."""
    diepte = 0
    for m in _SECTIE_TAG.finditer(html, begin):
        diepte += -1 if m.group(0) == "</section>" else 1
        if diepte == 0:
            return m.start()
    raise DeelpaginaFout("afdrukpagina: een <section> van print-site wordt niet gesloten")


def _kinderen(html: str, begin: int, einde: int) -> list[_Deel]:
    uit = []
    pos = begin
    while True:
        m = _PAGINA.search(html, pos, einde)
        if not m:
            return uit
        sluit = _sluit(html, m.start())
        uit.append(_Deel(m.group(1), m.start(), m.end(), sluit))
        pos = sluit + len("</section>")


def _lager(html: str) -> str:
    """Elke kop één niveau lager (h6 blijft h6)."""
    return _KOPTAG.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", html)


def _herschrijver(naar: dict[str, str], titels: dict[str, str], alleen_links: bool):
    """Functie die in een stuk HTML id="<deel>-x" -> id="<hoofdstuk>-x" en href="#<deel>-x" ->
    href="#<hoofdstuk>-x" zet voor elke deelpagina in `naar` (sleutel van de deelpagina -> sleutel
    van haar hoofdstuk), in één doorgang. Voetnoten (fn:, fnref:) blijven zoals ze zijn. Een link
    naar de deelpagina zelf (href="#<deel>") gaat naar haar titel (`titels`: deel -> id).

    `alleen_links`: buiten de deelpagina's. Daar mag geen id met de sleutel van een deelpagina
    beginnen (een kop op het overzicht als "Zoeken naar ..." naast de deelpagina "zoeken"): dan
    is niet uit te maken waar een link naartoe moet."""
    sleutels = "|".join(re.escape(s) for s in sorted(naar, key=len, reverse=True))
    voetnoot = "|".join(map(re.escape, _VOETNOOT))
    patroon = re.compile(r'(\b(?:id="|href="#))(' + sleutels + r")(?:(-)(?!" + voetnoot + r')|(?="))')

    def vervang(m: re.Match) -> str:
        deel, is_id = m.group(2), m.group(1).startswith("id")
        if is_id and alleen_links and m.group(3):
            rest = m.string[m.end():m.string.find('"', m.end())]
            raise DeelpaginaFout(f'afdrukpagina: het anker "#{deel}-{rest}" buiten de deelpagina "{deel}" begint '
                                 "met haar sleutel, zodat links ernaar dubbelzinnig worden; geef die kop een "
                                 "andere titel")
        if m.group(3):
            return m.group(1) + naar[deel] + "-"
        if not is_id and deel in titels:
            return m.group(1) + titels[deel]
        return m.group(0)

    return lambda html: patroon.sub(vervang, html) if naar else html


def _nummering(stijl: str, sleutel: str, nummer: str) -> str:
    """De CSS-nummering van print-site voor het overzicht als hoofdstuk (zoals voor een gewone
    pagina op het hoogste niveau): de h1 krijgt het nummer, de h2's tellen door."""
    h1 = re.compile(r"(\.print-site-enumerate-headings #" + re.escape(sleutel) + r" > h1:before \{ content: ')"
                    r"[0-9.]+( ' \})")
    nieuw, n = h1.subn(lambda m: m.group(1) + nummer + m.group(2), stijl, count=1)
    teller = f"counter-{sleutel}-2"
    h2 = (f"\n.print-site-enumerate-headings #{sleutel} h2:before {{ content: '{nummer}.' counter({teller}) ' ' }}"
          f"\n.print-site-enumerate-headings #{sleutel} h2 {{ counter-increment: {teller} }}")
    return nieuw + h2 if n else stijl


def als_een_hoofdstuk(html: str) -> str:
    """Elke sectie van de navigatie op de afdrukpagina wordt één hoofdstuk (zie de uitleg bovenaan)."""
    groepen = list(_GROEP.finditer(html))
    if not groepen:
        return html
    # Eerst alle delen zoeken: de links naar een deelpagina kunnen overal staan.
    naar: dict[str, str] = {}                 # sleutel van een deelpagina -> sleutel van het hoofdstuk
    titels: dict[str, str] = {}               # sleutel van een deelpagina -> id van haar titel
    indeling = []
    for g in groepen:
        einde = _sluit(html, g.start())
        delen = _kinderen(html, g.end(), einde)
        if not delen:
            raise DeelpaginaFout(f"afdrukpagina: de sectie {g.group(1)} bevat geen pagina's")
        for deel in delen[1:]:
            naar[deel.sleutel] = delen[0].sleutel
            eerste = _KOP_ID.search(html, deel.inhoud_begin, deel.einde)
            if eerste and eerste.group(2).startswith(deel.sleutel + "-"):
                titels[deel.sleutel] = delen[0].sleutel + eerste.group(2)[len(deel.sleutel):]
        indeling.append((g, einde, delen))
    binnen = _herschrijver(naar, titels, alleen_links=False)
    buiten = _herschrijver(naar, titels, alleen_links=True)
    uit, vorige = [], 0
    nummers: list[tuple[str, str]] = []       # (sleutel, nummer) van elk samengevoegd hoofdstuk
    for g, einde, delen in indeling:
        hoofd, rest = delen[0], delen[1:]
        stukken = [f'<section class="print-page" id="{hoofd.sleutel}" heading-number="{g.group(2)}">',
                   buiten(html[hoofd.inhoud_begin:hoofd.einde])]
        for deel in rest:
            inhoud = _lager(binnen(html[deel.inhoud_begin:deel.einde]))
            stukken.append(f'<div class="vzw-deel" data-vzw-deel="{deel.sleutel}">{inhoud}</div>')
        stukken.append("</section>")
        hoofdstuk = "".join(stukken)
        _controleer_unieke_ids(hoofdstuk, hoofd.sleutel)
        uit.append(buiten(html[vorige:g.start()]))
        uit.append(hoofdstuk)
        vorige = einde + len("</section>")
        nummers.append((hoofd.sleutel, g.group(2)))
    uit.append(buiten(html[vorige:]))
    html = "".join(uit)
    for g, _, delen in indeling:  # de inhoud van Material naast de afdrukpagina linkt naar de sectie
        html = html.replace(f'href="#{g.group(1)}"', f'href="#{delen[0].sleutel}"')
    # De nummering staat in de <style> van print-site (na de pagina).
    stijl_begin = html.rfind("<style>.print-site-enumerate-headings")
    stijl_einde = html.find("</style>", stijl_begin)
    if stijl_begin >= 0 and stijl_einde > stijl_begin:
        stijl = html[stijl_begin:stijl_einde]
        for sleutel, nummer in nummers:
            stijl = _nummering(stijl, sleutel, nummer)
        html = html[:stijl_begin] + stijl + html[stijl_einde:]
    return html


def _controleer_unieke_ids(hoofdstuk: str, sleutel: str) -> None:
    gezien: set[str] = set()
    for waarde in id_waarden(hoofdstuk):  # elke id="..." zoals \bid="([^"]+)", maar snel (boek.py)
        if waarde in gezien:
            raise DeelpaginaFout(f'afdrukpagina: het anker "#{waarde}" staat twee keer in het hoofdstuk '
                                 f'"{sleutel}" na het samenvoegen van de deelpagina\'s; geef een van beide koppen '
                                 "een andere titel")
        gezien.add(waarde)
