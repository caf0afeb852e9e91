"""Wat niet gepubliceerd mag worden, los van elk schema: gewone Python zonder MkDocs.

Gebruikt door de lader van de gegevens (gegevens.py, ook voor diensten.yaml) en door de controle
van de hoofdstukken (hoofdstukken.py). Elke functie geeft een Nederlandse uitleg terug, of None.

- tekens: stuurtekens (NUL, ESC, BEL ...), losse surrogaattekens, tekens die de leesrichting
  omdraaien of isoleren (bidi: zo wordt "Veilig pdf.exe huren" van een andere tekst gemaakt),
  niet-tekens en tekens voor eigen gebruik; een tekst van alleen onzichtbare tekens;
- webadressen: alleen https met een gewone domeinnaam; geen gebruikersnaam of wachtwoord (@),
  geen backslash, geen IP-adres, geen ongeldige poort, en de host die een browser (WHATWG URL
  Standard) zou bezoeken moet dezelfde zijn als wat urllib en deze controle zien;
- e-mailadressen: een gewone naam en domeinnaam, niets wat een mailprogramma als extra
  ontvanger of onderwerp leest (?cc=, &bcc=).
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

# Hoe diep gegevens genest mogen zijn (lijst > item > bronnen > bron = 4 niveaus vandaag).
MAX_DIEPTE = 20

# Tekens die de leesrichting sturen: embedding/override (U+202A-202E), isolates (U+2066-2069),
# en de onzichtbare richtingstekens LRM, RLM en ALM.
BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"

# Verboden in een waarde (ook als ze er via een escape als "\0", "\x1b" of "\ud800" in komen):
# stuurtekens behalve tab en nieuwe regel, surrogaten, bidi, regel- en alinea-scheiding,
# niet-tekens, eigen gebruik.
_VERBODEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff" + BIDI + "\u2028\u2029\ufdd0-\ufdef\ufffe\uffff"
    "\ue000-\uf8ff\U000f0000-\U0010ffff]"
    "|[\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0004fffe\U0004ffff"
    "\U0005fffe\U0005ffff\U0006fffe\U0006ffff\U0007fffe\U0007ffff\U0008fffe\U0008ffff"
    "\U0009fffe\U0009ffff\U000afffe\U000affff\U000bfffe\U000bffff\U000cfffe\U000cffff"
    "\U000dfffe\U000dffff\U000efffe\U000effff]"
)

# Het deel van _VERBODEN onder U+0080. De meeste waarden zijn gewone ASCII-tekst; voor die is een
# kleine tekenklasse twee keer sneller dan de hele (bij 10.000 voorbeelden 0,5 s per build).
_VERBODEN_ASCII = re.compile("[\x00-\x08\x0b-\x1f\x7f]")

# Verboden in het bestand zelf (letterlijk, niet via een escape): wat YAML niet leest, plus
# bidi en de regelscheidingstekens U+0085, U+2028, U+2029 (YAML telt die als nieuwe regel,
# een editor niet: de regelnummers zouden niet meer kloppen).
_RUW_VERBODEN = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[" + BIDI + "\u2028\u2029]"
)

# Tekens die niets tonen, naast spaties (Cf, Mn, Me, Zs ... komen uit unicodedata).
_LEGE_TEKENS = set("\u115f\u1160\u3164\uffa0\u2800\u180e\u034f")
_ZICHTBAAR_SNEL = re.compile(r"[0-9A-Za-z]")

_NAMEN = {
    "\x00": "NUL", "\x07": "BEL (belsignaal)", "\x08": "backspace", "\x0b": "verticale tab",
    "\x0c": "form feed", "\x0d": "carriage return", "\x1b": "ESC (escape)", "\x7f": "DEL",
    "\x85": "regeleinde NEL", "\u2028": "regelscheiding", "\u2029": "alineascheiding",
    "\u202a": "richting links-naar-rechts (LRE)", "\u202b": "richting rechts-naar-links (RLE)",
    "\u202c": "einde richting (PDF)", "\u202d": "richting opgelegd links-naar-rechts (LRO)",
    "\u202e": "richting omgedraaid rechts-naar-links (RLO)", "\u2066": "richting isoleren (LRI)",
    "\u2067": "richting isoleren (RLI)", "\u2068": "richting isoleren (FSI)",
    "\u2069": "einde isoleren (PDI)", "\u200e": "richtingsteken LRM", "\u200f": "richtingsteken RLM",
    "\u061c": "richtingsteken ALM",
}


def codepunt(teken: str) -> str:
    """'U+202E (richting omgedraaid rechts-naar-links (RLO))'"""
    naam = _NAMEN.get(teken)
    if naam is None:
        cat = unicodedata.category(teken)
        naam = {"Cc": "stuurteken", "Cs": "los surrogaatteken", "Co": "teken voor eigen gebruik",
                "Cn": "niet-teken"}.get(cat, "onzichtbaar teken")
    return f"U+{ord(teken):04X} ({naam})"


def toonbaar(tekst: str) -> str:
    """Tekst voor in een melding: verboden tekens als U+XXXX, zodat de terminal niets uitvoert."""
    return _VERBODEN.sub(lambda m: f"<U+{ord(m.group(0)):04X}>", tekst).replace("\t", "<tab>")


def _uitleg_teken(teken: str) -> str:
    cp = codepunt(teken)
    if teken in BIDI:
        return (f"bevat het onzichtbare teken {cp} dat de leesrichting van de tekst verandert; "
                "zo kan tekst er anders uitzien dan ze is. Verwijder het (typ de tekst opnieuw)")
    if 0xD800 <= ord(teken) <= 0xDFFF:
        return f"bevat een los surrogaatteken {cp}: geen echt teken. Verwijder het of typ het teken opnieuw"
    return f"bevat het stuurteken {cp}, dat niet in een tekst hoort. Verwijder het (typ de tekst opnieuw)"


def teken_probleem(tekst: str) -> str | None:
    """Uitleg als een waarde een verboden teken bevat of alleen uit onzichtbare tekens bestaat."""
    m = (_VERBODEN_ASCII if tekst.isascii() else _VERBODEN).search(tekst)
    if m:
        return _uitleg_teken(m.group(0))
    if alleen_onzichtbaar(tekst):
        return ("bevat alleen onzichtbare tekens (zoals een spatie zonder breedte); "
                "schrijf er gewone tekst in of laat het veld weg")
    return None


def alleen_onzichtbaar(tekst: str) -> bool:
    """Waar als de tekst iets bevat, maar niets wat je ziet (spaties alleen tellen niet: dat meldt het schema)."""
    if not tekst or _ZICHTBAAR_SNEL.search(tekst) or tekst.isspace():
        return False
    for teken in tekst:
        if teken.isspace() or teken in _LEGE_TEKENS:
            continue
        if unicodedata.category(teken) in ("Cf", "Mn", "Me", "Cc", "Zs", "Zl", "Zp", "Cn"):
            continue
        return False
    return True


def ruwe_tekens(tekst: str) -> list[tuple[int, str]]:
    """[(regel, teken)] voor elk teken dat letterlijk in een bestand niet mag; regels tellen vanaf 1."""
    uit = []
    for m in _RUW_VERBODEN.finditer(tekst):
        uit.append((tekst.count("\n", 0, m.start()) + 1, m.group(0)))
    return uit


def uitleg_ruw_teken(teken: str) -> str:
    if teken in BIDI:
        return _uitleg_teken(teken)
    return (f"hier staat het onzichtbare teken {codepunt(teken)}, dat niet in een tekstbestand hoort; "
            "verwijder het (typ de regel opnieuw)")


# ---------------------------------------------------------------------------
# Webadressen
# ---------------------------------------------------------------------------

_DOMEIN = re.compile(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+\.?")
_IPV4_DEEL = re.compile(r"(0[xX][0-9a-fA-F]*|[0-9]+)")


def whatwg_host(url: str) -> str | None:
    """De host die een browser voor een https-adres gebruikt, volgens de WHATWG URL Standard.

    Vereenvoudigd voor speciale schema's: tabs en regeleinden vallen weg, / en \\ tellen allebei
    als scheiding, de autoriteit stopt bij / \\ ? #, alles tot de laatste @ is gebruikersinformatie,
    de poort valt weg, procenttekens worden gedecodeerd en hoofdletters worden kleine letters.
    """
    url = re.sub(r"[\t\n\r]", "", url.strip("\x00- "))
    if not url[:6].lower() == "https:":
        return None
    rest = url[6:].lstrip("/\\")
    autoriteit = re.match(r"[^/\\?#]*", rest).group(0)
    host = autoriteit.rpartition("@")[2]
    if host.startswith("["):
        host = host[: host.find("]") + 1] if "]" in host else host
    else:
        host = host.partition(":")[0]
    return unquote(host).lower()


def _is_ip(host: str) -> bool:
    """Zoals een browser: eindigt de host op een getal (ook 0x7f of 2130706433), dan is het IPv4."""
    if host.startswith("[") or ":" in host:
        return True
    delen = host.rstrip(".").split(".")
    return bool(delen) and bool(_IPV4_DEEL.fullmatch(delen[-1]))


def url_probleem(url: str) -> str | None:
    """Uitleg als een https-adres niet gepubliceerd mag worden; None als het in orde is.

    Adressen die niet met https:// beginnen, laat deze functie aan het schema over.
    """
    if not isinstance(url, str) or not url.startswith("https://"):
        return None
    if "\\" in url:
        return ("bevat een backslash (\\); een browser leest die als / en kan dan naar een andere "
                "website gaan. Gebruik alleen /")
    try:
        delen = urlsplit(url)
        host = (delen.hostname or "").lower()
    except ValueError:
        return ("is geen geldig webadres: na https:// moet een gewone domeinnaam komen "
                "(zonder [ ] of andere vreemde tekens)")
    if "@" in delen.netloc:
        return ("bevat een gebruikersnaam of wachtwoord vóór de domeinnaam (een @); een browser gaat "
                "dan naar wat na de @ staat. Schrijf alleen het adres, zoals https://www.organisatie.be/pagina")
    try:
        delen.port
    except ValueError:
        return "heeft een ongeldig poortnummer na de dubbele punt; laat \":...\" na de domeinnaam weg"
    if _is_ip(host) or (host and host.replace(".", "").isdigit()):
        return "wijst naar een IP-adres in plaats van een domeinnaam; gebruik het gewone adres van de website"
    if not _DOMEIN.fullmatch(host):
        return "bevat geen geldige domeinnaam (zoals www.organisatie.be)"
    browser = whatwg_host(url)
    if browser != host:
        return (f"zou in een browser naar een andere website gaan ({toonbaar(str(browser))}) dan wat "
                f"deze controle ziet ({host}); schrijf het adres zonder vreemde tekens")
    return None


# ---------------------------------------------------------------------------
# E-mailadressen
# ---------------------------------------------------------------------------

_EMAIL = re.compile(r"[A-Za-z0-9._+-]+@([A-Za-z0-9.-]+)")


def email_probleem(email: str) -> str | None:
    """Uitleg als een e-mailadres meer is dan naam@domein (mailto: leest ?cc= en &bcc= als extra ontvangers)."""
    if not isinstance(email, str) or "@" not in email:
        return None  # het schema meldt de vorm
    m = _EMAIL.fullmatch(email.strip())
    if not m:
        return ("mag alleen letters, cijfers, punten, koppeltekens, _ en + bevatten, met één @ "
                "(geen ?, &, = of andere tekens die een mailprogramma anders leest)")
    if not _DOMEIN.fullmatch(m.group(1).lower()) or _is_ip(m.group(1)):
        return "heeft na de @ geen geldige domeinnaam (zoals organisatie.be)"
    return None


# ---------------------------------------------------------------------------
# Alle waarden van een ingelezen bestand
# ---------------------------------------------------------------------------

_ADRES_VELDEN = {"url", "website", "webadres", "formulier", "contactformulier", "link"}
_WORTEL = object()  # de "sleutel" van de hele boom: die heeft geen pad


def waarde_problemen(data) -> list[tuple[list, str]]:
    """[(pad, uitleg)] voor elke waarde of veldnaam die niet gepubliceerd mag worden.

    Werkt op elke boom van dicts en lijsten (elk gegevensbestand, elk schema), zonder recursie.
    Het pad is een lijst sleutels en indexen, zoals in jsonschema (bv. [3, "bronnen", 0, "url"]).
    """
    uit: list[tuple[list, str]] = []
    # (waarde, pad van de ouder, sleutel of index in de ouder); het pad van een tekst maken we pas
    # als er iets mis is (een lijst per waarde kostte bij 10.000 voorbeelden 0,3 s).
    stapel: list[tuple[object, list, object]] = [(data, [], _WORTEL)]
    while stapel:
        waarde, ouder, stap = stapel.pop()
        if isinstance(waarde, str):
            probleem = teken_probleem(waarde)
            if probleem is None and (waarde.startswith(("https://", "http://")) or stap in _ADRES_VELDEN):
                probleem = url_probleem(waarde.strip())
            if probleem is None and stap == "email":
                probleem = email_probleem(waarde)
            if probleem:
                uit.append((ouder if stap is _WORTEL else [*ouder, stap], probleem))
            continue
        if not isinstance(waarde, (dict, list)):
            continue
        pad = ouder if stap is _WORTEL else [*ouder, stap]
        if isinstance(waarde, dict):
            for sleutel, kind in waarde.items():
                if isinstance(sleutel, str):
                    probleem = teken_probleem(sleutel)
                    if probleem:
                        uit.append(([*pad, sleutel], "(de veldnaam) " + probleem))
                        continue
                stapel.append((kind, pad, sleutel))
        else:
            for i, kind in enumerate(waarde):
                stapel.append((kind, pad, i))
    uit.reverse()
    return uit
