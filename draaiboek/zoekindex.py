"""Tijdelijke omweg voor een traagheid in de zoekplugin van Material for MkDocs 9.8 (zoekindex).

Het probleem. De zoekplugin deelt elke pagina op in secties, één per kop met een id. Staat een kop
in een ander element (zoals de titel van elke kaart in zijn <article>), dan zoekt de parser bij het
sluiten van dat element de vorige open sectie door `self.data` (alle secties van de pagina) van
achter naar voor te doorlopen (`Parser.handle_endtag` in material/plugins/search/plugin.py). De
secties van alle vorige kaarten zijn dan al gesloten (diepte oneindig) en worden elke keer opnieuw
overgeslagen: bij n kaarten is dat n keer een lus over n secties, kwadratisch. De catalogus met
10.000 kaarten kostte daardoor minuten.

De omweg. `SnelleParser` doet vóór de eigen `handle_endtag` van de plugin dezelfde zoektocht, maar
over een lijst zonder de gesloten secties. Een gesloten sectie (diepte oneindig) kan nooit meer
gekozen worden (de voorwaarde is diepte <= len(context)), dus de keuze is dezelfde. Daarna ziet de
plugin dat de huidige sectie al klopt en slaat ze haar lus over. Al de rest (welke tekst en tags
in de index komen) blijft de code van de plugin: tests/test_zoekindex.py vergelijkt de secties van
beide parsers op elke gebouwde pagina en op een catalogus van duizenden kaarten.

Daarnaast. De parser vraagt bij elk stuk tekst en elke tag of een bepaalde tag open is
(`"pre" in self.context`, `self.section.el in self.context`) en of een van de open elementen
overgeslagen moet worden (`self.skip.intersection(self.context)`). Elk element vergelijkt zich op
zijn tag, met `__eq__` en `__hash__` in Python: per tekststuk tientallen aanroepen, bij de
catalogus met 10.000 kaarten samen ongeveer 3 s. `_OpenElementen` houdt daarom naast de lijst een
telling per tag bij, en `_Overslaan` kijkt eerst in die telling of er wel iets overgeslagen wordt.
Ze antwoorden hetzelfde, want de plugin vergelijkt elementen alleen op hun tag.

Ook. Het overzicht van de catalogus toont elk voorbeeld nog eens als korte kaart, in een element met
`data-search-exclude`: de plugin leest al die tags en slaat hun tekst dan over (bij 10.000 voorbeelden
een vijfde van de tijd van het zoeken). Onze sjablonen zetten zo'n blok tussen `OVERSLAAN_BEGIN` en
`OVERSLAAN_EINDE`; `SnelleParser.feed` knipt het eruit voor de plugin het leest. Dat geeft dezelfde
secties, want binnen een overgeslagen element telt alleen een kop met een id (die maakt een sectie):
een blok met zo'n kop wordt niet geknipt.

Weghalen. Als Material dit zelf oplost (of de zoekplugin vervangen wordt), schrap dan deze module en
de aanroep van `installeer()` in draaiboek/mkdocs_hooks.py. `installeer` doet niets bij een andere
versie van mkdocs-material dan `GETEST_MET`.

Gewone Python: deze module importeert de zoekplugin, maar niet MkDocs zelf.
"""
from __future__ import annotations

import re
from importlib import metadata

GETEST_MET = "9.8.2"
# Alleen binnen een element met data-search-exclude (zie hierboven).
OVERSLAAN_BEGIN = "<!--vzw:niet-in-zoekindex-->"
OVERSLAAN_EINDE = "<!--/vzw:niet-in-zoekindex-->"
_KOP_MET_ID = re.compile(r"<h[1-6]\b[^>]*\sid=", re.I)
ONEINDIG = float("inf")

_origineel: dict[str, type] = {}


def _plugin_module():
    from material.plugins.search import plugin

    return plugin


def _tag(x) -> str:
    """De tag van een Element van de plugin, of de tekst zelf (zoals "pre")."""
    return getattr(x, "tag", x)


class _OpenElementen(list):
    """`self.context` van de parser: de open elementen, plus hoeveel er van elke tag open zijn.

    `x in lijst` vergelijkt in een gewone lijst x met elk element (Element.__eq__: zelfde tag);
    hier is het één opzoeking in de telling, met hetzelfde antwoord."""

    def __init__(self):
        super().__init__()
        self.telling: dict[str, int] = {}

    def append(self, el):
        super().append(el)
        self.telling[el.tag] = self.telling.get(el.tag, 0) + 1

    def pop(self, *args):
        el = super().pop(*args)
        self.telling[el.tag] -= 1
        if not self.telling[el.tag]:
            del self.telling[el.tag]
        return el

    def __contains__(self, x) -> bool:
        return getattr(x, "tag", x) in self.telling


