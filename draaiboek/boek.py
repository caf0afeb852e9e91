"""Het afgedrukte draaiboek als boek: de afdrukpagina klaarmaken voor de PDF. Gewone Python.

De print-site-plugin schrijft alle hoofdstukken achter elkaar op één afdrukpagina, elk in
`<section class="print-page" id="<sleutel>" heading-number="<n>">`, met ids die met de sleutel
beginnen (`opstarten-kijk-eerst-rond`). Deze module werkt op die HTML:

- `inhoudstafel`: een inhoud met hoofdstukken (h1), hun secties (h2) en de checklists, elk met
  een paginanummer. Chromium kent geen `target-counter()`, dus drukken we twee keer af
  (draaiboek/pdf.py): eerst met plaatshouders `000`, dan met de echte nummers uit de PDF.
  Elk nummer staat in `<span class="vzw-pnr" data-vzw-pagina="<id>">`; die span is met CSS
  minstens drie cijfers breed, zodat het invullen geen regel of pagina verschuift.
- `kaarten_als_verwijzing`: een praktijkvoorbeeld (of initiatief) in een hoofdstuk wordt op
  papier één regel met de titel en het paginanummer in de catalogus (of op de sociale kaart).
  De volledige kaart staat er één keer, in de catalogus.
- `paginaverwijzingen`: een link naar een ander hoofdstuk krijgt "(zie p. 43)".
- `voettekst_css`: per hoofdstuk een benoemde pagina (@page), zodat de voet het hoofdstuk en
  de editie noemt. Chromium kent geen `string-set`/running elements, wel benoemde pagina's.
- `vul_paginanummers`: de nummers invullen.
- `pdf_info_invullen`: "2,9 MB, 191 pagina's" bij de links naar PDF's, na het afdrukken.
"""
from __future__ import annotations

import html as htmllib
import bisect
import re
from dataclasses import dataclass, field

PLAATSHOUDER = "000"
PNR_ATTR = "data-vzw-pagina"
PDF_INFO_ATTR = "data-vzw-pdf-info"

_SECTIE = re.compile(r'<section class="print-page" id="([^"]+)"([^>]*)>')
_KOPNUMMER = re.compile(r'heading-number="(\d+)"')
_KOP = re.compile(r'<h([1-6])(?:\s[^>]*)?>(.*?)</h\1>', re.S)
_ID = re.compile(r'\bid="([^"]+)"')
# Zelfde treffers als _ID, maar zonder \b vooraan: zo zoekt `re` eerst naar de letterlijke tekst
# 'id="' en is het twintig keer sneller op een afdrukpagina van 40 MB. `_ids` kijkt het teken
# ervoor zelf na.
_ID_LETTERLIJK = re.compile(r'id="([^"]+)"')
_TAG = re.compile(r"<[^>]+>")
_GROEP_VOOR = re.compile(r'<section class="vzw-groep"[^>]*>\s*$')
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)


def platte_tekst(fragment: str) -> str:
    """Tekst van een HTML-fragment: zonder tags en #-links, spaties samengevoegd, ontsnapt."""
    kaal = _TAG.sub("", _HEADERLINK.sub("", fragment))
    return " ".join(htmllib.unescape(kaal).split())


def pnr(doel: str) -> str:
    """Plaats voor het paginanummer van element `doel` (een id op de afdrukpagina)."""
    return f'<span class="vzw-pnr" {PNR_ATTR}="{htmllib.escape(doel)}">{PLAATSHOUDER}</span>'


@dataclass
class Kop:
    id: str
    tekst: str
    nummer: str = ""
    groepen: list["Kop"] = field(default_factory=list)  # h3 van een groep (bv. provincies)


@dataclass
class Hoofdstuk:
    sleutel: str
    nummer: str
    titel: Kop
    secties: list[Kop] = field(default_factory=list)
    begin: int = 0       # positie van de <section>-tag in de HTML
    einde: int = 0       # begin van het volgende hoofdstuk (of het einde van het laatste)
    ids: set[str] = field(default_factory=set)


def id_waarden(stuk: str):
    """Elke waarde van `_ID` in `stuk`, in volgorde (zoals `_ID.finditer`), maar sneller."""
    pos = 0
    while m := _ID_LETTERLIJK.search(stuk, pos):
        voor = stuk[m.start() - 1] if m.start() > 0 else " "
        if voor.isalnum() or voor == "_":  # geen woordgrens (\b): één teken verder zoeken
            pos = m.start() + 1
            continue
        yield m.group(1)
        pos = m.end()


def _ids(stuk: str) -> set[str]:
    return set(id_waarden(stuk))


