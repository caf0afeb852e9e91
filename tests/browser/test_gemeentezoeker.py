"""De gemeentezoeker op de sociale kaart in een echte browser (Chromium via Playwright).

Typen en kiezen, alleen met het toetsenbord, op postcode, een gedeeld adres, de gegevens pas bij
gebruik, zonder JavaScript (de tabellen op de pagina's per provincie), de zoekfunctie van de site,
en axe-core met de zoeker in gebruik op 320, 375 en 1280 px.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest

from browserhulp import AXE_JS, open_zoeken
from draaiboek import diensten

ROOT = Path(__file__).resolve().parents[2]
PAD = "sociale-kaart/"
PROVINCIE_PAD = {"Antwerpen": "antwerpen", "Limburg": "limburg", "Oost-Vlaanderen": "oost-vlaanderen",
                 "Vlaams-Brabant": "vlaams-brabant", "West-Vlaanderen": "west-vlaanderen", "Brussel": "brussel"}


@pytest.fixture(scope="module")
def kaart():
    return diensten.laad(ROOT)


@pytest.fixture
def nieuw(browser):
    """Verse pagina's in eigen contexten (de zoeker verandert het adres en de toestand)."""
    contexten = []

    def maak(breedte: int = 1280, hoogte: int = 900, schema: str = "light", js: bool = True):
        ctx = browser.new_context(viewport={"width": breedte, "height": hoogte}, color_scheme=schema,
                                  locale="nl-BE", java_script_enabled=js, service_workers="block")
        ctx.set_default_timeout(15_000)
        contexten.append(ctx)
        pagina = ctx.new_page()
        fouten: list[str] = []
        pagina.on("pageerror", lambda e: fouten.append(str(e)))
        pagina.js_fouten = fouten
        return pagina

    yield maak
    for ctx in contexten:
        ctx.close()


def _open(pagina, server, query: str = ""):
    pagina.goto(server.url(PAD) + query, wait_until="load")


def _geladen(pagina):
    """De gegevens komen pas bij gebruik (een bestand naast de pagina); wacht tot ze er zijn."""
    pagina.wait_for_selector("[data-vzw-zoeker][data-vzw-geladen]", state="attached")


def _opties(pagina) -> list[str]:
    _geladen(pagina)
    pagina.wait_for_function("() => document.querySelector('#vzw-gemeente-opties').children.length > 0"
                             " || /Geen gemeente/.test(document.querySelector('.vzw-zoeker__status').textContent)")
    return pagina.eval_on_selector_all("#vzw-gemeente-opties [role=option]", "els => els.map(e => e.textContent)")


def _resultaat_koppen(pagina) -> list[str]:
    return pagina.eval_on_selector_all(
        ".vzw-resultaat h3, .vzw-resultaat h4, .vzw-resultaat h5", "els => els.map(e => e.tagName + ' ' + e.textContent)")


def _controleer_resultaat(pagina, kaart, naam: str, slug: str):
    titel = pagina.locator("#vzw-resultaat-titel")
    titel.wait_for()  # de gegevens komen pas bij gebruik (gemeenten.json): het resultaat volgt na het laden
    assert titel.is_visible()
    assert titel.inner_text() == f"Wie helpt in {naam}?"
    koppen = _resultaat_koppen(pagina)
    # De volgorde uit de opdracht: openbare diensten, heel Vlaanderen, initiatieven, praktijkvoorbeelden
    h4 = [k.split(" ", 1)[1] for k in koppen if k.startswith("H4")]
    assert h4[0] == f"Openbare diensten in {naam}"
    assert h4[1].startswith("Voor heel Vlaanderen")
    assert h4[2] == "Initiatieven"
    assert h4[3].startswith("Praktijkvoorbeelden uit")
    dts = pagina.eval_on_selector_all(".vzw-resultaat__diensten > dt", "els => els.map(e => e.textContent)")
    assert dts == [f"OCMW van {naam}", "Woonloket", "Woonmaatschappij", "CAW", "Huurdersbond"]
    # Elke lokale soort: de dienst met bron, of "nog niet gekend" met een link om aan te vullen
    g = kaart.gemeente_per_slug[slug]
    lokaal = kaart.lokaal(g)
    dds = pagina.locator(".vzw-resultaat__diensten > dd")
    for i, soort in enumerate(["woonloket", "woonmaatschappij", "caw", "huurdersbond"], start=1):
        tekst = dds.nth(i).inner_text()
        if lokaal[soort]:
            for d in lokaal[soort]:
                assert d.naam in tekst
        else:
            assert "Nog niet gekend" in tekst
            link = dds.nth(i).locator("a", has_text="Help aanvullen")
            href = link.get_attribute("href")
            assert "template=dienst.yml" in href and f"werkgebied={slug[:3]}".lower() in href.lower()
    vlaams = pagina.locator(".vzw-resultaat .vzw-diensten-kort").inner_text()
    for d in kaart.algemeen():
        assert d.naam in vlaams
    assert parse_qs(urlparse(pagina.url).query)["gemeente"] == [slug]


