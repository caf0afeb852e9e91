"""Onze CSS en JS verkleind in de gebouwde site (draaiboek/verkleinen.py); docs/ blijft leesbaar."""
from __future__ import annotations

import gzip
import subprocess
import shutil

import pytest

from bouwhulp import ROOT
from draaiboek import verkleinen


def test_css_zonder_commentaar_maar_met_teksten():
    uit = verkleinen.css('/* uitleg */\n.a::before {\n  content: "/* geen commentaar */";\n}\n')
    assert "uitleg" not in uit
    assert '"/* geen commentaar */"' in uit
    assert uit.count("\n") == 1


def test_js_zonder_commentaar_maar_met_teksten_en_regex():
    bron = ('/* uitleg */\nvar a = "// geen commentaar"; // weg\nvar r = /\\/\\*x/;\n'
            'var t = `regel 1\n  regel 2`;\n')
    uit = verkleinen.js(bron)
    assert "uitleg" not in uit and "weg" not in uit
    assert '"// geen commentaar"' in uit
    assert "/\\/\\*x/" in uit
    assert "`regel 1\n  regel 2`" in uit  # een template literal blijft precies zoals hij was


@pytest.mark.skipif(shutil.which("node") is None, reason="node ontbreekt")
def test_verkleinde_scripts_blijven_geldig_javascript(tmp_path):
    for bron in sorted((ROOT / "docs" / "assets" / "javascripts").glob("*.js")):
        doel = tmp_path / bron.name
        doel.write_text(verkleinen.js(bron.read_text(encoding="utf-8")), encoding="utf-8")
        uit = subprocess.run(["node", "--check", str(doel)], capture_output=True, text=True)
        assert uit.returncode == 0, f"{bron.name}: {uit.stderr}"


def test_gebouwde_site_heeft_verkleinde_eigen_bestanden(site):
    gewicht = {}
    for bron in (ROOT / "docs" / "assets").rglob("*"):
        if bron.suffix not in (".css", ".js") or ".min." in bron.name:
            continue
        gebouwd = site.site / bron.relative_to(ROOT / "docs")
        assert gebouwd.read_text(encoding="utf-8") == (
            verkleinen.css if bron.suffix == ".css" else verkleinen.js)(bron.read_text(encoding="utf-8"))
        gewicht[bron.name] = (len(gzip.compress(bron.read_bytes())), len(gzip.compress(gebouwd.read_bytes())))
    # wat op elke pagina laadt, is echt lichter geworden
    voor, na = gewicht["extra.css"]
    assert na < voor
