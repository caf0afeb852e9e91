"""Praktijkvoorbeelden en sociale kaart in de gebouwde site, de afdrukpagina en de PDF.

Gebruikt de sessie-build uit conftest.py (`site`, `pdf_pad`); twee extra builds in een kopie
van het project controleren dat een fout in de gegevens of in een macro-aanroep de build laat
falen met een Nederlandse melding, en dat HTML/Jinja in een waarde letterlijk verschijnt.
"""
from __future__ import annotations

import collections
import datetime as dt
import html
import re

import pytest

from draaiboek import catalogus, gegevens, weergave
from draaiboek.gegevens import afgeleide_status


from bouwhulp import ROOT, bouw, kopieer_project, nav_paginas, sitemap_paden  # noqa: E402

CATALOGUS = catalogus.OVERZICHT  # het overzicht met filters en korte kaarten
DEELPAGINAS = [d.bestand for d in catalogus.DELEN]  # de volledige kaarten
KAART = "sociale-kaart/index.md"   # het overzicht; de kaarten staan op een pagina per provincie
KAART_PAGINAS = {"Antwerpen": "sociale-kaart/antwerpen.md", "Limburg": "sociale-kaart/limburg.md",
                 "Oost-Vlaanderen": "sociale-kaart/oost-vlaanderen.md",
                 "Vlaams-Brabant": "sociale-kaart/vlaams-brabant.md",
                 "West-Vlaanderen": "sociale-kaart/west-vlaanderen.md", "Brussel": "sociale-kaart/brussel.md",
                 "Heel Vlaanderen": "sociale-kaart/heel-vlaanderen.md"}


@pytest.fixture(scope="module")
def data():
    return gegevens.laad(ROOT)


def ids(html_tekst: str) -> list[str]:
    return re.findall(r'\sid="([^"]+)"', html_tekst)


def inhoud(html_tekst: str) -> str:
    """Alleen de inhoud van de pagina (zonder navigatie en zijbalken)."""
    # Gulzig tot de laatste </article>: kaarten in de inhoud zijn zelf ook <article>s.
    m = re.search(r'<article class="md-content__inner[^>]*>(.*)</article>\s*</div>', html_tekst, re.S)
    return m.group(1) if m else html_tekst


# ---------------------------------------------------------------------------
# Niets verloren: elk item precies één keer, op zijn pagina en op de afdrukpagina
# ---------------------------------------------------------------------------


def test_elk_praktijkvoorbeeld_een_keer_volledig_op_een_deelpagina_en_een_keer_kort_op_het_overzicht(site, data):
    teller = collections.Counter()
    volledig = 0
    for bestand in DEELPAGINAS:
        pagina = inhoud(site.html(bestand))
        teller.update(i for i in ids(pagina) if i.startswith("praktijk-"))
        volledig += pagina.count('class="vzw-kaart__details"')
        assert pagina.count('class="vzw-kaart vzw-praktijk"') == pagina.count('class="vzw-kaart__details"'), bestand
    assert teller == collections.Counter(f"praktijk-{p.id}" for p in data.praktijken)
    assert volledig == len(data.praktijken)
    overzicht = inhoud(site.html(CATALOGUS))
    assert overzicht.count('class="vzw-kaart vzw-praktijk"') == len(data.praktijken)
    assert "vzw-kaart__details" not in overzicht and not [i for i in ids(overzicht) if i.startswith("praktijk-")]
    for p in data.praktijken:
        deel = catalogus.deel_van(p).slug
        assert overzicht.count(f'<a href="{deel}/#praktijk-{p.id}">') == 1, p.id


def test_elk_initiatief_een_keer_op_de_sociale_kaart(site, data):
    """Elk initiatief precies één keer over de deelpagina's heen, op de pagina van zijn provincie;
    elke deelpagina heeft precies de initiatieven van haar provincie."""
    teller = collections.Counter()
    for provincie, bestand in KAART_PAGINAS.items():
        pagina = site.html(bestand)
        hier = {i[len("initiatief-"):] for i in ids(pagina) if i.startswith("initiatief-")}
        assert hier == {i.id for i in data.initiatieven if i.provincie == provincie}, provincie
        assert inhoud(pagina).count('class="vzw-kaart vzw-initiatief"') == len(hier), provincie
        teller.update(hier)
    assert all(n == 1 for n in teller.values()) and set(teller) == {i.id for i in data.initiatieven}
    assert 'class="vzw-kaart vzw-initiatief"' not in site.html(KAART)


