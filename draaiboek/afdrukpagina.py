"""Nabewerking van de afdrukpagina (het volledige draaiboek op één pagina).

De print-site-plugin maakt ids uniek door de paginasleutel ervoor te zetten, maar mist
`<sup id="fnref:...">` van voetnootverwijzingen die midden in een alinea staan. Dan verwijzen
de terugkeerlinks (#pagina-fnref:x) naar niets en komt hetzelfde id in meerdere hoofdstukken
voor. Deze functie zet de paginasleutel er alsnog voor. Gewone Python zonder MkDocs.
"""
from __future__ import annotations

import re

_SECTIE = re.compile(r'(<section class="print-page" id="([^"]+)"[^>]*>)')
_FNREF = re.compile(r'<sup id="(fnref\d*:[^"]+)"')


def herstel_voetnoot_ids(html: str) -> str:
    delen = _SECTIE.split(html)
    # delen = [voor, tag, sleutel, inhoud, tag, sleutel, inhoud, ...]
    uit = [delen[0]]
    for i in range(1, len(delen), 3):
        tag, sleutel, inhoud = delen[i], delen[i + 1], delen[i + 2]
        inhoud = _FNREF.sub(lambda m: f'<sup id="{sleutel}-{m.group(1)}"', inhoud)
        uit.extend([tag, inhoud])
    return "".join(uit)
