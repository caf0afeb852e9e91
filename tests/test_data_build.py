"""Praktijkvoorbeelden en sociale kaart in de gebouwde site, de afdrukpagina en de PDF.

Gebruikt de sessie-build uit conftest.py (`site`, `pdf_pad`); twee extra builds in een kopie
van het project controleren dat een fout in de gegevens of in een macro-aanroep de build laat
falen met een Nederlandse melding, en dat HTML/Jinja in een waarde letterlijk verschijnt.
"""
from __future__ import annotations

import collections
import html
import re

import pytest

from conftest import ROOT, bouw, kopieer_project, nav_paginas, pagina_url
from draaiboek import gegevens

CATALOGUS = "praktijkvoorbeelden.md"
KAART = "sociale-kaart.md"


@pytest.fixture(scope="module")
def data():
    return gegevens.laad(ROOT)


def ids(html_tekst: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', html_tekst)


def inhoud(html_tekst: str) -> str:
    """Alleen de inhoud van de pagina (zonder navigatie en zijbalken)."""
    m = re.search(r'<article class="md-content__inner[^>]*>(.*?)</article>\s*</div>', html_tekst, re.S)
    return m.group(1) if m else html_tekst


# ---------------------------------------------------------------------------
# Niets verloren: elk item precies één keer, op zijn pagina en op de afdrukpagina
# ---------------------------------------------------------------------------


def test_elk_praktijkvoorbeeld_een_keer_in_de_catalogus(site, data):
    pagina = site.html(CATALOGUS)
    teller = collections.Counter(ids(pagina))
    for p in data.praktijken:
        assert teller[f"praktijk-{p.id}"] == 1, p.id
    assert pagina.count('class="vzw-kaart vzw-praktijk"') == len(data.praktijken)


def test_elk_initiatief_een_keer_op_de_sociale_kaart(site, data):
    pagina = site.html(KAART)
    teller = collections.Counter(ids(pagina))
    for i in data.initiatieven:
        assert teller[f"initiatief-{i.id}"] == 1, i.id
    assert pagina.count('class="vzw-kaart vzw-initiatief"') == len(data.initiatieven)


def test_ankers_alleen_op_hun_eigen_pagina(site):
    for _, bestand in nav_paginas():
        pagina = site.html(bestand)
        if bestand != CATALOGUS:
            assert not [i for i in ids(pagina) if i.startswith("praktijk-")], bestand
        if bestand != KAART:
            assert not [i for i in ids(pagina) if i.startswith("initiatief-")], bestand


def test_elk_item_een_keer_op_de_afdrukpagina(site, data):
    afdruk = site.afdrukpagina
    teller = collections.Counter(ids(afdruk))
    for p in data.praktijken:
        assert teller[f"praktijkvoorbeelden-praktijk-{p.id}"] == 1, p.id
    for i in data.initiatieven:
        assert teller[f"sociale-kaart-initiatief-{i.id}"] == 1, i.id
    assert afdruk.count('class="vzw-kaart vzw-praktijk"') >= len(data.praktijken)
    assert afdruk.count('class="vzw-kaart vzw-initiatief"') >= len(data.initiatieven)


def test_geen_dubbele_ids_op_enige_pagina(site):
    for pad in sorted(site.site.rglob("*.html")):
        teller = collections.Counter(ids(pad.read_text(encoding="utf-8")))
        dubbel = [k for k, n in teller.items() if n > 1]
        assert not dubbel, f"{pad.relative_to(site.site)}: {dubbel[:10]}"


def test_links_naar_kaarten_wijzen_naar_bestaande_ankers(site):
    afdruk = site.afdrukpagina
    bestaand = set(ids(afdruk))
    for doel in re.findall(r'href="#((?:praktijkvoorbeelden-praktijk|sociale-kaart-initiatief|'
                           r'sociale-kaart-kaart|praktijkvoorbeelden-praktijken)-[^"]+)"', afdruk):
        assert doel in bestaand, doel
    catalogus = set(ids(site.html(CATALOGUS)))
    kaart = set(ids(site.html(KAART)))
    for _, bestand in nav_paginas():
        pagina = site.html(bestand)
        for doel in re.findall(r'href="(?:\.\./)?(?:praktijkvoorbeelden/)?#(praktijk-[^"]+)"', pagina):
            assert doel in catalogus, (bestand, doel)
        for doel in re.findall(r'href="(?:\.\./)?(?:sociale-kaart/)?#(initiatief-[^"]+)"', pagina):
            assert doel in kaart, (bestand, doel)


def test_elk_item_staat_in_de_pdf(pdf_pad, data):
    from pypdf import PdfReader

    tekst = "".join(pagina.extract_text() or "" for pagina in PdfReader(str(pdf_pad)).pages)
    kaal = re.sub(r"\s+", "", tekst)
    ontbreekt = [p.titel for p in data.praktijken if re.sub(r"\s+", "", p.titel) not in kaal]
    ontbreekt += [i.naam for i in data.initiatieven if re.sub(r"\s+", "", i.naam) not in kaal]
    assert not ontbreekt, ontbreekt


# ---------------------------------------------------------------------------
# Vorm: koppen, filters, status
# ---------------------------------------------------------------------------


def test_koppenvolgorde_zonder_sprongen_op_elke_pagina_met_kaarten(site):
    for _, bestand in nav_paginas():
        pagina = inhoud(site.html(bestand))
        if "vzw-kaart" not in pagina:
            continue
        vorige = 0
        for niveau in (int(k) for k in re.findall(r"<h([1-6])[\s>]", pagina)):
            assert niveau <= vorige + 1, f"{bestand}: h{vorige} gevolgd door h{niveau}"
            vorige = niveau


def test_catalogus_en_kaart_hebben_verborgen_filters_en_statusregel(site, data):
    for bestand, velden, aantal, woord in (
        (CATALOGUS, ("fase", "thema", "provincie"), len(data.praktijken), "praktijkvoorbeelden"),
        (KAART, ("provincie", "gemeente", "vorm", "ondersteuning"), len(data.initiatieven), "initiatieven"),
    ):
        pagina = site.html(bestand)
        assert re.search(r'<form class="vzw-filter__form" hidden data-search-exclude', pagina), bestand
        for naam in velden:
            assert f'<select name="{naam}"' in pagina, (bestand, naam)
        assert f'aria-live="polite" hidden data-search-exclude>{aantal} van {aantal} {woord}<' in pagina
        assert "filters.js" in pagina
    kaart = inhoud(site.html(KAART))
    if any(i.status == "onbekend" for i in data.initiatieven):
        assert "Werking niet bevestigd" in kaart


def test_aantallen_op_de_paginas(site, data):
    assert f"bevat {len(data.praktijken)} praktijkvoorbeelden" in site.html(CATALOGUS)
    assert f"Het zijn er {len(data.initiatieven)}." in site.html(KAART)


# ---------------------------------------------------------------------------
# Builds met aangepaste bestanden in een kopie van het project
# ---------------------------------------------------------------------------


def test_fout_in_de_gegevens_laat_de_build_falen(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "data" / "practices.yaml"
    tekst = pad.read_text(encoding="utf-8")
    regels = tekst.splitlines()
    nr = next(n for n, r in enumerate(regels, 1) if re.match(r"\s+fasen:\s*$", r))
    fase_regel = nr + 1
    assert re.match(r"\s+- (opstarten|bijsturen|evalueren)\s*$", regels[fase_regel - 1])
    regels[fase_regel - 1] = re.sub(r"- \w+", "- start", regels[fase_regel - 1])
    ident = next(re.match(r"- id: (\S+)", r).group(1) for r in reversed(regels[:nr]) if r.startswith("- id:"))
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    build = bouw(project, tmp_path / "site", pdf="uit")
    assert build.returncode != 0
    verwacht = (f'data/practices.yaml, regel {fase_regel}, praktijk "{ident}": veld "fasen" moet '
                '"opstarten", "bijsturen" of "evalueren" zijn, niet "start"')
    assert verwacht in build.uitvoer, build.uitvoer[-3000:]
    assert not (tmp_path / "site" / "praktijkvoorbeelden" / "index.html").exists()


def test_onbekende_fase_in_een_macro_laat_de_build_falen(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "docs" / "over-dit-draaiboek.md"
    pad.write_text(pad.read_text(encoding="utf-8") + '\n\n{{ praktijken(fase="start") }}\n', encoding="utf-8")
    build = bouw(project, tmp_path / "site", pdf="uit")
    assert build.returncode != 0
    assert 'onbekende fase "start"' in build.uitvoer, build.uitvoer[-3000:]
    assert "over-dit-draaiboek.md" in build.uitvoer


INJECTIE = """
- id: zzz-injectietest
  titel: "<script>alert('x')</script> {{ 7*7 }} {% if true %}ja{% endif %} | pijp"
  samenvatting: "<b>vet</b> en [link](javascript:alert(1))"
  fasen: [opstarten]
  themas: [woning-zoeken]
  aanpak: "{{ config.site_name }}"
  wat_werkt: ["<img src=x onerror=alert(1)>"]
  valkuilen: ["*geen nadruk*"]
  bronnen:
    - titel: "Bron <i>met</i> tags"
      url: https://example.org/?a=1&b=2
      datum: "z.d."
  laatst_nagekeken: 2026-01-01
"""


def test_html_en_jinja_in_gegevens_verschijnen_letterlijk(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "data" / "practices.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").rstrip("\n") + "\n" + INJECTIE.lstrip("\n"), encoding="utf-8")
    build = bouw(project, tmp_path / "site", pdf="uit")
    assert build.returncode == 0, build.uitvoer[-3000:]
    pagina = (tmp_path / "site" / "praktijkvoorbeelden" / "index.html").read_text(encoding="utf-8")
    start = pagina.index('id="praktijk-zzz-injectietest"')
    kaart = pagina[pagina.rindex("<article", 0, start): pagina.index("</article>", start)]
    assert "<script" not in kaart and "<img" not in kaart and "<b>" not in kaart and "<em>" not in kaart
    assert "javascript:" not in re.findall(r'href="([^"]*)"', kaart).__str__()
    zichtbaar = html.unescape(re.sub(r"<[^>]+>", "", kaart))
    for stuk in ("<script>alert('x')</script> {{ 7*7 }} {% if true %}ja{% endif %} | pijp",
                 "<b>vet</b> en [link](javascript:alert(1))", "{{ config.site_name }}",
                 "<img src=x onerror=alert(1)>", "*geen nadruk*", "Bron <i>met</i> tags"):
        assert stuk in zichtbaar, stuk
    assert "49" not in zichtbaar and "Vluchteling zkt. woning" not in zichtbaar
    assert 'href="https://example.org/?a=1&amp;b=2"' in kaart
    afdruk = (tmp_path / "site" / "print_page" / "index.html").read_text(encoding="utf-8")
    assert afdruk.count('id="praktijkvoorbeelden-praktijk-zzz-injectietest"') == 1
    assert "<script>alert('x')" not in afdruk