def test_ankers_alleen_op_hun_eigen_pagina(site):
    for _, bestand in nav_paginas():
        pagina = site.html(bestand)
        if bestand not in DEELPAGINAS:
            assert not [i for i in ids(pagina) if i.startswith("praktijk-")], bestand
        if bestand not in KAART_PAGINAS.values():
            assert not [i for i in ids(pagina) if i.startswith("initiatief-")], bestand


def test_elk_item_een_keer_op_de_afdrukpagina(site, data):
    afdruk = site.afdrukpagina
    teller = collections.Counter(ids(afdruk))
    for p in data.praktijken:
        assert teller[f"praktijkvoorbeelden-praktijk-{p.id}"] == 1, p.id
    for i in data.initiatieven:
        assert teller[f"sociale-kaart-initiatief-{i.id}"] == 1, i.id
    assert afdruk.count('class="vzw-kaart vzw-praktijk"') >= len(data.praktijken)
    assert afdruk.count('class="vzw-kaart vzw-initiatief"') >= len(data.initiatieven)


def test_geen_dubbele_ids_op_enige_pagina(site):
    for pad in sorted(site.site.rglob("*.html")):
        teller = collections.Counter(ids(pad.read_text(encoding="utf-8")))
        dubbel = [k for k, n in teller.items() if n > 1]
        assert not dubbel, f"{pad.relative_to(site.site)}: {dubbel[:10]}"


def test_links_naar_kaarten_wijzen_naar_bestaande_ankers(site):
    afdruk = site.afdrukpagina
    bestaand = set(ids(afdruk))
    for doel in re.findall(r'href="#((?:praktijkvoorbeelden-praktijk|sociale-kaart-initiatief|'
                           r'sociale-kaart-kaart|praktijkvoorbeelden-praktijken)-[^"]+)"', afdruk):
        assert doel in bestaand, doel
    kaart = {bestand[len("sociale-kaart/"):-len(".md")]: set(ids(site.html(bestand)))
             for bestand in KAART_PAGINAS.values()}
    gecontroleerd = 0
    for _, bestand in nav_paginas():
        pagina = site.html(bestand)
        # Een link naar een initiatief gaat naar de deelpagina van zijn provincie (of op die pagina zelf)
        for deel, doel in re.findall(r'href="[./]*(?:sociale-kaart/)?([a-z-]*)/?#(initiatief-[^"]+)"', pagina):
            if not deel:
                deel = bestand[len("sociale-kaart/"):-len(".md")]
            assert deel in kaart and doel in kaart[deel], (bestand, deel, doel)
            gecontroleerd += 1
    assert gecontroleerd >= 19


def test_links_naar_een_praktijkvoorbeeld_landen_op_zijn_volledige_kaart(site, data):
    """Hoofdstukken, overzicht, sociale kaart en gemeentezoeker linken rechtstreeks naar de
    deelpagina met de kaart (niet via het oude anker op het overzicht)."""
    from urllib.parse import urljoin

    ids_per_pad: dict[str, set[str]] = {}
    gezien = collections.Counter()
    for pad in sorted(site.site.rglob("index.html")):
        rel = pad.relative_to(site.site).as_posix()
        if rel.startswith("print_page/"):
            continue
        basis = "https://x/" + rel
        for href, anker in re.findall(r'href="([^"#]*)#(praktijk-[^"]+)"', pad.read_text(encoding="utf-8")):
            doel = urljoin(basis, href or rel)[len("https://x/"):]
            doel = doel + "index.html" if doel.endswith("/") or not doel else doel
            if doel not in ids_per_pad:
                bestand = site.site / doel
                assert bestand.exists(), (rel, href)
                ids_per_pad[doel] = set(ids(bestand.read_text(encoding="utf-8")))
            assert anker in ids_per_pad[doel], (rel, href, anker)
            assert doel != "praktijkvoorbeelden/index.html", f"{rel}: {href}#{anker} gaat via het overzicht"
            gezien[rel] += 1
    # De hoofdstukken, het overzicht en de sociale kaart (de kaarten van de initiatieven) linken
    # voorbeelden. De gemeentezoeker haalt zijn links uit sociale-kaart/gemeenten.json
    # (tests/test_zoeker_site.py, test_links_uit_de_zoeker_wijzen_naar_bestaande_ankers).
    for rel in ("praktijkvoorbeelden/index.html", "sociale-kaart/antwerpen/index.html"):
        assert gezien[rel] > 0, rel
    assert [rel for rel in gezien if not rel.startswith(("praktijkvoorbeelden/", "sociale-kaart/"))], \
        "geen enkel hoofdstuk linkt naar een praktijkvoorbeeld"
    assert gezien["praktijkvoorbeelden/index.html"] == len(data.praktijken)


