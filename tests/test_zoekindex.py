"""De omweg voor de zoekplugin (draaiboek/zoekindex.py): dezelfde secties als Material, zonder
de kwadratische lus bij koppen in kaarten."""
from __future__ import annotations

import dataclasses
import time
from pathlib import Path

from material.plugins.search import plugin

from bouwhulp import ROOT
from draaiboek import gegevens, weergave, zoekindex

ORIGINEEL = zoekindex._origineel.get("Parser", plugin.Parser)
SNEL = zoekindex.snelle_parser()


def _secties(cls, html: str) -> list[tuple]:
    p = cls()
    p.feed(html)
    p.close()
    return [(s.el.tag, s.id, s.depth, "".join(s.title), "".join(s.text), s.is_excluded()) for s in p.data]


MOEILIJK = """<h1 id="t">Titel</h1><p>Inleiding <a class="headerlink" href="#t">#</a></p>
<div class="a"><section><h2 id="g">Groep <span>(3)</span></h2>
<article><h3 id="k1">Kaart 1</h3><p>Tekst <sup>1</sup></p><h4>Aanpak</h4><ul><li>x</li></ul></article>
<article><h3 id="k2">Kaart 2</h3><div><h4 id="diep">Diep</h4><p>d</p></div><p>na diep</p></article>
<article data-search-exclude><h3 id="k3">Weg</h3><p>niet zoeken</p></article>
</section><p>na de groep</p></div><h2 id="slot">Slot</h2><pre><code>a  b</code></pre><script>x()</script>
"""


def test_zelfde_secties_op_moeilijke_html():
    assert _secties(SNEL, MOEILIJK) == _secties(ORIGINEEL, MOEILIJK)
    assert _secties(SNEL, MOEILIJK * 3) == _secties(ORIGINEEL, MOEILIJK * 3)


OVERSLAAN = """<h1 id="t">Titel</h1><div data-search-exclude><div data-search-exclude><p>weg</p></div>
<p>nog weg</p></div><p>terug <em>hier</em></p><div class="linenodiv"><pre>1</pre></div><p>na</p>
<pre>a <span>b</span>  c</pre><h2 id="z"><a class="headerlink" href="#z">#</a>Zin</h2><style>p{}</style><p>slot</p>
<section data-search-exclude><h3 id="w">Weg</h3></section><h3 id="x">Terug</h3><p>x</p>"""


def test_zelfde_secties_met_overgeslagen_elementen():
    """Overslaan (data-search-exclude, ook genest met dezelfde tag), pre en permalinks: de
    telling per tag geeft dezelfde antwoorden als de lijst en de set van de plugin."""
    assert _secties(SNEL, OVERSLAAN) == _secties(ORIGINEEL, OVERSLAAN)
    assert _secties(SNEL, MOEILIJK + OVERSLAAN + MOEILIJK) == _secties(ORIGINEEL, MOEILIJK + OVERSLAAN + MOEILIJK)


def test_zelfde_secties_op_elke_gebouwde_pagina(site):
    paginas = sorted(Path(site.site).glob("**/index.html"))
    assert len(paginas) > 10
    for pad in paginas:
        html = pad.read_text(encoding="utf-8")
        assert _secties(SNEL, html) == _secties(ORIGINEEL, html), pad


def test_catalogus_van_duizenden_kaarten_zelfde_en_niet_kwadratisch():
    data = gegevens.laad(ROOT)
    praktijken = []
    for i in range(60):  # ongeveer 1.000 kaarten uit de echte voorbeelden
        praktijken += [dataclasses.replace(p, id=f"{p.id}-{i}") for p in data.praktijken]
    html = weergave.catalogus(praktijken, 2, initiatieven=data.initiatief_per_id)
    assert _secties(SNEL, html) == _secties(ORIGINEEL, html)
    # Twee keer zoveel kaarten: hoogstens iets meer dan twee keer zo lang (kwadratisch: vier keer).
    tijden = []
    for factor in (1, 2):
        begin = time.process_time()
        _secties(SNEL, html * factor)
        tijden.append(time.process_time() - begin)
    assert tijden[1] < 3 * tijden[0] + 0.05, tijden


def test_installeer_alleen_bij_de_geteste_versie(monkeypatch):
    assert zoekindex.material_versie() == zoekindex.GETEST_MET, (
        "mkdocs-material heeft een andere versie: kijk na of de omweg in draaiboek/zoekindex.py nog "
        "nodig is (en pas GETEST_MET aan), of schrap hem"
    )
    monkeypatch.setattr(plugin, "Parser", ORIGINEEL)
    assert zoekindex.installeer() is True
    assert plugin.Parser is SNEL and issubclass(SNEL, ORIGINEEL)
    assert zoekindex.installeer() is True and plugin.Parser is SNEL
    monkeypatch.setattr(plugin, "Parser", ORIGINEEL)
    monkeypatch.setattr(zoekindex, "material_versie", lambda: "10.0.0")
    assert zoekindex.installeer() is False
    assert plugin.Parser is ORIGINEEL


def test_overgeslagen_blok_wordt_niet_gelezen_en_geeft_dezelfde_secties():
    """Een blok tussen de merktekens (binnen data-search-exclude) knipt SnelleParser eruit: zelfde
    secties als de plugin die het hele blok leest. Een blok met een kop met id blijft staan (die kop
    maakt ook overgeslagen een sectie), net als een blok zonder einde."""
    blok = (f'<div data-search-exclude>{zoekindex.OVERSLAAN_BEGIN}<article><h3>Kort</h3><p>weg</p>'
            f'</article>{zoekindex.OVERSLAAN_EINDE}</div>')
    html = f'<h1 id="t">Titel</h1><p>voor</p>{blok}<h2 id="n">Na</h2><p>na</p>{blok}'
    assert "weg" not in zoekindex.zonder_overgeslagen(html) and "voor" in zoekindex.zonder_overgeslagen(html)
    assert _secties(SNEL, html) == _secties(ORIGINEEL, html)
    met_id = blok.replace("<h3>", '<h3 id="kort">')
    assert zoekindex.zonder_overgeslagen(met_id) == met_id
    assert _secties(SNEL, html + met_id) == _secties(ORIGINEEL, html + met_id)
    assert any(s[1] == "kort" for s in _secties(SNEL, met_id))
    # Merktekens buiten een data-search-exclude-element (bv. in een hoofdstuk) knippen niets.
    los = f"<p>a</p>{zoekindex.OVERSLAAN_BEGIN}<h2>Z</h2><p>zichtbaar</p>{zoekindex.OVERSLAAN_EINDE}</div>"
    assert zoekindex.zonder_overgeslagen(los) == los
    assert _secties(SNEL, los) == _secties(ORIGINEEL, los)
    open_blok = html + f"<div data-search-exclude>{zoekindex.OVERSLAAN_BEGIN}<p>x</p>"
    assert zoekindex.zonder_overgeslagen(open_blok).endswith(f"{zoekindex.OVERSLAAN_BEGIN}<p>x</p>")


def test_catalogusoverzicht_zet_korte_kaarten_tussen_de_merktekens():
    data = gegevens.laad(ROOT)
    html = weergave.catalogus_overzicht(data.praktijken)
    blok = html[html.index(zoekindex.OVERSLAAN_BEGIN):html.index(zoekindex.OVERSLAAN_EINDE)]
    assert blok.count("<article") == len(data.praktijken)
    assert html[:html.index(zoekindex.OVERSLAAN_BEGIN)].endswith("data-search-exclude>")
    assert zoekindex.zonder_overgeslagen(html).count("<article") == 0
