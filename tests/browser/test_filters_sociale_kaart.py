"""Filters op de sociale kaart die houden wat telt (issue 9, punt 3).

- Een provincie kiezen laat de organisaties voor heel Vlaanderen staan, in hun eigen groep.
- "Alleen actieve initiatieven" (afgeleide status, bij de build berekend).
- De aantallen bij elke keuze volgen de andere keuzes.
- Een onbekende waarde in het adres wordt zichtbaar gemeld, niet stil genegeerd.
- Afdrukken toont wat op het scherm staat, met de filters erboven; de afdrukpagina (PDF) alles.

De meeste tests draaien op een kleine, vaste sociale kaart (weergave.sociale_kaart met
filters.js en extra.css), zodat de verwachte aantallen vastliggen. Het laatste deel test de
gebouwde site (afdrukken, axe-core).
"""
from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from browserhulp import AXE_JS, dien_map
from draaiboek import weergave
from draaiboek.gegevens import Bevestiging, Bron, Initiatief

ROOT = Path(__file__).resolve().parents[2]
VANDAAG = dt.date(2026, 11, 27)
RECENT = [Bevestiging("2026-05", "Agenda van mei 2026.", "https://example.org/agenda")]
OUD = [Bevestiging("2019", "Jaarverslag 2019.", "https://example.org/jaarverslag")]


def _ini(ident, provincie, gemeente, vorm, steun, **extra) -> Initiatief:
    return Initiatief(id=ident, naam=f"Initiatief {ident.upper()}", beschrijving="Helpt bij wonen.",
                      gemeente=gemeente, provincie=provincie, werkingsgebied=gemeente, vorm=vorm,
                      ondersteuning=steun, bronnen=[Bron("Bron", "https://example.org/b", "2026")],
                      laatst_nagekeken=dt.date(2026, 11, 1), **extra)


# Limburg heeft geen eigen initiatief; d en e werken in heel Vlaanderen.
KAART = [
    _ini("a", "Antwerpen", "Antwerpen", "vzw", ["zoeken"], bevestigd=RECENT),
    _ini("b", "Antwerpen", "Mechelen", "OCMW", ["zoeken", "buddy"], bevestigd=OUD),
    _ini("c", "Oost-Vlaanderen", "Gent", "vzw", ["buddy"], bevestigd=RECENT),
    _ini("d", "Heel Vlaanderen", "meerdere gemeenten", "vzw", ["juridisch-advies"], bevestigd=RECENT),
    _ini("e", "Heel Vlaanderen", "meerdere gemeenten", "netwerk", ["zoeken"],
         gestopt=Bevestiging("2021", "Einde gemeld.", "https://example.org/einde")),
]


@pytest.fixture(scope="module")
def kleine_kaart(tmp_path_factory):
    """Een pagina met de vaste sociale kaart, gediend vanaf 127.0.0.1 (het adres telt mee)."""
    map_ = tmp_path_factory.mktemp("kleine-kaart")
    shutil.copy(ROOT / "docs" / "assets" / "javascripts" / "filters.js", map_ / "filters.js")
    for css in ("extra.css", "kaarten.css"):  # kaarten.css: kaarten en filters (draaiboek/paginabestanden.py)
        shutil.copy(ROOT / "docs" / "assets" / "stylesheets" / css, map_ / css)
    html = weergave.sociale_kaart(KAART, 2, ankers=True, vandaag=VANDAAG)
    (map_ / "index.html").write_text(
        '<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Sociale kaart (test)</title>'
        '<link rel="stylesheet" href="extra.css"><link rel="stylesheet" href="kaarten.css"></head><body><main class="md-typeset"><h1>Sociale kaart</h1>'
        f'{html}</main><script src="filters.js"></script></body></html>', encoding="utf-8")
    httpd, draad = dien_map(map_)
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()
    draad.join(timeout=5)


def _open(pagina, basis: str, query: str = ""):
    pagina.goto(basis + query, wait_until="load")
    pagina.wait_for_selector("[data-vzw-filter][data-vzw-klaar] .vzw-filter__form:not([hidden])")