def test_typen_kiezen_en_de_diensten_zien(server, nieuw, kaart):
    pagina = nieuw()
    _open(pagina, server)
    invoer = pagina.locator("#vzw-gemeente")
    assert invoer.is_visible(), "met JavaScript verschijnt het zoekveld"
    invoer.press_sequentially("Hass", delay=20)
    assert _opties(pagina)[0].startswith("Hasselt")
    assert invoer.get_attribute("aria-expanded") == "true"
    pagina.locator("#vzw-gemeente-opties [role=option]").first.click()
    _controleer_resultaat(pagina, kaart, "Hasselt", "hasselt")
    assert invoer.get_attribute("aria-expanded") == "false"
    assert pagina.evaluate("document.activeElement.id") == "vzw-resultaat-titel"
    assert "Hasselt" in pagina.locator(".vzw-zoeker__status").inner_text()
    assert not pagina.js_fouten


def test_alleen_met_het_toetsenbord(server, nieuw, kaart):
    pagina = nieuw()
    _open(pagina, server)
    for _ in range(120):
        pagina.keyboard.press("Tab")
        if pagina.evaluate("document.activeElement && document.activeElement.id") == "vzw-gemeente":
            break
    else:
        pytest.fail("het zoekveld is niet met Tab te bereiken")
    pagina.keyboard.type("tongeren")
    invoer = pagina.locator("#vzw-gemeente")
    assert _opties(pagina)
    assert invoer.get_attribute("aria-expanded") == "true"
    pagina.keyboard.press("ArrowDown")
    actief = invoer.get_attribute("aria-activedescendant")
    assert actief and pagina.locator(f"#{actief}").get_attribute("aria-selected") == "true"
    assert pagina.locator(f"#{actief}").inner_text().startswith("Tongeren-Borgloon")
    pagina.keyboard.press("Enter")
    _controleer_resultaat(pagina, kaart, "Tongeren-Borgloon", "tongeren-borgloon")
    # Escape sluit de lijst, een tweede Escape wist het veld
    invoer.focus()
    invoer.fill("")
    pagina.keyboard.type("ge")
    assert invoer.get_attribute("aria-expanded") == "true"
    pagina.keyboard.press("Escape")
    assert invoer.get_attribute("aria-expanded") == "false"
    assert pagina.locator("#vzw-gemeente-opties").is_hidden()
    pagina.keyboard.press("Escape")
    assert invoer.input_value() == ""
    assert not pagina.js_fouten


def test_op_postcode(server, nieuw, kaart):
    pagina = nieuw()
    _open(pagina, server)
    invoer = pagina.locator("#vzw-gemeente")
    invoer.press_sequentially("3500", delay=20)
    opties = _opties(pagina)
    assert len(opties) == 1 and opties[0].startswith("Hasselt") and "3500" in opties[0]
    invoer.press("Enter")  # zonder pijltje: de knop Toon neemt de enige treffer
    _controleer_resultaat(pagina, kaart, "Hasselt", "hasselt")
    # Een postcode van twee gemeenten geeft beide
    invoer.fill("")
    invoer.press_sequentially("1050", delay=20)
    assert {o.split(" ")[0] for o in _opties(pagina)} == {"Brussel", "Elsene"}


