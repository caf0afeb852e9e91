"""Meewerken: bewerkknop zonder GitHub-API, issueformulieren volgens het schema, workflows, linkcontrole."""
from __future__ import annotations

import json
import re

import yaml

from bouwhulp import ROOT, bouw, kopieer_project, mkdocs_config, nav_paginas
from draaiboek import catalogus

FORMULIEREN = ROOT / ".github" / "ISSUE_TEMPLATE"


def test_bewerkknop_opent_de_bron_van_de_pagina_op_github(site):
    edit_uri = mkdocs_config()["edit_uri"]
    assert edit_uri.startswith("https://github.com/") and "/edit/" in edit_uri
    assert "repo_url" not in mkdocs_config(), "repo_url laat elke pagina de GitHub-API aanspreken"
    for _, bestand in nav_paginas():
        html = site.html(bestand)
        m = re.search(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon" rel="edit">', html)
        assert m, f"{bestand}: geen bewerkknop"
        # Het potlood opent wat de pagina toont: bij de catalogus en de sociale kaart het gegevensbestand.
        # De sociale kaart: elke pagina met initiatieven opent initiatives.yaml, de lokale diensten diensten.yaml.
        verwacht = {"praktijkvoorbeelden/index.md": "data/practices.yaml",
                    "sociale-kaart/lokale-diensten.md": "data/diensten.yaml",
                    **{d.bestand: "data/practices.yaml" for d in catalogus.DELEN}}
        if bestand.startswith("sociale-kaart/"):
            verwacht.setdefault(bestand, "data/initiatives.yaml")
        if bestand in verwacht:
            assert m.group(1) == edit_uri.removesuffix("docs/") + verwacht[bestand], bestand
        else:
            assert m.group(1) == edit_uri + bestand
        # Zonder repo_url toont Material geen bronwidget, en dus geen oproep naar api.github.com.
        assert 'data-md-component="source"' not in html


def _formulier(naam: str) -> dict:
    return yaml.safe_load((FORMULIEREN / naam).read_text(encoding="utf-8"))


def _schema(naam: str) -> dict:
    schema = json.loads((ROOT / "data" / naam).read_text(encoding="utf-8"))
    # Het item-schema: het schema beschrijft een lijst van items.
    items = schema.get("items", {})
    if "$ref" in items:
        return schema["$defs"][items["$ref"].split("/")[-1]]
    return items


def test_issueformulieren_hebben_de_velden_van_het_schema():
    for formulier, schema_naam in [("praktijkvoorbeeld.yml", "practices.schema.json"),
                                   ("initiatief.yml", "initiatives.schema.json"),
                                   ("dienst.yml", "diensten.schema.json")]:
        f = _formulier(formulier)
        assert f["name"] and f["description"] and f["body"]
        velden = {b["id"] for b in f["body"] if b.get("id") and b["type"] != "markdown"} - {"akkoord", "yaml"}
        schema = _schema(schema_naam)
        eigenschappen = set(schema["properties"])
        # Wat de redactie zelf invult: de id en de datum van nakijken.
        door_redactie = {"id", "laatst_nagekeken"}
        assert velden <= eigenschappen, f"{formulier}: velden die het schema niet kent: {velden - eigenschappen}"
        # Elk veld van het schema; bij een initiatief ook de contactgegevens (adres, bereikbaarheid,
        # e-mail, telefoon: issue 14). Bij een dienst mogen e-mail en telefoon ontbreken (liever via
        # de officiële website).
        vrij = set() if formulier == "initiatief.yml" else {"email", "telefoon"}
        ontbreekt = eigenschappen - velden - door_redactie - vrij
        assert not ontbreekt, f"{formulier}: velden van het schema zonder formulierveld: {ontbreekt}"
        verplicht = set(schema.get("required", [])) - door_redactie
        for b in f["body"]:
            # Keuzevakjes kennen geen `validations` in het schema van GitHub (zie test_toeleveringsketen);
            # daar vraagt de beschrijving om minstens één keuze.
            if b.get("id") in verplicht and b["type"] == "checkboxes":
                assert "minstens één" in b["attributes"].get("description", ""), \
                    f"{formulier}: {b['id']} moet om minstens één keuze vragen"
            elif b.get("id") in verplicht:
                assert b.get("validations", {}).get("required") is True, f"{formulier}: {b['id']} moet verplicht zijn"
        # De keuzelijsten bieden precies de waarden die het schema toelaat.
        for b in f["body"]:
            eigen = schema["properties"].get(b.get("id"), {})
            toegelaten = eigen.get("enum") or eigen.get("items", {}).get("enum")
            if toegelaten and b["type"] in {"dropdown", "checkboxes"}:
                opties = [o["label"] if isinstance(o, dict) else o for o in b["attributes"]["options"]]
                opties = [o for o in opties if o != "(geen)"]
                assert sorted(opties) == sorted(toegelaten), f"{formulier}: keuzes van {b['id']} wijken af van het schema"


def test_issueconfig_wijst_naar_de_formulieren_en_de_handleiding():
    config = _formulier("config.yml")
    assert config["blank_issues_enabled"] is False
    assert any("CONTRIBUTING.md" in link["url"] for link in config["contact_links"])
    assert {"praktijkvoorbeeld.yml", "initiatief.yml", "dienst.yml", "fout-melden.yml"} <= {p.name for p in FORMULIEREN.glob("*.yml")}


def test_pull_request_workflow_controleert_eerst_de_gegevens_en_bewaart_site_en_pdf():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "pull-request.yml").read_text(encoding="utf-8"))
    stappen = wf["jobs"]["controle"]["steps"]
    runs = [s.get("run", "") for s in stappen]
    assert runs.index("make check") < runs.index("make test")
    upload = [s for s in stappen if "upload-artifact" in s.get("uses", "")]
    assert upload and upload[0]["with"]["path"] == "site/"
    sjabloon = (ROOT / ".github" / "pull_request_template.md").read_text(encoding="utf-8")
    assert sjabloon.count("- [ ]") >= 5


def test_publicatie_zet_de_gebouwde_map_met_pdf_online():
    tekst = (ROOT / ".github" / "workflows" / "publiceren.yml").read_text(encoding="utf-8")
    assert "gh-deploy" not in tekst.replace("`mkdocs gh-deploy`", "")
    assert "upload-pages-artifact" in tekst and "deploy-pages" in tekst
    assert "DRAAIBOEK_PDF: verplicht" in tekst


def test_kapotte_link_of_anker_laat_de_strikte_build_falen(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pagina = project / "docs" / "evalueren" / "index.md"
    pagina.write_text(pagina.read_text(encoding="utf-8") + "\n\nZie [dit](bestaat-niet.md) en "
                      "[dat](../woordenlijst.md#geen-anker-met-deze-naam).\n", encoding="utf-8")
    build = bouw(project, tmp_path / "site")
    assert build.returncode != 0
    assert "bestaat-niet.md" in build.uitvoer
    assert "geen-anker-met-deze-naam" in build.uitvoer