def _stand(pagina) -> dict:
    return pagina.evaluate("""() => {
      const w = document.querySelector('[data-vzw-filter]');
      const tekst = s => { const e = w.querySelector(s); return e && !e.hidden ? e.textContent.trim() : null; };
      const zichtbaar = [...w.querySelectorAll('.vzw-kaart')].filter(k => !k.closest('[hidden]'));
      return {
        ids: zichtbaar.map(k => k.querySelector('h3').id.replace('initiatief-', '')),
        groepen: [...w.querySelectorAll('[data-vzw-groep]')].filter(g => !g.hidden)
                   .map(g => g.querySelector('h2').firstChild.textContent.trim()),
        groep_van: Object.fromEntries(zichtbaar.map(k => [k.querySelector('h3').id.replace('initiatief-', ''),
                     k.closest('[data-vzw-groep]').querySelector('h2').firstChild.textContent.trim()])),
        status: tekst('.vzw-filter__status'), melding: tekst('.vzw-filter__melding'),
        overal: tekst('.vzw-filter__overal'), geen: tekst('.vzw-filter__geen'),
        opties: Object.fromEntries([...w.querySelectorAll('select')].map(s =>
                  [s.name, [...s.options].filter(o => o.value).map(o => o.textContent)])),
        actief: w.querySelector('input[name=actief]').checked,
        actief_aantal: w.querySelector('.vzw-filter__vink .vzw-filter__aantal').textContent,
      };
    }""")


def _adres(pagina) -> dict:
    return {k: v[0] for k, v in parse_qs(urlparse(pagina.url).query).items()}


def test_provincie_houdt_heel_vlaanderen_in_eigen_groep(pagina, kleine_kaart):
    _open(pagina, kleine_kaart, "?provincie=antwerpen")
    s = _stand(pagina)
    assert s["ids"] == ["a", "b", "d", "e"]
    assert s["groepen"] == ["Antwerpen", "Heel Vlaanderen en Brussel"]
    assert s["groep_van"]["d"] == s["groep_van"]["e"] == "Heel Vlaanderen en Brussel"
    assert s["status"] == "4 van 5 initiatieven, waarvan 2 voor heel Vlaanderen en Brussel"
    assert s["overal"] and "heel Vlaanderen en Brussel" in s["overal"] and "nog geen lokaal" not in s["overal"]
    assert s["melding"] is None
    # De organisaties voor heel Vlaanderen volgen wel de andere filters.
    pagina.select_option("select[name=ondersteuning]", "zoeken")
    s = _stand(pagina)
    assert s["ids"] == ["a", "b", "e"]
    assert s["status"] == "3 van 5 initiatieven, waarvan 1 voor heel Vlaanderen en Brussel"
    assert _adres(pagina) == {"provincie": "antwerpen", "ondersteuning": "zoeken"}


def test_heel_vlaanderen_kiezen_toont_alleen_die_groep(pagina, kleine_kaart):
    _open(pagina, kleine_kaart, "?provincie=heel-vlaanderen")
    s = _stand(pagina)
    assert s["ids"] == ["d", "e"] and s["groepen"] == ["Heel Vlaanderen en Brussel"]
    assert s["status"] == "2 van 5 initiatieven" and s["overal"] is None


def test_provincie_zonder_eigen_initiatief_zegt_dat_en_toont_heel_vlaanderen(pagina, kleine_kaart):
    _open(pagina, kleine_kaart, "?provincie=limburg")
    s = _stand(pagina)
    assert "Limburg (0)" in s["opties"]["provincie"]
    assert s["ids"] == ["d", "e"]
    assert s["groepen"] == ["Heel Vlaanderen en Brussel"]
    assert s["overal"].startswith("Voor deze keuze staat er nog geen lokaal initiatief op de kaart.")
    assert s["melding"] is None and s["geen"] is None


def test_gemeente_houdt_heel_vlaanderen_ook(pagina, kleine_kaart):
    _open(pagina, kleine_kaart, "?gemeente=gent")
    assert _stand(pagina)["ids"] == ["c", "d", "e"]