def hoofdstukken(html: str) -> list[Hoofdstuk]:
    """De hoofdstukken van de afdrukpagina, in volgorde, met hun h1 en h2 (met id)."""
    treffers = list(_SECTIE.finditer(html))
    einde_laatste = html.rfind("</section>")
    uit = []
    for i, m in enumerate(treffers):
        einde = treffers[i + 1].start() if i + 1 < len(treffers) else max(einde_laatste, m.end())
        stuk = html[m.end():einde]
        nummer_m = _KOPNUMMER.search(m.group(2))
        nummer = nummer_m.group(1) if nummer_m else str(i + 1)
        titel = None
        secties = []
        for k in _KOP.finditer(stuk):
            niveau, inhoud = int(k.group(1)), k.group(2)
            id_m = _ID.search(k.group(0)[: k.group(0).find(">") + 1])
            if not id_m:
                continue
            if niveau == 1 and titel is None:
                titel = Kop(id_m.group(1), platte_tekst(inhoud), nummer)
            elif niveau == 2:
                secties.append(Kop(id_m.group(1), platte_tekst(inhoud), f"{nummer}.{len(secties) + 1}"))
            elif niveau == 3 and secties and _GROEP_VOOR.search(stuk[max(0, k.start() - 80):k.start()]):
                # De kop van een groep kaarten (de provincies op de sociale kaart): ook in de inhoud.
                secties[-1].groepen.append(Kop(id_m.group(1), platte_tekst(inhoud)))
        if titel is None:
            titel = Kop(m.group(1), m.group(1), nummer)
        uit.append(Hoofdstuk(m.group(1), nummer, titel, secties, m.start(), einde, _ids(stuk)))
    return uit


# ---------------------------------------------------------------------------
# Inhoud
# ---------------------------------------------------------------------------


def _regel(klasse: str, doel: str, nummer: str, tekst: str) -> str:
    nr = f'<span class="vzw-inhoud__nr">{htmllib.escape(nummer)}</span> ' if nummer else ""
    return (f'<li class="{klasse}"><a href="#{htmllib.escape(doel)}">{nr}{htmllib.escape(tekst)}</a>'
            f'<span class="vzw-stippen" aria-hidden="true"></span>{pnr(doel)}</li>')


def inhoudstafel(delen: list[Hoofdstuk], checklists: list[tuple[str, str]] = ()) -> str:
    """De inhoud als HTML-sectie. `checklists`: (id, titel) van elke checklist, in volgorde."""
    regels = ['<section class="print-page vzw-inhoud" id="vzw-inhoud">',
              '<h1 class="vzw-inhoud__titel">Inhoud</h1>',
              '<ol class="vzw-inhoud__lijst">']
    for h in delen:
        regels.append(_regel("vzw-inhoud__hoofdstuk", h.titel.id, h.nummer, h.titel.tekst))
        for s in h.secties:
            regels.append(_regel("vzw-inhoud__sectie", s.id, s.nummer, s.tekst))
            regels.extend(_regel("vzw-inhoud__groep", g.id, "", g.tekst) for g in s.groepen)
    regels.append("</ol>")
    if checklists:
        regels.append('<h2 class="vzw-inhoud__titel2">Checklists</h2>')
        regels.append('<ol class="vzw-inhoud__lijst">')
        regels.extend(_regel("vzw-inhoud__hoofdstuk", doel, "", titel) for doel, titel in checklists)
        regels.append("</ol>")
    regels.append("</section>")
    return "\n".join(regels)


def voeg_inhoud_toe(html: str, inhoud: str) -> str:
    """Zet de inhoud direct na de omslag (of vóór het eerste hoofdstuk als er geen omslag is)."""
    omslag = html.find('<section id="print-site-cover-page"')
    if omslag >= 0:
        sluit = html.find("</section>", omslag)
        if sluit >= 0:
            plek = sluit + len("</section>")
            return html[:plek] + "\n" + inhoud + html[plek:]
    eerste = _SECTIE.search(html)
    if not eerste:
        raise ValueError("afdrukpagina zonder hoofdstukken (<section class=\"print-page\" id=...>)")
    return html[: eerste.start()] + inhoud + "\n" + html[eerste.start():]


# ---------------------------------------------------------------------------
# Kaarten in hoofdstukken: één regel met paginanummer
# ---------------------------------------------------------------------------

