"""Toeleveringsketen en CI: vastgepinde pakketten met hashes, rechten per job, vastgepinde acties,
de offline audit van zizmor en de issueformulieren tegen het schema van GitHub."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bouwhulp import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
FORMULIEREN = ROOT / ".github" / "ISSUE_TEMPLATE"


def _gereedschap(naam: str) -> str | None:
    """Een programma uit dezelfde omgeving als pytest, anders uit het PATH."""
    naast = Path(sys.executable).parent / naam
    return str(naast) if naast.exists() else shutil.which(naam)


def _pins(bestand: Path) -> dict[str, str]:
    """{pakket: versie} uit een requirements-bestand, met `-r` erbij."""
    pins: dict[str, str] = {}
    for regel in bestand.read_text(encoding="utf-8").splitlines():
        regel = regel.split("#", 1)[0].strip()
        if regel.startswith("-r "):
            pins.update(_pins(bestand.parent / regel[3:].strip()))
        elif regel:
            m = re.fullmatch(r"([A-Za-z0-9_.\-]+)==([^\s;]+)", regel)
            assert m, f"{bestand.name}: '{regel}' staat niet vast met == op één versie"
            pins[_normaal(m.group(1))] = m.group(2)
    return pins


def _normaal(naam: str) -> str:
    return re.sub(r"[-_.]+", "-", naam).lower()


def _slot(bestand: Path) -> dict[str, tuple[str, int]]:
    """{pakket: (versie, aantal hashes)} uit een lock-bestand van pip-compile."""
    slot: dict[str, tuple[str, int]] = {}
    huidig = None
    for regel in bestand.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==(\S+)", regel)
        if m:
            huidig = _normaal(m.group(1))
            slot[huidig] = (m.group(2), 0)
        elif huidig and "--hash=sha256:" in regel:
            versie, n = slot[huidig]
            slot[huidig] = (versie, n + 1)
    return slot


@pytest.mark.parametrize("wens, slot", [("requirements.txt", "requirements.lock"),
                                        ("requirements-test.txt", "requirements-test.lock")])
def test_elk_pakket_staat_met_versie_en_hash_in_het_slot(wens, slot):
    pins = _pins(ROOT / wens)
    vast = _slot(ROOT / slot)
    for pakket, versie in pins.items():
        assert pakket in vast, f"{pakket} staat in {wens} maar niet in {slot}: draai `make lock`"
        assert vast[pakket][0] == versie, (f"{pakket}: {wens} zegt {versie}, {slot} zegt {vast[pakket][0]}; "
                                           "draai `make lock`")
    # Ook de onrechtstreekse pakketten (Jinja2, Markdown, pymdown-extensions ...) staan erin.
    assert {"jinja2", "markdown", "pymdown-extensions", "markupsafe"} <= set(vast)
    zonder_hash = [p for p, (_, n) in vast.items() if n == 0]
    assert not zonder_hash, f"{slot}: pakketten zonder hash: {zonder_hash}"
    tekst = "\n".join(r for r in (ROOT / slot).read_text(encoding="utf-8").splitlines()
                      if not r.lstrip().startswith("#"))
    assert "--index-url" not in tekst and "--find-links" not in tekst and "file://" not in tekst


def test_make_en_ci_installeren_uit_het_slot_met_hashes():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    installatie = [r for r in makefile.splitlines() if "pip install" in r and "pip-tools" not in r]
    assert installatie, "de Makefile installeert niets"
    for regel in installatie:
        assert "--require-hashes" in regel and "$(LOCK)" in regel, regel
    assert re.search(r"^LOCK \?= requirements-test\.lock$", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _workflows() -> dict[str, dict]:
    return {p.name: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(WORKFLOWS.glob("*.yml"))}


def test_rechten_per_job_schrijven_alleen_bij_publiceren():
    for naam, wf in _workflows().items():
        assert wf.get("permissions") == {}, f"{naam}: zet `permissions: {{}}` bovenaan en geef rechten per job"
        for job_naam, job in wf["jobs"].items():
            rechten = job.get("permissions")
            assert isinstance(rechten, dict), f"{naam}: job {job_naam} heeft geen eigen `permissions`"
            schrijft = {k for k, v in rechten.items() if v == "write"}
            if naam == "publiceren.yml" and job_naam == "publiceren":
                assert schrijft == {"pages", "id-token"}
                assert not any("checkout" in s.get("uses", "") for s in job["steps"]), \
                    "de job met schrijfrechten voert geen code uit de repository uit"
            else:
                assert not schrijft, f"{naam}: job {job_naam} mag niets schrijven, wel {schrijft}"


def test_acties_staan_vast_op_een_commit_met_de_versie_erbij():
    for pad in sorted(WORKFLOWS.glob("*.yml")):
        for regel in pad.read_text(encoding="utf-8").splitlines():
            m = re.search(r"uses:\s*(\S+)@(\S+)(.*)$", regel)
            if not m:
                continue
            actie, ref, rest = m.groups()
            if re.fullmatch(r"[0-9a-f]{40}", ref):
                assert re.search(r"#\s*v\d+\.\d+\.\d+", rest), f"{pad.name}: {actie}@{ref} zonder '# vX.Y.Z'"
            else:
                # Alleen een hoofdversie als de commit niet na te kijken was; dat staat er dan bij.
                assert re.fullmatch(r"v\d+", ref) and "#" in rest, f"{pad.name}: {actie}@{ref} staat niet vast"
        wf = yaml.safe_load(pad.read_text(encoding="utf-8"))
        for job in wf["jobs"].values():
            for stap in job.get("steps", []):
                if "actions/checkout@" in stap.get("uses", ""):
                    assert stap.get("with", {}).get("persist-credentials") is False, \
                        f"{pad.name}: checkout bewaart anders het token in .git/config"


def test_dependabot_voor_pip_npm_en_acties():
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert config["version"] == 2
    assert {u["package-ecosystem"] for u in config["updates"]} == {"pip", "npm", "github-actions"}


def test_workflows_doorstaan_de_offline_audit_van_zizmor():
    zizmor = _gereedschap("zizmor")
    if zizmor is None:
        pytest.skip("zizmor is niet geïnstalleerd (het staat in requirements-test.lock: make install)")
    r = subprocess.run([zizmor, "--offline", "--no-progress", str(WORKFLOWS)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, f"zizmor vindt problemen in de workflows:\n{r.stdout}\n{r.stderr}"


@pytest.mark.parametrize("schema, bestanden", [
    ("vendor.github-issue-forms", sorted(p.name for p in FORMULIEREN.glob("*.yml") if p.name != "config.yml")),
    ("vendor.github-issue-config", ["config.yml"]),
    ("vendor.dependabot", None),
    ("vendor.github-workflows", None),
])
def test_github_bestanden_volgen_het_schema_van_github(schema, bestanden):
    check = _gereedschap("check-jsonschema")
    if check is None:
        pytest.skip("check-jsonschema is niet geïnstalleerd (het staat in requirements-test.lock: make install)")
    if schema == "vendor.dependabot":
        paden = [ROOT / ".github" / "dependabot.yml"]
    elif schema == "vendor.github-workflows":
        paden = sorted(WORKFLOWS.glob("*.yml"))
    else:
        paden = [FORMULIEREN / b for b in bestanden]
    assert paden
    r = subprocess.run([check, "--builtin-schema", schema, *map(str, paden)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, f"{schema}:\n{r.stdout}\n{r.stderr}"
