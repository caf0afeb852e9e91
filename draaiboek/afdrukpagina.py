"""Tijdelijke omweg voor een traagheid in mkdocs-print-site-plugin 2.9 (afdrukpagina).

Het probleem. Om de afdrukpagina te maken, zet de plugin voor elke pagina de paginasleutel voor
de ankers (`id="aanpak"` wordt `id="opstarten-aanpak"`) en zet ze interne links om
(`href="../sociale-kaart/#initiatief-x"` wordt `href="#sociale-kaart-initiatief-x"`). Dat doen
`update_anchor_ids` en `fix_href_links` in `mkdocs_print_site_plugin/urls.py`: per gevonden tag
één `str.replace` over de hele pagina. Met n kaarten is dat n keer een pagina van n kaarten:
kwadratisch. Bij 2.000 kaarten kostte het meer dan 5 s, bij 10.000 minuten.

De omweg. We vervangen die twee functies (alleen in het geheugen, zie `installeer`) door versies
die hetzelfde resultaat geven in één doorgang:

1. Dezelfde reguliere expressie als de plugin zoekt de tags (in dezelfde volgorde).
2. Voor elke verschillende tag roepen we de eigen functie van de plugin aan, maar alleen op die
   ene tag. Zo rekent de plugin zelf uit wat de nieuwe tag wordt: we kopiëren haar regels niet.
3. Eén doorgang over de pagina vervangt elke plek waar zo'n tag staat, zoals de reeks
   `str.replace`-aanroepen van de plugin dat deed. Ook de bijwerking van die reeks blijft: als de
   nieuwe tekst van een tag gelijk is aan een tag die later (nog eens) aan de beurt komt, zet de
   plugin hem opnieuw om; `_eindtekst` volgt die keten. Een voorbeeld: op "Over dit draaiboek"
   wordt de link naar de pagina Meewerken eerst "#meewerken" en daarna, omdat de inhoudsopgave
   een eigen kop "#meewerken" heeft, "#over-dit-draaiboek-meewerken". Dat is een fout van de
   plugin, maar de omweg verandert de uitkomst niet: ze maakt alleen sneller.

Daarnaast. Print-site vraagt voor de afdrukpagina een nieuwe Jinja-omgeving aan het thema
   (`config["theme"].get_env()`) en compileert zo alle sjablonen van Material een tweede keer
   (ongeveer 0,15 s per build, 8% van de build op de echte gegevens). `installeer` laat
   `Theme.get_env` per thema (dus per build) één omgeving maken en die daarna teruggeven; MkDocs
   zelf vraagt ze maar één keer, print-site krijgt dan dezelfde (met wat plugins er in on_env aan
   toevoegden).

De uitkomst is teken voor teken dezelfde als die van de plugin (tests/test_afdrukpagina.py
vergelijkt beide, ook op de echte pagina's). Alleen bij tags die binnen een andere tag beginnen
(in gewone HTML komt dat niet voor) kan de volgorde iets anders uitvallen.

Weghalen. Als print-site dit zelf oplost, schrap dan deze module en de aanroep van `installeer()`
in draaiboek/mkdocs_hooks.py. `installeer` doet niets bij een andere versie van de plugin dan
`GETEST_MET` (dan meldt de test dat de omweg herbekeken moet worden).

Gewone Python: deze module importeert de plugin; MkDocs alleen in `installeer` (voor de Jinja-omgeving).
"""
from __future__ import annotations

import bisect
import re
from importlib import metadata
from typing import Callable

GETEST_MET = "2.9"

# Dezelfde patronen als in mkdocs_print_site_plugin/urls.py (2.9).
_ANKER = re.compile(r"<([^\s]+).*?id=\"([^\"]*?)\".*?>", flags=re.IGNORECASE)
_ANKER_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "sup", "li")
_HREF = re.compile(r"<a\s+([^>]*?\s+)?href=\"(.*?)\"", flags=re.IGNORECASE)
_ID_TEKST = re.compile(r'id="', flags=re.IGNORECASE)  # zoals in _ANKER (ook "ID=", "ıd=")


def _ankers(html: str):
    """Dezelfde treffers als `_ANKER.finditer(html)`, maar sneller.

    Een treffer begint met "<" op een regel met 'id="', vóór de laatste 'id="' van die regel (tot
    daar mag `.*?` niet over een regeleinde). Na die laatste vindt `_ANKER` op die regel niets meer,
    maar elke poging vanaf een "<" leest de rest van de regel opnieuw, voor elke lengte van de tag:
    bij een regel van 600 tekens met veel tags (de tabellen van de gemeentezoeker) 80 ms. Daarom
    proberen we `_ANKER.match` alleen op elke "<" tot die laatste 'id="'. Na een treffer zoeken we
    verder vanaf zijn einde, zoals `finditer` (een waarde tussen aanhalingstekens kan over een
    regeleinde lopen)."""
    pos = 0
    while m := _ID_TEKST.search(html, pos):
        plek = max(html.rfind("\n", 0, m.start()) + 1, pos)
        einde = html.find("\n", m.end())
        einde = len(html) if einde < 0 else einde
        laatste = m.start()
        for n in _ID_TEKST.finditer(html, m.end(), einde):
            laatste = n.start()
        while (lt := html.find("<", plek, laatste)) >= 0:
            treffer = _ANKER.match(html, lt)
            if treffer:
                yield treffer
                plek = treffer.end()
            else:
                plek = lt + 1
        pos = max(einde, plek)


