"""Op een telefoon: nooit opzij scrollen, tabellen als blokjes (extra.css, draaiboek/nabewerking.py).

Elke pagina uit sitemap.xml plus de afdrukpagina, op 320 en 375 px breed: de pagina is niet
breder dan het scherm (document.documentElement.scrollWidth <= innerWidth). Een tabel mag niet
binnen zijn eigen vak opzij schuiven: op een smal scherm staat elke cel onder de vorige, met de
kop van haar kolom ervoor.
"""
from __future__ import annotations

import pytest

from browserhulp import alle_paden

BREEDTES = [320, 375]

# Wat uitsteekt: elementen voorbij de rechterrand die niet in een eigen schuifvak zitten.
_TE_BREED = """() => {
  const W = window.innerWidth;
  const breed = document.documentElement.scrollWidth;
  const uit = [];
  if (breed > W) {
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > W + 1) {
        uit.push(el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : '')
                 + ' (' + Math.round(r.right) + ' px): ' + (el.textContent || '').trim().slice(0, 40));
      }
    }
  }
  return {W, breed, uit: uit.slice(-5)};
}"""


@pytest.fixture(scope="module")
def smal(browser):
    paginas = {}
    for breedte in BREEDTES:
        ctx = browser.new_context(viewport={"width": breedte, "height": 740}, locale="nl-BE",
                                  service_workers="block")
        paginas[breedte] = ctx.new_page()
    yield paginas
    for p in paginas.values():
        p.context.close()


@pytest.mark.parametrize("breedte", BREEDTES)
def test_geen_pagina_scrolt_opzij(server, site_map, smal, breedte):
    pagina = smal[breedte]
    te_breed, gebroken = {}, {}
    for pad in alle_paden(site_map):
        antwoord = pagina.goto(server.url(pad), wait_until="load")
        assert antwoord and antwoord.ok, pad
        r = pagina.evaluate(_TE_BREED)
        assert r["W"] == breedte
        if r["breed"] > r["W"]:
            te_breed[pad] = r
        woorden = pagina.evaluate(_GEBROKEN_KOPWOORDEN)
        if woorden:
            gebroken[pad] = woorden
    assert not te_breed, "\n".join(
        f"/{pad}: {r['breed']} px breed op {r['W']} px; steekt uit: {r['uit']}" for pad, r in te_breed.items()
    )
    # Geen opzij scrollen mag niet betekenen dat een titel midden in een woord afbreekt.
    assert not gebroken, "koppen die midden in een woord afbreken:\n" + "\n".join(
        f"/{pad}: {w}" for pad, w in gebroken.items())


# Woorden in een zichtbare kop (h1 tot h3) die breder zijn dan hun kop: die breekt de browser
# midden in het woord af (overflow-wrap). Gemeten met het lettertype van de kop.
_GEBROKEN_KOPWOORDEN = """() => {
  const uit = [];
  const c = document.createElement('canvas').getContext('2d');
  for (const h of document.querySelectorAll('.md-content :is(h1, h2, h3)')) {
    if (!h.offsetParent) continue;
    const s = getComputedStyle(h);
    c.font = `${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
    const tekst = [...h.childNodes].filter(n => !(n.classList && n.classList.contains('headerlink')))
      .map(n => n.textContent).join('');
    for (const woord of tekst.split(/\\s+/)) {
      if (woord && c.measureText(woord).width > h.clientWidth) uit.push(`${h.tagName} "${woord}"`);
    }
  }
  return uit;
}"""


def _tabellen(pagina) -> list[dict]:
    return pagina.evaluate("""() => [...document.querySelectorAll('article table')].map(t => {
        const W = window.innerWidth;
        const cellen = [...t.querySelectorAll('tbody td')];
        const vak = t.closest('.md-typeset__scrollwrap') || t;
        return {
          cellen: cellen.length,
          metLabel: cellen.filter(c => c.dataset.label).length,
          buitenBeeld: cellen.filter(c => c.getBoundingClientRect().right > W + 1).length,
          schuift: vak.scrollWidth > vak.clientWidth + 1 || t.scrollWidth > t.clientWidth + 1,
          label: cellen.length ? getComputedStyle(cellen[0], '::before').content : '',
          kop: cellen.length ? cellen[0].dataset.label : '',
          blok: getComputedStyle(cellen[0] || t).display,
        };
    })""")


