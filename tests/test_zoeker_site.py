"""De gemeentezoeker en de deelpagina's van de sociale kaart in de gebouwde site: links, gewicht,
alleen op het overzicht, elke gemeente en elk initiatief precies één keer, afdrukpagina."""
from __future__ import annotations

import gzip
import json
import re
from pathlib import Path

from bouwhulp import ROOT, nav_paginas, pagina_url

KAART = "sociale-kaart/index.md"
PROVINCIES = {"Antwerpen": "antwerpen", "Limburg": "limburg", "Oost-Vlaanderen": "oost-vlaanderen",
              "Vlaams-Brabant": "vlaams-brabant", "West-Vlaanderen": "west-vlaanderen", "Brussel": "brussel"}


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
    """Zoekveld + zoeker.js + het gegevensbestand (dat zoeker.js pas bij gebruik ophaalt): samen
    hoogstens 30 kB gzip. Alleen het overzicht laadt zoeker.js en kent het gegevensbestand."""
    kaart = site.html(KAART)
    begin = kaart.find('<div class="vzw-zoeker"')
    eind = kaart.find("<h2", begin)
    assert 0 < begin < eind
    js = (site.site / "assets" / "javascripts" / "zoeker.js").read_bytes()
    bestand = re.search(r'data-gegevens="([^"]+)"', kaart).group(1)
    json_bytes = (site.site / "sociale-kaart" / bestand).read_bytes()
    gewicht = sum(len(gzip.compress(b, 6)) for b in (kaart[begin:eind].encode("utf-8"), js, json_bytes))
    assert gewicht <= 30 * 1024, f"de gemeentezoeker weegt {gewicht / 1024:.1f} kB gzip (hoogstens 30 kB)"
    assert "zoeker.js" in kaart
    for _, bestand in nav_paginas():
        if bestand != KAART:
            html_tekst = site.html(bestand)
            assert "zoeker.js" not in html_tekst and "data-vzw-zoeker" not in html_tekst, bestand


def _gegevens(site) -> dict:
    return json.loads((site.site / "sociale-kaart" / "gemeenten.json").read_text(encoding="utf-8"))


def test_elke_gemeente_precies_een_keer_op_de_pagina_van_haar_provincie(site):
    gegevens = _gegevens(site)
    gezien: dict[str, str] = {}
    for provincie, pad in PROVINCIES.items():
        html_tekst = site.html(f"sociale-kaart/{pad}.md")
        for anker in re.findall(r'\sid="gemeente-([^"]+)"', html_tekst):
            assert anker not in gezien, f"gemeente {anker} op {gezien.get(anker)} en {pad}"
            gezien[anker] = provincie
    assert len(gezien) == len(gegevens["g"]) == 304
    for rij in gegevens["g"]:
        slug = rij[1] or re.sub(r"[^a-z0-9]+", "-", rij[0].lower()).strip("-")
        assert gezien.get(slug) == gegevens["p"][rij[3]], rij[0]
    for _, bestand in nav_paginas():
        if not bestand.startswith("sociale-kaart/") or bestand == "sociale-kaart/index.md":
            assert 'id="gemeente-' not in site.html(bestand), bestand


def test_links_uit_de_zoeker_wijzen_naar_bestaande_ankers(site):
    """Elke link die zoeker.js bouwt (zoals in bouw_resultaat: deelpagina + anker) bestaat."""
    g = _gegevens(site)
    ids: dict[str, set[str]] = {}

    def bestaat(adres: str) -> bool:
        """Een adres zoals zoeker.js het op het overzicht (sociale-kaart/) zet."""
        pad, anker = adres.split("#", 1)
        bestand = (site.site / "sociale-kaart" / pad / "index.html").resolve()
        if not bestand.exists():
            return False
        if bestand not in ids:
            ids[bestand] = _ids(bestand.read_text(encoding="utf-8"))
        return anker in ids[bestand]

    links = [g["u"][r[3]] + "#gemeente-" + (r[1] or re.sub(r"[^a-z0-9]+", "-", r[0].lower()).strip("-"))
             for r in g["g"] if "'" not in r[0]]
    links += [g["w"] + "#dienst-" + r[0] for r in g["d"]]
    links += [g["u"][r[2]] + "#initiatief-" + r[1] for r in g["i"]]
    links += [r[1] for r in g["v"]]
    assert all("#praktijk-" in a for a in links[-len(g["v"]):])
    assert len(links) > 400
    fout = [a for a in links if not bestaat(a)]
    assert not fout, fout[:5]


def test_afdrukpagina_toont_elke_gemeente_een_keer_en_geen_zoekveld_op_papier(site):
    afdruk = site.afdrukpagina
    rijen = re.findall(r'<td><h\d id="([^"]+)"', afdruk)
    assert len(rijen) == len(set(rijen)) == 304
    assert "<details" not in "".join(re.findall(r'<table class="vzw-gemeenten".*?</table>', afdruk, re.S))
    # Het zoekveld staat er (verborgen) maar de afdrukstijl verbergt het; geen dubbele ids
    ids = re.findall(r'\sid="([^"]+)"', afdruk)
    assert len(ids) == len(set(ids)), "dubbele ids op de afdrukpagina"


def test_elk_oud_anker_van_de_sociale_kaart_leidt_naar_zijn_deelpagina(site):
    """Vroeger stond alles op /sociale-kaart/. Elk anker van toen staat nu op het overzicht, of in de
    kaart van oude-ankers.js (een bestand naast het overzicht) met de deelpagina waar het staat."""
    from draaiboek import diensten, gegevens

    data = gegevens.laad(ROOT)
    kaart = diensten.laad(ROOT)
    overzicht = site.html(KAART)
    assert 'data-vzw-ankers-bestand="oude-ankers.json"' in overzicht
    naar = json.loads((site.site / "sociale-kaart" / "oude-ankers.json").read_text(encoding="utf-8"))
    oud = [f"initiatief-{i.id}" for i in data.initiatieven] + [f"gemeente-{g.slug}" for g in kaart.gemeenten]
    oud += [f"dienst-{d.id}" for d in kaart.diensten if d.soort in diensten.LOKALE_SOORTEN]
    oud += ["kaart-antwerpen", "kaart-limburg", "kaart-oost-vlaanderen", "kaart-vlaams-brabant",
            "kaart-west-vlaanderen", "kaart-brussel", "kaart-heel-vlaanderen-en-brussel"]
    hier = _ids(overzicht)
    assert {"alle-initiatieven", "zoek-je-gemeente-of-postcode", "zo-lees-je-de-kaart"} <= hier
    for anker in oud:
        assert anker not in hier and anker in naar, f"oud anker #{anker} leidt nergens heen"
        bestand = f"sociale-kaart/{naar[anker].rstrip('/')}.md"
        assert anker in _ids(site.html(bestand)), f"#{anker} staat niet op {bestand}"
