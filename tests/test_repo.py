"""De repository zelf: geen achtergebleven conflictmarkeringen na het samenvoegen van takken."""
from __future__ import annotations

import re
import subprocess

from bouwhulp import ROOT

MARKERING = re.compile(r"^(<{7}|>{7}) ", re.M)


def test_geen_conflictmarkeringen():
    bestanden = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True,
                               check=True).stdout.split()
    fout = []
    for naam in bestanden:
        pad = ROOT / naam
        if not pad.is_file() or pad.suffix in {".woff2", ".pdf", ".png", ".ico"}:
            continue
        tekst = pad.read_text(encoding="utf-8", errors="replace")
        for m in MARKERING.finditer(tekst):
            fout.append(f"{naam}, regel {tekst.count(chr(10), 0, m.start()) + 1}")
    assert not fout, "conflictmarkering achtergebleven: " + "; ".join(fout)


def test_testbestanden_hebben_unieke_namen():
    """pytest (standaard importmodus) weigert twee testmodules met dezelfde naam in tests/ en tests/browser/."""
    namen = [p.name for p in (ROOT / "tests").rglob("test_*.py")]
    dubbel = sorted({n for n in namen if namen.count(n) > 1})
    assert not dubbel, f"testbestanden met dezelfde naam: {dubbel}"
