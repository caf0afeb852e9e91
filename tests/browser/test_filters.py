"""Filters op de catalogus van praktijkvoorbeelden en op de sociale kaart (assets/javascripts/filters.js).

Werkt met de muis en met het toetsenbord, meldt het aantal resultaten in een aria-live-gebied en
bewaart de keuze in het adres (?fase=bijsturen), zodat je een gefilterde lijst kunt delen.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest

# pagina -> (velden: adresparameter -> data-attribuut op de kaart, woord in de telling)
FILTERPAGINAS = {
    "praktijkvoorbeelden/": ({"fase": "fasen", "thema": "themas", "provincie": "provincie"}, "praktijkvoorbeelden"),
    # De sociale kaart: een pagina per provincie, zonder keuzelijst voor de provincie
    "sociale-kaart/antwerpen/": (
        {"gemeente": "gemeente", "vorm": "vorm", "ondersteuning": "ondersteuning"},
        "initiatieven",
    ),
}
STATUS = "[data-vzw-filter] .vzw-filter__status"
# Op de sociale kaart laten provincie en gemeente de organisaties voor heel Vlaanderen staan.
PLAATS = {"sociale-kaart/antwerpen/": {"gemeente"}}
OVERAL = "heel Vlaanderen en Brussel"


def _stand(pagina) -> dict:
    """Zichtbare kaarten, totaal, tekst van het statusgebied en de keuzes in het formulier."""
    return pagina.evaluate(
        """() => {
             const w = document.querySelector('[data-vzw-filter]');
             const kaarten = [...w.querySelectorAll('.vzw-kaart')];
             const zichtbaar = kaarten.filter(k => !k.closest('[hidden]') && k.offsetParent !== null);
             const st = w.querySelector('.vzw-filter__status');
             const keuzes = {};
             w.querySelectorAll('select[name]').forEach(s => { keuzes[s.name] = s.value; });
             return {zichtbaar: zichtbaar.length, totaal: kaarten.length,
                     status: st ? st.textContent.trim() : null, keuzes,
                     zichtbareKaarten: zichtbaar.map(k => Object.fromEntries(
                        [...k.attributes].filter(a => a.name.startsWith('data-')).map(a => [a.name.slice(5), a.value])))};
           }"""
    )


def _verwacht_telling(stand: dict, woord: str, plaats: dict | None = None) -> str:
    """'5 van 31 initiatieven', met ', waarvan 4 voor heel Vlaanderen en Brussel' als een
    plaatsfilter (plaats: veld -> gekozen waarde) kaarten voor heel Vlaanderen liet staan."""
    tekst = f"{stand['zichtbaar']} van {stand['totaal']} {woord}"
    if plaats:
        extra = sum(1 for k in stand["zichtbareKaarten"] if "overal" in k
                    and not all(w in k[veld].split() for veld, w in plaats.items()))
        if extra:
            tekst += f", waarvan {extra} voor {OVERAL}"
    return tekst


def _past(kaart: dict, attr: str, waarde: str, plaats: bool) -> bool:
    return waarde in kaart[attr].split() or (plaats and "overal" in kaart)


def _beperkende_waarde(pagina, naam: str, attr: str) -> str:
    """Een waarde van keuzelijst `naam` die op sommige, maar niet op alle kaarten staat."""
    return pagina.evaluate(
        """([naam, attr]) => {
             const kaarten = [...document.querySelectorAll('[data-vzw-filter] .vzw-kaart')];
             const s = document.querySelector(`[data-vzw-filter] select[name="${naam}"]`);
             for (const o of s.options) {
               if (!o.value) continue;
               const n = kaarten.filter(k => (k.getAttribute('data-' + attr) || '').split(/\\s+/).includes(o.value)).length;
               if (n > 0 && n < kaarten.length) return o.value;
             }
             return null;
           }""",
        [naam, attr],
    )


def _adres_keuzes(url: str) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(url).query).items()}


def _open(pagina, server, pad: str, query: str = ""):
    pagina.goto(server.url(pad) + query, wait_until="load")
    pagina.wait_for_selector("[data-vzw-filter][data-vzw-klaar] .vzw-filter__form:not([hidden])")


@pytest.mark.parametrize("pad", list(FILTERPAGINAS))
def test_filters_zichtbaar_met_live_telling(server, pagina, pad):
    velden, woord = FILTERPAGINAS[pad]
    _open(pagina, server, pad)
    namen = pagina.eval_on_selector_all("[data-vzw-filter] select", "els => els.map(e => e.name)")
    assert namen == list(velden), f"/{pad}: filters {namen}, verwacht {list(velden)}"
    # Elke keuzelijst heeft een zichtbaar label (toegankelijke naam).
    for naam in namen:
        label = pagina.locator(f"[data-vzw-filter] select[name='{naam}']").evaluate(
            "s => (s.labels && s.labels[0] ? s.labels[0].innerText : '').trim()"
        )
        assert label, f"/{pad}: keuzelijst {naam} heeft geen label"
    live = pagina.locator(STATUS)
    assert live.get_attribute("aria-live") in {"polite", "assertive"} or live.get_attribute("role") == "status"
    assert live.is_visible()
    stand = _stand(pagina)
    assert stand["totaal"] > 0, f"/{pad}: geen kaarten"
    assert stand["zichtbaar"] == stand["totaal"]
    assert stand["status"] == _verwacht_telling(stand, woord)


@pytest.mark.parametrize("pad", list(FILTERPAGINAS))
def test_filter_met_muis_werkt_telling_en_adres_bij(server, pagina, pad):
    velden, woord = FILTERPAGINAS[pad]
    _open(pagina, server, pad)
    naam = next(iter(velden))
    select = pagina.locator(f"[data-vzw-filter] select[name='{naam}']")
    waarde = _beperkende_waarde(pagina, naam, velden[naam])
    select.click()
    select.select_option(waarde)
    stand = _stand(pagina)
    assert 0 < stand["zichtbaar"] < stand["totaal"]
    attr = velden[naam]
    plaats = naam in PLAATS.get(pad, set())
    assert all(_past(k, attr, waarde, plaats) for k in stand["zichtbareKaarten"]), (
        f"/{pad}: na {naam}={waarde} staan er kaarten zonder die waarde"
    )
    assert stand["status"] == _verwacht_telling(stand, woord, {attr: waarde} if plaats else None)
    assert _adres_keuzes(pagina.url) == {naam: waarde}, pagina.url

    # Alle filters wissen: alles weer zichtbaar, adres zonder query.
    pagina.locator("[data-vzw-filter] [data-vzw-wis]").click()
    stand = _stand(pagina)
    assert stand["zichtbaar"] == stand["totaal"]
    assert stand["status"] == _verwacht_telling(stand, woord)
    assert urlparse(pagina.url).query == ""


@pytest.mark.parametrize("pad", list(FILTERPAGINAS))
def test_filter_met_toetsenbord(server, pagina, pad):
    """Tab naar de eerste keuzelijst, kies met de pijltjestoetsen en Enter."""
    velden, woord = FILTERPAGINAS[pad]
    _open(pagina, server, pad)
    naam = next(iter(velden))
    # Bereikbaar met Tab vanaf het begin van de pagina, langs kop, navigatie en de inhoud ervoor
    # (op de sociale kaart: de gemeentezoeker en de diensten; de pagina heeft er een sprongkoppeling).
    for _ in range(250):
        pagina.keyboard.press("Tab")
        actief = pagina.evaluate("document.activeElement && document.activeElement.name")
        if actief == naam:
            break
    else:
        pytest.fail(f"/{pad}: de keuzelijst {naam} is niet met Tab te bereiken")
    # Zichtbare focus (WCAG 2.4.7): een outline of box-shadow op het gefocuste element.
    focus = pagina.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none'; }"""
    )
    assert focus, f"/{pad}: de keuzelijst {naam} toont geen zichtbare focus"
    # Pijltje omlaag tot een keuze de lijst inkort (de eerste waarde kan op elke kaart staan).
    aantal = pagina.evaluate("document.activeElement.options.length")
    for _ in range(aantal - 1):
        pagina.keyboard.press("ArrowDown")
        stand = _stand(pagina)
        if stand["zichtbaar"] < stand["totaal"]:
            break
    pagina.keyboard.press("Enter")
    stand = _stand(pagina)
    gekozen = stand["keuzes"][naam]
    assert gekozen, f"/{pad}: pijltje omlaag koos geen waarde in {naam}"
    assert stand["zichtbaar"] < stand["totaal"], f"/{pad}: geen enkele keuze in {naam} kortte de lijst in"
    plaats = {velden[naam]: gekozen} if naam in PLAATS.get(pad, set()) else None
    assert stand["status"] == _verwacht_telling(stand, woord, plaats)
    assert _adres_keuzes(pagina.url) == {naam: gekozen}
    # Enter mag het formulier niet versturen (geen herladen, keuze blijft staan).
    assert pagina.evaluate("document.activeElement && document.activeElement.name") == naam


