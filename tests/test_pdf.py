"""De PDF: A4, bladwijzers per hoofdstuk, paginanummers, metadata, klikbare links, Nederlandse tekst."""
from __future__ import annotations


import pytest
from pypdf import PdfReader

from bouwhulp import nav_paginas
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
    for _, bestand in nav_paginas():
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