_origineel: dict[str, Callable] = {}


def _eindtekst(stappen: list[tuple[str, str]], momenten: dict[str, list[int]], oud: str) -> str:
    """Wat er na de hele reeks vervangingen overblijft van een plek waar `oud` stond.

    De plugin doet één `str.replace` per gevonden tag, in volgorde, ook voor een tag die al eerder
    aan de beurt was. Een nieuwe tekst die gelijk is aan een tag die later nog aan de beurt komt,
    wordt dan opnieuw vervangen; dat volgen we hier."""
    i = momenten[oud][0]
    nieuw = stappen[i][1]
    while nieuw in momenten:
        later = momenten[nieuw]
        j = bisect.bisect_right(later, i)
        if j == len(later):
            break
        i = later[j]
        nieuw = stappen[i][1]
    return nieuw


def vervang_in_een_doorgang(html: str, stappen: list[tuple[str, str]], patroon: re.Pattern) -> str:
    """Zelfde uitkomst als `for oud, nieuw in stappen: html = html.replace(oud, nieuw)`, in één doorgang.

    Elke `oud` is een volledige treffer van `patroon`, dus op een plek waar `oud` staat, geeft
    `patroon.match` precies `oud`: zo vinden we de plekken zonder de pagina per stap te doorzoeken.
    """
    stappen = [(oud, nieuw) for oud, nieuw in stappen if oud != nieuw]
    if not stappen:
        return html
    momenten: dict[str, list[int]] = {}
    for i, (oud, _) in enumerate(stappen):
        momenten.setdefault(oud, []).append(i)
    # Snelle voorselectie: alleen plekken die beginnen zoals een van de tags (bv. "<h2" of "<a ").
    kandidaat = re.compile("|".join(sorted(re.escape(oud[:3]) for oud in {oud[:3] for oud in momenten})))
    eind: dict[str, str] = {}
    delen: list[str] = []
    vorige = 0
    pos = 0
    while True:
        k = kandidaat.search(html, pos)
        if k is None:
            break
        pos = k.start()
        m = patroon.match(html, pos)
        if m is None or m.group() not in momenten:
            pos += 1
            continue
        oud = m.group()
        if oud not in eind:
            eind[oud] = _eindtekst(stappen, momenten, oud)
        delen.append(html[vorige:pos])
        delen.append(eind[oud])
        pos = vorige = m.end()
    delen.append(html[vorige:])
    return "".join(delen)


def update_anchor_ids(page_html: str, page_key: str) -> str:
    """Zelfde uitkomst als urls.update_anchor_ids van print-site, in één doorgang."""
    origineel = _origineel.get("update_anchor_ids") or _plugin_urls().update_anchor_ids
    nieuw: dict[str, str] = {}
    stappen = []
    for m in _ankers(page_html):
        if m.group(1) not in _ANKER_TAGS:
            continue
        tekst = m.group()
        if tekst not in nieuw:
            nieuw[tekst] = origineel(tekst, page_key)
        stappen.append((tekst, nieuw[tekst]))
    return vervang_in_een_doorgang(page_html, stappen, _ANKER)


def fix_href_links(page_html: str, page_key: str, page_url: str, directory_urls: bool = False) -> str:
    """Zelfde uitkomst als urls.fix_href_links van print-site, in één doorgang."""
    origineel = _origineel.get("fix_href_links") or _plugin_urls().fix_href_links
    nieuw: dict[str, str] = {}
    stappen = []
    for m in _HREF.finditer(page_html):
        tekst = m.group()
        if tekst not in nieuw:
            nieuw[tekst] = origineel(tekst, page_key, page_url, directory_urls)
        stappen.append((tekst, nieuw[tekst]))
    return vervang_in_een_doorgang(page_html, stappen, _HREF)


def _plugin_urls():
    from mkdocs_print_site_plugin import urls

    return urls


def _een_omgeving_per_thema() -> None:
    from mkdocs.theme import Theme

    if getattr(Theme.get_env, "_vzw_een_per_thema", False):
        return
    origineel = Theme.get_env

    def get_env(self):
        env = self.__dict__.get("_vzw_env")
        if env is None:
            env = self.__dict__["_vzw_env"] = origineel(self)
        return env

    get_env._vzw_een_per_thema = True
    _origineel["get_env"] = origineel
    Theme.get_env = get_env


def plugin_versie() -> str | None:
    try:
        return metadata.version("mkdocs-print-site-plugin")
    except metadata.PackageNotFoundError:
        return None


def installeer() -> bool:
    """Zet de snelle functies in de plaats van die van de plugin. Geeft True als dat gebeurde.

    Mag vaker aangeroepen worden (mkdocs serve laadt de hooks bij elke herbouw opnieuw)."""
    if plugin_versie() != GETEST_MET:
        return False
    _een_omgeving_per_thema()
    urls = _plugin_urls()
    for naam, snel in (("update_anchor_ids", update_anchor_ids), ("fix_href_links", fix_href_links)):
        huidig = getattr(urls, naam)
        if huidig is not snel:
            _origineel.setdefault(naam, huidig)
            setattr(urls, naam, snel)
    return True