def test_aantallen_volgen_de_combinatie(pagina, kleine_kaart):
    _open(pagina, kleine_kaart)
    s = _stand(pagina)
    assert s["opties"]["provincie"] == ["Antwerpen (2)", "Limburg (0)", "Oost-Vlaanderen (1)", "Vlaams-Brabant (0)",
                                        "West-Vlaanderen (0)", "Brussel (0)", "Heel Vlaanderen en Brussel (2)"]
    assert s["actief_aantal"] == "(3)"
    pagina.select_option("select[name=vorm]", "vzw")
    s = _stand(pagina)
    assert s["opties"]["provincie"][:3] == ["Antwerpen (1)", "Limburg (0)", "Oost-Vlaanderen (1)"]
    assert s["opties"]["provincie"][-1] == "Heel Vlaanderen en Brussel (1)"
    assert s["opties"]["ondersteuning"] == ["woning zoeken (1)", "buddy (1)", "juridisch advies (1)"]
    # De eigen keuzelijst telt zonder zijn eigen keuze: je ziet wat een andere vorm zou geven.
    assert s["opties"]["vorm"] == ["vzw (3)", "OCMW (1)", "netwerk (1)"]
    assert s["actief_aantal"] == "(3)"
    pagina.select_option("select[name=provincie]", "antwerpen")
    s = _stand(pagina)
    # Met een provincie: de vormen tellen ook de organisaties voor heel Vlaanderen die blijven staan.
    assert s["opties"]["vorm"] == ["vzw (2)", "OCMW (1)", "netwerk (1)"]
    assert s["actief_aantal"] == "(2)"


def test_alleen_actieve(pagina, kleine_kaart):
    _open(pagina, kleine_kaart)
    vinkje = pagina.locator("input[name=actief]")
    assert pagina.locator("label.vzw-filter__vink").inner_text().startswith("Alleen actieve initiatieven")
    vinkje.check()
    s = _stand(pagina)
    assert s["ids"] == ["a", "c", "d"]
    assert s["status"] == "3 van 5 initiatieven"
    assert _adres(pagina) == {"actief": "ja"}
    # Een gedeelde link opent al gefilterd.
    _open(pagina, kleine_kaart, "?actief=ja&provincie=antwerpen")
    s = _stand(pagina)
    assert s["actief"] and s["ids"] == ["a", "d"]
    assert s["status"] == "2 van 5 initiatieven, waarvan 1 voor heel Vlaanderen en Brussel"
    pagina.locator("[data-vzw-wis]").click()
    s = _stand(pagina)
    assert not s["actief"] and len(s["ids"]) == 5 and _adres(pagina) == {}


def test_alleen_actieve_met_het_toetsenbord(pagina, kleine_kaart):
    _open(pagina, kleine_kaart)
    for _ in range(30):
        pagina.keyboard.press("Tab")
        if pagina.evaluate("document.activeElement && document.activeElement.name") == "actief":
            break
    else:
        pytest.fail("het vinkje 'alleen actieve' is niet met Tab te bereiken")
    pagina.keyboard.press("Space")
    assert _stand(pagina)["ids"] == ["a", "c", "d"]


def test_onbekende_waarden_in_het_adres_worden_gemeld(pagina, kleine_kaart):
    _open(pagina, kleine_kaart, "?provincie=atlantis&actief=misschien&vorm=vzw")
    s = _stand(pagina)
    assert s["melding"] == ("Het adres van deze pagina vraagt provincie \u201catlantis\u201d en alleen actieve "
                            "initiatieven \u201cmisschien\u201d, maar die keuze bestaat hier niet. Die filters staan "
                            "daarom uit. Kies hieronder zelf.")
    assert pagina.locator(".vzw-filter__melding").is_visible()
    # De bekende keuze (vorm) geldt wel.
    assert s["ids"] == ["a", "c", "d"] and s["status"] == "3 van 5 initiatieven"