_KAARTEN = re.compile(r'<div class="vzw-kaarten"(?: data-search-exclude)?>(.*?)</div>', re.S)
_KAART = re.compile(r'<article class="vzw-kaart (vzw-praktijk|vzw-initiatief)"[^>]*>(.*?)</article>', re.S)
_KAART_TITEL = re.compile(r'<h[1-6][^>]*class="vzw-kaart__titel"[^>]*>\s*<a href="#([^"]+)">(.*?)</a>\s*</h[1-6]>',
                          re.S)


def _als_verwijzingen(blok: re.Match) -> str:
    regels = []
    for kaart in _KAART.finditer(blok.group(1)):
        titel = _KAART_TITEL.search(kaart.group(2))
        if not titel:
            return blok.group(0)  # onbekende opmaak: de kaarten blijven staan
        doel, tekst = titel.group(1), platte_tekst(titel.group(2))
        regels.append(f'<li><a href="#{htmllib.escape(doel)}">{htmllib.escape(tekst)}</a>'
                      f'<span class="vzw-stippen" aria-hidden="true"></span>'
                      f'<span class="vzw-zie">zie p.&#160;{pnr(doel)}</span></li>')
    if not regels:
        return blok.group(0)
    return '<ul class="vzw-verwijzingen">\n' + "\n".join(regels) + "\n</ul>"


def kaarten_als_verwijzing(html: str, behoud: frozenset[str] = frozenset()) -> str:
    """Korte kaarten in de hoofdstukken (`<div class="vzw-kaarten">`, titel linkt naar de volledige
    kaart) worden één regel met paginanummer. De volledige kaarten in de catalogus en op de
    sociale kaart hebben zelf het anker en geen titellink: die blijven staan. Hoofdstukken met
    sleutel in `behoud` blijven ongemoeid."""
    uit, vorige = [], 0
    for h in hoofdstukken(html):
        if h.sleutel in behoud:
            continue
        uit.append(html[vorige:h.begin])
        uit.append(_KAARTEN.sub(_als_verwijzingen, html[h.begin:h.einde]))
        vorige = h.einde
    uit.append(html[vorige:])
    return "".join(uit)


# ---------------------------------------------------------------------------
# Verwijzingen naar andere hoofdstukken
# ---------------------------------------------------------------------------

_LINK = re.compile(r'<a ([^>]*?)href="#([^"]+)"([^>]*)>(.*?)</a>', re.S)
_KOPBEREIK = re.compile(r"<h[1-6][\s>].*?</h[1-6]>", re.S)
_SLA_OVER = ("footnote-ref", "footnote-backref", "headerlink", "md-")


def _binnen_een_van(*reeksen: list[tuple[int, int]]):
    """Functie: ligt een positie in een van de bereiken? Elke reeks is gesorteerd en zonder overlap
    (treffers van finditer), dus zoeken we binair: met duizenden kaarten zou elke link anders alle
    koppen van het hoofdstuk overlopen (kwadratisch, zie bench/README.md)."""
    tabellen = [([a for a, _ in r], r) for r in reeksen]

    def binnen(pos: int) -> bool:
        for beginnen, reeks in tabellen:
            i = bisect.bisect_right(beginnen, pos) - 1
            if i >= 0 and pos < reeks[i][1]:
                return True
        return False

    return binnen


def paginaverwijzingen(html: str) -> str:
    """Elke link naar een ander hoofdstuk krijgt "(zie p. N)" achter zich. Niet in koppen,
    niet bij voetnoten, niet in de inhoud en niet in lijsten die al een paginanummer tonen."""
    delen = hoofdstukken(html)
    waar: dict[str, str] = {}
    for h in delen:
        waar[h.sleutel] = h.sleutel
        for i in h.ids:
            waar.setdefault(i, h.sleutel)
    uit, vorige = [], 0
    for h in delen:
        stuk = html[h.begin:h.einde]
        koppen = [(m.start(), m.end()) for m in _KOPBEREIK.finditer(stuk)]
        lijsten = [(m.start(), m.end()) for m in re.finditer(r'<ul class="vzw-verwijzingen">.*?</ul>', stuk, re.S)]
        binnen = _binnen_een_van(koppen, lijsten)

        def vervang(m: re.Match) -> str:
            attrs = m.group(1) + m.group(3)
            doel = m.group(2)
            if any(s in attrs for s in _SLA_OVER):
                return m.group(0)
            if waar.get(doel, h.sleutel) == h.sleutel:
                return m.group(0)
            if binnen(m.start()):
                return m.group(0)
            return m.group(0) + f'<span class="vzw-zie"> (zie p.&#160;{pnr(doel)})</span>'

        uit.append(html[vorige:h.begin])
        uit.append(_LINK.sub(vervang, stuk))
        vorige = h.einde
    uit.append(html[vorige:])
    return "".join(uit)


