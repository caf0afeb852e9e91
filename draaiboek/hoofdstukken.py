"""De hoofdstukken (docs/*.md) controleren zoals de gegevens: gewone Python zonder MkDocs.

    from draaiboek import hoofdstukken
    meldingen = hoofdstukken.controleer(Path("."))      # [] of Melding's met bestand en regel

Opgeroepen door `python -m draaiboek.check` en door de build (draaiboek/mkdocs_hooks.py,
on_pre_build: vóór mkdocs-macros iets uitvoert). Wat geweigerd wordt:

- front matter: geen geldige YAML, geen `title` of `description`, een `laatst_nagekeken` die
  geen bestaande datum is, in de toekomst ligt of vóór 1990;
- Jinja: alles behalve een oproep van een eigen macro (uit macros.py) met vaste waarden, zoals
  `{{ praktijken(fase="opstarten") }}`; nagekeken op de syntaxboom van Jinja zelf, zodat
  `{{ cycler.__init__.__globals__.os.getcwd() }}` niet meer bij de build wordt uitgevoerd;
- HTML: <script>, <iframe>, <object>, <embed>, <style>, <form> en dergelijke, attributen als
  onerror= of onclick=;
- links: javascript:, data:, vbscript:, file:, http: (behalve de gedocumenteerde uitzonderingen
  hieronder), adressen met @, een backslash of een IP-adres; afbeeldingen en media van een
  andere website;
- voetnoten: een verwijzing [^x] zonder uitleg, een uitleg die nergens gebruikt wordt, of een
  uitleg die twee keer bestaat;
- stuurtekens en tekens die de leesrichting omdraaien.

Code tussen ``` of `...` telt niet voor HTML, links en voetnoten (die toont de site als tekst),
wel voor Jinja (mkdocs-macros leest alles).
"""
from __future__ import annotations

import ast
import datetime as dt
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import jinja2
import yaml
from jinja2 import nodes

from draaiboek import veiligheid
from draaiboek.gegevens import Melding, _Lader, _yaml_melding

VROEGSTE_NAKIJKJAAR = 1990

# http:-adressen die de bronnen vandaag zo vermelden. Elk met een reden; een nieuw http:-adres
# in een hoofdstuk faalt tot het hier staat of https krijgt.
_ZOALS_GERAADPLEEGD = "bron zoals ze via http geraadpleegd werd (stand 2026-11); https-versie nog na te gaan"
HTTP_UITZONDERINGEN = {
    "http://mijnhuisjouwthuis.be/nl/content/voor-begeleiders": _ZOALS_GERAADPLEEGD,
    "http://www.housingfirstbelgium.be/": _ZOALS_GERAADPLEEGD,
    "http://www.ocmw-info-cpas.be/fiche_FV_nl/laide_pour_la_constitution_dune_garantie_locative_ft": _ZOALS_GERAADPLEEGD,
    "http://www.politics.be/persmededelingen/42692/": _ZOALS_GERAADPLEEGD,
    "http://docplayer.nl/3388296-Gemeenten-geven-thuis-en-reguliere-diensten-voor-erkend.html": _ZOALS_GERAADPLEEGD,
    "http://opleid.info/wet-betreffende-de-rechten-van-de-vrijwilliger.html": _ZOALS_GERAADPLEEGD,
    "http://www.fedasil.be/nl/nieuws/opvang-asielzoekers/opvangnetwerk-kerncijfers-2023": _ZOALS_GERAADPLEEGD,
    "http://synergylaw.be/news/het_vlaams_woninghuurdecreet": _ZOALS_GERAADPLEEGD,
    "http://www.vlaamswoningfonds.be/huurwaarborglening/kenmerken": _ZOALS_GERAADPLEEGD,
    "http://boulevard-kastanienallee.de/qm/wohnleitfaden-fuer-gefluechtete/": _ZOALS_GERAADPLEEGD,
}

