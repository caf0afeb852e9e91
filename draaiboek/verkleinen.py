"""Onze eigen CSS en JavaScript kleiner in de gebouwde site (issue 13: hoogstens 80 kB gzip per pagina).

In docs/assets staan de bestanden leesbaar, met uitleg in commentaar. De lezer heeft aan die
uitleg niets: na de build haalt `verklein_map` uit elke .css en .js van de site die uit docs/
komt het commentaar en de inspringing weg. Dat scheelt 0,3 tot 2 kB gzip per bestand (extra.css
op elke pagina bijna 2 kB). Bestanden die al verkleind zijn (*.min.js, *.min.css, die van het
thema) blijven zoals ze zijn.

Bewust eenvoudig, zodat het nooit code verandert:
- CSS: commentaar weg en witruimte samen, nooit binnen een tekst tussen aanhalingstekens.
- JavaScript: alleen hele regels commentaar (`// ...` en `/* ... */` die op een eigen regel
  beginnen en eindigen), inspringing en lege regels. Geen hernoemen, niets binnen een regel.
  Dat is alleen veilig zolang geen tekst over meer regels loopt: een template literal (`) buiten
  commentaar of een regel die eindigt op een backslash is een fout, geen stille verandering.
Gewone Python zonder MkDocs.
"""
from __future__ import annotations

import re
from pathlib import Path

_CSS_DELEN = re.compile(r'("(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\')|(/\*.*?\*/)|([^"\'/]+|/)', re.S)
_JS_BLOK = re.compile(r"^[ \t]*/\*(?:(?!\*/).)*\*/[ \t]*(?:\n|\Z)", re.S | re.M)
_JS_REGEL = re.compile(r"^[ \t]*//.*(?:\n|\Z)", re.M)


class VerkleinFout(ValueError):
    """Een bestand dat deze eenvoudige verkleiner niet veilig kan verkleinen."""


def css(tekst: str) -> str:
    """CSS zonder commentaar, met witruimte samengevoegd (teksten tussen aanhalingstekens blijven)."""
    uit = []
    for m in _CSS_DELEN.finditer(tekst):
        tekst_deel, commentaar, code = m.groups()
        if tekst_deel is not None:
            uit.append(tekst_deel)
        elif commentaar is not None:
            uit.append(" ")
        else:
            code = re.sub(r"\s+", " ", code)
            uit.append(re.sub(r" ?([{};,>]) ?", r"\1", code).replace(";}", "}"))
    return "".join(uit).strip() + "\n"


def js(tekst: str, naam: str = "") -> str:
    """JavaScript zonder hele regels commentaar, inspringing en lege regels (zie de uitleg bovenaan)."""
    zonder = _JS_REGEL.sub("", _JS_BLOK.sub("", tekst))
    zonder_commentaar = re.sub(r"/\*.*?\*/|//[^\n]*", "", zonder, flags=re.S)
    if "`" in zonder_commentaar:
        raise VerkleinFout(f"{naam}: een template literal (`) kan over regels lopen; de verkleiner laat "
                           "de inspringing dan niet veilig weg. Gebruik gewone aanhalingstekens.")
    if re.search(r"\\\n", zonder):
        raise VerkleinFout(f"{naam}: een regel eindigt op een backslash (tekst over twee regels); "
                           "de verkleiner laat de inspringing dan niet veilig weg.")
    regels = (r.strip() for r in zonder.split("\n"))
    return "\n".join(r for r in regels if r) + "\n"


def verklein_map(bron: Path, doel: Path) -> list[tuple[str, int, int]]:
    """Verkleint in `doel` (de site) elke .css en .js die ook in `bron` (docs/) staat, behalve
    *.min.*. Geeft (pad, bytes voor, bytes na) per bestand."""
    uit = []
    for pad in sorted(bron.rglob("*")):
        if pad.suffix not in (".css", ".js") or ".min." in pad.name or not pad.is_file():
            continue
        relatief = pad.relative_to(bron)
        gebouwd = doel / relatief
        if not gebouwd.is_file():
            continue
        tekst = gebouwd.read_text(encoding="utf-8")
        klein = css(tekst) if pad.suffix == ".css" else js(tekst, str(relatief))
        gebouwd.write_text(klein, encoding="utf-8")
        uit.append((relatief.as_posix(), len(tekst.encode()), len(klein.encode())))
    return uit
