"""Filters: afdrukken, zonder JavaScript en snelheid met 1.000 kaarten (aanvulling op test_filters.py)."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from draaiboek import gegevens, weergave

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def data():
    return gegevens.laad(ROOT)


def zichtbaar(pagina, selector=".vzw-kaart") -> int:
    return pagina.eval_on_selector_all(selector, "es => es.filter(e => !e.hidden).length")


def test_afdrukken_toont_wat_gefilterd_is_met_de_filter_erbij(pagina, server, data):
    """Bewust (issue 9): wie een gefilterde lijst afdrukt, krijgt die lijst, met de filter erboven.
    Zonder filter: alles. De PDF komt van de afdrukpagina en toont altijd alles (test_filters.py)."""
    pagina.goto(server.url("praktijkvoorbeelden/?fase=evalueren"), wait_until="load")
    pagina.wait_for_selector("[data-vzw-filter][data-vzw-klaar]")
    verwacht = sum(1 for p in data.praktijken if "evalueren" in p.fasen)
    assert 0 < verwacht < len(data.praktijken)
    pagina.emulate_media(media="print")
    try:
        getoond = pagina.eval_on_selector_all(".vzw-kaart", "es => es.filter(e => getComputedStyle(e).display !== 'none').length")
        assert getoond == zichtbaar(pagina) == verwacht
        assert pagina.eval_on_selector(".vzw-filter__form", "e => getComputedStyle(e).display") == "none"
        regel = pagina.locator(".vzw-filter__afdruk")
        assert regel.is_visible()
        assert regel.text_content() == (f"Gefilterde lijst (Fase: evalueren): {verwacht} van {len(data.praktijken)} "
                                        "praktijkvoorbeelden.")
        pagina.locator("[data-vzw-wis]").evaluate("b => b.click()")
        getoond = pagina.eval_on_selector_all(".vzw-kaart", "es => es.filter(e => getComputedStyle(e).display !== 'none').length")
        assert getoond == len(data.praktijken)
        assert not regel.is_visible()
    finally:
        pagina.emulate_media(media="screen")


def test_zonder_javascript_staat_alles_er(browser, server, data):
    ctx = browser.new_context(java_script_enabled=False)
    try:
        p = ctx.new_page()
        p.goto(server.url("sociale-kaart/antwerpen/?gemeente=antwerpen"), wait_until="load")
        assert not p.locator(".vzw-filter__form").is_visible()
        assert p.locator(".vzw-kaart:visible").count() == sum(1 for i in data.initiatieven
                                                              if i.provincie == "Antwerpen")
    finally:
        ctx.close()


def test_duizend_kaarten_filteren_is_snel(pagina):
    provs = list(gegevens.PROVINCIES)
    lijst = [gegevens.Praktijk(
        id=f"p{i}", titel=f"Voorbeeld {i}", samenvatting="Kort.", fasen=[list(gegevens.FASEN)[i % 3]],
        themas=[list(gegevens.THEMAS)[i % 12]], aanpak="Zo.", wat_werkt=["Ja."], valkuilen=["Nee."],
        bronnen=[gegevens.Bron("Bron", "https://example.org/", "z.d.")], laatst_nagekeken=dt.date(2026, 1, 1),
        provincie=provs[i % len(provs)]) for i in range(1000)]
    pagina.set_content("<!doctype html><html><body><div class='md-typeset'>"
                       + weergave.catalogus(lijst, 2, ankers=True) + "</div></body></html>")
    pagina.add_script_tag(path=str(ROOT / "docs" / "assets" / "javascripts" / "filters.js"))
    assert pagina.locator(".vzw-filter__status").text_content() == "1000 van 1000 praktijkvoorbeelden"
    duur = pagina.evaluate("""() => {
        const s = document.querySelector('select[name=fase]');
        const t0 = performance.now();
        for (const w of ['opstarten', 'bijsturen', 'evalueren', '']) {
            s.value = w; s.dispatchEvent(new Event('change'));
        }
        return performance.now() - t0;
    }""")
    assert duur < 400, f"4 keer filteren over 1.000 kaarten duurde {duur:.0f} ms"
    pagina.select_option("select[name=thema]", "samenwerking")
    assert re.fullmatch(r"\d+ van 1000 praktijkvoorbeelden", pagina.locator(".vzw-filter__status").text_content())
