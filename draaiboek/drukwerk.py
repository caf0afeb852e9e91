"""Het drukwerk van één build: afdrukpagina klaarmaken, boek en checklists afdrukken, de links
naar de PDF's aanvullen met grootte en paginatal. Gewone Python; mkdocs_hooks.py roept dit aan.
"""
from __future__ import annotations

import html as htmllib
import re
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from draaiboek import boek, checklists, deelpaginas, nabewerking, pdf


@dataclass
class Drukwerk:
    pdf: Path
    paginas: int
    grootte: int
    nummers: dict[str, int]
    afdrukken: int
    checklists: list[Path] = field(default_factory=list)
    seconden: float = 0.0


def voorbereiden(html: str, editie_tekst: str) -> str:
    """De afdrukpagina van print-site als boek: een hoofdstuk met deelpagina's als één hoofdstuk,
    vakjes om aan te kruisen, checklists die niet splitsen, kaarten als verwijzing,
    paginaverwijzingen, inhoud en voet per hoofdstuk, en de gemeenten per provincie opengeklapt."""
    # Eerst de voetnoot-ids (per pagina, zolang de deelpagina's nog een eigen sectie hebben).
    html = deelpaginas.als_een_hoofdstuk(nabewerking.herstel_voetnoot_ids(html))
    html = nabewerking.open_tabellen(nabewerking.afvinkvakjes(html))
    html, lijsten = checklists.voor_afdruk(html)
    return boek.maak_boek(html, editie_tekst, [(c.id, c.titel) for c in lijsten])


_OMHULD = re.compile(r'<div class="vzw-checklist" data-vzw-checklist="([^"]+)">')


def omhulde_checklists(html: str) -> list[tuple[str, int, str]]:
    """(id, positie, inhoud) van elke omhulde checklist (tot de bijbehorende </div>)."""
    uit = []
    for m in _OMHULD.finditer(html):
        diepte, i = 1, m.end()
        for t in re.finditer(r"<div[\s>]|</div>", html[m.end():]):
            diepte += -1 if t.group(0) == "</div>" else 1
            if diepte == 0:
                i = m.end() + t.start()
                break
        uit.append((htmllib.unescape(m.group(1)), m.start(), html[m.end():i]))
    return uit


def checklist_document(html: str, nummers: dict[str, int], editie_tekst: str, site_naam: str,
                       pagina_url: Callable[[str, str], str], css_hrefs: list[str]) -> tuple[str, list[tuple[str, str]]]:
    """HTML met elke checklist op een eigen pagina, en (id, titel) per checklist.

    `pagina_url(hoofdstuk, anker)`: het adres online van een kop (ook op een deelpagina)."""
    delen = boek.hoofdstukken(html)
    lijsten, titels = [], []
    for ident, plek, inhoud in omhulde_checklists(html):
        hoofdstuk = next((h for h in delen if h.begin <= plek < h.einde), None)
        titel = boek.platte_tekst(re.search(r"<h[2-6][^>]*>(.*?)</h[2-6]>", inhoud, re.S).group(1))
        bron = [f"Uit <em>{htmllib.escape(site_naam)}</em>, editie {htmllib.escape(editie_tekst)}"]
        if hoofdstuk:
            bron.append(f"hoofdstuk {htmllib.escape(hoofdstuk.nummer)}, {htmllib.escape(hoofdstuk.titel.tekst)}")
        if ident in nummers:
            bron.append(f"pagina {nummers[ident]}")
        regel = ", ".join(bron) + "."
        if hoofdstuk:
            anker = ident[len(hoofdstuk.sleutel) + 1:] if ident.startswith(hoofdstuk.sleutel + "-") else ident
            url = pagina_url(hoofdstuk.sleutel, anker)
            regel += f' Online: <a href="{htmllib.escape(url)}">{htmllib.escape(url)}</a>'
        lijsten.append((ident, regel, inhoud))
        titels.append((ident, titel))
    voet = f"{site_naam} · Editie {editie_tekst}"
    return checklists.document(lijsten, f"Checklists – {site_naam}", css_hrefs, voet), titels


def pdf_info_in_site(site: Path, info: dict[str, tuple[int, int]]) -> int:
    """Schrijf grootte en paginatal van de PDF's in elke HTML-pagina van de site. Geeft het
    aantal aangepaste bestanden terug."""
    aantal = 0
    for pad in site.rglob("*.html"):
        tekst = pad.read_text(encoding="utf-8")
        if boek.PDF_INFO_ATTR not in tekst:
            continue
        nieuw = boek.pdf_info_invullen(tekst, info)
        if nieuw != tekst:
            pad.write_text(nieuw, encoding="utf-8")
            aantal += 1
    return aantal


def afdrukken(site: Path, afdruk: Path, pdf_naam: str, editie_tekst: str, site_naam: str,
              pagina_url: Callable[[str, str], str], chromium: str | None = None) -> Drukwerk:
    """Druk het boek en de checklists af (één Chromium) en vul de PDF-links in de site aan."""
    start = time.monotonic()
    doel = site / pdf_naam
    with pdf.Afdrukker(chromium) as afdrukker:
        nummers, aantal = pdf.druk_boek(afdrukker, afdruk, doel)
        html = boek.vul_paginanummers(afdruk.read_text(encoding="utf-8"), nummers)
        afdruk.write_text(html, encoding="utf-8")
        css = [(site / "assets" / "fonts" / "lettertypen.css").resolve().as_uri()]
        document, titels = checklist_document(html, nummers, editie_tekst, site_naam, pagina_url, css)
        losse = []
        if titels:
            with tempfile.TemporaryDirectory(prefix="draaiboek-checklists-") as map_:
                bron = Path(map_) / "checklists.html"
                bron.write_text(document, encoding="utf-8")
                losse = [(site / checklists.pdf_pad(i), f"{t} – {site_naam}") for i, t in titels]
                pdf.druk_per_pagina(afdrukker, bron, losse)
    info = {pdf_naam: (doel.stat().st_size, pdf.paginatal(doel))}
    for pad, _ in losse:
        info[pad.relative_to(site).as_posix()] = (pad.stat().st_size, pdf.paginatal(pad))
    pdf_info_in_site(site, info)
    return Drukwerk(doel, info[pdf_naam][1], info[pdf_naam][0], nummers, aantal,
                    [p for p, _ in losse], time.monotonic() - start)
