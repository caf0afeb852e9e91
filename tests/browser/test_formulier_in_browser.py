"""Het bijdrageformulier in de browser (docs/toevoegen/: een keuzepagina en één formulier per soort;
docs/assets/javascripts/formulier.js meteen, formulier-controle.js pas als je begint in te vullen).

- invullen -> YAML -> achteraan in een kopie van de gegevensbestanden -> `python -m draaiboek.check`
  en de build aanvaarden het en tonen de kaart;
- een tabel met foute invoer: hetzelfde oordeel en een melding over hetzelfde veld in de browser
  en in Python (gegevens.controleer op de YAML die het formulier maakt);
- de links naar GitHub en de e-mail zijn goed gevormd en dragen het hele item;
- de voorbeeldkaart is tot op het teken dezelfde HTML als draaiboek/weergave.py maakt;
- "Klopt dit nog?" (?bewerk=<id>) vult het formulier en voegt een bevestiging toe;
- de oude adressen (/toevoegen/?bewerk=..., ?soort=praktijk, #pra-...) komen bij het juiste formulier;
- een formulierpagina weegt hoogstens 80 kB gzip; de rest laadt pas bij de eerste handeling.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
import yaml

from bouwhulp import ROOT, bouw, kopieer_project
from draaiboek import formulier, gegevens, weergave

VANDAAG = dt.date(2026, 11, 29)
JS_VANDAAG = "new Date(2026, 10, 29)"
SJABLONEN = ROOT / ".github" / "ISSUE_TEMPLATE"
PAGINA = {"initiatief": "toevoegen/initiatief/", "praktijk": "toevoegen/praktijkvoorbeeld/"}
# Wat een formulierpagina pas laadt bij de eerste handeling (formulier.js, data-bijladen).
BIJLADEN = ("formulier-controle.js", "formulier-schema-", "kaarten.css")


def _open(pagina, server, query: str = "", soort: str = "initiatief", volledig: bool = True):
    """Open het formulier; `volledig`: wacht ook tot de controle geladen is (die laadt anders pas
    bij de eerste handeling, en de tests hieronder lezen meteen na het invullen)."""
    fouten: list[str] = []
    pagina.on("pageerror", lambda e: fouten.append(str(e)))
    pagina.goto(server.url(PAGINA[soort] + query))
    # Altijd een functie, geen losse uitdrukking: die laatste evalueert Playwright bij het opnieuw
    # proberen met eval, wat de Content-Security-Policy van de site (terecht) weigert.
    pagina.wait_for_function("() => window.vzwFormulier && window.vzwFormulier.pagina")
    pagina.evaluate("() => window.vzwFormulier.klaar")
    if volledig:
        pagina.evaluate("() => window.vzwFormulier.pagina.laad()")
    return fouten


def _lees_yaml_item(tekst: str) -> dict:
    """Eén item, gelezen met de strenge lader van het project."""
    lader = gegevens._Lader(tekst)
    try:
        data = lader.get_single_data()
    finally:
        lader.dispose()
    assert isinstance(data, list) and len(data) == 1
    return json.loads(json.dumps(data[0]))


NIEUW_INITIATIEF = {
    "#ini-naam": "Woonhulp Proefstad <vzw> & co",
    "#ini-beschrijving": "Vrijwilligers zoeken samen met erkende vluchtelingen een huurwoning. Ze gaan mee "
                         "naar bezoeken: ook 's avonds. Een regel met # en : erin.",
    "#ini-gemeente": "Lier",
    "#ini-werkingsgebied": "regio Lier",
    "#ini-telefoon": "03 000 00 00",
    "#ini-email": "info@example.org",
    "#ini-bereikbaarheid": "di en do 14-17 u",
}


def _vul_initiatief(p):
    for sel, w in NIEUW_INITIATIEF.items():
        p.fill(sel, w)
    p.select_option("#ini-provincie", "Antwerpen")
    p.select_option("#ini-vorm", "feitelijke vereniging")
    p.check('[data-vzw-formulier=initiatief] input[name="ondersteuning"][value="zoeken"]')
    p.check('[data-vzw-formulier=initiatief] input[name="ondersteuning"][value="bezichtigen"]')
    p.fill("#ini-bronnen-1-titel", "Webpagina van het initiatief")
    p.fill("#ini-bronnen-1-url", "https://www.example.org/over-ons")
    p.fill("#ini-bronnen-1-datum", "z.d.")


def _vul_praktijk(p, initiatief_id: str):
    p.fill("#pra-titel", "Samen bellen naar verhuurders: \"één lijst\"")
    p.fill("#pra-samenvatting", "Vrijwilligers bellen verhuurders met een gedeelde lijst.")
    p.check('[data-vzw-formulier=praktijk] input[name="fasen"][value="opstarten"]')
    p.check('[data-vzw-formulier=praktijk] input[name="themas"][value="contact-verhuurders"]')
    p.fill("#pra-aanpak", "Een vaste groep zoekt elke week.\n\n  Ze noteren wie ze belden: #1, #2.\nTweede regel.")
    p.fill("#pra-wat-werkt", "Een gedeelde lijst.\n\nGeduld.")
    p.fill("#pra-valkuilen", "Het kost tijd.")
    p.select_option("#pra-provincie", "Heel Vlaanderen")
    p.select_option("#pra-initiatief", initiatief_id)
    p.fill("#pra-bronnen-1-titel", "Artikel over het voorbeeld")
    p.fill("#pra-bronnen-1-url", "https://www.example.org/artikel")
    p.fill("#pra-bronnen-1-datum", "2024-05")
    # Een tweede bron met het toetsenbord: de knop toevoegen, de focus gaat naar het nieuwe veld.
    p.focus('[data-vzw-formulier=praktijk] [data-lijst="bronnen"] [data-erbij]')
    p.keyboard.press("Enter")
    assert p.evaluate("document.activeElement.id") == "pra-bronnen-2-titel"
    p.keyboard.type("Tweede bron")
    p.keyboard.press("Tab")
    p.keyboard.type("https://www.example.org/tweede")
    p.keyboard.press("Tab")
    p.keyboard.type("2023")


def _controle(p) -> str:
    return p.locator("[data-controle-tel]").inner_text() + "\n" + p.locator("[data-controle]").inner_text()


def test_nieuw_initiatief_en_praktijkvoorbeeld_komen_door_check_en_build(browser, server, tmp_path):
    ctx = browser.new_context(viewport={"width": 375, "height": 812}, locale="nl-BE",
                              permissions=["clipboard-read", "clipboard-write"])
    p = ctx.new_page()
    fouten = _open(p, server)
    _vul_initiatief(p)
    assert "Alles klopt" in _controle(p), _controle(p)
    assert p.locator("[data-voorbeeld] article.vzw-initiatief h3").inner_text() == NIEUW_INITIATIEF["#ini-naam"]
    yaml_ini = p.locator("[data-yaml]").input_value()
    p.click("[data-kopieer]")
    p.wait_for_function("() => document.querySelector('[data-gekopieerd]').textContent.length > 0")
    assert p.evaluate("navigator.clipboard.readText()") == yaml_ini
    assert p.evaluate("document.documentElement.scrollWidth") <= 375, "opzij scrollen op 375 px"

    bestaand = gegevens.laad(ROOT).initiatieven[0]
    fouten += _open(p, server, soort="praktijk")
    _vul_praktijk(p, bestaand.id)
    assert "Alles klopt" in _controle(p), _controle(p)
    yaml_pra = p.locator("[data-yaml]").input_value()
    assert p.evaluate("document.documentElement.scrollWidth") <= 375
    assert not fouten
    ctx.close()

    ini = _lees_yaml_item(yaml_ini)
    pra = _lees_yaml_item(yaml_pra)
    assert ini["naam"] == NIEUW_INITIATIEF["#ini-naam"] and ini["id"] == "woonhulp-proefstad-vzw-co"
    assert ini["ondersteuning"] == ["zoeken", "bezichtigen"]
    assert pra["aanpak"] == "Een vaste groep zoekt elke week.\n\n  Ze noteren wie ze belden: #1, #2.\nTweede regel."
    assert pra["wat_werkt"] == ["Een gedeelde lijst.", "Geduld."]
    assert [b["datum"] for b in pra["bronnen"]] == ["2024-05", "2023"]
    assert pra["initiatief"] == bestaand.id

    project = kopieer_project(tmp_path / "project")
    for bestand, tekst in [(gegevens.INITIATIEVEN_BESTAND, yaml_ini), (gegevens.PRAKTIJKEN_BESTAND, yaml_pra)]:
        pad = project / bestand
        pad.write_text(pad.read_text(encoding="utf-8").rstrip("\n") + "\n\n" + tekst, encoding="utf-8")
    check = subprocess.run([sys.executable, "-m", "draaiboek.check"], cwd=project, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    build = bouw(project, tmp_path / "site")
    assert build.returncode == 0, build.uitvoer[-3000:]
    kaart = build.html("sociale-kaart/antwerpen.md")  # de pagina van de gekozen provincie
    assert 'id="initiatief-woonhulp-proefstad-vzw-co"' in kaart
    assert "Woonhulp Proefstad &lt;vzw&gt; &amp; co" in kaart
    from draaiboek.catalogus import DELEN
    catalogus = "".join(build.html(d.bestand) for d in DELEN)  # de volledige kaarten op de deelpagina's
    m = re.search(r'<article class="vzw-kaart vzw-praktijk".*?id="praktijk-samen-bellen-naar-verhuurders-een-lijst".*?</article>',
                  catalogus, re.S)
    assert m and "Samen bellen naar verhuurders: &quot;één lijst&quot;" in m.group(0)


# ---------------------------------------------------------------------------
# Foute invoer: browser en Python geven hetzelfde oordeel over hetzelfde veld
# ---------------------------------------------------------------------------

GOED_INI = {
    "id": "proef-initiatief", "naam": "Proef", "beschrijving": "Helpt zoeken.", "gemeente": "Gent",
    "provincie": "Oost-Vlaanderen", "werkingsgebied": "Gent", "vorm": "vzw", "ondersteuning": ["zoeken"],
    "website": "https://www.example.org/",
    "bronnen": [{"titel": "Bron", "url": "https://www.example.org/a", "datum": "2024"}],
    "laatst_nagekeken": "2026-11-20",
}
GOED_PRA = {
    "id": "proef-praktijk", "titel": "Proef", "samenvatting": "Kort.", "fasen": ["opstarten"],
    "themas": ["samenwerking"], "aanpak": "Zo.", "wat_werkt": ["Dit."], "valkuilen": ["Dat."],
    "bronnen": [{"titel": "Bron", "url": "https://www.example.org/a", "datum": "z.d."}],
    "laatst_nagekeken": "2026-11-20",
}


def _zonder(d, sleutel):
    return {k: v for k, v in d.items() if k != sleutel}


FOUT = [
    ("initiatief", GOED_INI),
    ("praktijk", GOED_PRA),
    ("initiatief", _zonder(GOED_INI, "naam")),
    ("initiatief", {**GOED_INI, "id": "Met Hoofdletters"}),
    ("initiatief", {**GOED_INI, "id": "actie-20-voor-20-kortrijk"}),
    ("initiatief", {**GOED_INI, "website": "http://www.example.org"}),
    ("initiatief", {**GOED_INI, "website": "https://gebruiker@www.example.org"}),
    ("initiatief", {**GOED_INI, "website": "https://192.168.0.1/"}),
    ("initiatief", {**GOED_INI, "website": "https://localhost/"}),
    ("initiatief", {**GOED_INI, "email": "info@voorbeeld"}),
    ("initiatief", {**GOED_INI, "email": "info@example.org?cc=x@y.be"}),
    ("initiatief", {**GOED_INI, "telefoon": "bel ons"}),
    ("initiatief", {**GOED_INI, "beschrijving": "x" * 601}),
    ("initiatief", {**GOED_INI, "beschrijving": "\u200b\u200b"}),
    ("initiatief", {**GOED_INI, "naam": "Proef \u202e gevaarlijk"}),
    ("initiatief", {**GOED_INI, "ondersteuning": []}),
    ("initiatief", {**GOED_INI, "laatst_nagekeken": "2026-02-30"}),
    ("initiatief", {**GOED_INI, "laatst_nagekeken": "2027-01-01"}),
    ("initiatief", {**GOED_INI, "laatst_nagekeken": "1985-01-01"}),
    ("initiatief", {**GOED_INI, "laatst_nagekeken": "29/11/2026"}),
    ("initiatief", {**GOED_INI, "bronnen": [{"titel": "Bron", "url": "https://www.example.org/a", "datum": "2024-13"}]}),
    ("initiatief", {**GOED_INI, "bronnen": [{"titel": "Bron", "url": "https://www.example.org/a", "datum": "1850"}]}),
    ("initiatief", {**GOED_INI, "bronnen": [{"titel": "Bron", "datum": "2024"}]}),
    ("initiatief", {**GOED_INI, "bronnen": [{"titel": "Bron", "url": "javascript:alert(1)", "datum": "2024"}]}),
    ("initiatief", {**GOED_INI, "bevestigd": [{"datum": "2026-12", "hoe": "Agenda.", "url": "https://www.example.org/"}]}),
    ("initiatief", {**GOED_INI, "bevestigd": [{"datum": "z.d.", "hoe": "Agenda.", "url": "https://www.example.org/"}]}),
    ("initiatief", {**GOED_INI, "gestopt": {"datum": "2021", "hoe": "Gestopt.", "url": "https://a\\b.example.org/"}}),
    ("praktijk", {**GOED_PRA, "fasen": ["start"]}),
    ("praktijk", {**GOED_PRA, "initiatief": "bestaat-niet"}),
    ("praktijk", {**GOED_PRA, "themas": ["samenwerking", "samenwerking"]}),
    ("praktijk", {**GOED_PRA, "aanpak": "a" * 3001}),
    ("praktijk", {**GOED_PRA, "wat_werkt": ["   "]}),
    ("praktijk", _zonder(GOED_PRA, "valkuilen")),
]


def _velden(teksten: list[str]) -> set[tuple]:
    """Over welk veld een melding gaat, uit de tekst (zelfde woorden in browser en Python)."""
    uit = set()
    for t in teksten:
        m = (re.search(r'veld "(\w+)" van bron (\d+)', t) or re.search(r'veld "(\w+)" ontbreekt in bron (\d+)', t))
        if m:
            uit.add(("bronnen", int(m.group(2)) - 1, m.group(1)))
            continue
        m = re.search(r'veld "(\w+)" (?:van|ontbreekt in) bevestiging (\d+)', t)
        if m:
            uit.add(("bevestigd", int(m.group(2)) - 1, m.group(1)))
            continue
        m = re.search(r'veld "(\w+)" van "gestopt"', t)
        if m:
            uit.add(("gestopt", m.group(1)))
            continue
        m = re.search(r'veld "(\w+)"', t)
        uit.add((m.group(1),) if m else ("?", t))
    return uit


def _python_meldingen(tmp_path: Path, soort: str, yaml_tekst: str) -> list[str]:
    basis = tmp_path / f"p{len(list(tmp_path.iterdir()))}"
    (basis / "data").mkdir(parents=True)
    for naam in ("initiatives.yaml", "practices.yaml", "initiatives.schema.json", "practices.schema.json"):
        shutil.copy(ROOT / "data" / naam, basis / "data" / naam)
    bestand = formulier.SOORTEN[soort]["bestand"]
    oud = (basis / bestand).read_text(encoding="utf-8").rstrip("\n") + "\n\n"
    begin = oud.count("\n") + 1
    (basis / bestand).write_text(oud + yaml_tekst, encoding="utf-8")
    _, meldingen = gegevens.controleer(basis, vandaag=VANDAAG)
    return [m.tekst for m in meldingen if m.bestand == bestand and m.regel >= begin]


@pytest.fixture(scope="module")
def formulierpaginas(browser, server):
    """Beide formulieren, elk op zijn eigen pagina met zijn eigen schemacontrole."""
    ctx = browser.new_context(locale="nl-BE")
    paginas = {}
    for soort in PAGINA:
        paginas[soort] = ctx.new_page()
        _open(paginas[soort], server, soort=soort)
    yield paginas
    ctx.close()


@pytest.mark.parametrize("nr", range(len(FOUT)))
def test_foute_invoer_zelfde_oordeel_in_browser_en_python(formulierpaginas, tmp_path, nr):
    soort, item = FOUT[nr]
    p = formulierpaginas[soort]
    uit = p.evaluate(
        f"""([soort, item]) => {{
            const F = window.vzwFormulier.pagina.formulieren[soort];
            const ctx = Object.assign(F.context(), {{vandaag: {JS_VANDAAG}, bewerkId: null}});
            return {{meldingen: window.vzwFormulier.controleer(soort, item, ctx),
                     yaml: window.vzwFormulier.naarYaml(item)}};
        }}""", [soort, item])
    js = [m["tekst"] for m in uit["meldingen"]]
    assert _lees_yaml_item(uit["yaml"]) == item, "de YAML van het formulier leest terug als hetzelfde item"
    py = _python_meldingen(tmp_path, soort, uit["yaml"])
    assert bool(js) == bool(py), f"browser: {js}\npython: {py}"
    assert _velden(js) == _velden(py), f"browser: {js}\npython: {py}"


# ---------------------------------------------------------------------------
# GitHub-issue en e-mail
# ---------------------------------------------------------------------------


def test_issue_en_email_dragen_het_hele_item(pagina, server):
    _open(pagina, server)
    _vul_initiatief(pagina)
    yaml_tekst = pagina.locator("[data-yaml]").input_value()
    item = _lees_yaml_item(yaml_tekst)

    issue = pagina.locator("[data-issue-link]").get_attribute("href")
    delen = urlsplit(issue)
    assert (delen.scheme, delen.netloc) == ("https", "github.com")
    assert re.fullmatch(r"/[\w-]+/[\w-]+/issues/new", delen.path)
    q = parse_qs(delen.query, strict_parsing=True)
    assert all(len(v) == 1 for v in q.values())
    q = {k: v[0] for k, v in q.items()}
    sjabloon = yaml.safe_load((SJABLONEN / q["template"]).read_text(encoding="utf-8"))
    tekstvelden = {b["id"] for b in sjabloon["body"] if b["type"] in {"input", "textarea"}}
    assert set(q) - {"template", "title"} <= tekstvelden, "alleen tekstvelden van het issueformulier"
    assert q["title"].startswith(sjabloon["title"])
    assert _lees_yaml_item(q["yaml"]) == item
    assert q["naam"] == item["naam"] and q["telefoon"] == item["telefoon"]

    mail = pagina.locator("[data-mail-link]").get_attribute("href")
    assert mail.startswith("mailto:")
    adres, _, query = mail[len("mailto:"):].partition("?")
    assert adres == formulier.REDACTIE_EMAIL_PLAATSHOUDER
    # Zonder echt adres van de redactie staat de e-mailknop er niet: een mail zou terugkomen.
    assert not pagina.locator("[data-mail-link]").is_visible()
    assert "nog niet bekend" in pagina.locator("[data-klaar-uitleg]").inner_text()
    mq = parse_qs(query, strict_parsing=True)
    body = mq["body"][0]
    assert "\r\n" in body and item["naam"] in mq["subject"][0]
    blok = re.search(r"--- begin YAML ---\r\n(.*)\r\n--- einde YAML ---", body, re.S).group(1)
    assert _lees_yaml_item(blok.replace("\r\n", "\n") + "\n") == item
    # Nooit + voor een spatie in mailto (RFC 6068): mailprogramma's tonen dat letterlijk.
    assert "+" not in query and unquote(query).count("\n") >= 5


def test_niets_vertrekt_zonder_klik(browser, server):
    ctx = browser.new_context()
    p = ctx.new_page()
    verzoeken = []
    p.on("request", lambda r: verzoeken.append(r.url))
    _open(p, server)
    _vul_initiatief(p)
    p.wait_for_timeout(300)
    ctx.close()
    vreemd = [u for u in verzoeken if not u.startswith(server.origin)]
    assert not vreemd, vreemd
    assert not any("initiatieven.json" in u for u in verzoeken), "de JSON laadt alleen bij ?bewerk="


# ---------------------------------------------------------------------------
# Voorbeeldkaart = kaart van de site
# ---------------------------------------------------------------------------


def test_voorbeeldkaart_is_dezelfde_html_als_de_site(formulierpaginas):
    data = gegevens.laad(ROOT)
    ini_namen = {i.id: i.naam for i in data.initiatieven}
    initiatieven = [formulier._als_yaml_waarde(i) for i in data.initiatieven]
    praktijken = [formulier._als_yaml_waarde(x) for x in data.praktijken]
    kaarten = {}
    for soort, lijst, functie in [("initiatief", initiatieven, "initiatiefKaart"), ("praktijk", praktijken, "praktijkKaart")]:
        kaarten[soort] = formulierpaginas[soort].evaluate(
            f"""([lijst, namen]) => {{
                const api = window.vzwFormulier, F = api.pagina.formulieren.{soort};
                F.instellingen();
                const o = {{labels: F.labels, niveau: 3, ankers: true, vandaag: {JS_VANDAAG},
                    kaartUrl: "../sociale-kaart/", catalogusUrl: "../praktijkvoorbeelden/",
                    formulierUrl: "../toevoegen/initiatief/", meewerkenUrl: "../meewerken/", initiatieven: namen, praktijken: []}};
                return lijst.map(x => api.{functie}(x, o));
            }}""", [lijst, ini_namen])
    for i, html in zip(data.initiatieven, kaarten["initiatief"]):
        py = weergave.initiatief_kaart(i, 3, ankers=True, praktijken={}, catalogus_url="../praktijkvoorbeelden/",
                                       kaart_url="../sociale-kaart/", vandaag=VANDAAG, formulier_url="../toevoegen/initiatief/",
                                       meewerken_url="../meewerken/")
        assert html == py, i.id
    for x, html in zip(data.praktijken, kaarten["praktijk"]):
        py = weergave.praktijk_kaart(x, 3, ankers=True, volledig=True, kaart_url="../sociale-kaart/",
                                     initiatieven=data.initiatief_per_id)
        assert html == py, x.id


# ---------------------------------------------------------------------------
# Klopt dit nog?
# ---------------------------------------------------------------------------


def test_klopt_dit_nog_vult_het_formulier_en_voegt_een_bevestiging_toe(pagina, server, tmp_path):
    data = gegevens.laad(ROOT)
    i = next(x for x in data.initiatieven if x.website and not x.gestopt)
    _open(pagina, server, f"?bewerk={i.id}")
    assert pagina.locator("#ini-naam").input_value() == i.naam
    assert pagina.locator("#ini-id").evaluate("el => el.readOnly")
    assert "Alles klopt" in _controle(pagina), _controle(pagina)
    item = _lees_yaml_item(pagina.locator("[data-yaml]").input_value())
    vandaag = pagina.evaluate("(() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; })()")
    nieuw = item["bevestigd"][-1]
    assert nieuw == {"datum": "%04d-%02d-%02d" % tuple(vandaag), "hoe": "bevestigd door het initiatief via het formulier",
                     "url": i.website}
    assert len(item["bevestigd"]) == len(i.bevestigd) + 1
    # Het item vervangt het oude in het gegevensbestand: de controle aanvaardt het en de kaart wordt actief.
    bestand = ROOT / gegevens.INITIATIEVEN_BESTAND
    ruw = gegevens.lees_bestand(bestand, gegevens.INITIATIEVEN_BESTAND, "initiatives", ROOT / "data/initiatives.schema.json")
    regels = bestand.read_text(encoding="utf-8").split("\n")
    n = next(k for k, x in enumerate(ruw.data) if x["id"] == i.id)
    eind = ruw.data[n + 1].regel - 1 if n + 1 < len(ruw.data) else len(regels)
    nieuw_bestand = "\n".join(regels[: ruw.data[n].regel - 1]) + "\n" + pagina.locator("[data-yaml]").input_value() + \
        "\n" + "\n".join(regels[eind:])
    basis = tmp_path / "p"
    (basis / "data").mkdir(parents=True)
    for naam in ("practices.yaml", "initiatives.schema.json", "practices.schema.json"):
        shutil.copy(ROOT / "data" / naam, basis / "data" / naam)
    (basis / gegevens.INITIATIEVEN_BESTAND).write_text(nieuw_bestand, encoding="utf-8")
    vandaag_d = dt.date(*vandaag)
    gevonden, meldingen = gegevens.controleer(basis, vandaag=vandaag_d)
    assert not meldingen, [str(m) for m in meldingen]
    nieuw_i = next(x for x in gevonden.initiatieven if x.id == i.id)
    assert gegevens.afgeleide_status(nieuw_i, vandaag_d).code == "actief"


def test_onbekende_id_bij_bewerken_geeft_uitleg(pagina, server):
    _open(pagina, server, "?bewerk=bestaat-zeker-niet")
    tekst = pagina.locator("[data-vzw-formulier=initiatief] [data-bewerkt]").inner_text()
    assert "bestaat-zeker-niet" in tekst and not pagina.locator("#ini-id").evaluate("el => el.readOnly")


# ---------------------------------------------------------------------------
# Toegankelijkheid van het ingevulde formulier (test_axe.py ziet alleen de lege pagina)
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("breedte", ["telefoon", "desktop"])
@pytest.mark.parametrize("schema", ["licht", "donker"])
@pytest.mark.parametrize("soort", list(PAGINA))
def test_axe_ingevuld_met_fouten_en_met_voorbeeldkaart(contexten, server, soort, schema, breedte):
    from browserhulp import AXE_JS
    from test_axe import _axe_opties, _rapport

    if not AXE_JS.exists():
        pytest.fail("node_modules/axe-core ontbreekt: voer eerst `npm ci` uit", pytrace=False)
    p = contexten(schema, breedte)
    data = gegevens.laad(ROOT)
    if soort == "initiatief":
        i = next(x for x in data.initiatieven if x.website and not x.gestopt)
        _open(p, server, f"?bewerk={i.id}")
        kort, naam, adres, daarna = "ini", "naam", "website", "gemeente"
    else:
        _open(p, server, soort="praktijk")
        _vul_praktijk(p, data.initiatieven[0].id)
        kort, naam, adres, daarna = "pra", "titel", "bronnen-1-url", "samenvatting"
    assert "Alles klopt" in _controle(p), _controle(p)
    p.evaluate(AXE_JS.read_text(encoding="utf-8"))
    schendingen = {}
    uit = p.evaluate("opties => axe.run(document, opties)", _axe_opties())
    if uit["violations"]:
        schendingen["ingevuld"] = uit["violations"]
    # Nu met fouten: een leeg verplicht veld en een ongeldig adres, na het verlaten van het veld.
    p.fill(f"#{kort}-{naam}", "")
    p.fill(f"#{kort}-{adres}", "http://voorbeeld")
    p.focus(f"#{kort}-{daarna}")
    assert p.locator(f"#{kort}-{naam}-fout").is_visible() and p.locator(f"#{kort}-{adres}-fout").is_visible()
    p.wait_for_timeout(800)  # de knop "terug naar boven" van het thema verschijnt met een overgang
    uit = p.evaluate("opties => axe.run(document, opties)", _axe_opties())
    if uit["violations"]:
        schendingen["met fouten"] = uit["violations"]
    breed = p.evaluate("document.documentElement.scrollWidth")
    assert breed <= p.viewport_size["width"], f"opzij scrollen: {breed} px"
    assert not schendingen, _rapport(schendingen)


# ---------------------------------------------------------------------------
# De weg naar het formulier: kaarten, potlood, Meewerken, CONTRIBUTING
# ---------------------------------------------------------------------------


def test_elke_initiatiefkaart_heeft_klopt_dit_nog(site_map):
    kaarten = []
    for deel in ("antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant", "west-vlaanderen", "brussel",
                 "heel-vlaanderen"):  # de sociale kaart: een pagina per provincie
        html = (site_map / "sociale-kaart" / deel / "index.html").read_text(encoding="utf-8")
        kaarten += re.findall(r'<article class="vzw-kaart vzw-initiatief".*?</article>', html, re.S)
    assert len(kaarten) == len(gegevens.laad(ROOT).initiatieven)
    for kaart in kaarten:
        ident = re.search(r'id="initiatief-([a-z0-9-]+)"', kaart).group(1)
        assert f'href="../../toevoegen/initiatief/?bewerk={ident}"' in kaart, ident


def test_potlood_van_catalogus_en_sociale_kaart_opent_het_gegevensbestand(site_map):
    from draaiboek import catalogus
    for pagina, bestand in [("sociale-kaart", "data/initiatives.yaml"), ("sociale-kaart/limburg", "data/initiatives.yaml"),
                            ("sociale-kaart/heel-vlaanderen", "data/initiatives.yaml"),
                            ("sociale-kaart/lokale-diensten", "data/diensten.yaml"),
                            ("praktijkvoorbeelden", "data/practices.yaml"),
                            *((f"praktijkvoorbeelden/{d.slug}", "data/practices.yaml") for d in catalogus.DELEN)]:
        html = (site_map / pagina / "index.html").read_text(encoding="utf-8")
        potlood = re.search(r'<a href="([^"]+)"[^>]*rel="edit"', html).group(1)
        assert potlood.endswith("/edit/main/" + bestand), potlood


def test_meewerken_begint_met_het_formulier_en_sjablonen_breken_af_met_kopieerknop(contexten, server):
    md = (ROOT / "docs" / "meewerken.md").read_text(encoding="utf-8")
    eerste = re.search(r"^## (.*)$", md, re.M).group(1)
    assert "Zonder Git" in eerste and "(toevoegen/index.md)" in md.split("\n## ")[1]
    contributing = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert "Zonder Git" in re.search(r"^## (.*)$", contributing, re.M).group(1)
    assert "/toevoegen/" in contributing.split("\n## ")[1]

    p = contexten("licht", "telefoon")
    p.goto(server.url("meewerken/"))
    blokken = p.locator(".md-content .highlight pre")
    assert blokken.count() >= 2
    for n in range(blokken.count()):
        blok = blokken.nth(n)
        assert blok.locator("code").evaluate("el => getComputedStyle(el).whiteSpace") == "pre-wrap"
        assert blok.evaluate("el => el.scrollWidth <= el.clientWidth + 1"), "het sjabloon schuift opzij"
        assert blok.locator("button.md-code__button[data-md-type=copy]").count() == 1, "geen kopieerknop bij het sjabloon"
    assert p.evaluate("document.documentElement.scrollWidth") <= 375


# ---------------------------------------------------------------------------
# Oude adressen en gewicht van de pagina's
# ---------------------------------------------------------------------------


def test_oude_adressen_komen_bij_het_juiste_formulier(pagina, server):
    i = gegevens.laad(ROOT).initiatieven[0]
    # "Klopt dit nog?" van voor de splitsing: /toevoegen/?bewerk=<id>
    pagina.goto(server.url(f"toevoegen/?bewerk={i.id}"))
    pagina.wait_for_url(f"**/toevoegen/initiatief/?bewerk={i.id}")
    pagina.wait_for_function("() => window.vzwFormulier && window.vzwFormulier.pagina")
    pagina.evaluate("() => window.vzwFormulier.klaar")
    assert pagina.locator("#ini-naam").input_value() == i.naam
    for oud, nieuw in [("toevoegen/?soort=praktijk", "toevoegen/praktijkvoorbeeld/?soort=praktijk"),
                       ("toevoegen/#pra-titel", "toevoegen/praktijkvoorbeeld/#pra-titel"),
                       ("toevoegen/#ini-website", "toevoegen/initiatief/#ini-website")]:
        pagina.goto(server.url(oud))
        pagina.wait_for_url("**/" + nieuw)
    # Zonder aanwijzing blijft de keuzepagina staan, met een link naar elk formulier.
    pagina.goto(server.url("toevoegen/"))
    pagina.wait_for_timeout(200)
    assert pagina.url == server.url("toevoegen/")
    assert pagina.locator('.md-content a[href="initiatief/"]').count() == 1
    assert pagina.locator('.md-content a[href="praktijkvoorbeeld/"]').count() == 1


@pytest.mark.parametrize("soort", list(PAGINA))
def test_formulierpagina_is_licht_en_laadt_de_rest_bij_de_eerste_handeling(browser, server, site_map, soort):
    sys.path.insert(0, str(ROOT / "bench"))
    import bench

    _ruw, gz = bench.paginagewicht(site_map, PAGINA[soort] + "index.html")
    assert gz <= 80 * 1024, f"{PAGINA[soort]} weegt {gz / 1024:.1f} kB gzip (HTML + gelinkte CSS en JS); hoogstens 80"
    ctx = browser.new_context(locale="nl-BE")
    p = ctx.new_page()
    verzoeken: list[str] = []
    p.on("request", lambda r: verzoeken.append(r.url))
    fouten = _open(p, server, soort=soort, volledig=False)
    p.wait_for_timeout(300)
    assert not [u for u in verzoeken if any(b in u for b in BIJLADEN)], "de controle laadt pas bij de eerste handeling"
    assert "Vul het formulier in" in _controle(p)
    # De eerste handeling: in een veld klikken en typen. Dan laadt de rest en werkt de controle.
    veld = "#ini-naam" if soort == "initiatief" else "#pra-titel"
    p.click(veld)
    p.keyboard.type("Proef")
    p.wait_for_function("() => window.vzwFormulier.pagina.volledig")
    p.wait_for_function("() => document.querySelector('[data-controle] li') !== null")
    assert "Nog " in _controle(p) and "punten om in orde te brengen" in _controle(p)
    for b in BIJLADEN:
        assert any(b in u for u in verzoeken), b
    assert f"formulier-schema-{soort}.min.js" in " ".join(verzoeken), "elk formulier laadt alleen zijn eigen schema"
    assert not fouten
    ctx.close()


def test_controle_die_niet_laadt_zegt_dat_in_gewone_woorden(browser, server):
    ctx = browser.new_context(locale="nl-BE")
    p = ctx.new_page()
    p.route("**/formulier-controle.js", lambda route: route.abort())
    fouten = _open(p, server, volledig=False)
    p.click("#ini-naam")
    p.keyboard.type("Proef")
    p.wait_for_function("() => document.querySelector('[data-controle-tel]').textContent.includes('kon niet laden')")
    assert "Herlaad de pagina" in _controle(p)
    assert not fouten, fouten
    ctx.close()
