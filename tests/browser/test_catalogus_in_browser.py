"""De catalogus als overzicht en deelpagina's in de browser (draaiboek/catalogus.py).

Oude links naar de ene pagina van vroeger (/praktijkvoorbeelden/#praktijk-<id>) landen op de
deelpagina bij de kaart, ook op een telefoon met de kaart open; een korte kaart op het overzicht
linkt naar haar volledige kaart; de filters werken op het overzicht.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from draaiboek import catalogus, gegevens

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data():
    return gegevens.laad(ROOT)


def _kaart_open_en_zichtbaar(pagina, anker: str) -> bool:
    return pagina.evaluate(
        """(id) => { const el = document.getElementById(id); if (!el) return false;
                     const d = el.closest('.vzw-kaart').querySelector('details');
                     const r = el.getBoundingClientRect();
                     return d.open && r.top >= -2 && r.top < window.innerHeight; }""", anker)


def test_oud_anker_van_een_voorbeeld_landt_op_de_deelpagina_met_de_kaart_open(server, contexten, data):
    pagina = contexten("licht", "telefoon")
    p = next(p for p in data.praktijken if catalogus.deel_van(p).slug == "heel-vlaanderen-bijsturen")
    anker = f"praktijk-{p.id}"
    pagina.goto(server.url(f"praktijkvoorbeelden/#{anker}"))
    pagina.wait_for_url(server.url(f"praktijkvoorbeelden/heel-vlaanderen-bijsturen/#{anker}"))
    pagina.wait_for_load_state("load")
    pagina.wait_for_function(
        """(id) => { const el = document.getElementById(id);
                     return el && el.closest('.vzw-kaart').querySelector('details').open; }""", arg=anker)
    assert _kaart_open_en_zichtbaar(pagina, anker)


def test_oud_groepsanker_landt_op_de_deelpagina(server, contexten):
    pagina = contexten("licht", "desktop")
    pagina.goto(server.url("praktijkvoorbeelden/#praktijken-west-vlaanderen"))
    pagina.wait_for_url(server.url("praktijkvoorbeelden/andere-provincies/#praktijken-west-vlaanderen"))
    assert pagina.locator("#praktijken-west-vlaanderen").count() == 1


def test_korte_kaart_op_het_overzicht_opent_de_volledige_kaart(server, contexten, data):
    pagina = contexten("licht", "desktop")
    pagina.goto(server.url("praktijkvoorbeelden/"), wait_until="load")
    kaarten = pagina.locator(".vzw-kaarten .vzw-praktijk")
    assert kaarten.count() == len(data.praktijken)
    p = next(p for p in data.praktijken if catalogus.deel_van(p).slug == "antwerpen-en-limburg")
    pagina.locator(f'.vzw-kaarten a[href$="#praktijk-{p.id}"]').click()
    pagina.wait_for_url(server.url(f"praktijkvoorbeelden/antwerpen-en-limburg/#praktijk-{p.id}"))
    assert pagina.locator(f"#praktijk-{p.id}").text_content().strip().startswith(p.titel[:20])


def test_filters_op_het_overzicht_en_het_adres_onthoudt_ze(server, contexten, data):
    pagina = contexten("licht", "desktop")
    pagina.goto(server.url("praktijkvoorbeelden/"), wait_until="load")
    pagina.wait_for_selector("[data-vzw-filter][data-vzw-klaar]")
    pagina.select_option("select[name=provincie]", "antwerpen")
    pagina.select_option("select[name=fase]", "evalueren")
    verwacht = [p for p in data.praktijken if p.provincie == "Antwerpen" and "evalueren" in p.fasen]
    assert 0 < len(verwacht) < len(data.praktijken)
    zichtbaar = pagina.eval_on_selector_all(".vzw-kaart", "es => es.filter(e => !e.hidden).length")
    assert zichtbaar == len(verwacht)
    assert "provincie=antwerpen" in pagina.url and "fase=evalueren" in pagina.url
    assert pagina.locator(".vzw-filter__status").text_content() == \
        f"{len(verwacht)} van {len(data.praktijken)} praktijkvoorbeelden"
    # de deelpagina's hebben geen filters (die staan op het overzicht) en laden filters.js niet
    for d in catalogus.DELEN:
        html = (server.map / "praktijkvoorbeelden" / d.slug / "index.html").read_text(encoding="utf-8")
        assert "filters.js" not in html and "vzw-filter__form" not in html, d.slug
