"""MkDocs-lijm: de enige plek (naast macros.py) die MkDocs kent.

- `laatst_nagekeken` uit de front matter verschijnt onderaan elke pagina (ook in de PDF);
  een pagina zonder die datum laat de build falen.
- De afdrukpagina van print-site wordt in één doorgang opgebouwd (draaiboek/afdrukpagina.py,
  een omweg voor een kwadratische stap in de plugin). Zo ook de zoekindex van Material
  (draaiboek/zoekindex.py).
- `edit_url` in de front matter stuurt het bewerkpotlood naar een ander bestand (het
  gegevensbestand van de catalogus en de sociale kaart).
- Kaarten uit de macro's gaan niet door Markdown: na de omzetting zet `on_page_content` de
  bewaarde HTML op de plaats van de merktekens (draaiboek/blokken.py), en krijgt elke tabelcel
  de kop van haar kolom (voor telefoons, draaiboek/nabewerking.py). Ook op de afdrukpagina.
- Bestanden die een macro bij een pagina legt (`page.vzw_bestanden`, de gegevens van de
  gemeentezoeker), komen naast die pagina in de site.
- Na de build komt de JSON met de huidige initiatieven naast de site (voor "Klopt dit nog?" op
  het bijdrageformulier, alleen geladen door die pagina).
- Elke pagina laadt alleen de CSS en JS die ze gebruikt (draaiboek/paginabestanden.py); de
  afdrukpagina laadt alles. Na de build zijn onze CSS en JS verkleind (draaiboek/verkleinen.py).
- Een hoofdstuk met deelpagina's (een map in docs/ met index.md): op het overzicht het script dat
  oude ankers naar hun deelpagina stuurt, met de kaart uit de koppen; op papier één hoofdstuk
  (draaiboek/deelpaginas.py).
- Op elke pagina: echte vakjes bij takenlijsten, en bij elke checklist een link naar haar PDF
  (draaiboek/checklists.py).
- Na de build wordt de afdrukpagina een boek (draaiboek/drukwerk.py: inhoud met paginanummers,
  kaarten als verwijzing, voet per hoofdstuk) en drukt headless Chromium ze af als PDF in site/,
  samen met elke checklist als eigen PDF; daarna staan grootte en paginatal bij de PDF-links.
  DRAAIBOEK_PDF=verplicht (CI): geen Chromium is een fout.
  DRAAIBOEK_PDF=uit: geen PDF (snelle testbuilds). Standaard: PDF als Chromium er is,
  anders één duidelijke regel en toch een site. Bij `mkdocs serve` standaard geen PDF.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sys
from pathlib import Path
from urllib.parse import urljoin

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from draaiboek import (afdrukpagina, bronnen, checklists, csp, deelpaginas, drukwerk, formulier,  # noqa: E402
                       gegevens, hoofdstukken, nabewerking, paginabestanden, pdf, verkleinen, zoekindex)
from draaiboek.datums import als_datum, lange_datum  # noqa: E402

log = logging.getLogger("mkdocs.hooks.draaiboek")
_commando = {"naam": "build"}
# Sleutel van een hoofdstuk op de afdrukpagina (zoals print-site ze maakt) -> het adres online
# van het hoofdstuk (bij deelpagina's: het overzicht), en "<hoofdstuk>-<anker>" -> adres van die kop.
_pagina_urls: dict[str, str] = {}
_anker_urls: dict[str, str] = {}


def _sleutel(page) -> str:
    """Sleutel van het hoofdstuk (bij een deelpagina: dat van haar overzicht, draaiboek/deelpaginas.py)."""
    return deelpaginas.hoofdstuksleutel(page.file.src_uri)


def _oude_ankers(page, output: str, site_dir: str) -> str:
    """Op het overzicht van een hoofdstuk met deelpagina's: het script dat oude ankers doorstuurt.
    Een grote kaart komt in een bestand naast het overzicht (deelpaginas.GROTE_KAART)."""
    sectie = page.parent
    if not page.is_index or sectie is None or not page.file.src_uri.endswith("/index.md"):
        return output
    delen = [(get_relative_url(p.url, page.url), p.content or "") for p in sectie.children
             if p.is_page and p is not page]
    if not delen:
        return output
    try:
        kaart = deelpaginas.ankerkaart(page.content or "", delen)
    except deelpaginas.DeelpaginaFout as fout:
        raise PluginError(f"{page.file.src_uri}: {fout}")
    src = get_relative_url("assets/javascripts/oude-ankers.js", page.url)
    tekst = deelpaginas.kaart_json(kaart)
    if len(tekst.encode("utf-8")) <= deelpaginas.GROTE_KAART:
        return deelpaginas.voeg_in_head(output, deelpaginas.script_tag(src, kaart))
    doel = Path(site_dir) / Path(page.file.dest_uri).parent / deelpaginas.ANKERS_BESTAND
    doel.parent.mkdir(parents=True, exist_ok=True)
    doel.write_text(tekst, encoding="utf-8")
    return deelpaginas.voeg_in_head(output, deelpaginas.script_tag(src, kaart, deelpaginas.ANKERS_BESTAND))


def on_startup(command, dirty=False, **kwargs):
    _commando["naam"] = command


def on_config(config, **kwargs):
    afdrukpagina.installeer()
    zoekindex.installeer()
    editie = config["extra"].get("editie") or dt.date.today()
    config["extra"]["editie_tekst"] = lange_datum(editie)
    return config


def on_pre_build(config, **kwargs):
    """De hoofdstukken controleren vóór mkdocs-macros ook maar één pagina uitvoert (Jinja, HTML, links)."""
    _pagina_urls.clear()
    _anker_urls.clear()
    basis = Path(config["config_file_path"]).resolve().parent if config.get("config_file_path") else Path.cwd()
    meldingen = hoofdstukken.controleer(basis, docs=Path(config["docs_dir"]))
    if meldingen:
        raise PluginError(f"{len(meldingen)} {'probleem' if len(meldingen) == 1 else 'problemen'} in de "
                          "hoofdstukken:\n" + "\n".join(str(m) for m in meldingen))


def on_page_markdown(markdown, page, config, files, **kwargs):
    # `edit_url` in de front matter: het potlood opent wat de pagina toont (bv. ../data/initiatives.yaml,
    # relatief tegenover het gewone bewerkadres van de pagina).
    eigen = page.meta.get("edit_url")
    if eigen and page.edit_url:
        page.edit_url = urljoin(page.edit_url, str(eigen))
    datum = page.meta.get("laatst_nagekeken")
    if not datum:
        raise PluginError(
            f"{page.file.src_uri}: de front matter mist 'laatst_nagekeken: JJJJ-MM-DD' "
            "(de datum waarop de inhoud van deze pagina het laatst is nagekeken)."
        )
    try:
        tekst = lange_datum(datum)
    except ValueError:
        raise PluginError(f"{page.file.src_uri}: 'laatst_nagekeken' is geen datum (JJJJ-MM-DD): {datum!r}")
    if als_datum(datum) > dt.date.today():
        raise PluginError(f"{page.file.src_uri}: 'laatst_nagekeken' ligt in de toekomst: {datum}")
    markdown = bronnen.voetnoten_in_leesvolgorde(markdown)
    # Twee voetnootverwijzingen na elkaar ("[^a][^b]") tonen anders als "34" in plaats van "3, 4".
    markdown = re.sub(r"(\[\^[^\]\s]+\])(?=\[\^)", r'\1<sup class="vzw-fnsep">,</sup>', markdown)
    return markdown.rstrip() + (
        f'\n\n<p class="vzw-nagekeken">Laatst nagekeken: <time datetime="{als_datum(datum).isoformat()}">'
        f"{tekst}</time></p>\n"
    )


@event_priority(50)  # vóór print-site, die de HTML van elke pagina voor de afdrukpagina bewaart
def on_page_content(html, page, config, files, **kwargs):
    # Vangnet na de omzetting: wat een Markdown-truc langs de broncontrole kreeg (on_pre_build).
    # Vóór de kaarten terugkomen: die gingen niet door Markdown (gegevens.py controleert elk adres,
    # weergave.py escapet elke waarde), en 30 MB kaarten nog eens ontleden kostte seconden.
    meldingen = hoofdstukken.controleer_html(f"docs/{page.file.src_uri}", html, page.markdown or "")
    if meldingen:
        raise PluginError("\n".join(str(m) for m in meldingen))
    bewaard = page.__dict__.pop("vzw_blokken", None)
    if bewaard:
        try:
            html = bewaard.vul_in(html)
        except ValueError as fout:
            raise PluginError(f"{page.file.src_uri}: kaarten uit de macro's niet teruggezet: {fout}")
        if page.present_anchor_ids is not None:
            page.present_anchor_ids |= bewaard.ankers()
    return nabewerking.tabel_labels(html)


# Hashes van scripts en stijlen die in de inhoud van een hoofdstuk staan: die komen nooit in
# het beleid, ook niet op de afdrukpagina (die alle hoofdstukken bevat).
_csp_verboden: set[str] = set()


def _afdrukpagina(page) -> bool:
    return page.file.src_uri == "print_page.md" or page.url.rstrip("/").endswith("print_page")


def _met_csp(html: str, inhoud: str = "", verboden: set[str] | None = None) -> str:
    if _commando["naam"] == "serve":  # de live-reload van mkdocs serve voegt een inline script toe
        return csp.zonder_beleid(html)
    return csp.zet_beleid(html, inhoud, verboden)


@event_priority(-100)  # als laatste: het beleid telt de scripts zoals ze gepubliceerd worden
def on_post_page(output, page, config, **kwargs):
    # Bestanden die een macro bij de pagina legde (de gegevens van de gemeentezoeker), naast de pagina.
    for naam, inhoud in (page.__dict__.pop("vzw_bestanden", None) or {}).items():
        doel = Path(config["site_dir"]) / Path(page.file.dest_uri).parent / naam
        doel.parent.mkdir(parents=True, exist_ok=True)
        doel.write_text(inhoud, encoding="utf-8")
    if _afdrukpagina(page):
        # Getekende vakjes; het boek en het beleid van de afdrukpagina volgen in on_post_build.
        return nabewerking.afvinkvakjes(output)
    sleutel = _sleutel(page)
    if page.is_index or sleutel not in _pagina_urls:
        _pagina_urls[sleutel] = page.canonical_url or ""
    for anker in deelpaginas.koppen(page.content or ""):
        _anker_urls.setdefault(f"{sleutel}-{anker}", f"{page.canonical_url or ''}#{anker}")
    output = _oude_ankers(page, output, config["site_dir"])
    output = checklists.op_scherm(output, sleutel, lambda pad: get_relative_url(pad, page.url))
    try:
        output = paginabestanden.alleen_wat_nodig_is(output)
    except ValueError as fout:
        raise PluginError(f"{page.file.src_uri}: {fout}")
    s, st = csp.hashes(page.content or "")
    _csp_verboden.update(s | st)
    return _met_csp(output, page.content or "")


def on_post_template(output_content, template_name, config, **kwargs):
    """Pagina's zonder hoofdstuk (404.html): alle inline scripts zijn van het thema."""
    return _met_csp(output_content) if template_name.endswith(".html") else output_content