class _Overslaan(set):
    """`self.skip` van de parser: tags en elementen (gelijk als hun tag gelijk is) waarvan de
    inhoud niet in de index komt. Houdt ook de verzameling van hun tags bij.

    De plugin gebruikt `intersection` alleen om te weten of een open element overgeslagen wordt.
    Is geen enkele van die tags open, dan is het antwoord leeg zonder elk open element te hashen;
    anders rekent `set` het zelf uit. (De plugin verandert de verzameling alleen met add en remove.)"""

    def __init__(self, inhoud=()):
        super().__init__(inhoud)
        self.tags = {_tag(x) for x in self}

    def add(self, x):
        super().add(x)
        self.tags = {_tag(y) for y in self}

    def remove(self, x):
        super().remove(x)
        self.tags = {_tag(y) for y in self}

    def discard(self, x):
        super().discard(x)
        self.tags = {_tag(y) for y in self}

    def intersection(self, *andere):
        if len(andere) == 1 and isinstance(andere[0], _OpenElementen) and self.tags.isdisjoint(andere[0].telling):
            return set()
        return super().intersection(*andere)


def zonder_overgeslagen(html: str) -> str:
    """`html` zonder de blokken tussen OVERSLAAN_BEGIN en OVERSLAAN_EINDE die het hele binnenste van
    een `<div ... data-search-exclude>` zijn. Een blok met een kop met id, een blok zonder einde of
    merktekens op een andere plaats blijven staan."""
    if OVERSLAAN_BEGIN not in html:
        return html
    delen, i = [], 0
    while (begin := html.find(OVERSLAAN_BEGIN, i)) >= 0:
        einde = html.find(OVERSLAAN_EINDE, begin)
        if einde < 0:
            break
        einde += len(OVERSLAAN_EINDE)
        # Alleen zoals weergave.py het schrijft: het hele binnenste van een element met
        # data-search-exclude. Merktekens elders (bv. in een hoofdstuk) knippen niets.
        if (not html.endswith("data-search-exclude>", 0, begin) or not html.startswith("</div>", einde)
                or _KOP_MET_ID.search(html, begin, einde)):
            delen.append(html[i:einde])
        else:
            delen.append(html[i:begin])
        i = einde
    delen.append(html[i:])
    return "".join(delen)


def _maak_parser(basis: type) -> type:
    class SnelleParser(basis):
        """De Parser van de zoekplugin, met een snelle zoektocht naar de vorige open sectie en
        snelle vragen over de open elementen."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.context = _OpenElementen()
            self.skip = _Overslaan(self.skip)
            self._open: list = []  # secties in volgorde van self.data, zonder de meeste gesloten
            self._gezien = 0       # zoveel secties van self.data staan al in self._open

        def feed(self, data):
            super().feed(zonder_overgeslagen(data))

        def handle_endtag(self, tag):
            if self.context and self.context[-1] == tag and self.section.depth > len(self.context):
                doel = self._vorige_open(len(self.context))
                if doel is not None:
                    self.section.depth = ONEINDIG
                    self.section = doel
            super().handle_endtag(tag)

        def _vorige_open(self, diepte: int):
            """De laatste sectie in self.data met depth <= diepte (zoals de lus van de plugin)."""
            open_ = self._open
            open_.extend(self.data[self._gezien:])
            self._gezien = len(self.data)
            while open_ and open_[-1].depth == ONEINDIG:
                open_.pop()
            overgeslagen = 0
            for i in range(len(open_) - 1, -1, -1):
                s = open_[i]
                if s.depth <= diepte:
                    if overgeslagen > 64:  # veel gesloten secties midden in de lijst: opruimen
                        self._open = [x for x in open_ if x.depth != ONEINDIG]
                    return s
                overgeslagen += s.depth == ONEINDIG
            return None

    SnelleParser.__qualname__ = SnelleParser.__name__ = "SnelleParser"
    return SnelleParser


def snelle_parser() -> type:
    """De snelle parser, afgeleid van de oorspronkelijke Parser van de zoekplugin."""
    plugin = _plugin_module()
    basis = _origineel.get("Parser", plugin.Parser)
    if "SnelleParser" not in _origineel:
        _origineel["SnelleParser"] = _maak_parser(basis)
    return _origineel["SnelleParser"]


def material_versie() -> str | None:
    try:
        return metadata.version("mkdocs-material")
    except metadata.PackageNotFoundError:
        return None


def installeer() -> bool:
    """Zet de snelle parser in de plaats van die van de zoekplugin. Geeft True als dat gebeurde."""
    if material_versie() != GETEST_MET:
        return False
    plugin = _plugin_module()
    snel = snelle_parser()
    if plugin.Parser is not snel:
        _origineel.setdefault("Parser", plugin.Parser)
        plugin.Parser = snel
    return True
