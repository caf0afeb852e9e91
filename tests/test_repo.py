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
