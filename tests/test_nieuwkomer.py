"""Een nieuwkomer voegt een praktijkvoorbeeld toe, precies zoals CONTRIBUTING.md het toont.

Eerst correct: het voorbeeld moet verschijnen in de catalogus, in het hoofdstuk van zijn fase, op
de afdrukpagina en in de PDF. Daarna met één fout: dan volgt de melding die CONTRIBUTING.md belooft.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from bouwhulp import ROOT, bouw, kopieer_project
from draaiboek.catalogus import DELEN

CONTRIBUTING = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")


def sjabloon(kop: str) -> str:
    m = re.search(re.escape(kop) + r".*?```yaml\n(.*?)```", CONTRIBUTING, re.S)
    assert m, f"geen YAML-sjabloon onder '{kop}' in CONTRIBUTING.md"
    return m.group(1)


def gedocumenteerde_melding() -> str:
    m = re.search(r"```text\n(.*?)\n```", CONTRIBUTING, re.S)
    assert m, "CONTRIBUTING.md toont geen voorbeeldmelding"
    return m.group(1)


def invullen(tekst: str) -> str:
    """Wat een nieuwkomer doet: de voorbeeldwaarden in het sjabloon vervangen door de eigen."""
    vervang = [
        ("woonzoekers-voorbeeldstad", "nieuwkomer-testvoorbeeld"),
        ("Woonzoekers helpen bij het bellen naar verhuurders", "Testvoorbeeld Zwaluwnest van een nieuwkomer"),
        ("fasen: [opstarten]", "fasen: [bijsturen]"),
        ("themas: [woning-zoeken, contact-verhuurders]", "themas: [vrijwilligers]"),
        ("https://www.example.org/artikel", "https://www.vlaanderen.be/testbron-nieuwkomer"),
        ("Artikel of webpagina over dit voorbeeld", "Testbron van de nieuwkomer"),
    ]
    for oud, nieuw in vervang:
        assert oud in tekst, f"het sjabloon in CONTRIBUTING.md bevat '{oud}' niet meer; pas deze test aan"
        tekst = tekst.replace(oud, nieuw)
    return tekst


def test_sjablonen_in_contributing_zijn_die_van_de_site():
    for kop, bestand in [("## Sjabloon: een praktijkvoorbeeld", "praktijkvoorbeeld.yaml"),
                         ("## Sjabloon: een initiatief", "initiatief.yaml")]:
        assert sjabloon(kop) == (ROOT / "includes" / "sjablonen" / bestand).read_text(encoding="utf-8")


def test_sjablonen_staan_op_de_pagina_meewerken(site):
    html = site.html("meewerken.md")
    assert "woonzoekers-voorbeeldstad" in html and "woonhulp-voorbeeldstad" in html


@pytest.fixture(scope="module")
def project_met_nieuw_voorbeeld(tmp_path_factory):
    project = kopieer_project(tmp_path_factory.mktemp("nieuwkomer") / "project")
    pad = project / "data" / "practices.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").rstrip("\n") + "\n" + invullen(sjabloon("## Sjabloon: een praktijkvoorbeeld")),
                   encoding="utf-8")
    return project


def test_nieuw_voorbeeld_verschijnt_overal(project_met_nieuw_voorbeeld):
    project = project_met_nieuw_voorbeeld
    check = subprocess.run([sys.executable, "-m", "draaiboek.check", str(project)], cwd=ROOT,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr

    modus = os.environ.get("DRAAIBOEK_PDF", "aan")
    build = bouw(project, project / "site", pdf=modus)
    assert build.returncode == 0, build.uitvoer[-3000:]
    titel = "Testvoorbeeld Zwaluwnest van een nieuwkomer"
    # de volledige kaart staat op een deelpagina van de catalogus (draaiboek/catalogus.py)
    catalogus = "".join(build.html(d.bestand) for d in DELEN)
    assert 'id="praktijk-nieuwkomer-testvoorbeeld"' in catalogus
    assert titel in catalogus
    assert titel in build.html("bijsturen/wat-nu.md"), "niet in het hoofdstuk van zijn fase (bijsturen)"
    assert titel not in build.html("opstarten/checklist-en-wat-nu.md"), "verschijnt in een fase die het niet heeft"
    assert titel in build.afdrukpagina
    if build.pdf.exists():
        tekst = " ".join((p.extract_text() or "") for p in PdfReader(str(build.pdf)).pages)
        assert "Zwaluwnest" in re.sub(r"\s+", " ", tekst)
    elif modus == "verplicht":
        pytest.fail("geen PDF gebouwd")


def test_een_fout_geeft_de_gedocumenteerde_melding(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "data" / "practices.yaml"
    voorbeeld = invullen(sjabloon("## Sjabloon: een praktijkvoorbeeld")).replace("fasen: [bijsturen]", "fasen: [start]")
    bestaand = pad.read_text(encoding="utf-8").rstrip("\n") + "\n"
    pad.write_text(bestaand + voorbeeld, encoding="utf-8")
    regel = bestaand.count("\n") + 1 + voorbeeld.splitlines().index(
        next(r for r in voorbeeld.splitlines() if r.strip().startswith("fasen:")))

    verwacht = gedocumenteerde_melding().replace("regel 42", f"regel {regel}").replace(
        "woonzoekers-voorbeeldstad", "nieuwkomer-testvoorbeeld")
    check = subprocess.run([sys.executable, "-m", "draaiboek.check", str(project)], cwd=ROOT,
                           capture_output=True, text=True)
    assert check.returncode == 1
    assert verwacht in check.stderr, check.stderr

    build = bouw(project, project / "site", pdf="uit")
    assert build.returncode != 0
    assert verwacht in build.uitvoer