def _pdf_modus() -> str:
    modus = os.environ.get("DRAAIBOEK_PDF", "").strip().lower()
    if modus in {"verplicht", "uit", "aan"}:
        return modus
    return "uit" if _commando["naam"] == "serve" else "aan"


def _schrijf_bewerk_json(config, site: Path) -> None:
    basis = Path(config["config_file_path"]).resolve().parent
    data = gegevens.laad(basis)  # al geladen door macros.py (bewaard zolang de bestanden niet veranderen)
    doel = site / "assets" / "formulier" / "initiatieven.json"
    doel.parent.mkdir(parents=True, exist_ok=True)
    doel.write_text(formulier.bewerk_json(data.initiatieven, formulier.lees_schemas(basis)["initiatief"]),
                    encoding="utf-8")


def on_post_build(config, **kwargs):
    site = Path(config["site_dir"])
    _schrijf_bewerk_json(config, site)
    # Onze CSS en JS zonder commentaar en witruimte in de site (docs/ blijft leesbaar), vóór de PDF.
    verkleinen.verklein_map(Path(config["docs_dir"]), site)
    afdruk = site / "print_page" / "index.html"
    if not afdruk.exists():
        raise PluginError(f"Afdrukpagina niet gevonden: {afdruk}")
    editie = config["extra"]["editie_tekst"]
    try:
        html = drukwerk.voorbereiden(afdruk.read_text(encoding="utf-8"), editie)
    except deelpaginas.DeelpaginaFout as fout:
        raise PluginError(str(fout))
    # Het beleid na het boek: de <style> met de voet per hoofdstuk krijgt zo ook zijn hash.
    afdruk.write_text(_met_csp(html, verboden=_csp_verboden), encoding="utf-8")
    modus = _pdf_modus()
    if modus == "uit":
        return
    try:
        uit = drukwerk.afdrukken(site, afdruk, config["extra"]["pdf_bestand"], editie, config["site_name"],
                                 lambda sleutel, anker: _anker_urls.get(f"{sleutel}-{anker}") or
                                 f'{_pagina_urls.get(sleutel, config["site_url"] or "")}#{anker}')
    except pdf.ChromiumOntbreekt as fout:
        if modus == "verplicht":
            raise PluginError(f"PDF verplicht (DRAAIBOEK_PDF=verplicht), maar: {fout}")
        log.info("Geen PDF gemaakt: %s De site is wel gebouwd.", fout)
        return
    except pdf.PdfMislukt as fout:
        raise PluginError(str(fout))
    log.info("PDF geschreven: %s (%d pagina's, %d afdrukken) en %d checklists (%.1f s)",
             uit.pdf.relative_to(site), uit.paginas, uit.afdrukken, len(uit.checklists), uit.seconden)
