"""`make verouderd`: het rapport met verouderde bedragen, initiatieven en pagina's, op een vaste datum."""
from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

from bouwhulp import ROOT
from draaiboek import feiten, verouderd
from test_feiten import GOED


def _project(tmp_path, laatst_nagekeken: str):
    (tmp_path / "data").mkdir()
    for naam in ("feiten.schema.json", "practices.schema.json", "initiatives.schema.json",
                 "practices.yaml", "initiatives.yaml"):
        shutil.copy(ROOT / "data" / naam, tmp_path / "data" / naam)
    (tmp_path / feiten.FEITEN_BESTAND).write_text(GOED, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.md").write_text(
        f"---\ntitle: A\nlaatst_nagekeken: {laatst_nagekeken}\n---\n"
        'Het leefloon is {{ feit("leefloon-test") }}.\n', encoding="utf-8")
    return tmp_path


def test_rapport_op_vaste_datum(tmp_path):
    basis = _project(tmp_path, "2025-06-01")
    # op 1 mei 2025 is nog niets verouderd
    r = verouderd.maak_rapport(basis, dt.date(2025, 5, 1))
    assert r.feiten == [] and r.paginas == [] and not r.meldingen
    # een jaar later: het leefloon (stand mei 2024, 12 maanden) en de pagina (juni 2025) zijn oud
    r = verouderd.maak_rapport(basis, dt.date(2026, 6, 2))
    assert [f.id for f, _ in r.feiten] == ["leefloon-test"]
    assert r.feiten[0][1] == "docs/a.md"
    assert r.paginas == [("docs/a.md", dt.date(2025, 6, 1))]
    tekst = verouderd.tekst(r, dt.date(2026, 6, 2))
    assert "leefloon-test: €\u00a01.288,46 per maand (stand mei 2024, nakijken vóór mei 2025" in tekst
    assert "docs/a.md (laatst nagekeken 1 juni 2025)" in tekst


def test_commando_faalt_niet_omdat_de_tijd_verstreek(tmp_path):
    basis = _project(tmp_path, "2020-01-01")
    res = subprocess.run([sys.executable, "-m", "draaiboek.verouderd", "--vandaag", "2040-01-01", str(basis)],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert "Bedragen en regels over hun nakijkdatum (data/feiten.yaml): 2" in res.stdout
    assert "Pagina's die langer dan 12 maanden niet nagekeken zijn: 1" in res.stdout


def test_commando_meldt_onleesbare_gegevens(tmp_path):
    basis = _project(tmp_path, "2026-01-01")
    (basis / feiten.FEITEN_BESTAND).write_text(GOED.replace("soort: bedrag", "soort: euro"), encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "draaiboek.verouderd", "--vandaag", "2026-11-29", str(basis)],
                         cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 1
    assert 'data/feiten.yaml, regel 3, feit "leefloon-test": veld "soort"' in res.stdout
    assert "Traceback" not in res.stderr


def test_ci_drukt_het_rapport_af_zonder_te_falen():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make verouderd ||" in ci
    assert ci.index("\nmake verouderd") < ci.index("\nmake test")


def test_initiatieven_zonder_bevestiging_in_24_maanden(tmp_path):
    basis = _project(tmp_path, "2026-11-01")
    r = verouderd.maak_rapport(basis, dt.date(2040, 1, 1))
    assert r.initiatieven_gekend
    from draaiboek import gegevens
    data, _ = gegevens.controleer(ROOT)
    niet_gestopt = {i.id for i in data.initiatieven
                    if gegevens.afgeleide_status(i, dt.date(2040, 1, 1)).code != "gestopt"}
    assert {ident for ident, _, _ in r.initiatieven} == niet_gestopt
    assert "Initiatieven zonder bevestiging in de laatste 24 maanden" in verouderd.tekst(r, dt.date(2040, 1, 1))