_VERBODEN_TAGS = {
    "script": "een <script> voert code uit in de browser van de lezer",
    "iframe": "een <iframe> toont een andere website in de pagina",
    "frame": "een <frame> toont een andere website in de pagina",
    "frameset": "een <frameset> toont andere websites in de pagina",
    "object": "een <object> laadt een programma of een andere website",
    "embed": "een <embed> laadt een programma of een andere website",
    "applet": "een <applet> voert een programma uit",
    "base": "een <base> verandert waar alle links van de pagina naartoe gaan",
    "meta": "een <meta> kan de pagina doorsturen of de beveiliging veranderen",
    "link": "een <link> laadt bestanden van elders",
    "style": "een <style> verandert de opmaak van de hele site; gebruik docs/assets/stylesheets/extra.css",
    "form": "een <form> stuurt wat de lezer intypt naar een andere website",
    "svg": "een <svg> in de tekst kan code bevatten; zet een afbeelding in docs/assets",
    "math": "een <math> in de tekst kan code bevatten",
    "template": "een <template> hoort niet in een hoofdstuk",
    "noscript": "een <noscript> hoort niet in een hoofdstuk",
}
_MEDIA_TAGS = {"img", "video", "audio", "source", "track", "picture", "image", "input", "embed", "object", "iframe"}
_TAG = re.compile(r"<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>?", re.S)
_ATTR = re.compile(r"""([^\s"'=<>/]+)\s*(?:=\s*("([^"]*)"|'([^']*)'|[^\s"'>]+))?""")
_URL_ATTRS = {"href", "src", "srcset", "poster", "action", "formaction", "data", "xlink:href", "background",
              "cite", "longdesc", "ping", "manifest"}