def test_oude_ankers_van_de_catalogus_leiden_naar_hun_deelpagina(site, data):
    """/praktijkvoorbeelden/#praktijk-<id> en #praktijken-<provincie> (van toen alles op één pagina
    stond) staan in de kaart van oude-ankers.js op het overzicht (draaiboek/deelpaginas.py)."""
    import json

    overzicht = site.html(CATALOGUS)
    m = re.search(r'<script src="\.\./assets/javascripts/oude-ankers\.js" data-vzw-ankers="([^"]*)"></script>',
                  overzicht)
    assert m, "het overzicht van de catalogus laadt oude-ankers.js niet"
    kaart = json.loads(html.unescape(m.group(1)))
    oud = {f"praktijk-{p.id}" for p in data.praktijken}
    oud |= {weergave.groep_anker(p.provincie) for p in data.praktijken}
    for anker in sorted(oud):
        assert anker in kaart, f"oud anker #{anker} leidt nergens heen"
        deel = kaart[anker]
        assert anker in ids(site.html(f"praktijkvoorbeelden/{deel.rstrip('/')}.md")), (anker, deel)
    for p in data.praktijken:
        assert kaart[f"praktijk-{p.id}"] == catalogus.deel_van(p).slug + "/"


def _gewicht(site_map, pagina: str) -> int:
    """HTML + gelinkte CSS en JS, elk bestand apart gzip -6 (zoals bench/bench.py paginagewicht)."""
    import gzip

    pad = site_map / pagina
    tekst = pad.read_text(encoding="utf-8")
    bestanden = [pad] + [(pad.parent / h).resolve() for h in
                         re.findall(r'<link rel="stylesheet" href="([^"]+)"|<script src="([^"]+)"', tekst)
                         for h in h if h]
    return sum(len(gzip.compress(b.read_bytes(), compresslevel=6)) for b in bestanden)


def test_overzicht_en_deelpaginas_van_de_catalogus_wegen_hoogstens_80_kb(site):
    """Issue 13. Een deelpagina die te zwaar wordt, vraagt een extra deel in draaiboek/catalogus.py."""
    for bestand in [CATALOGUS, *DEELPAGINAS]:
        pagina = bestand[: -len("index.md")] + "index.html" if bestand.endswith("index.md") \
            else bestand[: -len(".md")] + "/index.html"
        gewicht = _gewicht(site.site, pagina)
        assert gewicht <= 80 * 1024, f"{pagina}: {gewicht / 1024:.1f} kB gzip (hoogstens 80 kB)"


def test_elke_pagina_weegt_hoogstens_80_kb(site):
    """Issue 13: elke pagina uit sitemap.xml (de afdrukpagina staat er niet in) weegt zoals ze opent
    hoogstens 80 kB gzip: HTML plus de CSS en JS die ze linkt. Wat pas bij gebruik laadt (de
    gegevens van de gemeentezoeker, de controle van het formulier) en Materials zoekindex meet
    bench/bench.py apart."""
    paden = [pad + "index.html" for pad in sitemap_paden(site.site)]
    assert len(paden) > 50 and "print_page/index.html" not in paden
    gewichten = {pad: _gewicht(site.site, pad) for pad in paden}
    te_zwaar = {pad: g for pad, g in gewichten.items() if g > 80 * 1024}
    assert not te_zwaar, (
        "te zware pagina's (hoogstens 80 kB gzip):\n" + "\n".join(f"  /{p}: {g / 1024:.1f} kB" for p, g in te_zwaar.items())
        + "\nVoegde je een praktijkvoorbeeld of initiatief toe? Dan is je bijdrage in orde: de pagina is vol. "
        "Zeg het in je pull request; de redactie verdeelt de pagina. Voor de redactie: verdeel de lijst over "
        "deelpagina's (de catalogus: draaiboek/catalogus.py, DELEN), of laat de pagina minder CSS en JS "
        "laden (draaiboek/paginabestanden.py).")