def test_onbekende_waarde_wordt_letterlijk_getoond_nooit_als_html(pagina, kleine_kaart):
    _open(pagina, kleine_kaart, "?provincie=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    assert pagina.locator(".vzw-filter__melding img").count() == 0
    assert "<img src=x onerror=alert(1)>" in _stand(pagina)["melding"]


def _afgedrukt(pagina) -> list[str]:
    return pagina.evaluate("""() => [...document.querySelectorAll('.vzw-kaart')]
        .filter(k => k.getClientRects().length > 0).map(k => k.querySelector('h3').id.replace('initiatief-', ''))""")


def test_afdrukken_toont_wat_gefilterd_is_met_de_filters_erbij(pagina, kleine_kaart):
    _open(pagina, kleine_kaart, "?provincie=antwerpen&actief=ja")
    pagina.emulate_media(media="print")
    try:
        assert _afgedrukt(pagina) == ["a", "d"]
        afdruk = pagina.locator(".vzw-filter__afdruk")
        assert afdruk.is_visible()
        assert afdruk.text_content() == ("Gefilterde lijst (Provincie: Antwerpen; Alleen actieve initiatieven): "
                                         "2 van 5 initiatieven.")
        assert not pagina.locator(".vzw-filter__form").is_visible()
        # Zonder filters: alles, en geen regel over filters.
        pagina.locator("[data-vzw-wis]").evaluate("b => b.click()")
        assert _afgedrukt(pagina) == ["a", "b", "c", "d", "e"]
        assert not pagina.locator(".vzw-filter__afdruk").is_visible()
    finally:
        pagina.emulate_media(media="screen")
    # Op het scherm staat de afdrukregel nooit (daar is het formulier).
    pagina.select_option("select[name=vorm]", "vzw")
    assert not pagina.locator(".vzw-filter__afdruk").is_visible()


# ---------------------------------------------------------------------------
# De gebouwde site
# ---------------------------------------------------------------------------


def test_sociale_kaart_afdrukken_gefilterd(server, pagina):
    pagina.goto(server.url("sociale-kaart/antwerpen/?gemeente=antwerpen"), wait_until="load")
    pagina.wait_for_selector("[data-vzw-filter][data-vzw-klaar]")
    scherm = pagina.eval_on_selector_all(".vzw-sociale-kaart .vzw-kaart", "es => es.filter(e => !e.closest('[hidden]')).length")
    totaal = pagina.locator(".vzw-sociale-kaart .vzw-kaart").count()
    assert 0 < scherm < totaal
    pagina.emulate_media(media="print")
    try:
        papier = pagina.eval_on_selector_all(".vzw-sociale-kaart .vzw-kaart", "es => es.filter(e => e.getClientRects().length).length")
        assert papier == scherm
        assert pagina.locator(".vzw-filter__afdruk").text_content().startswith(
            "Gefilterde lijst (Gemeente: Antwerpen): ")
    finally:
        pagina.emulate_media(media="screen")


def test_afdrukpagina_voor_de_pdf_toont_alle_initiatieven(server, pagina):
    pagina.goto(server.url("print_page/?provincie=limburg&actief=ja"), wait_until="load")
    pagina.emulate_media(media="print")
    try:
        kaarten = pagina.locator("#print-site-page .vzw-initiatief")
        assert kaarten.count() > 0
        assert pagina.eval_on_selector_all("#print-site-page .vzw-initiatief",
                                           "es => es.filter(e => !e.getClientRects().length).length") == 0
        assert pagina.locator("#print-site-page .vzw-filter__afdruk:visible").count() == 0
    finally:
        pagina.emulate_media(media="screen")


@pytest.mark.parametrize("schema", ["licht", "donker"])
def test_axe_met_filters_en_meldingen(server, contexten, schema):
    """Vinkje, melding over een onbekende keuze en de regel over heel Vlaanderen: zonder schendingen."""
    if not AXE_JS.exists():
        pytest.fail("node_modules/axe-core ontbreekt: voer eerst `npm ci --omit=dev` uit", pytrace=False)
    pagina = contexten(schema, "telefoon")
    pagina.goto(server.url("sociale-kaart/brussel/?gemeente=brussel&actief=misschien"), wait_until="load")
    pagina.wait_for_selector("[data-vzw-filter][data-vzw-klaar]")
    assert pagina.locator(".vzw-filter__melding").is_visible()
    # de regel over heel Vlaanderen: op de pagina van een provincie een vaste zin met een link
    assert pagina.locator(".vzw-overal-kort").is_visible()
    # Via evaluate (DevTools) en niet als <script>: de Content-Security-Policy van de site weigert
    # terecht elk ingevoegd inline script.
    pagina.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    resultaat = pagina.evaluate("""() => axe.run(document, {runOnly: {type: 'tag', values:
        ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})""")
    fouten = [f"{v['id']}: {[n['target'] for n in v['nodes']][:5]}" for v in resultaat["violations"]]
    assert not fouten, fouten
    breedte = pagina.evaluate("document.documentElement.scrollWidth")
    assert breedte <= 375, f"zijwaarts scrollen op 375 px ({breedte} px)"