@pytest.mark.parametrize("query, naam, slug", [
    ("?gemeente=pajottegem", "Pajottegem", "pajottegem"),
    ("?gemeente=3500", "Hasselt", "hasselt"),
    ("?gemeente=Sint-Jans-Molenbeek", "Sint-Jans-Molenbeek", "sint-jans-molenbeek"),
])
def test_gedeeld_adres(server, nieuw, kaart, query, naam, slug):
    pagina = nieuw(375, 812)
    _open(pagina, server, query)
    _controleer_resultaat(pagina, kaart, naam, slug)
    assert pagina.locator("#vzw-gemeente").input_value() == naam


def test_gedeeld_adres_met_onbekende_gemeente_zegt_het(server, nieuw):
    pagina = nieuw()
    _open(pagina, server, "?gemeente=kortessem")  # sinds 2025 deel van Hasselt
    status = pagina.locator(".vzw-zoeker__status")
    assert status.is_visible() and "kennen we niet" in status.inner_text()
    assert pagina.locator(".vzw-resultaat").count() == 0


def test_gegevens_pas_bij_gebruik(server, nieuw):
    """Wie de pagina alleen opent, haalt de gegevens van de zoeker niet op; wie het veld gebruikt wel."""
    pagina = nieuw()
    verzoeken: list[str] = []
    pagina.on("request", lambda r: verzoeken.append(r.url))
    _open(pagina, server)
    pagina.wait_for_timeout(300)
    assert not [u for u in verzoeken if u.endswith("gemeenten.json")]
    assert pagina.locator("[data-vzw-zoeker][data-vzw-geladen]").count() == 0
    pagina.locator("#vzw-gemeente").focus()
    _geladen(pagina)
    assert [u for u in verzoeken if u.endswith("/sociale-kaart/gemeenten.json")]
    assert not pagina.js_fouten


def test_zonder_javascript_een_tabel_per_provincie(server, nieuw, kaart):
    pagina = nieuw(js=False)
    _open(pagina, server)
    assert pagina.locator(".vzw-zoeker__form").is_hidden()
    assert "Zonder JavaScript" in pagina.locator(".vzw-zoeker__zonder-js").inner_text()
    # Het overzicht linkt naar elke provincie; daar staat elke gemeente in één tabel, open.
    totaal = 0
    for provincie, pad in PROVINCIE_PAD.items():
        assert pagina.locator(f'.vzw-provincies a[href="{pad}/"]').count() == 1
    for provincie, pad in PROVINCIE_PAD.items():
        pagina.goto(server.url(f"{PAD}{pad}/"), wait_until="load")
        rijen = pagina.locator("table.vzw-gemeenten tbody tr")
        verwacht = [g for g in kaart.gemeenten if g.provincie == provincie]
        assert rijen.count() == len(verwacht), provincie
        totaal += rijen.count()
        if provincie == "Limburg":
            rij = pagina.locator("tr:has(#gemeente-hasselt)")
            assert rij.is_visible() and "3500" in rij.inner_text()
            assert rij.locator("td").count() == 5
    assert totaal == len(kaart.gemeenten)


ZOEKVRAGEN = {
    "Hasselt": ("limburg", "gemeente-hasselt"),
    "3500": ("limburg", "gemeente-hasselt"),
    "Gent": ("oost-vlaanderen", "gemeente-gent"),
    "9000": ("oost-vlaanderen", "gemeente-gent"),
    "Antwerpen": ("antwerpen", "gemeente-antwerpen"),
    "Pajottegem": ("vlaams-brabant", "gemeente-pajottegem"),
    "Ixelles": ("brussel", "gemeente-elsene"),
}


def _eerste_treffer(pagina, origin: str, vraag: str) -> str:
    pagina.goto(origin + "/", wait_until="load")
    open_zoeken(pagina)
    pagina.locator("input.md-search__input").press_sequentially(vraag, delay=20)
    pagina.wait_for_function(
        "() => { const m = document.querySelector('.md-search-result__meta');"
        " return m && /overeenkomend|Geen overeenkomende/.test(m.textContent); }")
    pagina.wait_for_timeout(300)
    # Material groepeert per pagina; de eerste link met een anker is de beste sectie.
    hrefs = pagina.eval_on_selector_all(".md-search-result__list a.md-search-result__link",
                                        "els => els.map(a => a.getAttribute('href'))")
    met_anker = [h for h in hrefs if "#" in h]
    assert met_anker, f"{vraag!r}: geen sectie gevonden ({hrefs[:4]})"
    return met_anker[0]


