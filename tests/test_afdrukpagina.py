"""De omweg voor print-site (draaiboek/afdrukpagina.py): zelfde uitkomst als de plugin, één doorgang."""
from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from mkdocs_print_site_plugin import urls

from bouwhulp import ROOT
from draaiboek import afdrukpagina, gegevens, weergave

# De functies van de plugin zelf, ook als een build in dit proces de omweg al installeerde.
ORIGINEEL_ANKERS = afdrukpagina._origineel.get("update_anchor_ids", urls.update_anchor_ids)
ORIGINEEL_LINKS = afdrukpagina._origineel.get("fix_href_links", urls.fix_href_links)

MOEILIJK = """<h1 id="titel">Titel</h1>
<h2 id="aanpak">Aanpak</h2><p>Zie <a href="#aanpak">aanpak</a> en <a href="#aanpak">nog eens</a>.</p>
<h2 id="opstarten-aanpak">Al met voorvoegsel</h2>
<H3 id="hoofdletters">Hoofdletters blijven zoals de plugin ze laat</H3>
<h3 class="x" id="x">Klasse met dezelfde tekst als het id</h3>
<li id="fn:1">Voetnoot <a class="footnote-backref" href="#fnref:1" title="terug">↩</a></li>
<p>Tekst<sup id="fnref:1"><a class="footnote-ref" href="#fn:1">1</a></sup> en meer.</p>
<ul><li>Punt met <sup id="fnref2:1">x</sup></li></ul>
<h2 id="aanpak">Dubbel id</h2>
<a href="../sociale-kaart/#initiatief-x">kaart</a> <a class="c" href="../praktijkvoorbeelden/">catalogus</a>
<a href="../opstarten/#aanpak">ander hoofdstuk</a> <a href="#opstarten">lijkt op een omgezette link</a>
<a href="https://example.org/#aanpak">extern</a> <a href="mailto:info@example.org">mail</a>
<A HREF="#groot">hoofdletters</A> <a href="../bestand.pdf">bijlage</a> <img src="../a.png">
<div id="kaart"><article id="praktijk-x"><h3 id="praktijk-x">Kaart</h3></article></div>
"""


def _beide(html: str, sleutel: str = "opstarten", url: str = "opstarten/") -> None:
    assert afdrukpagina.update_anchor_ids(html, sleutel) == ORIGINEEL_ANKERS(html, sleutel)
    for mapjes in (True, False):
        assert afdrukpagina.fix_href_links(html, sleutel, url, mapjes) == \
            ORIGINEEL_LINKS(html, sleutel, url, mapjes)


def test_zelfde_uitkomst_als_de_plugin_op_moeilijke_html():
    _beide(MOEILIJK)
    _beide(MOEILIJK * 3, "index", "")


def test_keten_van_vervangingen_zoals_de_plugin():
    # De link naar een andere pagina wordt "#opstarten"; een latere eigen link "#opstarten" zet
    # de plugin daarna nog eens om, ook de eerste. De omweg volgt die keten.
    html = '<a href="../opstarten/">a</a> <a href="#opstarten">b</a> <a href="#x">c</a>'
    verwacht = ORIGINEEL_LINKS(html, "woordenlijst", "woordenlijst/", True)
    assert afdrukpagina.fix_href_links(html, "woordenlijst", "woordenlijst/", True) == verwacht
    assert verwacht.count("#woordenlijst-opstarten") == 2
    html = '<h2 id="a">A</h2>\n<h2 id="p-a">B</h2>'
    verwacht = ORIGINEEL_ANKERS(html, "p")
    assert afdrukpagina.update_anchor_ids(html, "p") == verwacht == '<h2 id="p-p-a">A</h2>\n<h2 id="p-p-a">B</h2>'


def test_ankers_zoals_finditer_ook_op_vreemde_html():
    """_ankers vindt dezelfde treffers als _ANKER.finditer: ook met hoofdletters, ı, tags in tags
    en een id-waarde over een regeleinde, en op duizenden willekeurige stukjes HTML."""
    vreemd = ['<h2 ID="x" id="y"> <li ıd="q"> <p id="z">\n<H3 Id="w">', '<a<b id="1" <c id="2">>',
              '<x id="\n">', '<x id="a\nb" <y id="c"> \n <z id="d">', '<x id="\n<y id="q">\n"> <li id="z">']
    r = random.Random(13)
    stukjes = ["<", ">", 'id="', 'ID="', '"', "\n", " ", "li", "h2", "x", "<li ", '<h3 id="', "\t"]
    vreemd += ["".join(r.choice(stukjes) for _ in range(r.randint(1, 30))) for _ in range(5000)]
    for html in vreemd + [MOEILIJK]:
        verwacht = [(m.start(), m.end()) for m in afdrukpagina._ANKER.finditer(html)]
        assert [(m.start(), m.end()) for m in afdrukpagina._ankers(html)] == verwacht, repr(html)