def test_adres_zet_filter_catalogus(server, pagina):
    """Een gedeelde link ?fase=bijsturen opent de catalogus al gefilterd."""
    _open(pagina, server, "praktijkvoorbeelden/", "?fase=bijsturen")
    stand = _stand(pagina)
    assert stand["keuzes"]["fase"] == "bijsturen"
    assert 0 < stand["zichtbaar"] < stand["totaal"]
    assert all("bijsturen" in k["fasen"].split() for k in stand["zichtbareKaarten"])
    assert stand["status"] == _verwacht_telling(stand, "praktijkvoorbeelden")
    # Een tweede filter erbij: beide staan in het adres.
    thema = pagina.locator("select[name='thema']")
    waarde = _beperkende_waarde(pagina, "thema", "themas")
    thema.select_option(waarde)
    assert _adres_keuzes(pagina.url) == {"fase": "bijsturen", "thema": waarde}


def test_adres_zet_filter_sociale_kaart(server, pagina):
    _open(pagina, server, "sociale-kaart/antwerpen/")
    gemeente = pagina.locator("select[name='gemeente']").evaluate(
        "s => [...s.options].map(o => o.value).filter(Boolean)[0]"
    )
    _open(pagina, server, "sociale-kaart/antwerpen/", f"?gemeente={gemeente}")
    stand = _stand(pagina)
    assert stand["keuzes"]["gemeente"] == gemeente
    assert 0 < stand["zichtbaar"] < stand["totaal"]
    assert all(_past(k, "gemeente", gemeente, True) for k in stand["zichtbareKaarten"])
    assert stand["status"] == _verwacht_telling(stand, "initiatieven", {"gemeente": gemeente})


