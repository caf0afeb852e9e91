"""Onze eigen CSS en JavaScript kleiner in de gebouwde site (issue 13: hoogstens 80 kB gzip per pagina).

In docs/assets staan de bestanden leesbaar, met uitleg in commentaar. De lezer heeft aan die uitleg
niets: na de build maakt `verklein_map` elke .css en .js van de site die uit docs/ komt kleiner
(commentaar en witruimte weg). Dat doen twee kleine, al lang onderhouden bibliotheken, geen eigen
ontleder: rcssmin en rjsmin (beide van André Malo, vastgepind in requirements.txt). rjsmin
kent teksten, reguliere uitdrukkingen en (niet geneste) template literals; wat het niet kent,
laat het staan. Bestanden die al verkleind zijn (*.min.*, die van het thema) blijven zoals ze zijn.

De tests draaien in de browser op de verkleinde bestanden (filters, zoeker, formulier, checklists),
dus een verkleining die code breekt, valt daar op. Gewone Python zonder MkDocs.
"""
from __future__ import annotations

from pathlib import Path

import rcssmin
import rjsmin


def css(tekst: str) -> str:
    return rcssmin.cssmin(tekst) + "\n"


def js(tekst: str) -> str:
    return rjsmin.jsmin(tekst) + "\n"


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
        klein = css(tekst) if pad.suffix == ".css" else js(tekst)
        gebouwd.write_text(klein, encoding="utf-8")
        uit.append((relatief.as_posix(), len(tekst.encode()), len(klein.encode())))
    return uit
