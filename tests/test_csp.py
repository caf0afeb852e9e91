"""Content-Security-Policy: elke pagina heeft er een, met de hash van elk inline script dat het
thema zet, en nooit de hash van een script uit een hoofdstuk."""
from __future__ import annotations

import re

from draaiboek import csp

PAGINA = f"""<html><head>
<meta http-equiv="Content-Security-Policy" content="{csp.PLAATSHOUDER}">
<script>var thema = 1;</script>
<script id="__config" type="application/json">{{"a": 1}}</script>
<script src="x.js"></script>
</head><body><article><script>alert('uit een hoofdstuk')</script></article>
<style>.x{{color:red}}</style></body></html>"""


def _beleid(html: str) -> str:
    m = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)">', html)
    assert m, "geen CSP-meta"
    return m.group(1)


def test_hash_van_thema_wel_van_hoofdstuk_niet():
    uit = csp.zet_beleid(PAGINA, inhoud="<article><script>alert('uit een hoofdstuk')</script></article>")
    beleid = _beleid(uit)
    assert csp._hash("var thema = 1;") in beleid
    assert csp._hash("alert('uit een hoofdstuk')") not in beleid
    assert csp._hash('{"a": 1}') not in beleid  # JSON voert de browser niet uit
    assert csp._hash(".x{color:red}") in beleid.split("style-src")[1]
    assert "default-src 'none'" in beleid and "object-src 'none'" in beleid
    assert "unsafe-inline" not in beleid and "unsafe-eval" not in beleid
    assert "frame-ancestors" not in beleid  # een meta-tag negeert dat; de browser klaagt erover


def test_verboden_hashes_blijven_buiten_het_beleid():
    uit = csp.zet_beleid(PAGINA, verboden={csp._hash("var thema = 1;")})
    assert csp._hash("var thema = 1;") not in _beleid(uit)


def test_elke_gebouwde_pagina_heeft_een_beleid_met_elk_inline_script(site):
    paginas = sorted(site.site.rglob("*.html"))
    assert len(paginas) > 10
    for pad in paginas:
        html = pad.read_text(encoding="utf-8")
        assert csp.PLAATSHOUDER not in html, pad
        beleid = _beleid(html)
        assert html.index("Content-Security-Policy") < html.index("<script"), f"{pad}: beleid na een script"
        assert '<meta name="referrer" content="no-referrer">' in html, pad
        scripts = re.search(r"script-src ([^;]*)", beleid).group(1).split()
        stijlen = re.search(r"style-src ([^;]*)", beleid).group(1).split()
        assert scripts[0] == "'self'" and stijlen[0] == "'self'"
        for inhoud in csp.inline_scripts(html):
            assert csp._hash(inhoud) in scripts, f"{pad}: inline script zonder hash: {inhoud[:80]!r}"
        for inhoud in csp.inline_stijlen(html):
            assert csp._hash(inhoud) in stijlen, f"{pad}: <style> zonder hash: {inhoud[:80]!r}"
        # Geen attributen die code uitvoeren (die laat het beleid niet toe).
        assert not re.search(r"<[a-z][^>]*\son[a-z]+\s*=", html), f"{pad}: on...= attribuut"