def test_elk_item_staat_in_de_pdf(pdf_pad, data):
    from pypdf import PdfReader

    tekst = "".join(pagina.extract_text() or "" for pagina in PdfReader(str(pdf_pad)).pages)
    kaal = re.sub(r"\s+", "", tekst)
    ontbreekt = [p.titel for p in data.praktijken if re.sub(r"\s+", "", p.titel) not in kaal]
    ontbreekt += [i.naam for i in data.initiatieven if re.sub(r"\s+", "", i.naam) not in kaal]
    assert not ontbreekt, ontbreekt


# ---------------------------------------------------------------------------
# Vorm: koppen, filters, status
# ---------------------------------------------------------------------------


def test_koppenvolgorde_zonder_sprongen_op_elke_pagina_met_kaarten(site):
    for _, bestand in nav_paginas():
        pagina = inhoud(site.html(bestand))
        if "vzw-kaart" not in pagina:
            continue
        vorige = 0
        for niveau in (int(k) for k in re.findall(r"<h([1-6])[\s>]", pagina)):
            assert niveau <= vorige + 1, f"{bestand}: h{vorige} gevolgd door h{niveau}"
            vorige = niveau


def test_catalogus_en_kaart_hebben_verborgen_filters_en_statusregel(site, data):
    antwerpen = sum(1 for i in data.initiatieven if i.provincie == "Antwerpen")
    for bestand, velden, aantal, woord in (
        (CATALOGUS, ("fase", "thema", "provincie"), len(data.praktijken), "praktijkvoorbeelden"),
        (KAART_PAGINAS["Antwerpen"], ("gemeente", "vorm", "ondersteuning", "actief"), antwerpen, "initiatieven"),
    ):
        pagina = site.html(bestand)
        assert re.search(r'<form class="vzw-filter__form" hidden data-search-exclude', pagina), bestand
        for naam in velden:
            assert f'<select name="{naam}"' in pagina or f'<input type="checkbox" name="{naam}"' in pagina, \
                (bestand, naam)
        assert f'aria-live="polite" hidden data-search-exclude>{aantal} van {aantal} {woord}<' in pagina
        assert "filters.js" in pagina
    kaart = "".join(inhoud(site.html(b)) for b in KAART_PAGINAS.values())
    # de status is afgeleid op de builddatum: elke kaart toont er een, met de juiste code
    vandaag = dt.date.today()
    for i in data.initiatieven:
        assert f'id="initiatief-{i.id}"' in kaart, i.id
    codes = re.findall(r'class="vzw-status vzw-status--([a-z-]+)"', kaart)
    assert sorted(codes) == sorted(afgeleide_status(i, vandaag).code for i in data.initiatieven)


def test_aantallen_op_de_paginas(site, data):
    assert f"bevat {len(data.praktijken)} praktijkvoorbeelden" in site.html(CATALOGUS)
    assert f"Het zijn er {len(data.initiatieven)}." in site.html(KAART)


# ---------------------------------------------------------------------------
# Builds met aangepaste bestanden in een kopie van het project
# ---------------------------------------------------------------------------


