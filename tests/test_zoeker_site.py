"""De gemeentezoeker in de gebouwde site: links, gewicht, alleen op de sociale kaart, afdrukpagina."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

from bouwhulp import nav_paginas, pagina_url

KAART = "sociale-kaart.md"


def _ids(html_tekst: str) -> set[str]:
    return set(re.findall(r'\sid="([^"]+)"', html_tekst))


def test_elke_link_naar_een_dienst_of_gemeente_bestaat(site):
    ids = {bestand: _ids(site.html(bestand)) for _, bestand in nav_paginas()}
    url_naar_bestand = {pagina_url(b).removesuffix("index.html"): b for _, b in nav_paginas()}
    gecontroleerd = 0
    for _, bestand in nav_paginas():
        basis = Path("/" + pagina_url(bestand)).parent
        for href in re.findall(r'href="([^"]*#(?:dienst|gemeente)-[^"]*)"', site.html(bestand)):
            pad, anker = href.split("#", 1)
            doel = (basis / pad).resolve() if pad else basis
            sleutel = str(doel).lstrip("/") + "/" if str(doel) != "/" else ""
            doelbestand = url_naar_bestand.get(sleutel.replace("//", "/"), bestand if not pad else None)
            assert doelbestand, f"{bestand}: link {href} wijst naar een onbekende pagina"
            assert anker in ids[doelbestand], f"{bestand}: link {href} wijst naar een anker dat niet bestaat"
            gecontroleerd += 1
    assert gecontroleerd > 10


def test_gemeentegegevens_wegen_hoogstens_30_kb_gzip_en_laden_alleen_op_de_sociale_kaart(site):
    kaart = site.html(KAART)
    begin = kaart.find('<div class="vzw-zoeker"')
    # tot de volgende kop van de pagina (de kaarten verderop hebben ook <details>)
    eind = kaart.find("<h2", begin)
    assert 0 < begin < eind
    js = (site.site / "assets" / "javascripts" / "zoeker.js").read_bytes()
    gewicht = len(gzip.compress(kaart[begin:eind].encode("utf-8"), 6)) + len(gzip.compress(js, 6))
    assert gewicht <= 30 * 1024, f"de gemeentezoeker weegt {gewicht / 1024:.1f} kB gzip (hoogstens 30 kB)"
    assert "zoeker.js" in kaart
    for _, bestand in nav_paginas():
        if bestand != KAART:
            html_tekst = site.html(bestand)
            assert "zoeker.js" not in html_tekst and 'class="vzw-gemeenten"' not in html_tekst, bestand


def test_afdrukpagina_toont_de_tabellen_open_en_geen_zoekveld(site):
    afdruk = site.afdrukpagina
    details = re.findall(r'<details class="vzw-provincie"[^>]*>', afdruk)
    assert len(details) == 6 and all(" open" in d for d in details)
    assert afdruk.count('data-slug="') >= 304
    # Het zoekveld staat er (verborgen) maar de afdrukstijl verbergt het; de rijen hebben geen dubbele ids
    ids = re.findall(r'\sid="([^"]+)"', afdruk)
    assert len(ids) == len(set(ids)), "dubbele ids op de afdrukpagina"
