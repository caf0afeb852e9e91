"""De verkleiner van onze eigen CSS en JavaScript (draaiboek/verkleinen.py)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from draaiboek import verkleinen

ROOT = Path(__file__).resolve().parents[1]
ASSETS = ROOT / "docs" / "assets"


def test_css_zonder_commentaar_en_witruimte_maar_teksten_blijven():
    bron = '/* uitleg */\n.a > .b ,  .c {\n  content: "a ,  b /* geen commentaar */" ;\n  color: red;\n}\n' \
           "@media screen and (max-width: 44em) {\n  .x :is(a, b) { margin: 0 }\n}\n"
    assert verkleinen.css(bron) == ('.a>.b,.c{content: "a ,  b /* geen commentaar */";color: red}'
                                    "@media screen and (max-width: 44em){.x :is(a,b){margin: 0}}\n")


def test_js_alleen_hele_regels_commentaar_en_inspringing():
    bron = ("/* kop\n * uitleg */\n(function () {\n  // weg\n"
            '  var a = "x // blijft"; /* blijft */ var b = 1; /* ook */\n\n  /* weg */\n  return a;\n})();\n')
    assert verkleinen.js(bron) == ('(function () {\nvar a = "x // blijft"; /* blijft */ var b = 1; /* ook */\n'
                                   "return a;\n})();\n")


@pytest.mark.parametrize("bron", ["var a = `x\n  y`;\n", 'var a = "x\\\n  y";\n'])
def test_js_met_tekst_over_regels_is_een_fout(bron):
    with pytest.raises(verkleinen.VerkleinFout):
        verkleinen.js(bron, "x.js")


def test_verklein_map_laat_min_bestanden_en_andere_bestanden_staan(tmp_path):
    bron, doel = tmp_path / "docs", tmp_path / "site"
    for map_ in (bron, doel):
        (map_ / "a").mkdir(parents=True)
        (map_ / "a" / "x.css").write_text("/* c */ .x { color: red; }\n")
        (map_ / "a" / "y.min.js").write_text("/* c */\nvar y;\n")
    (doel / "a" / "thema.js").write_text("/* van het thema */\nvar t;\n")
    uit = verkleinen.verklein_map(bron, doel)
    assert [u[0] for u in uit] == ["a/x.css"]
    assert (doel / "a" / "x.css").read_text() == ".x{color: red}\n"
    assert (doel / "a" / "y.min.js").read_text() == "/* c */\nvar y;\n"
    assert (doel / "a" / "thema.js").read_text() == "/* van het thema */\nvar t;\n"


@pytest.mark.parametrize("pad", sorted(ASSETS.rglob("*.js")), ids=lambda p: p.name)
def test_elk_verkleind_script_is_geldig_javascript(pad, tmp_path):
    node = shutil.which("node")
    if not node:
        pytest.fail("node ontbreekt (komt met npm, zie README)", pytrace=False)
    klein = tmp_path / pad.name
    klein.write_text(verkleinen.js(pad.read_text(encoding="utf-8"), pad.name), encoding="utf-8")
    uit = subprocess.run([node, "--check", str(klein)], capture_output=True, text=True)
    assert uit.returncode == 0, uit.stderr
    assert len(klein.read_bytes()) < len(pad.read_bytes())