# ---------------------------------------------------------------------------
# Paginavoet per hoofdstuk
# ---------------------------------------------------------------------------


def css_tekst(waarde: str) -> str:
    return '"' + waarde.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def voettekst_css(delen: list[Hoofdstuk], editie_tekst: str) -> str:
    """<style> met een benoemde pagina per hoofdstuk: links het hoofdstuk, rechts editie en pagina."""
    rechts = f'content: {css_tekst(f"Editie {editie_tekst} · Pagina ")} counter(page) " van " counter(pages);'
    regels = ["<style>", "@media print {",
              f"@page {{ @bottom-right {{ {rechts} }} }}",
              "@page :first { @bottom-right { content: none; } @bottom-left { content: none; } }",
              "#print-site-page .vzw-inhoud { page: vzw-inhoud; }",
              f'@page vzw-inhoud {{ @bottom-left {{ content: "Inhoud"; }} }}']
    for i, h in enumerate(delen):
        naam = f"vzw-h{i + 1}"
        regels.append(f'#print-site-page section.print-page[id="{h.sleutel}"] {{ page: {naam}; }}')
        regels.append(f"@page {naam} {{ @bottom-left {{ content: {css_tekst(f'{h.nummer} {h.titel.tekst}')}; }} }}")
    regels += ["}", "</style>"]
    return "\n".join(regels)


def voeg_in_head(html: str, stuk: str) -> str:
    i = html.find("</head>")
    if i < 0:
        raise ValueError("afdrukpagina zonder </head>")
    return html[:i] + stuk + "\n" + html[i:]


# ---------------------------------------------------------------------------
# Paginanummers en PDF-gegevens invullen
# ---------------------------------------------------------------------------

_PNR = re.compile(r'(<span class="vzw-pnr" ' + PNR_ATTR + r'="([^"]+)">)([^<]*)(</span>)')


def paginadoelen(html: str) -> list[str]:
    """De ids waarvan de afdrukpagina een paginanummer toont (in volgorde, zonder dubbels)."""
    return list(dict.fromkeys(htmllib.unescape(m.group(2)) for m in _PNR.finditer(html)))


def vul_paginanummers(html: str, paginas: dict[str, int]) -> str:
    """Zet elk paginanummer in zijn span. Een onbekend doel blijft op de plaatshouder staan."""
    return _PNR.sub(lambda m: m.group(1) + str(paginas.get(htmllib.unescape(m.group(2)), m.group(3)))
                    + m.group(4), html)


def grootte_tekst(aantal_bytes: int) -> str:
    """3_050_000 -> '2,9 MB', 48_200 -> '48 kB' (Belgische notatie, decimale komma)."""
    if aantal_bytes >= 1024 * 1024:
        return f"{aantal_bytes / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(aantal_bytes / 1024))} kB"


def pdf_beschrijving(aantal_bytes: int, paginas: int) -> str:
    """'2,9 MB, 191 pagina's' of '48 kB, 1 pagina'."""
    woord = "pagina" if paginas == 1 else "pagina's"
    return f"{grootte_tekst(aantal_bytes)}, {paginas} {woord}"


_PDF_INFO = re.compile(r'(<span [^>]*' + PDF_INFO_ATTR + r'="([^"]+)"[^>]*>)([^<]*)(</span>)')


def pdf_info_invullen(html: str, info: dict[str, tuple[int, int]]) -> str:
    """Vul elke `<span data-vzw-pdf-info="pad/naar.pdf">` met ", 2,9 MB, 191 pagina's".

    `info`: pad van de PDF (zoals in het attribuut, relatief aan de site) -> (bytes, pagina's).
    Een PDF die er niet is, laat de span leeg."""
    def vervang(m: re.Match) -> str:
        gegevens = info.get(htmllib.unescape(m.group(2)))
        if not gegevens:
            return m.group(0)
        return m.group(1) + ", " + htmllib.escape(pdf_beschrijving(*gegevens)) + m.group(4)
    return _PDF_INFO.sub(vervang, html)


def maak_boek(html: str, editie_tekst: str, checklists: list[tuple[str, str]] = ()) -> str:
    """Alle stappen voor de eerste afdruk: kaarten als verwijzing, paginaverwijzingen, inhoud, voet."""
    html = kaarten_als_verwijzing(html)
    html = paginaverwijzingen(html)
    delen = hoofdstukken(html)
    html = voeg_inhoud_toe(html, inhoudstafel(delen, checklists))
    return voeg_in_head(html, voettekst_css(delen, editie_tekst))
