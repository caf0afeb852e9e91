"""De site als geheel: strikte build, taal, afdrukpagina, PDF-link, geen externe bronnen."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlparse

import pytest
import yaml

from bouwhulp import ROOT, afdruk_paginas, bouw, nav_paginas, pagina_url
from draaiboek import boek

ALLE_PAGINAS = [bestand for _, bestand in nav_paginas()]


def front_matter(bestand: str) -> dict:
    tekst = (ROOT / "docs" / bestand).read_text(encoding="utf-8")
    m = re.match(r"---\n(.*?)\n---\n", tekst, re.S)
    assert m, f"{bestand}: geen front matter"
    return yaml.safe_load(m.group(1))


def test_strikte_build_zonder_waarschuwingen(site):
    assert site.returncode == 0
    assert "WARNING" not in site.uitvoer, site.uitvoer
    for bestand in ALLE_PAGINAS:
        assert (site.site / pagina_url(bestand)).exists(), bestand


def test_elke_pagina_is_nederlands(site):
    paginas = sorted(site.site.rglob("*.html"))
    assert len(paginas) >= len(ALLE_PAGINAS)
    for pad in paginas:
        html = pad.read_text(encoding="utf-8")
        assert re.search(r'<html lang="nl"', html), f"{pad.relative_to(site.site)} heeft geen <html lang=\"nl\">"


class _Bronnen(HTMLParser):
    """Verzamelt alles wat een pagina laadt: stylesheets, scripts, afbeeldingen, iframes, fonts."""

    def __init__(self):
        super().__init__()
        self.geladen: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and a.get("rel") in {"stylesheet", "preload", "preconnect", "icon", "modulepreload", "dns-prefetch"}:
            self.geladen.append(a.get("href", ""))
        if tag in {"script", "img", "iframe", "source", "audio", "video", "embed"} and a.get("src"):
            self.geladen.append(a["src"])


def test_geen_css_js_of_fonts_van_een_andere_host(site):
    for pad in sorted(site.site.rglob("*.html")):
        parser = _Bronnen()
        parser.feed(pad.read_text(encoding="utf-8"))
        for url in parser.geladen:
            assert not urlparse(url).netloc, f"{pad.relative_to(site.site)} laadt {url} van een andere host"
    for css in site.site.rglob("*.css"):
        tekst = css.read_text(encoding="utf-8", errors="replace")
        for url in re.findall(r"(?:url\(|@import\s+)[\"']?((?:https?:)?//[^\"')\s]+)", tekst):
            pytest.fail(f"{css.relative_to(site.site)} laadt {url} van een andere host")
    for pad in sorted(site.site.rglob("*.html")):
        tekst = pad.read_text(encoding="utf-8")
        for host in ("fonts.googleapis.com", "fonts.gstatic.com", "googletagmanager", "google-analytics"):
            assert host not in tekst, f"{pad.relative_to(site.site)} verwijst naar {host}"


def test_elke_pagina_linkt_naar_de_pdf(site):
    pdf_naam = site.pdf.name
    for bestand in ALLE_PAGINAS:
        html = site.html(bestand)
        m = re.search(r'<p class="vzw-pdf-link">\s*<a href="([^"]+)"[^>]*>.*?Download als PDF', html, re.S)
        assert m, f"{bestand}: geen zichtbare link 'Download als PDF'"
        doel = urljoin("http://x/" + pagina_url(bestand), m.group(1))
        assert urlparse(doel).path == "/" + pdf_naam, f"{bestand}: PDF-link wijst naar {m.group(1)}"


def _secties(afdruk: str) -> list[str]:
    return re.findall(r'<section class="print-page" id="([^"]+)"', afdruk)


def test_afdrukpagina_bevat_elk_hoofdstuk_in_volgorde_en_een_keer(site):
    afdruk = site.afdrukpagina
    alle = [bestand for _, bestand in afdruk_paginas()]
    assert 0 < len(alle) <= len(ALLE_PAGINAS)
    # Een deelpagina (docs/<map>/<naam>.md) staat op papier in het hoofdstuk van haar map
    # (draaiboek/deelpaginas.py); het overzicht <map>/index.md is het hoofdstuk.
    afgedrukt = [b for b in alle if "/" not in b or b.endswith("/index.md")]
    verwacht = ["index" if b == "index.md" else b.removesuffix("/index.md").removesuffix(".md").replace("/", "-")
                for b in afgedrukt]
    secties = _secties(afdruk)
    assert secties == verwacht, "hoofdstukken op de afdrukpagina in de verkeerde volgorde of dubbel"
    delen = {h.sleutel: h for h in boek.hoofdstukken(afdruk)}
    for b in alle:
        if b not in afgedrukt:
            sleutel = b.split("/")[0]
            assert front_matter(b)["title"] in [s.tekst for s in delen[sleutel].secties], \
                f"deelpagina {b} staat niet als sectie in het hoofdstuk {sleutel}"
    for sleutel, bestand in zip(secties, afgedrukt):
        titel = front_matter(bestand)["title"]
        begin = afdruk.index(f'<section class="print-page" id="{sleutel}"')
        h1 = re.search(r"<h1[^>]*>(.*?)</h1>", afdruk[begin:], re.S)
        kop = re.sub(r'<a class="headerlink".*?</a>', "", h1.group(1), flags=re.S)
        tekst = re.sub(r"<[^>]+>", "", kop).strip()
        assert tekst == titel, f"hoofdstuk {bestand}: kop '{tekst}' op de afdrukpagina, verwacht '{titel}'"


def test_afdrukpagina_heeft_nederlandse_omslag_en_inhoudstafel(site):
    afdruk = site.afdrukpagina
    omslag = re.search(r'<section id="print-site-cover-page">(.*?)</section>', afdruk, re.S)
    assert omslag, "geen omslag"
    tekst = re.sub(r"<[^>]+>", " ", omslag.group(1))
    assert "Vluchteling zkt. woning" in tekst
    assert re.search(r"Editie van \d{1,2} \w+ 20\d\d", tekst), "geen editiedatum op de omslag"
    assert "D'Eer" in tekst and "2019" in tekst and "Odisee" in tekst, "geen bronvermelding van het draaiboek van 2019"
    assert '<h1 class="vzw-inhoud__titel">Inhoud</h1>' in afdruk, "geen inhoud (draaiboek/boek.py)"


ENGELS = ["Table of Contents", "Print Site", "Page ", "Figure ", "Made with", "Description", "Author(s)",
          "Copyright</td>", "Back to top", "Skip to content", "Previous", "Next", "Last update",
          "Jump back to footnote"]


def _zichtbare_tekst(html: str) -> str:
    """Tekst plus wat een lezer ook te zien of te horen krijgt: title-, aria-label- en alt-teksten."""
    zonder_code = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    attributen = " ".join(re.findall(r'\s(?:title|aria-label|alt|placeholder)="([^"]*)"', zonder_code))
    return re.sub(r"<[^>]+>", " ", zonder_code) + " " + attributen


def test_afdrukpagina_zonder_engelse_teksten(site):
    zichtbaar = _zichtbare_tekst(site.afdrukpagina)
    for woord in ENGELS:
        assert woord not in zichtbaar, f"Engelse tekst '{woord}' op de afdrukpagina"
    css = "\n".join(p.read_text(encoding="utf-8") for p in site.site.glob("css/print-site*.css"))
    css += (site.site / "assets/stylesheets/extra.css").read_text(encoding="utf-8")
    assert "Pagina \" counter(page) \" van \" counter(pages)" in css


def test_build_zonder_chromium_meldt_het_en_bouwt_de_site(tmp_path):
    build = bouw(ROOT, tmp_path / "site", pdf="aan", extra_env={"CHROMIUM": "/bestaat/niet/chromium"})
    assert build.returncode == 0, build.uitvoer[-2000:]
    regels = [r for r in build.uitvoer.splitlines() if "Geen PDF gemaakt" in r]
    assert len(regels) == 1, build.uitvoer[-2000:]
    assert "Chromium niet gevonden" in regels[0]
    assert (tmp_path / "site" / "index.html").exists()
    assert not list((tmp_path / "site").glob("*.pdf"))


def test_build_zonder_chromium_faalt_als_de_pdf_verplicht_is(tmp_path):
    build = bouw(ROOT, tmp_path / "site", pdf="verplicht", extra_env={"CHROMIUM": "/bestaat/niet/chromium"})
    assert build.returncode != 0
    assert "Chromium niet gevonden" in build.uitvoer


def test_geen_engelse_schermteksten_op_de_paginas(site):
    """Ook wat schermlezers voorlezen (aria-label, title, alt) is Nederlands."""
    engels = ["Jump back to footnote", "Skip to content", "Back to top", "Table of Contents", "Made with",
              "Type to start searching", "Edit this page"]
    for pad in sorted(site.site.rglob("*.html")):
        html = pad.read_text(encoding="utf-8")
        tekst = _zichtbare_tekst(html)
        for woord in engels:
            assert woord not in tekst, f"{pad.relative_to(site.site)}: Engelse tekst '{woord}'"
        for attribuut in ('aria-label="Header"', 'aria-label="Footer"', 'alt="logo"'):
            assert attribuut not in html, f"{pad.relative_to(site.site)}: Engels {attribuut}"
