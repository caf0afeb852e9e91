"""De hoofdstukken worden gecontroleerd zoals de gegevens: front matter, Jinja, HTML, links,
voetnoten en tekens, met een Nederlandse melding per bestand en regel."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest

from bouwhulp import ROOT, bouw, kopieer_project
from draaiboek import hoofdstukken

VANDAAG = dt.date(2026, 11, 29)
MACROS = {"praktijken", "aantal_praktijken", "bronnenlijst"}

GOED = """\
---
title: Een hoofdstuk
description: Een korte beschrijving.
laatst_nagekeken: 2026-11-27
---

# Een hoofdstuk

Tekst met een bron.[^bron] Er zijn {{ aantal_praktijken() }} voorbeelden.

Zie [opstarten](opstarten.md), [mail](mailto:info@example.org) en <https://www.vlaanderen.be/>.

```
<script>dit is code die de site als tekst toont</script> [^geen-voetnoot] javascript:x
```

Ook `<iframe>` als `code` mag.

{{ praktijken(fase="opstarten", kop=3) }}

{% raw %}{{ dit is geen macro }}{% endraw %}

[^bron]: Uitgever, *Titel*, 2024, geraadpleegd november 2026. <https://example.org/bron>
"""


def meldingen(tekst: str, **kw) -> list[str]:
    return [str(m) for m in hoofdstukken.controleer_pagina("docs/x.md", tekst, MACROS, VANDAAG, **kw)]


def een(tekst: str, *stukjes: str) -> str:
    uit = meldingen(tekst)
    assert len(uit) == 1, uit
    for stuk in stukjes:
        assert stuk in uit[0], (stuk, uit[0])
    return uit[0]


def regel_van(tekst: str, stuk: str) -> int:
    return next(nr for nr, r in enumerate(tekst.splitlines(), 1) if stuk in r)


def met(extra: str) -> str:
    """Het goede hoofdstuk met een extra regel vlak voor de voetnoot."""
    return GOED.replace("[^bron]: Uitgever", extra + "\n\n[^bron]: Uitgever")


def test_goed_hoofdstuk_heeft_geen_meldingen():
    assert meldingen(GOED) == []


def test_echte_hoofdstukken_zijn_in_orde():
    assert [str(m) for m in hoofdstukken.controleer(ROOT)] == []


def test_macros_komen_uit_macros_py():
    namen = hoofdstukken.macro_namen(ROOT)
    assert {"praktijken", "sociale_kaart", "bronnenlijst"} <= namen
    assert "define_env" not in namen


@pytest.mark.parametrize("regel, stuk", [
    ("<script>alert(1)</script>", "<script>"),
    ("<SCRIPT src=x.js></SCRIPT>", "<script>"),
    ('<iframe src="https://evil.example/"></iframe>', "<iframe>"),
    ("<object data=x></object>", "<object>"),
    ('<base href="https://evil.example/">', "<base>"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "<meta>"),
    ("<style>body{display:none}</style>", "<style>"),
    ('<p onclick="alert(1)">x</p>', "onclick="),
    ('<span\n  onmouseover=alert(1)>x</span>', "onmouseover="),
    ("[klik](javascript:alert(1))", "javascript:"),
    ("[klik](JaVaScRiPt:alert(1))", "javascript:"),
    ("[klik](java&#x09;script:alert(1))", "javascript:"),
    ('<a href="javascript:alert(1)">x</a>', "javascript:"),
    ("[klik](data:text/html,<script>alert(1)</script>)", "data:"),
    ("[klik](http://example.org/)", "http://"),
    ("<http://example.org/>", "http://"),
    ("[x]: http://example.org/", "http://"),
    ("[klik](//evil.example/)", "//"),
    ("[klik](https://www.vlaanderen.be@evil.example/)", "gebruikersnaam"),
    ("[klik](https://127.0.0.1/)", "IP-adres"),
    ("![pixel](https://tracker.example/p.gif)", "andere website"),
    ('<img src="https://tracker.example/p.gif" alt="">', "andere website"),
    ('<video poster="https://evil.example/p.jpg"></video>', "andere website"),
    ('<img srcset="a.png 1x, https://evil.example/b.png 2x" alt="">', "andere website"),
    ("Tekst met een nieuwe voetnoot.[^nieuw]", "[^nieuw] heeft geen uitleg"),
    ("Tekst met \u202eomgedraaid\u202c.", "leesrichting"),
    ("Tekst met een \x1b[31mESC.", "U+001B"),
])
def test_geweigerd_met_bestand_en_regel(regel, stuk):
    tekst = met(regel)
    uit = meldingen(tekst)
    assert any(stuk in m for m in uit), uit
    nr = regel_van(tekst, regel.splitlines()[0])
    assert all(m.startswith((f"docs/x.md, regel {nr}:", f"docs/x.md, regel {nr},")) for m in uit), uit


@pytest.mark.parametrize("jinja", [
    "{{ cycler.__init__.__globals__.os.getcwd() }}",
    "{{ config }}",
    "{{ praktijken(fase=config.x) }}",
    "{{ praktijken(**kw) }}",
    "{{ aantal_praktijken() | safe }}",
    "{{ onbekend() }}",
    "{{ 'tekst' }}",
    "{% set x = 1 %}",
    "{% for x in range(3) %}x{% endfor %}",
    "{% include 'mkdocs.yml' %}",
    "{% import 'x' as y %}",
    "{{ lipsum.__globals__['os'].popen('id').read() }}",
])
def test_jinja_buiten_eigen_macros_met_vaste_waarden_geweigerd(jinja):
    tekst = met(jinja)
    uit = meldingen(tekst)
    assert uit, jinja
    assert all(m.startswith(f"docs/x.md, regel {regel_van(tekst, jinja)}:") for m in uit), uit


def test_jinja_syntaxfout():
    een(met("{{ praktijken( }}"), "Jinja-fout", "{% raw %}")


def test_ongebruikte_en_dubbele_voetnoot():
    tekst = met("[^weg]: Bron, 2020. <https://example.org/weg>\n[^bron]: Nog eens, 2020. <https://example.org/b>")
    uit = meldingen(tekst)
    assert any("[^weg] wordt nergens" in m for m in uit), uit
    assert any("[^bron] staat twee keer" in m for m in uit), uit


@pytest.mark.parametrize("oud, nieuw, stuk", [
    ("title: Een hoofdstuk\n", "", '"title" ontbreekt'),
    ("description: Een korte beschrijving.\n", "", '"description" ontbreekt'),
    ("description: Een korte beschrijving.\n", "description: ''\n", '"description" ontbreekt of is leeg'),
    ("laatst_nagekeken: 2026-11-27\n", "", '"laatst_nagekeken" ontbreekt'),
    ("laatst_nagekeken: 2026-11-27", "laatst_nagekeken: 2026-02-30", "geen bestaande datum"),
    ("laatst_nagekeken: 2026-11-27", "laatst_nagekeken: 2027-01-01", "toekomst"),
    ("laatst_nagekeken: 2026-11-27", "laatst_nagekeken: 1000-01-01", "vóór 1990"),
    ("laatst_nagekeken: 2026-11-27", "laatst_nagekeken: gisteren", "JJJJ-MM-DD"),
    ("title: Een hoofdstuk", "title: Een: hoofdstuk", "YAML"),
    ("title: Een hoofdstuk", "title: \"\\u200b\"", "onzichtbare"),
])
def test_front_matter_zegt_wat_er_mis_is(oud, nieuw, stuk):
    m = een(GOED.replace(oud, nieuw, 1), stuk, "front matter")
    assert m.startswith("docs/x.md, regel "), m


def test_zonder_front_matter():
    een(GOED.split("---\n", 2)[2], "front matter")


def test_http_uitzonderingen_hebben_een_reden_en_worden_gebruikt():
    alles = "".join(p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md"))
    for url, reden in hoofdstukken.HTTP_UITZONDERINGEN.items():
        assert url.startswith("http://") and reden.strip()
        assert url in alles, f"{url} staat niet meer in de hoofdstukken: haal het uit HTTP_UITZONDERINGEN"


def test_controlecommando_meldt_hoofdstukken(tmp_path):
    project = kopieer_project(tmp_path / "project")
    pad = project / "docs" / "evalueren" / "index.md"
    pad.write_text(pad.read_text(encoding="utf-8") + "\n<script>alert(1)</script>\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "draaiboek.check", str(project)], cwd=ROOT,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "docs/evalueren/index.md, regel " in r.stderr and "<script>" in r.stderr and "Traceback" not in r.stderr


def test_build_weigert_jinja_voor_het_uitgevoerd_wordt(tmp_path):
    """{{ cycler...getcwd() }} liep vroeger bij de build en kwam op de pagina; nu stopt de build eerst."""
    project = kopieer_project(tmp_path / "project")
    pad = project / "docs" / "evalueren" / "index.md"
    pad.write_text(pad.read_text(encoding="utf-8") + "\nMap: {{ cycler.__init__.__globals__.os.getcwd() }}\n"
                   "\n<img src=x onerror=alert(1)>\n", encoding="utf-8")
    build = bouw(project, tmp_path / "site")
    assert build.returncode != 0
    assert "docs/evalueren/index.md, regel " in build.uitvoer and "onerror=" in build.uitvoer
    assert "tussen {{ en }} mag alleen een macro" in build.uitvoer
    assert not (tmp_path / "site" / "evalueren" / "index.html").exists()


def test_vangnet_op_de_html_vindt_wat_de_bron_verstopt():
    """Een verwijzing met het adres op de volgende regel ontsnapt aan de regel-per-regelcontrole
    van de bron; de controle van de omgezette HTML (bij de build) vindt ze toch."""
    import markdown

    bron = "Zie [hier][r] en ![x][p].\n\n[r]:\n    javascript:alert(1)\n[p]:\n    https://tracker.example/p.gif\n"
    html = markdown.markdown(bron)
    uit = [str(m) for m in hoofdstukken.controleer_html("docs/x.md", html, bron)]
    assert any("javascript:" in m and m.startswith("docs/x.md, regel 4:") for m in uit), uit
    assert any("andere website" in m and m.startswith("docs/x.md, regel 6:") for m in uit), uit
    goed = markdown.markdown(GOED.split("---\n", 2)[2], extensions=["fenced_code", "footnotes"])
    assert hoofdstukken.controleer_html("docs/x.md", goed, GOED) == []


# Eigenschappen: willekeurige tekst en verminkte hoofdstukken geven meldingen, nooit een traceback.
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SNEL = settings(max_examples=int(os.environ.get("DRAAIBOEK_HYPOTHESIS", "60")), deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
_STUKKEN = st.sampled_from(["{{", "}}", "{%", "%}", "{#", "(", "[" * 3000, "(" * 3000, "<script>", "<a href='",
                            "[^x]", "[^bron]:", "---\n", "\n", ":", "\x00", "\u202e", "](javascript:", "<!--",
                            "```\n", "`", "\\", "&#x6a;", "\ud800"])


def _goed_gevormd(uit) -> None:
    for m in uit:
        assert str(m).startswith("docs/x.md, regel "), m
        assert m.regel >= 1


@_SNEL
@given(st.text(max_size=300))
def test_willekeurige_tekst_als_hoofdstuk(tekst):
    _goed_gevormd(hoofdstukken.controleer_pagina("docs/x.md", tekst, MACROS, VANDAAG))


@_SNEL
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(GOED)), _STUKKEN), min_size=1, max_size=4))
def test_verminkte_hoofdstukken(verminkingen):
    tekst = GOED
    for plaats, stuk in verminkingen:
        tekst = tekst[:plaats] + stuk + tekst[plaats:]
    _goed_gevormd(hoofdstukken.controleer_pagina("docs/x.md", tekst, MACROS, VANDAAG))
