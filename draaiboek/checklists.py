"""Checklists: op het scherm afvinken, op papier nooit gesplitst, en elk als eigen PDF. Gewone Python.

Een checklist is een kop die met "Checklist" begint, met alles eronder tot de volgende kop van
hetzelfde of een hoger niveau. Meestal een h2 tot h6; op een deelpagina die de checklist zelf is
(evalueren/checklist.md) is het haar titel, de h1: dan loopt de checklist tot de voetnoten of het
einde van de pagina (op de afdrukpagina is die h1 een h2, draaiboek/deelpaginas.py). Andere takenlijsten (`- [ ] ...`, zoals de
stappen onder "Wat nu?") krijgen op het scherm ook echte vakjes, maar geen eigen PDF.

Op het scherm (`op_scherm`):
- elk vakje is een echt, ingeschakeld <input type="checkbox"> in een <label> met de tekst van
  het punt (axe-regel "label"); checklists.js bewaart de vinkjes in localStorage van de browser,
  per lijst (`data-vzw-lijst`), en zet er een knop "Vinkjes wissen" bij. Er gaat niets naar
  een server. Afdrukken vanuit de browser toont de vinkjes.
- naast elke checklist een link naar haar eigen PDF van één A4-pagina.

Op de afdrukpagina (`voor_afdruk`): elke checklist in `<div class="vzw-checklist">` (CSS:
break-inside: avoid), met getekende vakjes om met de pen aan te kruisen (nabewerking.py).

`document`: één HTML-document met elke checklist op een eigen A4-pagina, met titel, editie en
de pagina in het draaiboek waar ze vandaan komt; draaiboek/pdf.py drukt elke pagina apart af.
"""
from __future__ import annotations

import html as htmllib
import re
from dataclasses import dataclass
from typing import Callable

from draaiboek.boek import css_tekst, platte_tekst

MAP = "checklists"
_KOP = re.compile(r'<h([1-6])\s[^>]*?id="([^"]+)"[^>]*>(.*?)</h\1>', re.S)
_ELKE_KOP = re.compile(r"<h([1-6])[\s>]")
_STOP = re.compile(r'<div class="footnote"|<p class="vzw-nagekeken"|</article>|<section class="print-page"')
_TAAKLIJST = re.compile(r'<ul class="task-list">')
_VAKJE_ITEM = re.compile(r'<input type="checkbox" disabled\s*/?>(.*?)(?=</li>|<ul|<ol|<p[\s>]|<div)', re.S)
_KOP_MET_ID = re.compile(r'<h[1-6]\s[^>]*?id="([^"]+)"')


@dataclass
class Checklist:
    id: str          # id van de kop
    titel: str
    begin: int       # begin van de kop
    kop_einde: int   # einde van de kop
    einde: int       # einde van de checklist

    def fragment(self, html: str) -> str:
        return html[self.begin:self.einde]


def is_checklist(titel: str) -> bool:
    return titel.casefold().startswith("checklist")


def vind(html: str) -> list[Checklist]:
    """Alle checklists in de HTML, in volgorde. Een checklist die een <div> opent of sluit zonder
    de ander (zodat omhullen de HTML zou breken), telt niet mee."""
    uit = []
    for m in _KOP.finditer(html):
        titel = platte_tekst(m.group(3))
        if not is_checklist(titel):
            continue
        niveau = int(m.group(1))
        einde = len(html)
        for k in _ELKE_KOP.finditer(html, m.end()):
            if int(k.group(1)) <= niveau:
                einde = k.start()
                break
        stop = _STOP.search(html, m.end(), einde)
        if stop:
            einde = stop.start()
        # Lege regels en commentaar aan het einde horen er niet bij.
        while einde > m.end() and html[einde - 1].isspace():
            einde -= 1
        stuk = html[m.start():einde]
        if stuk.count("<div") != stuk.count("</div>"):
            continue
        uit.append(Checklist(m.group(2), titel, m.start(), m.end(), einde))
    return uit


def pdf_pad(checklist_id: str) -> str:
    """Pad van de PDF van een checklist, relatief aan de site: checklists/<id>.pdf."""
    return f"{MAP}/{checklist_id}.pdf"


def _omhul(html: str, lijsten: list[Checklist], globaal_id: Callable[[str], str],
           na_kop: Callable[[Checklist], str] = lambda c: "") -> str:
    for c in reversed(lijsten):
        gid = htmllib.escape(globaal_id(c.id))
        html = (html[:c.begin] + f'<div class="vzw-checklist" data-vzw-checklist="{gid}">\n'
                + html[c.begin:c.kop_einde] + na_kop(c) + html[c.kop_einde:c.einde] + "\n</div>"
                + html[c.einde:])
    return html


def voor_afdruk(html: str) -> tuple[str, list[Checklist]]:
    """Omhul elke checklist op de afdrukpagina (ids hebben daar al de hoofdstuksleutel)."""
    lijsten = vind(html)
    return _omhul(html, lijsten, lambda i: i), lijsten


def _label(m: re.Match) -> str:
    tekst = m.group(1)
    return f'<label class="vzw-vink"><input type="checkbox" class="vzw-vink__vakje">{tekst.rstrip()}</label>' + \
        tekst[len(tekst.rstrip()):]