# Hulp en adressen: de tabellen met vier kolommen staan op de deelpagina's per soort vraag.
TABELPAGINAS = ("hulp-en-adressen/huren/", "hulp-en-adressen/discriminatie/")


@pytest.mark.parametrize("breedte", BREEDTES)
def test_tabellen_als_blokjes_met_de_kop_van_elke_kolom(server, smal, breedte):
    pagina = smal[breedte]
    for pad in TABELPAGINAS:
        pagina.goto(server.url(pad), wait_until="load")
        tabellen = _tabellen(pagina)
        assert tabellen, pad
        _blokjes(pagina, tabellen, breedte)


def _blokjes(pagina, tabellen, breedte):
    for t in tabellen:
        assert t["cellen"] and t["metLabel"] == t["cellen"], t
        assert t["buitenBeeld"] == 0 and not t["schuift"], t
        assert t["blok"] == "block", t
        # Het label staat voor de cel, maar is voor schermlezers leeg (die lezen de kopregel).
        assert t["label"] == f'"{t["kop"]}: " / ""', t
    # De kolom Website staat er op een telefoon gewoon bij, met zijn kop.
    website = pagina.locator("td[data-label='Website']").first
    assert website.is_visible()
    assert website.bounding_box()["x"] + website.bounding_box()["width"] <= breedte


def test_op_een_breed_scherm_blijft_het_een_tabel(server, contexten):
    pagina = contexten("licht", "desktop")
    for pad in TABELPAGINAS:
        pagina.goto(server.url(pad), wait_until="load")
        tabellen = _tabellen(pagina)
        assert tabellen, pad
        for t in tabellen:
            assert t["blok"] == "table-cell", t
            assert t["label"] in ("none", "normal", ""), t


def _details(pagina) -> list[bool]:
    return pagina.evaluate("[...document.querySelectorAll('details.vzw-kaart__details')].map(d => d.open)")


# Een deelpagina van de catalogus met volledige kaarten (het overzicht toont korte kaarten).
DEELPAGINA = "praktijkvoorbeelden/heel-vlaanderen-bijsturen/"


def test_catalogus_op_een_telefoon_kaarten_dicht_en_op_aanvraag_open(server, smal):
    pagina = smal[375]
    pagina.goto(server.url(DEELPAGINA), wait_until="load")
    open_ = _details(pagina)
    assert open_ and not any(open_), "op een telefoon staan de details van elke kaart dicht"
    eerste = pagina.locator("details.vzw-kaart__details > summary").first
    assert eerste.bounding_box()["height"] >= 24  # doelgrootte
    eerste.focus()
    pagina.keyboard.press("Enter")
    assert _details(pagina)[0] is True
    assert pagina.locator("details.vzw-kaart__details").first.locator("h4").first.is_visible()
    # Een link naar een kaart opent die kaart.
    anker = pagina.evaluate("document.querySelectorAll('.vzw-praktijk h3[id]')[3].id")
    pagina.goto(server.url(f"{DEELPAGINA}#{anker}"), wait_until="load")
    pagina.wait_for_function(
        "id => document.getElementById(id).closest('.vzw-kaart').querySelector('details').open", arg=anker)


def test_catalogus_op_een_breed_scherm_en_afdrukpagina_alles_open(server, contexten):
    pagina = contexten("licht", "desktop")
    pagina.goto(server.url(DEELPAGINA), wait_until="load")
    assert all(_details(pagina)) and _details(pagina)
    smal = pagina.context.browser.new_page(viewport={"width": 375, "height": 740})
    try:
        smal.goto(server.url("print_page/"), wait_until="load")
        assert all(_details(smal)) and _details(smal)
    finally:
        smal.close()