def test_fout_in_de_gegevens_laat_de_build_falen(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "data" / "practices.yaml"
    tekst = pad.read_text(encoding="utf-8")
    regels = tekst.splitlines()
    nr = next(n for n, r in enumerate(regels, 1) if re.match(r"\s+fasen:\s*$", r))
    fase_regel = nr + 1
    assert re.match(r"\s+- (opstarten|bijsturen|evalueren)\s*$", regels[fase_regel - 1])
    regels[fase_regel - 1] = re.sub(r"- \w+", "- start", regels[fase_regel - 1])
    ident = next(re.match(r"- id: (\S+)", r).group(1) for r in reversed(regels[:nr]) if r.startswith("- id:"))
    pad.write_text("\n".join(regels) + "\n", encoding="utf-8")
    build = bouw(project, tmp_path / "site", pdf="uit")
    assert build.returncode != 0
    verwacht = (f'data/practices.yaml, regel {fase_regel}, praktijk "{ident}": veld "fasen" moet '
                '"opstarten", "bijsturen" of "evalueren" zijn, niet "start"')
    assert verwacht in build.uitvoer, build.uitvoer[-3000:]
    assert not (tmp_path / "site" / "praktijkvoorbeelden" / "index.html").exists()


def test_onbekende_fase_in_een_macro_laat_de_build_falen(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "docs" / "over-dit-draaiboek.md"
    pad.write_text(pad.read_text(encoding="utf-8") + '\n\n{{ praktijken(fase="start") }}\n', encoding="utf-8")
    build = bouw(project, tmp_path / "site", pdf="uit")
    assert build.returncode != 0
    assert 'onbekende fase "start"' in build.uitvoer, build.uitvoer[-3000:]
    assert "over-dit-draaiboek.md" in build.uitvoer


INJECTIE = """
- id: zzz-injectietest
  titel: "<script>alert('x')</script> {{ 7*7 }} {% if true %}ja{% endif %} | pijp"
  samenvatting: "<b>vet</b> en [link](javascript:alert(1))"
  fasen: [opstarten]
  themas: [woning-zoeken]
  aanpak: "{{ config.site_name }}"
  wat_werkt: ["<img src=x onerror=alert(1)>"]
  valkuilen: ["*geen nadruk*"]
  bronnen:
    - titel: "Bron <i>met</i> tags"
      url: https://example.org/?a=1&b=2
      datum: "z.d."
  laatst_nagekeken: 2026-01-01
"""


def test_html_en_jinja_in_gegevens_verschijnen_letterlijk(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "data" / "practices.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").rstrip("\n") + "\n" + INJECTIE.lstrip("\n"), encoding="utf-8")
    build = bouw(project, tmp_path / "site", pdf="uit")
    assert build.returncode == 0, build.uitvoer[-3000:]
    # Zonder provincie: op de deelpagina "andere-provincies" (draaiboek/catalogus.py).
    pagina = (tmp_path / "site" / "praktijkvoorbeelden" / "andere-provincies" / "index.html").read_text(encoding="utf-8")
    start = pagina.index('id="praktijk-zzz-injectietest"')
    kaart = pagina[pagina.rindex("<article", 0, start): pagina.index("</article>", start)]
    assert "<script" not in kaart and "<img" not in kaart and "<b>" not in kaart and "<em>" not in kaart
    assert "javascript:" not in re.findall(r'href="([^"]*)"', kaart).__str__()
    zichtbaar = html.unescape(re.sub(r"<[^>]+>", "", kaart))
    for stuk in ("<script>alert('x')</script> {{ 7*7 }} {% if true %}ja{% endif %} | pijp",
                 "<b>vet</b> en [link](javascript:alert(1))", "{{ config.site_name }}",
                 "<img src=x onerror=alert(1)>", "*geen nadruk*", "Bron <i>met</i> tags"):
        assert stuk in zichtbaar, stuk
    assert "49" not in zichtbaar and "Vluchteling zkt. woning" not in zichtbaar
    assert 'href="https://example.org/?a=1&amp;b=2"' in kaart
    afdruk = (tmp_path / "site" / "print_page" / "index.html").read_text(encoding="utf-8")
    assert afdruk.count('id="praktijkvoorbeelden-praktijk-zzz-injectietest"') == 1
    assert "<script>alert('x')" not in afdruk


def test_markdownlink_naar_een_kaartanker_doorstaat_de_strikte_linkcontrole(tmp_path, data):
    """De kaarten gaan buiten Markdown om (draaiboek/blokken.py); hun ankers kent MkDocs toch."""
    project = kopieer_project(tmp_path / "project")
    pad = project / "docs" / "meewerken.md"
    eerste = data.initiatieven[0]
    doel = f"sociale-kaart/{weergave.slug(eerste.provincie)}.md#initiatief-{eerste.id}"
    pad.write_text(pad.read_text(encoding="utf-8") + f"\nZie [een initiatief]({doel}).\n", encoding="utf-8")
    build = bouw(project, tmp_path / "site", pdf="uit")
    assert build.returncode == 0, build.uitvoer[-3000:]
    assert "initiatief-" not in build.uitvoer


# ---------------------------------------------------------------------------
# Macro's zonder build (macros.py met een nagebootste mkdocs-macros-omgeving)
# ---------------------------------------------------------------------------


class _Bestand:
    def __init__(self, src_uri):
        self.src_uri = src_uri


class _Pagina:
    def __init__(self, src_uri):
        self.file = _Bestand(src_uri)
        stam = src_uri[: -len(".md")]
        self.url = "" if stam == "index" else stam[: -len("index")] if stam.endswith("/index") else f"{stam}/"


class _Omgeving:
    def __init__(self, basis):
        self.conf = {"docs_dir": str(basis / "docs"), "config_file_path": str(basis / "mkdocs.yml"),
                     "use_directory_urls": True}
        self.macros = {}
        self.page = None

    def macro(self, functie):
        self.macros[functie.__name__] = functie
        return functie


def _html(env, uit: str) -> str:
    """Wat de hook van de pagina maakt: de bewaarde kaarten op de plaats van hun merkteken."""
    bewaard = env.page.__dict__.pop("vzw_blokken")
    assert "<article" not in uit and "vzw-blok" in uit  # Markdown krijgt alleen het merkteken
    return bewaard.vul_in(uit)


@pytest.fixture
def macros_env():
    import macros

    env = _Omgeving(ROOT)
    macros.define_env(env)
    return env, macros


def test_macros_koppen_links_en_ankers(macros_env, data):
    env, _ = macros_env
    m = env.macros
    env.page = _Pagina("opstarten.md")
    uit = _html(env, m["praktijken"](fase="opstarten"))
    assert "<h4" in uit and "<h3" not in uit and ' id="' not in uit
    assert re.search(r'href="\.\./praktijkvoorbeelden/[a-z-]+/#praktijk-', uit)
    assert "<h3" in _html(env, m["praktijken"](fase="opstarten", kop=2))
    eerste = data.praktijken[0]
    deel = catalogus.deel_van(eerste).slug
    assert f'href="../praktijkvoorbeelden/{deel}/#praktijk-{eerste.id}"' in _html(env, m["praktijk"](eerste.id))
    assert m["aantal_praktijken"]() == len(data.praktijken)
    assert m["aantal_initiatieven"]() == len(data.initiatieven)
    env.page = _Pagina("praktijkvoorbeelden/index.md")
    overzicht = _html(env, m["praktijkcatalogus"](kop=2))
    assert f'<a href="{deel}/#praktijk-{eerste.id}">' in overzicht and "<h3" in overzicht
    assert 'id="praktijk-' not in overzicht
    env.page = _Pagina(f"praktijkvoorbeelden/{deel}.md")
    volledig = _html(env, m["praktijkcatalogus"](deel=deel))
    assert f'id="praktijk-{eerste.id}"' in volledig and "<h2" in volledig
    env.page = _Pagina("sociale-kaart/limburg.md")
    kaart = _html(env, m["sociale_kaart"](provincie="Limburg", kop=2))
    limburg = [i for i in data.initiatieven if i.provincie == "Limburg"]
    assert f'id="initiatief-{limburg[0].id}"' in kaart and "<h3" in kaart
    assert kaart.count("<article") == len(limburg) and "data-vzw-filter" in kaart
    # Elders linkt een initiatief naar de deelpagina van zijn provincie
    env.page = _Pagina("opstarten.md")
    elders = _html(env, m["sociale_kaart"](provincie="Limburg"))
    assert ' id="initiatief-' not in elders
    assert f'href="../sociale-kaart/limburg/#initiatief-{limburg[0].id}"' in elders


def test_macros_lange_lijst_zegt_welke_filter_je_in_de_catalogus_kiest(macros_env, monkeypatch):
    env, _ = macros_env
    from draaiboek import weergave

    monkeypatch.setattr(weergave, "MAX_KORTE_KAARTEN", 2)
    env.page = _Pagina("woonzoektocht/wat-nu.md")
    uit = _html(env, env.macros["praktijken"](fase="opstarten", thema="woning-zoeken"))
    assert uit.count("<article") == 2
    assert "Kies daar de fase &quot;opstarten&quot; en het thema &quot;een woning zoeken&quot;." in uit
    assert '<a href="../../praktijkvoorbeelden/">Alle ' in uit   # vanaf een deelpagina


@pytest.mark.parametrize("aanroep,stukjes", [
    (lambda m: m["praktijk"]("bestaat-niet"), ['geen praktijkvoorbeeld met id "bestaat-niet"']),
    (lambda m: m["praktijken"](fase="start"), ['onbekende fase "start"', "opstarten, bijsturen, evalueren",
                                                'Bedoel je "opstarten"?']),
    (lambda m: m["praktijken"](thema="wonen"), ['onbekende thema "wonen"', "woning-zoeken"]),
    (lambda m: m["praktijken"](provincie="Gent"), ['onbekende provincie "Gent"']),
    (lambda m: m["praktijken"](kop=7), ["kop=7"]),
    (lambda m: m["aantal_praktijken"](thema="x"), ['onbekende thema "x"']),
    (lambda m: m["aantal_initiatieven"](provincie="Vlaanderen"), ['onbekende provincie "Vlaanderen"']),
    (lambda m: m["sociale_kaart"](provincie="Gent"), ['onbekende provincie "Gent"']),
    (lambda m: m["praktijkcatalogus"](), ["hoort alleen op praktijkvoorbeelden/index.md"]),
    (lambda m: m["praktijkcatalogus"](deel="antwerpen"), ['onbekende deel "antwerpen"',
                                                          'Bedoel je "antwerpen-en-limburg"?']),
    (lambda m: m["praktijkcatalogus"](deel="antwerpen-en-limburg"),
     ["hoort op praktijkvoorbeelden/antwerpen-en-limburg.md"]),
    (lambda m: m["gemeentezoeker"](), ["hoort alleen op sociale-kaart/index.md"]),
    (lambda m: m["gemeenten"]("Gent"), ['onbekende provincie "Gent"']),
    (lambda m: m["lokale_diensten"](), ["hoort alleen op sociale-kaart/lokale-diensten.md"]),
])
def test_macros_onbekende_waarden_geven_een_nederlandse_fout(macros_env, aanroep, stukjes):
    env, macros = macros_env
    env.page = _Pagina("opstarten.md")
    with pytest.raises(macros.MacroFout) as fout:
        aanroep(env.macros)
    tekst = str(fout.value)
    assert tekst.startswith("opstarten.md: macro ")
    for stuk in stukjes:
        assert stuk in tekst, (stuk, tekst)


def test_macros_ankers_maar_een_keer(macros_env):
    env, macros = macros_env
    env.page = _Pagina("sociale-kaart/antwerpen.md")
    env.macros["sociale_kaart"](provincie="Antwerpen")
    with pytest.raises(macros.MacroFout, match="tweede keer"):
        env.macros["sociale_kaart"](provincie="Antwerpen")
    env.macros["gemeenten"]("Antwerpen")
    with pytest.raises(macros.MacroFout, match="tweede keer"):
        env.macros["gemeenten"]("Antwerpen")
    with pytest.raises(macros.MacroFout, match="hoort alleen op sociale-kaart/limburg.md"):
        env.macros["gemeenten"]("Limburg")
    # op een andere pagina mag de kaart wel, zonder ankers
    env.page = _Pagina("hulp-en-adressen/index.md")
    assert ' id="initiatief-' not in _html(env, env.macros["sociale_kaart"]())
    assert "<article" in _html(env, env.macros["sociale_kaart"]())
    env.page = _Pagina("praktijkvoorbeelden/index.md")
    env.macros["praktijkcatalogus"]()
    with pytest.raises(macros.MacroFout, match="tweede keer"):
        env.macros["praktijkcatalogus"]()
    env.page = _Pagina("praktijkvoorbeelden/andere-provincies.md")
    env.macros["praktijkcatalogus"](deel="andere-provincies")
    with pytest.raises(macros.MacroFout, match="tweede keer"):
        env.macros["praktijkcatalogus"](deel="andere-provincies")


def test_macros_link_naar_hulp_en_adressen_gaat_naar_het_overzicht(macros_env):
    """Hulp en adressen heeft deelpagina's: de diensten voor heel Vlaanderen staan op het overzicht
    (hulp-en-adressen/index.md), met als adres de map, niet .../index/."""
    env, _ = macros_env
    env.page = _Pagina("sociale-kaart.md")
    uit = _html(env, env.macros["vlaamse_diensten_kort"]())
    assert 'href="../hulp-en-adressen/#dienst-' in uit and "index/" not in uit
    env.page = _Pagina("woonzoektocht/ocmw.md")
    assert 'href="../../hulp-en-adressen/#dienst-' in _html(env, env.macros["vlaamse_diensten_kort"]())


def test_macros_fout_in_gegevens_geeft_pluginerror(tmp_path):
    import macros
    from mkdocs.exceptions import PluginError

    from test_gegevens import PRAKTIJKEN, maak_project, vervang

    maak_project(tmp_path, vervang(PRAKTIJKEN, "    - opstarten", "    - start"))
    (tmp_path / "docs").mkdir()
    with pytest.raises(PluginError) as fout:
        macros.define_env(_Omgeving(tmp_path))
    assert 'data/practices.yaml, regel 6, praktijk "eerste-voorbeeld": veld "fasen"' in str(fout.value)
