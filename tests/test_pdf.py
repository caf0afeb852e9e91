"""De PDF: A4, bladwijzers per hoofdstuk, paginanummers, metadata, klikbare links, Nederlandse tekst."""
from __future__ import annotations


import pytest
from pypdf import PdfReader

from bouwhulp import afdruk_paginas, mkdocs_config, nav_paginas
from test_site import front_matter


@pytest.fixture(scope="module")
def pdf(pdf_pad):
    return PdfReader(str(pdf_pad))


@pytest.fixture(scope="module")
def teksten(pdf):
    return [p.extract_text() or "" for p in pdf.pages]


def _bladwijzers(outline, diepte=0):
    for item in outline:
        if isinstance(item, list):
            yield from _bladwijzers(item, diepte + 1)
        else:
            yield diepte, item.title.strip()


def test_bladwijzer_voor_elk_hoofdstuk(pdf):
    titels = [t for _, t in _bladwijzers(pdf.outline)]
    for _, bestand in afdruk_paginas():
        titel = front_matter(bestand)["title"]
        assert any(titel in t for t in titels), f"geen bladwijzer voor '{titel}'"
    assert "Inhoud" in titels


def test_genoeg_paginas_en_a4(pdf):
    assert len(pdf.pages) >= len(nav_paginas()) + 2
    for pagina in pdf.pages[:3]:
        breedte, hoogte = float(pagina.mediabox.width), float(pagina.mediabox.height)
        assert abs(breedte - 595) < 3 and abs(hoogte - 842) < 3, "geen A4"


def test_metadata_titel_en_taal(pdf):
    assert "Vluchteling zkt. woning" in (pdf.metadata.title or "")
    assert str(pdf.trailer["/Root"].get("/Lang")) == "nl"


def test_tekst_is_selecteerbaar_nederlands_met_paginavoet(pdf, teksten):
    n = len(pdf.pages)
    alles = "\n".join(teksten)
    assert "Vluchteling zkt. woning" in teksten[0]
    assert f"Pagina 2 van {n}" in teksten[1]
    assert f"Pagina {n} van {n}" in teksten[-1]
    for woord in ("erkende vluchtelingen", "woning", "Inhoud"):
        assert woord in alles
    for engels in ("Page 2", "Table of Contents", "Made with"):
        assert engels not in alles


def test_geen_schermonderdelen_in_de_pdf(teksten):
    alles = "\n".join(teksten)
    # Vaste knopteksten die nooit in lopende tekst staan: overslaanlink, zoekvak, terugknop, kleurknop.
    # De PDF-knop en het bewerkpotlood toetst tests/browser/test_afdruk_schermonderdelen.py op de
    # structuur van de afdrukpagina ("Download als PDF" staat ook in de tekst van de Start-pagina).
    for scherm in ("Ga naar inhoud", "Type om te beginnen met zoeken", "Terug naar boven",
                   "Donkere weergave"):
        assert scherm not in alles, f"'{scherm}' hoort niet in de PDF"


def test_links_zijn_klikbaar(pdf):
    links = 0
    for pagina in pdf.pages:
        for annot in pagina.get("/Annots") or []:
            if annot.get_object().get("/Subtype") == "/Link":
                links += 1
    assert links >= len(nav_paginas()), "te weinig klikbare links (inhoudstafel) in de PDF"