def test_onbekende_waarde_in_adres_wordt_zichtbaar_gemeld(server, pagina):
    """Een keuze in het adres die niet bestaat: de filter staat uit en een melding zegt het."""
    _open(pagina, server, "praktijkvoorbeelden/", "?fase=bestaat-niet")
    stand = _stand(pagina)
    assert stand["keuzes"]["fase"] == ""
    assert stand["zichtbaar"] == stand["totaal"]
    melding = pagina.locator("[data-vzw-filter] .vzw-filter__melding")
    assert melding.is_visible()
    assert "fase \u201cbestaat-niet\u201d" in melding.text_content()
    # Een nieuwe keuze maakt de melding overbodig.
    pagina.locator("select[name='fase']").select_option(_beperkende_waarde(pagina, "fase", "fasen"))
    assert not melding.is_visible()


def test_afdrukpagina_toont_alle_kaarten(server, pagina):
    """Op de afdrukpagina (en dus in de PDF) filtert niets en is elke kaart zichtbaar."""
    pagina.goto(server.url("print_page/"), wait_until="load")
    verborgen = pagina.evaluate(
        "() => [...document.querySelectorAll('.vzw-kaart')].filter(k => k.closest('[hidden]')).length"
    )
    assert verborgen == 0
    assert pagina.locator(".vzw-kaart").count() > 0
    assert not re.search(r"\?", urlparse(pagina.url).query)
