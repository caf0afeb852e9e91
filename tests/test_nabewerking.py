"""Nabewerking van de HTML: tabellen krijgen de kop van elke kolom bij elke cel (voor telefoons)."""
from __future__ import annotations

import markdown

from draaiboek.nabewerking import tabel_labels

TABEL = """| Organisatie | Wat ze *doet* | Voor wie | Website |
| --- | :-- | --- | --- |
| OCMW | Leefloon & huur | Inwoners | [site](https://example.org) |
| CAW | Welzijn | Iedereen | Website van het "CAW" |
"""


def _html(md: str) -> str:
    return markdown.markdown(md, extensions=["tables"])


def test_elke_cel_krijgt_de_kop_van_haar_kolom():
    uit = tabel_labels(_html(TABEL))
    assert uit.count('data-label="Organisatie"') == 2
    assert uit.count('data-label="Wat ze doet"') == 2  # opmaak in de kop telt niet mee
    assert uit.count('data-label="Website"') == 2
    assert '<td data-label="Wat ze doet" align="left">Leefloon &amp; huur</td>' in uit \
        or '<td data-label="Wat ze doet" style="text-align: left;">Leefloon &amp; huur</td>' in uit
    assert "<th" in uit and "data-label" not in uit.split("<tbody>")[0]


def test_kop_met_aanhalingstekens_en_tags_wordt_veilig_attribuut():
    uit = tabel_labels(_html('| Naam "x" <b>y</b> & z |\n| --- |\n| a |\n'))
    assert 'data-label="Naam &quot;x&quot; y &amp; z"' in uit


def test_tabel_zonder_kopregel_of_al_bewerkt_blijft_gelijk():
    zonder = "<table><tbody><tr><td>a</td></tr></tbody></table>"
    assert tabel_labels(zonder) == zonder
    een_keer = tabel_labels(_html(TABEL))
    assert tabel_labels(een_keer) == een_keer
    assert tabel_labels("<p>geen tabel</p>") == "<p>geen tabel</p>"


def test_meer_cellen_dan_koppen_en_twee_tabellen():
    html = ("<table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>"
            + _html(TABEL))
    uit = tabel_labels(html)
    assert '<tr><td data-label="A">1</td><td>2</td></tr>' in uit
    assert uit.count('data-label="Voor wie"') == 2


def test_elke_navigatie_in_de_site_heeft_een_naam(site):
    """Elke <nav aria-labelledby> wijst naar een label met tekst (axe landmark-unique, WCAG 4.1.2)."""
    import re as _re
    for pad in sorted(site.site.rglob("index.html")):
        html = pad.read_text(encoding="utf-8")
        for ident in _re.findall(r'<nav class="md-nav"[^>]*aria-labelledby="([^"]+)"', html):
            label = _re.search(rf'<label[^>]*id="{_re.escape(ident)}"[^>]*>(.*?)</label>', html, _re.S)
            assert label, (pad, ident)
            assert _re.sub(r"<[^>]+>", "", label.group(1)).strip(), f"{pad}: {ident} heeft geen naam"
