"""Het bijdrageformulier (draaiboek/formulier.py): velden uit de schema's, escaping, meegeleverde controle."""
from __future__ import annotations

import copy
import hashlib
import json
import re
from html.parser import HTMLParser

import pytest

from bouwhulp import ROOT
from draaiboek import formulier, gegevens

# Wat scripts/validatie.mjs (`make validatie`) met ajv maakt: de schemacontrole per soort.
SCHEMA_JS = {soort: ROOT / "docs" / "assets" / "javascripts" / f"formulier-schema-{soort}.min.js"
             for soort in ("initiatief", "praktijk")}


class _Velden(HTMLParser):
    """Verzamelt invoervelden (buiten <template> en erin), data-veld-blokken en opties."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.invoer: list[dict] = []
        self.blokken: list[tuple[str, int]] = []  # (data-veld, diepte in andere data-veld-blokken)
        self.stapel: list[str | None] = []
        self.opties: dict[str, list[str]] = {}
        self._select = None
        self.in_template = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in {"input", "select", "textarea"}:
            self.invoer.append({**a, "tag": tag, "template": self.in_template > 0})
            if tag == "select":
                self._select = a.get("name")
                self.opties.setdefault(self._select, [])
        if tag == "option" and self._select:
            self.opties[self._select].append(a.get("value"))
        if tag in {"div", "fieldset"}:
            veld = a.get("data-veld")
            if veld is not None and not self.in_template:
                self.blokken.append((veld, sum(1 for x in self.stapel if x and x != "<sjabloon>")))
            if "data-sjabloon" in a:
                self.in_template += 1
                veld = "<sjabloon>"
            self.stapel.append(veld)

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        if tag in {"div", "fieldset"} and self.stapel:
            if self.stapel.pop() == "<sjabloon>":
                self.in_template -= 1


def _html(schemas=None, soort="initiatief"):
    schemas = schemas or formulier.lees_schemas(ROOT)
    inst = formulier.Instellingen(issue_url="https://github.com/o/r/issues/new", redactie_email="x@y.invalid",
                                  bijladen=("../a.js", "../b.css"))
    if soort == "initiatief":
        return formulier.formulier_html(schemas[soort], soort, inst, ids=["a"])
    return formulier.formulier_html(schemas[soort], soort, inst, ids=["b"], initiatief_ids=["a"],
                                    initiatieven=[("a", "Initiatief A")])


def _formulier(html: str, soort: str) -> str:
    m = re.search(rf'<form class="vzw-formulier"[^>]*data-vzw-formulier="{soort}".*?</form>', html, re.S)
    assert m, soort
    return m.group(0)


@pytest.mark.parametrize("soort", ["initiatief", "praktijk"])
def test_elk_veld_van_het_schema_staat_in_het_formulier_met_zijn_naam(soort):
    schemas = formulier.lees_schemas(ROOT)
    item = formulier.item_schema(schemas[soort], soort)
    p = _Velden()
    p.feed(_formulier(_html(schemas, soort), soort))
    bovenste = [veld for veld, diepte in p.blokken if diepte == 0]
    assert bovenste == list(item["properties"]), "velden in de volgorde van het schema"
    namen = {x["name"] for x in p.invoer}
    verwacht = set(item["properties"]) - {"bronnen", "bevestigd", "gestopt", "fasen", "themas", "ondersteuning"}
    assert verwacht <= namen
    for naam, e in item["properties"].items():
        e = formulier._def(schemas[soort], e)
        if "enum" in e:
            assert p.opties[naam] == ["", *e["enum"]], f"{naam}: keuzes uit het schema"
        if e.get("type") == "array" and "enum" in e.get("items", {}):
            vakjes = [x["value"] for x in p.invoer if x["name"] == naam and x.get("type") == "checkbox"]
            assert vakjes == e["items"]["enum"], f"{naam}: een keuzevakje per waarde"
        if naam == "bronnen":
            # De bron zelf: titel, url en datum in het sjabloon van de herhaalbare groep.
            sub = [x["name"] for x in p.invoer if x["template"] and x.get("data-pad", "").startswith("bronnen.")]
            assert sub == ["titel", "url", "datum"]
        label = re.search(rf'<label for="{formulier.SOORTEN[soort]["kort"]}-{naam.replace("_", "-")}">(.*?)</label>',
                          _html(schemas, soort))
        if label:
            assert label.group(1).startswith(e["title"].replace("'", "&#x27;"))


def test_labels_uitleg_en_keuzes_komen_uit_het_schema_en_zijn_ge_escapet():
    schemas = formulier.lees_schemas(ROOT)
    aangepast = copy.deepcopy(schemas)
    props = aangepast["initiatief"]["$defs"]["initiatief"]["properties"]
    props["naam"]["title"] = "Naam <script>alert(1)</script> {{ 7*7 }}"
    props["naam"]["description"] = 'Uitleg met "aanhalingstekens" & <b>vet</b> | pijp'
    props["vorm"]["enum"] = [*props["vorm"]["enum"], 'x"><img src=x onerror=alert(1)>']
    html = _html(aangepast)
    assert "<script>alert" not in html and "<img" not in html and "{{" not in html
    assert "Naam &lt;script&gt;alert(1)&lt;/script&gt; &#123;&#123; 7*7 &#125;&#125;" in html
    assert "Uitleg met &quot;aanhalingstekens&quot; &amp; &lt;b&gt;vet&lt;/b&gt; &#124; pijp" in html
    assert 'value="x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in html
    # Een nieuw veld in het schema verschijnt vanzelf in het formulier.
    props["nieuw_veld"] = {"type": "string", "title": "Nieuw veld", "description": "Iets nieuws."}
    assert 'name="nieuw_veld"' in _html(aangepast)


@pytest.mark.parametrize("soort", ["initiatief", "praktijk"])
def test_een_formulier_per_pagina_met_alleen_zijn_eigen_velden(soort):
    html = _html(soort=soort)
    assert re.findall(r'data-vzw-formulier="(\w+)"', html) == [soort]
    assert 'data-bijladen="../a.js ../b.css"' in html
    # "Klopt dit nog?" laadt de huidige initiatieven alleen op het initiatievenformulier
    assert ("data-bewerk-json" in html) == (soort == "initiatief")
    assert ("data-initiatief-ids" in html) == (soort == "praktijk")


@pytest.mark.parametrize("soort", ["initiatief", "praktijk"])
def test_geen_inline_script_of_handler(soort):
    html = _html(soort=soort)
    assert not re.search(r"<script(?![^>]*\bsrc=)", html)
    assert not re.search(r"\son[a-z]+=", html)


@pytest.mark.parametrize("soort", ["initiatief", "praktijk"])
def test_meegeleverde_schemacontrole_hoort_bij_het_huidige_schema(soort):
    """formulier-schema-<soort>.min.js draagt de SHA-256 van het schema waaruit ajv het maakte."""
    kop = SCHEMA_JS[soort].read_text(encoding="utf-8")[:2000]
    pad = formulier.SOORTEN[soort]["schema"]
    som = hashlib.sha256((ROOT / pad).read_bytes()).hexdigest()
    assert f"{pad} {som}" in kop, (
        f"{pad} veranderde sinds {SCHEMA_JS[soort].name} gemaakt werd: "
        "voer `npm ci && make validatie` uit en commit het resultaat")
    assert "The MIT License" in kop and "Evgeny Poberezkin" in kop, "de licentie van ajv hoort bij de code"
    andere = next(s for s in formulier.SOORTEN if s != soort)
    assert formulier.SOORTEN[andere]["schema"] not in kop, "elke pagina laadt alleen haar eigen schema"


def test_bewerk_json_bevat_elk_initiatief_zoals_in_het_gegevensbestand():
    data = gegevens.laad(ROOT)
    schemas = formulier.lees_schemas(ROOT)
    uit = json.loads(formulier.bewerk_json(data.initiatieven, schemas["initiatief"]))
    assert list(uit) == [i.id for i in data.initiatieven]
    ruw = {x["id"]: x for x in gegevens.lees_bestand(ROOT / gegevens.INITIATIEVEN_BESTAND, gegevens.INITIATIEVEN_BESTAND,
                                                        "initiatives", ROOT / "data/initiatives.schema.json").data}
    volgorde = list(formulier.item_schema(schemas["initiatief"], "initiatief")["properties"])
    for ident, item in uit.items():
        assert list(item) == [k for k in volgorde if k in ruw[ident]], ident
        for veld in ("id", "provincie", "vorm", "ondersteuning", "laatst_nagekeken"):
            assert item[veld] == ruw[ident][veld]
        assert [b["url"] for b in item["bronnen"]] == [b["url"].strip() for b in ruw[ident]["bronnen"]]


def test_stijlblad_zonder_conflictmarkering_en_met_kloppende_accolades():
    """Een samenvoeging liet hier al eens '=======' achter: de regels erna vielen dan weg."""
    for pad in (ROOT / "docs" / "assets" / "stylesheets").glob("*.css"):
        tekst = pad.read_text(encoding="utf-8")
        assert not re.search(r"^(<<<<<<<|=======|>>>>>>>)", tekst, re.M), f"{pad.name}: conflictmarkering"
        zonder_commentaar = re.sub(r"/\*.*?\*/", "", tekst, flags=re.S)
        diepte = 0
        for teken in zonder_commentaar:
            diepte += {"{": 1, "}": -1}.get(teken, 0)
            assert diepte >= 0, f"{pad.name}: een }} te veel"
        assert diepte == 0, f"{pad.name}: {diepte} accolade(s) niet gesloten"


def test_adressen_zijn_een_regel_lange_vrije_tekst_een_tekstvak():
    html = _html() + _html(soort="praktijk")
    for veld in ("ini-website", "ini-email", "ini-telefoon", "ini-naam"):
        assert re.search(rf'<input[^>]*id="{veld}"', html), veld
    for veld in ("ini-beschrijving", "pra-samenvatting", "pra-aanpak", "pra-wat-werkt", "pra-valkuilen"):
        assert re.search(rf'<textarea[^>]*id="{veld}"', html), veld


def test_schemacontrole_is_precies_wat_het_script_maakt(tmp_path):
    """Met ajv uit npm (npm ci) maakt scripts/validatie.mjs exact de meegeleverde bestanden."""
    import shutil
    import subprocess

    node = shutil.which("node")
    if not node or not (ROOT / "node_modules" / "ajv" / "package.json").exists():
        pytest.skip("node of ajv (npm ci) ontbreekt; de SHA-256-test hierboven dekt de schema's toch")
    res = subprocess.run([node, "scripts/validatie.mjs", str(tmp_path)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in SCHEMA_JS.values())
    for doel in SCHEMA_JS.values():
        assert (tmp_path / doel.name).read_text(encoding="utf-8") == doel.read_text(encoding="utf-8"), \
            f"{doel.name} wijkt af van wat scripts/validatie.mjs maakt: voer `make validatie` uit"