def test_lange_regel_met_veel_tags_blijft_snel():
    """Na de laatste 'id="' van een regel probeert _ankers niets meer. Elke poging daar leest de
    rest van de regel opnieuw voor elke lengte van de tag; de plugin zelf doet over deze HTML
    seconden, de gemeentezoeker (met spaties in de regels) kostte 0,15 s."""
    html = ('<h4 id="g">G</h4>' + "<span>x</span>" * 100 + "\n") * 5
    begin = time.process_time()
    uit = afdrukpagina.update_anchor_ids(html, "p")
    assert time.process_time() - begin < 0.5
    assert uit == html.replace('<h4 id="g">', '<h4 id="p-g">')


def test_zelfde_uitkomst_op_de_kaarten_van_de_echte_gegevens():
    data = gegevens.laad(ROOT)
    html = (weergave.catalogus(data.praktijken, 2, kaart_url="../sociale-kaart/", initiatieven=data.initiatief_per_id)
            + weergave.sociale_kaart(data.initiatieven, 2, ankers=True, praktijken=data.praktijken,
                                     catalogus_url="../praktijkvoorbeelden/"))
    _beide(html, "praktijkvoorbeelden", "praktijkvoorbeelden/")


def test_zelfde_uitkomst_op_elke_gebouwde_pagina(site):
    paginas = sorted(Path(site.site).glob("**/index.html"))
    assert len(paginas) > 10
    for pad in paginas:
        if pad.parent.name == "print_page":
            continue
        html = pad.read_text(encoding="utf-8")
        sleutel = pad.parent.name if pad.parent != Path(site.site) else "index"
        _beide(html, sleutel, f"{sleutel}/")


def test_geen_pagina_doorzoeking_per_tag(monkeypatch):
    """Eén doorgang: de functie van de plugin krijgt alleen losse tags, nooit de hele pagina."""
    groottes = []

    def teller(html, sleutel):
        groottes.append(len(html))
        return ORIGINEEL_ANKERS(html, sleutel)

    monkeypatch.setitem(afdrukpagina._origineel, "update_anchor_ids", teller)
    html = "".join(f'<h3 id="k{i}">Kaart {i}</h3><p>tekst</p>\n' for i in range(2000))
    uit = afdrukpagina.update_anchor_ids(html, "p")
    assert uit.count('id="p-k') == 2000
    assert len(groottes) == 2000 and max(groottes) < 40


def test_installeer_vervangt_de_functies_van_de_plugin_alleen_bij_de_geteste_versie(monkeypatch):
    assert afdrukpagina.plugin_versie() == afdrukpagina.GETEST_MET, (
        "print-site heeft een andere versie: kijk na of de omweg in draaiboek/afdrukpagina.py nog "
        "nodig is (en pas GETEST_MET aan), of schrap hem"
    )
    monkeypatch.setattr(urls, "update_anchor_ids", ORIGINEEL_ANKERS)
    monkeypatch.setattr(urls, "fix_href_links", ORIGINEEL_LINKS)
    assert afdrukpagina.installeer() is True
    assert urls.update_anchor_ids is afdrukpagina.update_anchor_ids
    assert urls.fix_href_links is afdrukpagina.fix_href_links
    assert afdrukpagina.installeer() is True  # tweede keer (mkdocs serve): geen lus
    assert afdrukpagina._origineel["update_anchor_ids"] is ORIGINEEL_ANKERS

    monkeypatch.setattr(urls, "update_anchor_ids", ORIGINEEL_ANKERS)
    monkeypatch.setattr(afdrukpagina, "plugin_versie", lambda: "3.0")
    assert afdrukpagina.installeer() is False
    assert urls.update_anchor_ids is ORIGINEEL_ANKERS


@pytest.mark.parametrize("sleutel", ["index", "sociale-kaart"])
def test_lege_pagina_en_pagina_zonder_tags(sleutel):
    _beide("", sleutel, "")
    _beide("gewone tekst < geen tag", sleutel, "")


def test_een_jinja_omgeving_per_thema_ook_voor_de_afdrukpagina():
    from mkdocs.config import load_config

    afdrukpagina.installeer()
    thema = load_config(str(ROOT / "mkdocs.yml")).theme
    env = thema.get_env()
    assert thema.get_env() is env  # print-site krijgt dezelfde, al gecompileerde sjablonen
    ander = load_config(str(ROOT / "mkdocs.yml")).theme  # volgende build (mkdocs serve): nieuwe
    assert ander.get_env() is not env