_MD_LINK = re.compile(r"(!?)\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?([^)\s>]*)>?")
_AUTOLINK = re.compile(r"<([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>]*)>")
_REF_DEF = re.compile(r"^ {0,3}\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
_VOETNOOT_DEF = re.compile(r"^ {0,3}\[\^([^\]\s]+)\]:")
_VOETNOOT_REF = re.compile(r"\[\^([^\]\s]+)\](?!:)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")


# ---------------------------------------------------------------------------
# Hulp: code maskeren, macro's vinden
# ---------------------------------------------------------------------------


def _maskeer_code(regels: list[str]) -> list[str]:
    """Dezelfde regels, met code (``` blokken en `spans`) vervangen door spaties."""
    uit = []
    hek = None
    for regel in regels:
        m = _FENCE.match(regel)
        if hek:
            if m and m.group(1)[0] == hek[0] and len(m.group(1)) >= len(hek):
                hek = None
            uit.append(" " * len(regel))
            continue
        if m:
            hek = m.group(1)
            uit.append(" " * len(regel))
            continue
        uit.append(re.sub(r"(`+)(.+?)\1", lambda x: " " * len(x.group(0)), regel))
    return uit


def macro_namen(basis: Path) -> set[str]:
    """De macro's die macros.py registreert (@env.macro of env.macro(f, "naam")), zonder het uit te voeren."""
    pad = Path(basis) / "macros.py"
    try:
        boom = ast.parse(pad.read_text(encoding="utf-8"))
    except (OSError, SyntaxError):
        return set()
    namen = set()
    for knoop in ast.walk(boom):
        if isinstance(knoop, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for d in knoop.decorator_list:
                doel = d.func if isinstance(d, ast.Call) else d
                if isinstance(doel, ast.Attribute) and doel.attr == "macro":
                    naam = knoop.name
                    if isinstance(d, ast.Call) and d.args and isinstance(d.args[0], ast.Constant):
                        naam = str(d.args[0].value)
                    namen.add(naam)
        elif isinstance(knoop, ast.Call) and isinstance(knoop.func, ast.Attribute) and knoop.func.attr == "macro":
            if len(knoop.args) >= 2 and isinstance(knoop.args[1], ast.Constant):
                namen.add(str(knoop.args[1].value))
            elif knoop.args and isinstance(knoop.args[0], ast.Name):
                namen.add(knoop.args[0].id)
    return namen


# ---------------------------------------------------------------------------
# Links
# ---------------------------------------------------------------------------


def link_probleem(url: str) -> str | None:
    """Uitleg als een link of bron in een hoofdstuk niet mag; None als ze in orde is."""
    ruw = html.unescape(url)
    schoon = re.sub(r"[\x00-\x20\x7f]", "", ruw).lower()
    if "\\" in ruw:
        return "bevat een backslash (\\); een browser leest die als / en kan dan naar een andere website gaan"
    m = re.match(r"^([a-z][a-z0-9+.-]*):", schoon)
    if not m:
        if schoon.startswith("//"):
            return "begint met //; schrijf het volledige adres met https://"
        return None  # een link binnen de site
    schema = m.group(1)
    if schema in ("javascript", "vbscript", "data", "file", "blob", "filesystem"):
        return f"een link met {schema}: is niet toegelaten (die voert code uit of toont iets wat niet van de site komt)"
    if schema == "http":
        if ruw.strip() in HTTP_UITZONDERINGEN:
            return None
        return ("gebruikt http:// (onbeveiligd); schrijf https://. Heeft de website echt geen https, zet het "
                "adres dan met de reden in HTTP_UITZONDERINGEN (draaiboek/hoofdstukken.py)")
    if schema == "https":
        return veiligheid.url_probleem(ruw.strip())
    if schema in ("mailto", "tel"):
        return None
    return f"een link met {schema}: is niet toegelaten; gebruik https://, mailto: of tel:"


def _extern(url: str) -> bool:
    schoon = re.sub(r"[\x00-\x20\x7f]", "", html.unescape(url)).lower()
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", schoon)) or schoon.startswith(("//", "\\\\", "/\\", "\\/"))


# ---------------------------------------------------------------------------
# Eén pagina
# ---------------------------------------------------------------------------


class _Pagina:
    def __init__(self, naam: str):
        self.naam = naam
        self.meldingen: list[Melding] = []

    def meld(self, regel: int, tekst: str, item: str = "") -> None:
        self.meldingen.append(Melding(self.naam, regel, veiligheid.toonbaar(item), veiligheid.toonbaar(tekst)))


def _front_matter(p: _Pagina, regels: list[str], vandaag: dt.date) -> int:
    """Controleer de front matter; geeft het aantal regels ervan (0 als er geen is)."""
    if not regels or regels[0].rstrip() != "---":
        p.meld(1, "de pagina begint niet met front matter: zet bovenaan een regel ---, dan title:, "
                  "description: en laatst_nagekeken:, en weer een regel ---")
        return 0
    einde = next((i for i in range(1, len(regels)) if regels[i].rstrip() in ("---", "...")), None)
    if einde is None:
        p.meld(1, "de front matter wordt niet afgesloten: zet na de laatste regel ervan een regel met ---")
        return 0
    tekst = "\n".join(regels[1:einde]) + "\n"
    lader = _Lader(tekst)
    try:
        meta = lader.get_single_data()
    except yaml.YAMLError as fout:
        regel, uitleg = _yaml_melding(fout)
        p.meld(regel + 1, f"front matter: {uitleg}")
        return einde + 1
    finally:
        lader.dispose()
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        p.meld(2, "de front matter moet velden bevatten (title: ..., description: ..., laatst_nagekeken: ...)")
        return einde + 1
    regel_van = getattr(meta, "regels", {})
    for regel, sleutel, eerste in getattr(lader, "dubbel", []):
        p.meld(regel + 1, f'front matter: het veld "{sleutel}" staat twee keer (ook op regel {eerste + 1})')
    for veld, uitleg in (("title", "de titel van de pagina (in het menu, het tabblad en de zoekresultaten)"),
                         ("description", "een korte beschrijving voor zoekmachines en gedeelde links")):
        waarde = meta.get(veld)
        if waarde is None or (isinstance(waarde, str) and not waarde.strip()):
            p.meld(regel_van.get(veld, 1) + (1 if veld in regel_van else 0),
                   f'front matter: het veld "{veld}" ontbreekt of is leeg; schrijf {uitleg}')
        elif not isinstance(waarde, str):
            p.meld(regel_van[veld] + 1, f'front matter: het veld "{veld}" moet tekst zijn; zet het tussen aanhalingstekens')
        else:
            probleem = veiligheid.teken_probleem(waarde)
            if probleem:
                p.meld(regel_van[veld] + 1, f'front matter: het veld "{veld}" {probleem}')
    datum = meta.get("laatst_nagekeken")
    regel = regel_van.get("laatst_nagekeken", 0) + 1
    if datum is None:
        p.meld(1, "front matter: het veld \"laatst_nagekeken\" ontbreekt; schrijf de datum waarop je de inhoud "
                  "het laatst nakeek, als laatst_nagekeken: JJJJ-MM-DD")
    elif not isinstance(datum, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", datum):
        p.meld(regel, f'front matter: "laatst_nagekeken" moet een datum zijn als JJJJ-MM-DD, niet "{datum}"')
    else:
        try:
            d = dt.date.fromisoformat(datum)
        except ValueError:
            p.meld(regel, f'front matter: "laatst_nagekeken" is geen bestaande datum: {datum}')
        else:
            if d > vandaag:
                p.meld(regel, f'front matter: "laatst_nagekeken" ligt in de toekomst: {datum} '
                              f"(vandaag is {vandaag.isoformat()})")
            elif d.year < VROEGSTE_NAKIJKJAAR:
                p.meld(regel, f'front matter: "laatst_nagekeken" ligt vóór {VROEGSTE_NAKIJKJAAR}: {datum}; '
                              "kijk het jaar na")
    return einde + 1


def _letterlijk(knoop) -> bool:
    if isinstance(knoop, nodes.Const):
        return isinstance(knoop.value, (str, int, float, bool)) or knoop.value is None
    if isinstance(knoop, (nodes.Neg, nodes.Pos)):
        return isinstance(knoop.node, nodes.Const) and isinstance(knoop.node.value, (int, float))
    if isinstance(knoop, (nodes.List, nodes.Tuple)):
        return all(_letterlijk(x) for x in knoop.items)
    return False


def _jinja(p: _Pagina, tekst: str, macros: set[str]) -> None:
    """Alleen {{ eigen_macro(vaste, waarden) }}; {% raw %} mag; al de rest niet."""
    if "{{" not in tekst and "{%" not in tekst and "{#" not in tekst:
        return
    try:
        boom = jinja2.Environment().parse(tekst)
    except RecursionError:
        p.meld(1, "Jinja-fout: haakjes tussen {{ en }} zijn te diep genest; roep alleen een macro op, zoals "
                  "{{ praktijken(fase=\"opstarten\") }}")
        return
    except jinja2.TemplateSyntaxError as fout:
        p.meld(fout.lineno or 1, "Jinja-fout: {{ of {% wordt niet goed gebruikt of afgesloten. Roep alleen een "
                                 "macro op, zoals {{ praktijken(fase=\"opstarten\") }}; toon je die tekens, zet ze "
                                 "dan tussen {% raw %} en {% endraw %}")
        return
    uitleg_macros = ", ".join(sorted(macros)) or "geen"
    for knoop in boom.body:
        if not isinstance(knoop, nodes.Output):
            p.meld(getattr(knoop, "lineno", 1) or 1,
                   f"Jinja-opdracht {{% {type(knoop).__name__.lower()} %}} is niet toegelaten in een hoofdstuk; "
                   f"alleen een macro met vaste waarden ({uitleg_macros})")
            continue
        for deel in knoop.nodes:
            if isinstance(deel, nodes.TemplateData):
                continue
            regel = getattr(deel, "lineno", 1) or 1
            if not isinstance(deel, nodes.Call) or not isinstance(deel.node, nodes.Name):
                p.meld(regel, "tussen {{ en }} mag alleen een macro van het draaiboek staan, zoals "
                              f"{{{{ praktijken(fase=\"opstarten\") }}}}; bekende macro's: {uitleg_macros}")
                continue
            if deel.node.name not in macros:
                p.meld(regel, f'"{deel.node.name}" is geen macro van het draaiboek; bekende macro\'s: {uitleg_macros}')
                continue
            if deel.dyn_args is not None or deel.dyn_kwargs is not None or \
                    not all(_letterlijk(a) for a in deel.args) or not all(_letterlijk(k.value) for k in deel.kwargs):
                p.meld(regel, f"macro {deel.node.name}(): geef alleen vaste waarden mee, zoals "
                              f"fase=\"opstarten\" of kop=3 (geen namen, berekeningen of filters)")


def _html_en_links(p: _Pagina, regels: list[str], begin: int) -> None:
    # HTML-tags kunnen over meer regels lopen: zoek in de hele tekst, tel de regel van het begin.
    tekst = "\n".join(" " * len(r) if nr <= begin else r for nr, r in enumerate(regels, 1))
    for m in _TAG.finditer(tekst):
        _tag(p, m, tekst.count("\n", 0, m.start()) + 1)
    for nr, regel in enumerate(regels, 1):
        if nr <= begin or not regel.strip():
            continue
        _links(p, regel, nr)


def _tag(p: _Pagina, m: re.Match, nr: int) -> None:
    tag = m.group(1).lower()
    if re.match(r"<(?:https?|ftp)://|<mailto:", m.group(0), re.I):
        return  # een autolink <https://...>, geen tag (de link zelf komt hieronder aan bod)
    if tag in _VERBODEN_TAGS:
        p.meld(nr, f"<{tag}> is niet toegelaten in een hoofdstuk: {_VERBODEN_TAGS[tag]}")
        return
    for a in _ATTR.finditer(m.group(2) or ""):
        naam = a.group(1).lower()
        waarde = a.group(3) if a.group(3) is not None else (a.group(4) if a.group(4) is not None
                                                           else (a.group(2) or ""))
        if naam.startswith("on"):
            p.meld(nr, f"het attribuut {naam}= voert code uit in de browser van de lezer; laat het weg")
        elif naam == "style" and re.search(r"url\s*\(|expression\s*\(|@import", waarde, re.I):
            p.meld(nr, "een style-attribuut mag geen bestanden laden (url(...)); gebruik extra.css")
        elif naam in _URL_ATTRS:
            for url in (re.split(r"\s*,\s*", waarde) if naam == "srcset" else [waarde]):
                url = url.strip().split(" ")[0] if naam == "srcset" else url
                if tag in _MEDIA_TAGS and naam != "href" and _extern(url):
                    p.meld(nr, f"<{tag}> laadt een afbeelding of media van een andere website ({url}); "
                               "zet het bestand in docs/assets (zo volgt geen andere website de lezer)")
                else:
                    probleem = link_probleem(url)
                    if probleem:
                        p.meld(nr, f"link {url} {probleem}")


def _links(p: _Pagina, regel: str, nr: int) -> None:
    for m in _MD_LINK.finditer(regel):
        url = m.group(2)
        if m.group(1) and _extern(url):
            p.meld(nr, f"afbeelding van een andere website ({url}); zet het bestand in docs/assets "
                       "(zo volgt geen andere website de lezer)")
            continue
        probleem = link_probleem(url)
        if probleem:
            p.meld(nr, f"link {url} {probleem}")
    for m in _AUTOLINK.finditer(regel):
        probleem = link_probleem(m.group(1))
        if probleem:
            p.meld(nr, f"link {m.group(1)} {probleem}")
    m = _REF_DEF.match(regel)
    if m:
        probleem = link_probleem(m.group(1))
        if probleem:
            p.meld(nr, f"link {m.group(1)} {probleem}")


def _voetnoten(p: _Pagina, regels: list[str], begin: int) -> None:
    definities: dict[str, int] = {}
    verwijzingen: dict[str, int] = {}
    for nr, regel in enumerate(regels, 1):
        if nr <= begin:
            continue
        m = _VOETNOOT_DEF.match(regel)
        rest = regel
        if m:
            vid = m.group(1)
            if vid in definities:
                p.meld(nr, f"de uitleg van voetnoot [^{vid}] staat twee keer (ook op regel {definities[vid]}); "
                           "laat er één over", f"voetnoot [^{vid}]")
            else:
                definities[vid] = nr
            rest = regel[m.end():]
        for r in _VOETNOOT_REF.finditer(rest):
            verwijzingen.setdefault(r.group(1), nr)
    for vid, nr in sorted(verwijzingen.items(), key=lambda x: x[1]):
        if vid not in definities:
            p.meld(nr, f"voetnoot [^{vid}] heeft geen uitleg: voeg onderaan een regel '[^{vid}]: bron, datum, "
                       "adres' toe, of verbeter de naam", f"voetnoot [^{vid}]")
    for vid, nr in sorted(definities.items(), key=lambda x: x[1]):
        if vid not in verwijzingen:
            p.meld(nr, f"voetnoot [^{vid}] wordt nergens in de tekst gebruikt: verwijs ernaar met [^{vid}] of "
                       "haal de regel weg", f"voetnoot [^{vid}]")


def controleer_pagina(naam: str, tekst: str, macros: set[str], vandaag: dt.date | None = None,
                      front_matter: bool = True) -> list[Melding]:
    """Alle problemen van één Markdown-bestand (naam zoals in de meldingen, bv. docs/opstarten.md)."""
    vandaag = vandaag or dt.date.today()
    p = _Pagina(naam)
    tekst = tekst.removeprefix("\ufeff")
    regels = re.split(r"\r\n|\r|\n", tekst)
    ruwe = veiligheid.ruwe_tekens(tekst)
    for regel, teken in ruwe[:20]:
        p.meld(regel, veiligheid.uitleg_ruw_teken(teken))
    if ruwe:
        return p.meldingen
    begin = _front_matter(p, regels, vandaag) if front_matter else 0
    _jinja(p, tekst, macros)
    zonder_code = _maskeer_code(regels)
    _html_en_links(p, zonder_code, begin)
    if front_matter:
        _voetnoten(p, zonder_code, begin)
    return sorted(set(p.meldingen))


def controleer(basis: Path, vandaag: dt.date | None = None, docs: Path | None = None) -> list[Melding]:
    """Alle hoofdstukken in docs/ (en de stukken in includes/ die op elke pagina komen)."""
    basis = Path(basis)
    docs = Path(docs) if docs else basis / "docs"
    macros = macro_namen(basis)
    meldingen: list[Melding] = []
    bestanden = [(pad, True) for pad in sorted(docs.rglob("*.md"))]
    bestanden += [(pad, False) for pad in sorted((basis / "includes").glob("*.md"))]
    for pad, is_pagina in bestanden:
        try:
            naam = pad.relative_to(basis).as_posix()
        except ValueError:
            naam = pad.as_posix()
        try:
            tekst = pad.read_bytes().decode("utf-8")
        except UnicodeDecodeError as fout:
            meldingen.append(Melding(naam, 1, "", f"het bestand is geen geldige UTF-8-tekst ({fout.reason}); "
                                                  "bewaar het als UTF-8"))
            continue
        except OSError as fout:
            meldingen.append(Melding(naam, 1, "", f"het bestand kan niet gelezen worden ({fout.strerror or fout})"))
            continue
        meldingen.extend(controleer_pagina(naam, tekst, macros, vandaag, front_matter=is_pagina))
    return meldingen


# ---------------------------------------------------------------------------
# Vangnet: de omgezette HTML van een pagina
# ---------------------------------------------------------------------------


class _HtmlControle(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problemen: list[tuple[str, str]] = []  # (zoekterm in de bron, uitleg)

    def handle_starttag(self, tag, attrs):
        tag = tag.lower()
        # <form> maken de macro's zelf (de filters); de CSP (form-action 'self') dekt de rest af.
        if tag in _VERBODEN_TAGS and tag != "form":
            self.problemen.append((f"<{tag}", f"<{tag}> is niet toegelaten in een hoofdstuk: {_VERBODEN_TAGS[tag]}"))
            return
        for naam, waarde in attrs:
            naam = naam.lower()
            waarde = waarde or ""
            if naam.startswith("on"):
                self.problemen.append((naam, f"het attribuut {naam}= voert code uit in de browser van de lezer"))
            elif naam in _URL_ATTRS:
                urls = [u.strip().split(" ")[0] for u in waarde.split(",")] if naam == "srcset" else [waarde]
                for url in urls:
                    if tag in _MEDIA_TAGS and naam != "href" and _extern(url):
                        self.problemen.append((url, f"<{tag}> laadt een afbeelding of media van een andere "
                                                    f"website ({url}); zet het bestand in docs/assets"))
                    else:
                        probleem = link_probleem(url)
                        if probleem:
                            self.problemen.append((url, f"link {url} {probleem}"))

    handle_startendtag = handle_starttag


def controleer_html(naam: str, html_tekst: str, bron: str = "") -> list[Melding]:
    """Vangnet na de omzetting naar HTML (wat een Markdown-truc langs de broncontrole zou krijgen).

    De regel is die van de eerste plaats in de bron waar het adres of de tag staat, anders 1.
    """
    controle = _HtmlControle()
    try:
        controle.feed(html_tekst)
        controle.close()
    except Exception:  # noqa: BLE001 - html.parser geeft geen fouten, maar een vangnet mag niet zelf vallen
        return [Melding(naam, 1, "", "de HTML van deze pagina kan niet nagekeken worden")]
    uit = []
    regels = bron.splitlines()
    for zoek, tekst in controle.problemen:
        regel = next((i for i, r in enumerate(regels, 1) if zoek and zoek.lower() in r.lower()), 1)
        uit.append(Melding(naam, regel, "", veiligheid.toonbaar(tekst + " (gevonden in de HTML van de pagina)")))
    return sorted(set(uit))