def _lettertypen(pdf) -> set[str]:
    namen = set()
    for pagina in pdf.pages:
        fonts = (pagina.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            naam = str(ref.get_object().get("/BaseFont", ""))
            namen.add(naam.split("+", 1)[-1].lstrip("/"))
    return namen


def test_pdf_gebruikt_alleen_de_meegeleverde_lettertypen(pdf):
    """Lettertypen uit docs/assets/fonts, niet wat toevallig op de machine staat (DejaVu, Liberation ...)."""
    namen = _lettertypen(pdf)
    assert any(n.startswith("AtkinsonHyperlegible") for n in namen), namen
    vreemd = sorted(n for n in namen if not n.startswith("AtkinsonHyperlegible"))
    assert not vreemd, f"lettertypen van de machine in de PDF: {vreemd}"


# ---------------------------------------------------------------------------
# Het boek: inhoud met paginanummers, geen kaart twee keer, checklists op één pagina
# ---------------------------------------------------------------------------

import re  # noqa: E402

from bouwhulp import ROOT  # noqa: E402
from draaiboek import boek, gegevens  # noqa: E402
from draaiboek.drukwerk import omhulde_checklists  # noqa: E402

_INHOUD_REGEL = re.compile(
    r'<li class="vzw-inhoud__(?:hoofdstuk|sectie|groep)"><a href="#([^"]+)">'
    r'(?:<span class="vzw-inhoud__nr">([^<]*)</span> )?(.*?)</a>.*?'
    r'<span class="vzw-pnr" data-vzw-pagina="\1">([^<]*)</span></li>', re.S)


def _compact(tekst: str) -> str:
    return re.sub(r"\s+", "", tekst)


@pytest.fixture(scope="module")
def inhoud(site) -> list[tuple[str, str, str, str]]:
    afdruk = site.afdrukpagina
    stuk = afdruk[afdruk.index('<section class="print-page vzw-inhoud"'):]
    stuk = stuk[: stuk.index("</section>")]
    return [(d, nr, boek.platte_tekst(t), p) for d, nr, t, p in _INHOUD_REGEL.findall(stuk)]


@pytest.fixture(scope="module")
def bestemmingen(pdf) -> dict[str, int]:
    return {naam.lstrip("/"): pdf.get_destination_page_number(d) + 1 for naam, d in pdf.named_destinations.items()}


def _bladwijzers_met_pagina(pdf, outline=None):
    for item in pdf.outline if outline is None else outline:
        if isinstance(item, list):
            yield from _bladwijzers_met_pagina(pdf, item)
        else:
            yield " ".join(item.title.split()), pdf.get_destination_page_number(item) + 1


def test_inhoud_paginanummers_kloppen_met_de_bladwijzers(pdf, inhoud, teksten):
    """Elk hoofdstuk en elke sectie in de inhoud: het nummer is de pagina van zijn bladwijzer."""
    # Elk hoofdstuk met gemiddeld meer dan twee secties. Een deelpagina is op papier één sectie van
    # haar hoofdstuk: tel dus de hoofdstukken (het hoogste niveau van de navigatie), niet de pagina's.
    hoofdstukken = mkdocs_config()["nav"]
    assert len(inhoud) > 3 * len(hoofdstukken), "de inhoud noemt te weinig hoofdstukken en secties"
    assert len(inhoud) >= len(nav_paginas()), "de inhoud noemt niet elke pagina en deelpagina"
    bladwijzers = list(_bladwijzers_met_pagina(pdf))
    plek = 0
    for _, nr, titel, pagina in inhoud:
        assert pagina.isdigit(), f"'{titel}': geen paginanummer in de inhoud ({pagina!r})"
        if not nr and titel.startswith("Checklist"):  # de checklists na de hoofdstukken: zoek vanaf het begin
            plek = 0
        gevonden = next((i for i in range(plek, len(bladwijzers)) if bladwijzers[i][0] == titel), None)
        assert gevonden is not None, f"'{titel}' uit de inhoud heeft geen bladwijzer (of staat in de verkeerde volgorde)"
        assert bladwijzers[gevonden][1] == int(pagina), (
            f"'{titel}': de inhoud zegt p. {pagina}, de bladwijzer wijst naar p. {bladwijzers[gevonden][1]}")
        plek = gevonden + 1
    # En zo staat het ook in de afgedrukte inhoud (de HTML is dezelfde als wat Chromium afdrukte).
    eerste_hoofdstuk = int(inhoud[0][3])
    gedrukt = _compact(" ".join(teksten[1:eerste_hoofdstuk - 1]))
    for _, nr, titel, pagina in inhoud:
        assert _compact(f"{nr}{titel}{pagina}") in gedrukt, f"'{nr} {titel} {pagina}' niet in de gedrukte inhoud"


def test_paginaverwijzingen_wijzen_naar_de_juiste_pagina(site, bestemmingen):
    afdruk = site.afdrukpagina
    verwijzingen = re.findall(r'<span class="vzw-pnr" data-vzw-pagina="([^"]+)">([^<]*)</span>', afdruk)
    zie = afdruk.count('<span class="vzw-zie">')
    assert zie >= 20, "te weinig verwijzingen 'zie p.' naar andere hoofdstukken en de catalogus"
    for doel, pagina in verwijzingen:
        assert doel in bestemmingen, f"verwijzing naar #{doel}, dat niet in de PDF staat"
        assert pagina == str(bestemmingen[doel]), f"#{doel}: 'p. {pagina}', maar het staat op p. {bestemmingen[doel]}"


def test_geen_praktijk_of_initiatief_twee_keer_als_kop(pdf, site):
    """Elke praktijk één keer als kop (in de catalogus); elke kaart één keer op de afdrukpagina.
    Een initiatief kan ook de naam van een gewone sectie zijn ("### De Nieuwe Buren"), dus voor
    initiatieven tellen we de kaarten, niet de koppen."""
    koppen = [_compact(t) for t, _ in _bladwijzers_met_pagina(pdf)]
    data = gegevens.laad(ROOT)
    def kaarten(soort: str) -> list[str]:
        return [_compact(boek.platte_tekst(k)) for k in re.findall(
            rf'<article class="vzw-kaart {soort}"[^>]*>\s*<h[2-6][^>]*>(.*?)</h[2-6]>', site.afdrukpagina, re.S)]

    praktijken, initiatieven = kaarten("vzw-praktijk"), kaarten("vzw-initiatief")
    for p in data.praktijken:
        assert koppen.count(_compact(p.titel)) == 1, f"praktijk '{p.titel}' staat {koppen.count(_compact(p.titel))} keer als kop"
        assert praktijken.count(_compact(p.titel)) == 1, f"praktijk '{p.titel}': {praktijken.count(_compact(p.titel))} kaarten"
    for i in data.initiatieven:
        assert initiatieven.count(_compact(i.naam)) == 1, f"initiatief '{i.naam}': {initiatieven.count(_compact(i.naam))} kaarten"


def test_hoofdstukken_verwijzen_naar_de_catalogus_met_pagina(site, teksten, bestemmingen):
    """Een praktijkvoorbeeld in een hoofdstuk is één regel: titel en 'zie p. N' van de catalogus."""
    afdruk = site.afdrukpagina
    regels = re.findall(r'<ul class="vzw-verwijzingen">.*?</ul>', afdruk, re.S)
    assert regels, "geen verwijzingen naar de catalogus in de hoofdstukken"
    alles = _compact(" ".join(teksten))
    for doel, titel in re.findall(r'<li><a href="#([^"]+)">(.*?)</a>', "".join(regels)):
        titel = boek.platte_tekst(titel)
        assert _compact(f"{titel}zie p. {bestemmingen[doel]}") in alles, f"'{titel} … zie p. {bestemmingen[doel]}' niet in de PDF"


def test_elke_checklist_op_een_pagina(site, teksten, bestemmingen):
    lijsten = omhulde_checklists(site.afdrukpagina)
    assert len(lijsten) >= 5, "minder checklists dan verwacht"
    for ident, _, inhoud in lijsten:
        pagina = bestemmingen[ident]
        tekst = _compact(teksten[pagina - 1])
        titel = boek.platte_tekst(re.search(r"<h[2-6][^>]*>(.*?)</h[2-6]>", inhoud, re.S).group(1))
        punten = [boek.platte_tekst(p) for p in re.findall(r'<li class="task-list-item">(.*?)</li>', inhoud, re.S)]
        assert len(punten) >= 5, f"{titel}: te weinig punten gevonden"
        assert _compact(titel) in tekst
        for punt in punten:
            assert _compact(punt) in tekst, f"{titel}: '{punt}' staat niet op p. {pagina} bij de kop"


def test_elke_checklist_als_eigen_pdf_van_een_pagina(site, pdf_pad):  # pdf_pad: overslaan zonder PDF (DRAAIBOEK_PDF=uit)
    for ident, _, inhoud in omhulde_checklists(site.afdrukpagina):
        los = site.site / "checklists" / f"{ident}.pdf"
        assert los.exists(), f"geen PDF {los.name}"
        lezer = PdfReader(str(los))
        assert len(lezer.pages) == 1, f"{los.name}: {len(lezer.pages)} pagina's"
        tekst = lezer.pages[0].extract_text()
        titel = boek.platte_tekst(re.search(r"<h[2-6][^>]*>(.*?)</h[2-6]>", inhoud, re.S).group(1))
        assert titel in tekst and re.search(r"editie \d{1,2} \w+ 20\d\d", tekst), f"{los.name}: titel of editie ontbreekt"
        assert re.search(r"pagina \d+", tekst), f"{los.name}: de pagina in het draaiboek ontbreekt"
        assert titel in (lezer.metadata.title or ""), f"{los.name}: titel in de metadata ontbreekt"
        vreemd = {n for n in _lettertypen(lezer) if not n.startswith("AtkinsonHyperlegible")}
        assert not vreemd, f"{los.name}: lettertypen van de machine: {vreemd}"
        sleutel = ident.split("-checklist-")[0]
        # de pagina van het hoofdstuk, of een van zijn deelpagina's (docs/<sleutel>/<naam>.md)
        paginas = [site.site / "index.html"] if sleutel == "index" else \
            [site.site / sleutel / "index.html", *sorted((site.site / sleutel).glob("*/index.html"))]
        assert any(f'checklists/{ident}.pdf"' in p.read_text(encoding="utf-8") for p in paginas), \
            f"geen link naar {los.name} bij de checklist op de pagina"


def test_pdf_link_noemt_grootte_en_paginatal(site, pdf):
    verwacht = boek.pdf_beschrijving(site.pdf.stat().st_size, len(pdf.pages)).replace("'", "&#x27;")
    for pad in (site.site / "index.html", site.site / "opstarten" / "index.html"):
        assert f'data-vzw-pdf-info="{site.pdf.name}">, {verwacht}</span>' in pad.read_text(encoding="utf-8"), \
            f"{pad.relative_to(site.site)}: de PDF-link zegt niet '{verwacht}'"


def test_voet_noemt_hoofdstuk_en_editie(site, teksten, bestemmingen):
    delen = boek.hoofdstukken(site.afdrukpagina)
    begin = [bestemmingen[h.titel.id] for h in delen] + [len(teksten) + 1]
    getoetst = 0
    for h, start, volgende in zip(delen, begin, begin[1:]):
        for pagina in range(start + 1, volgende):   # niet de eerste: daar staat de kop zelf ook
            tekst = teksten[pagina - 1]
            assert f"{h.nummer} {h.titel.tekst}" in " ".join(tekst.split()), f"p. {pagina}: voet noemt '{h.titel.tekst}' niet"
            assert re.search(r"Editie \d{1,2} \w+ 20\d\d · Pagina \d+ van", tekst), f"p. {pagina}: geen editie in de voet"
            getoetst += 1
    assert getoetst > 50


def test_voetnoten_met_volledige_bron_en_zonder_terugpijl(site, teksten):
    alles = _compact(" ".join(teksten))
    assert "\u21a9" not in alles, "terugpijlen van voetnoten in de PDF"
    noten = re.findall(r'<div class="footnote">(.*?)</div>', site.afdrukpagina, re.S)
    urls = {u for n in noten for u in re.findall(r'<a href="(https?://[^"]+)"', n)}
    assert len(urls) > 50
    for url in urls:
        assert _compact(url.replace("&amp;", "&")) in alles, f"bron-URL niet volledig in de PDF: {url}"
