"""Nabewerking van de gebouwde HTML. Gewone Python zonder MkDocs.

1. Afvinkpunten op de afdrukpagina. Een takenlijst (`- [ ] ...`) wordt daar een getekend vakje
   (CSS) om met de pen aan te kruisen, geen formulierveld (Chromium zou elk <input> in de PDF
   een formulierveld maken). Schermlezers slaan het vakje over; de tekst blijft in de lijst.
   Op de gewone pagina's maakt draaiboek/checklists.py er echte vakjes met een label van.

2. Voetnoot-ids op de afdrukpagina. De print-site-plugin maakt ids uniek door de paginasleutel
   ervoor te zetten, maar mist `<sup id="fnref:...">` van voetnootverwijzingen midden in een
   alinea. Dan verwijzen de terugkeerlinks (#pagina-fnref:x) naar niets en komt hetzelfde id in
   meerdere hoofdstukken voor. We zetten de paginasleutel er alsnog voor.

3. Tabellen op een telefoon. Een tabel met vier kolommen is op 375 px breder dan het scherm.
   Elke cel krijgt de kop van haar kolom als `data-label`; op een smal scherm toont de CSS
   (extra.css, "Tabellen op een smal scherm") elke rij als een blokje met "kop: waarde".
   Zo hoeft niemand opzij te scrollen. Op een breed scherm en op papier blijft het een tabel.

4. Ingeklapte tabellen op de afdrukpagina. De gemeenten per provincie staan op het scherm in een
   ingeklapte <details>; Chromium drukt die ingeklapt af. Op de afdrukpagina zetten we ze open,
   zodat de PDF de volledige tabellen toont.
"""
from __future__ import annotations

import html as html_module
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


_TABEL = re.compile(r"<table>(.*?)</table>", re.S)
_KOPCEL = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
_RIJ = re.compile(r"<tr>(.*?)</tr>", re.S)
_CEL = re.compile(r"<td\b")
_TAG = re.compile(r"<[^>]+>")


def _kopteksten(thead: str) -> list[str]:
    teksten = []
    for m in _KOPCEL.finditer(thead):
        tekst = " ".join(html_module.unescape(_TAG.sub("", m.group(1))).split())
        teksten.append(html_module.escape(tekst, quote=True))
    return teksten


def tabel_labels(html: str) -> str:
    """Geef elke <td> van een tabel met kopregel de kop van haar kolom als data-label."""

    def tabel(m: re.Match) -> str:
        inhoud = m.group(1)
        if "<thead>" not in inhoud or "<tbody>" not in inhoud or "data-label=" in inhoud:
            return m.group(0)
        kop, romp = inhoud.split("<tbody>", 1)
        labels = _kopteksten(kop)
        if not labels:
            return m.group(0)

        def rij(r: re.Match) -> str:
            teller = iter(range(10_000))

            def cel(_c: re.Match) -> str:
                i = next(teller)
                return f'<td data-label="{labels[i]}"' if i < len(labels) and labels[i] else "<td"

            return "<tr>" + _CEL.sub(cel, r.group(1)) + "</tr>"

        return "<table>" + kop + "<tbody>" + _RIJ.sub(rij, romp) + "</table>"

    return _TABEL.sub(tabel, html)


_DICHT = re.compile(r'<details class="vzw-provincie"(?![^>]*\sopen)')


def open_tabellen(html: str) -> str:
    """<details class="vzw-provincie" ...> -> <details class="vzw-provincie" open ...> (afdrukpagina)."""
    return _DICHT.sub('<details class="vzw-provincie" open', html)