@pytest.mark.parametrize("vraag", list(ZOEKVRAGEN))
def test_zoekfunctie_landt_op_de_gemeente(server, contexten, vraag):
    pagina = contexten("licht", "desktop")
    href = _eerste_treffer(pagina, server.origin, vraag)
    provincie, anker = ZOEKVRAGEN[vraag]
    assert urlparse(href).path.endswith(f"/{PAD}{provincie}/") and urlparse(href).fragment == anker, href


def test_zoekresultaat_toont_de_rij_op_de_pagina_van_de_provincie(server, nieuw):
    pagina = nieuw()
    href = _eerste_treffer(pagina, server.origin, "Hasselt")
    pagina.locator(f'.md-search-result__list a.md-search-result__link[href="{href}"]').click()
    pagina.wait_for_url("**/sociale-kaart/limburg/**")
    kop = pagina.locator("#gemeente-hasselt")
    kop.wait_for(state="visible")
    assert kop.is_visible() and kop.evaluate("el => el.getBoundingClientRect().top >= 0")


@pytest.mark.parametrize("breedte", [320, 375, 1280])
@pytest.mark.parametrize("schema", ["light", "dark"])
def test_axe_en_geen_zijwaarts_scrollen_met_de_zoeker_in_gebruik(server, nieuw, breedte, schema):
    if not AXE_JS.exists():
        pytest.fail("node_modules/axe-core/axe.min.js ontbreekt: voer eerst `npm ci` uit", pytrace=False)
    pagina = nieuw(breedte, 800, schema)
    _open(pagina, server, "?gemeente=hasselt")
    pagina.locator("#vzw-resultaat-titel").wait_for()
    # De keuzelijst open: alles wat de zoeker kan tonen (de tabellen staan op de pagina's per provincie)
    pagina.locator("#vzw-gemeente").fill("")
    pagina.locator("#vzw-gemeente").press_sequentially("sint", delay=10)
    pagina.keyboard.press("ArrowDown")
    # Niets van de zoeker steekt buiten het scherm (de brede tabellen schuiven binnen hun eigen,
    # focusbare gebied). De initiatiefkaarten verderop toetst de test van de sociale kaart.
    buiten = pagina.evaluate("""() => {
        const rand = window.innerWidth;
        const delen = document.querySelectorAll(
          '.vzw-zoeker, .vzw-zoeker *, .vzw-diensten-kort, .vzw-provincies');
        return [...delen].filter(el => !el.closest('.vzw-tabelwrap table') && el.getBoundingClientRect().right > rand + 1)
          .map(el => el.tagName + '.' + el.className).slice(0, 5);
    }""")
    assert not buiten, f"steekt zijwaarts buiten het scherm op {breedte} px: {buiten}"
    # Via evaluate (DevTools), niet als ingevoegd <script>: de Content-Security-Policy weert dat.
    pagina.evaluate(AXE_JS.read_text(encoding="utf-8") + "\n;undefined")
    opties = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
                                                   "best-practice"]}, "resultTypes": ["violations"]}
    resultaat = pagina.evaluate("o => axe.run(document, o)", opties)
    fouten = [f"{v['id']}: {v['help']} – " + "; ".join(" ".join(map(str, n['target'])) for n in v["nodes"][:5])
              for v in resultaat["violations"]]
    assert not fouten, "\n".join(fouten)
    if breedte < 720:
        # Op een telefoon schuift ook de tabel van een provincie niet opzij: elke gemeente is een
        # blokje, met de kop van elke kolom voor haar cel (gemeenten.css).
        pagina.goto(server.url(f"{PAD}limburg/"), wait_until="load")
        schuift = pagina.eval_on_selector_all(
            ".vzw-tabelwrap", "ws => ws.filter(w => w.scrollWidth > w.clientWidth + 1).length")
        assert schuift == 0, f"{schuift} tabellen schuiven opzij op {breedte} px"
        rij = pagina.locator("tr:has(#gemeente-hasselt)")
        assert "Huurdersbond: " in rij.locator("td").nth(4).evaluate(
            "td => getComputedStyle(td, '::before').content")
