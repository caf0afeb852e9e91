"""Kaarten die niet door Markdown gaan (draaiboek/blokken.py)."""
from __future__ import annotations

import markdown
import pytest

from draaiboek.blokken import Blokken, OnbekendMerkteken

KAART = '<article class="vzw-kaart">\n<h3 id="praktijk-a">A &amp; B</h3>\n<p>*geen nadruk*</p>\n</article>'


def _markdown(tekst: str) -> str:
    return markdown.markdown(tekst, extensions=["md_in_html", "attr_list", "abbr", "toc"])


def test_blok_komt_ongewijzigd_terug_waar_het_merkteken_stond():
    b = Blokken()
    md = "# Titel\n\nVoor de kaart.\n" + b.bewaar(f"\n\n{KAART}\n\n") + "Na de kaart.\n"
    assert "<article" not in md
    html = b.vul_in(_markdown(md))
    assert KAART in html
    assert html.index("Voor de kaart") < html.index(KAART) < html.index("Na de kaart")
    assert "vzw-blok" not in html and "<em>" not in html


def test_twee_blokken_en_een_merkteken_in_een_lijst():
    b = Blokken()
    md = "- punt\n" + b.bewaar("<p>een</p>") + "Tekst\n\n" + b.bewaar("<p>twee</p>")
    html = b.vul_in(_markdown(md))
    assert html.index("<p>een</p>") < html.index("Tekst") < html.index("<p>twee</p>")
    assert len(b) == 2


def test_merkteken_van_een_andere_build_of_pagina_is_geen_blok():
    a, b = Blokken(), Blokken()
    merk = a.bewaar("<p>x</p>")
    assert "<p>x</p>" not in b.vul_in(_markdown(merk))  # een vreemd commentaar blijft commentaar
    b.bewaar("<p>y</p>")
    with pytest.raises(OnbekendMerkteken, match="zonder merkteken"):
        b.vul_in(_markdown(merk))


def test_ankers_voor_de_linkcontrole():
    b = Blokken()
    b.bewaar(KAART + '<section id="kaart-oost-vlaanderen"><p id="x&amp;y">z</p></section>')
    assert b.ankers() == {"praktijk-a", "kaart-oost-vlaanderen", "x&y"}
