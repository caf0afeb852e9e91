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

Weghalen. Als Material dit zelf oplost (of de zoekplugin vervangen wordt), schrap dan deze module en
de aanroep van `installeer()` in draaiboek/mkdocs_hooks.py. `installeer` doet niets bij een andere
versie van mkdocs-material dan `GETEST_MET`.

Gewone Python: deze module importeert de zoekplugin, maar niet MkDocs zelf.
"""
from __future__ import annotations

from importlib import metadata

GETEST_MET = "9.8.2"
ONEINDIG = float("inf")

_origineel: dict[str, type] = {}


def _plugin_module():
    from material.plugins.search import plugin

    return plugin


def _maak_parser(basis: type) -> type:
    class SnelleParser(basis):
        """De Parser van de zoekplugin, met een snelle zoektocht naar de vorige open sectie."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._open: list = []  # secties in volgorde van self.data, zonder de meeste gesloten
            self._gezien = 0       # zoveel secties van self.data staan al in self._open

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
