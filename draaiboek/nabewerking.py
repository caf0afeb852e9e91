"""Nabewerking van de gebouwde HTML. Gewone Python zonder MkDocs.

1. Afvinkpunten. Een takenlijst (`- [ ] ...`) wordt een uitgeschakeld <input type="checkbox">
   zonder label: axe-core meldt dat als fout (regel "label"), en Chromium zet elk vakje in de
   PDF om in een formulierveld. Lezers kunnen het vakje op het scherm toch niet aanvinken; het
   is een vakje om af te drukken. We tonen daarom een getekend vakje (CSS) dat schermlezers
   overslaan; de tekst van het punt blijft gewoon in de lijst.

2. Voetnoot-ids op de afdrukpagina. De print-site-plugin maakt ids uniek door de paginasleutel
   ervoor te zetten, maar mist `<sup id="fnref:...">` van voetnootverwijzingen midden in een
   alinea. Dan verwijzen de terugkeerlinks (#pagina-fnref:x) naar niets en komt hetzelfde id in
   meerdere hoofdstukken voor. We zetten de paginasleutel er alsnog voor.
"""
from __future__ import annotations

import re

_VAKJE = re.compile(r'<input type="checkbox" disabled\s*/?>')
VAKJE_HTML = '<span class="vzw-vakje" aria-hidden="true"></span>'

_SECTIE = re.compile(r'(<section class="print-page" id="([^"]+)"[^>]*>)')
_FNREF = re.compile(r'<sup id="(fnref\d*:[^"]+)"')


def afvinkvakjes(html: str) -> str:
    return _VAKJE.sub(VAKJE_HTML, html)


def herstel_voetnoot_ids(html: str) -> str:
    delen = _SECTIE.split(html)
    # delen = [voor, tag, sleutel, inhoud, tag, sleutel, inhoud, ...]
    uit = [delen[0]]
    for i in range(1, len(delen), 3):
        tag, sleutel, inhoud = delen[i], delen[i + 1], delen[i + 2]
        inhoud = _FNREF.sub(lambda m: f'<sup id="{sleutel}-{m.group(1)}"', inhoud)
        uit.extend([tag, inhoud])
    return "".join(uit)