def op_scherm(html: str, sleutel: str, pdf_href: Callable[[str], str]) -> str:
    """Een pagina voor het scherm: echte vakjes met label, lijsten met een sleutel om de vinkjes
    te bewaren, en bij elke checklist een link naar haar PDF.

    `sleutel`: de sleutel van de pagina op de afdrukpagina (bv. "woonzoektocht"); een checklist
    heet overal `<sleutel>-<id van de kop>`. `pdf_href(pad)` geeft het adres van een bestand in
    de site (bv. "checklists/x.pdf"), relatief aan deze pagina."""
    lijsten = vind(html)

    def globaal(i: str) -> str:
        return f"{sleutel}-{i}"

    koppen = [(m.start(), m.group(1)) for m in _KOP_MET_ID.finditer(html)]

    def lijst_sleutel(m: re.Match) -> str:
        plek = m.start()
        for c in lijsten:
            if c.begin <= plek < c.einde:
                groep = globaal(c.id)
                break
        else:
            vorige = [i for p, i in koppen if p < plek]
            groep = globaal(vorige[-1]) if vorige else sleutel
        return f'<ul class="task-list" data-vzw-lijst="{htmllib.escape(groep)}">'

    html = _TAAKLIJST.sub(lijst_sleutel, html)
    html = _VAKJE_ITEM.sub(_label, html)

    def link(c: Checklist) -> str:
        pad = pdf_pad(globaal(c.id))
        return (f'\n<p class="vzw-checklist__pdf vzw-scherm-alleen"><a href="{htmllib.escape(pdf_href(pad))}" '
                f'type="application/pdf">{htmllib.escape(c.titel)} als PDF</a> '
                f'<span class="vzw-checklist__pdf-uitleg">(om af te drukken: A4'
                f'<span data-vzw-pdf-info="{htmllib.escape(pad)}"></span>)</span></p>')

    return _omhul(html, vind(html), globaal, link)


# ---------------------------------------------------------------------------
# Eén document met elke checklist op een eigen pagina
# ---------------------------------------------------------------------------

_INTERNE_LINK = re.compile(r'<a [^>]*href="#[^"]*"[^>]*>(.*?)</a>', re.S)
_VOETNOOT = re.compile(r'<sup[^>]*>\s*<a class="footnote-ref"[^>]*>.*?</a>\s*</sup>', re.S)
_KOPREGEL = re.compile(r'^<h[2-6][^>]*>.*?</h[2-6]>', re.S)

DOCUMENT_CSS = """
@page { size: A4 portrait; margin: 16mm 18mm 18mm 18mm;
  @bottom-left { content: VOET; font-family: "Atkinson Hyperlegible", sans-serif; font-size: 8.5pt; color: #333; }
}
html { font-family: "Atkinson Hyperlegible", sans-serif; font-size: 10.5pt; line-height: 1.4; color: #000; }
body { margin: 0; }
.blad { break-after: page; }
.blad:last-child { break-after: auto; }
.blad__boven { margin: 0 0 0.3em; font-size: 0.9em; color: #333; }
h1 { font-size: 1.7em; line-height: 1.15; margin: 0 0 0.2em; color: #17457f; }
h2, h3, h4 { font-size: 1.1em; margin: 0.9em 0 0.3em; break-after: avoid; }
.blad__bron { margin: 0 0 1em; padding-bottom: 0.6em; border-bottom: 2px solid #17457f; font-size: 0.9em; }
a { color: #0f2f57; }
abbr[title] { text-decoration: none; }
ul.task-list { list-style: none; padding-left: 0; margin: 0.4em 0; }
.task-list-item { margin: 0 0 0.45em 1.9em; text-indent: -1.9em; break-inside: avoid; }
.vzw-vakje { display: inline-block; width: 1em; height: 1em; margin-right: 0.8em; vertical-align: -0.15em;
  border: 1.5px solid #333; border-radius: 0.15em; text-indent: 0; }
p { margin: 0.4em 0; }
.vzw-zie { white-space: nowrap; }
.vzw-pnr { font-variant-numeric: tabular-nums; }
"""


def document(lijsten: list[tuple[str, str, str]], titel: str, css_hrefs: list[str], voet: str = "") -> str:
    """HTML met één checklist per A4-pagina.

    `lijsten`: (id, bovenregel-HTML, fragment-HTML) per checklist; het fragment begint met de kop
    van de checklist (die wordt de h1 van de pagina). De bovenregel zegt waar ze vandaan komt."""
    delen = []
    for ident, bron, fragment in lijsten:
        kop = _KOPREGEL.match(fragment.strip())
        kaal = fragment.strip()
        naam = platte_tekst(kop.group(0)) if kop else ident
        if kop:
            kaal = kaal[kop.end():]
        kaal = _VOETNOOT.sub("", kaal)
        kaal = _INTERNE_LINK.sub(r"\1", kaal)
        kaal = re.sub(r'<p class="vzw-checklist__pdf[^"]*">.*?</p>', "", kaal, flags=re.S)
        delen.append(f'<section class="blad" id="{htmllib.escape(ident)}">\n<h1>{htmllib.escape(naam)}</h1>\n'
                     f'<p class="blad__bron">{bron}</p>\n{kaal}\n</section>')
    links = "\n".join(f'<link rel="stylesheet" href="{htmllib.escape(h)}">' for h in css_hrefs)
    return (f'<!doctype html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>{htmllib.escape(titel)}</title>\n'
            f'{links}\n<style>{DOCUMENT_CSS.replace("VOET", css_tekst(voet))}</style>\n</head>\n<body>\n' + "\n".join(delen) + "\n</body>\n</html>\n")
