#!/usr/bin/env python3
"""Haal de meegeleverde lettertypen (opnieuw) op en schrijf docs/assets/fonts/lettertypen.css.

De PDF gebruikt Atkinson Hyperlegible (tekst) en Atkinson Hyperlegible Mono (code), uit de
npm-pakketten van Fontsource (SIL Open Font License 1.1). De bestanden staan in het project,
zodat de PDF op elke machine dezelfde opmaak krijgt, ook waar alleen DejaVu geïnstalleerd is.

Gebruik:  python3 scripts/lettertypen.py   (vraagt npm; daarna de wijziging committen)
"""
from __future__ import annotations

import json
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

VERSIE = "5.3.0"
PAKKETTEN = {"atkinson-hyperlegible": "Atkinson Hyperlegible",
             "atkinson-hyperlegible-mono": "Atkinson Hyperlegible Mono"}
GEWICHTEN = (400, 700)
STIJLEN = ("normal", "italic")
SUBSETS = ("latin-ext", "latin")
DOEL = Path(__file__).resolve().parent.parent / "docs" / "assets" / "fonts"

KOP = """/* Lettertypen voor afdrukken en de PDF, meegeleverd met het project (SIL Open Font License 1.1,
 * zie OFL-*.txt). Bron: npm-pakketten @fontsource/atkinson-hyperlegible {v} en
 * @fontsource/atkinson-hyperlegible-mono {v} (subsets latin en latin-ext, 400 en 700).
 * Zo hangt de opmaak van de PDF niet af van de lettertypen die toevallig op een machine staan.
 * Gemaakt door scripts/lettertypen.py; niet met de hand wijzigen. Op het scherm gebruikt de
 * site systeemlettertypen: een @font-face laadt pas als een regel het lettertype gebruikt. */"""

FONT_FACE = """@font-face {{
  font-family: "{familie}";
  font-style: {stijl};
  font-weight: {gewicht};
  font-display: block;
  src: url("{bestand}") format("woff2");
  unicode-range: {bereik};
}}"""


def main() -> None:
    regels = [KOP.format(v=VERSIE)]
    with tempfile.TemporaryDirectory() as tmp:
        for pakket, familie in PAKKETTEN.items():
            subprocess.run(["npm", "pack", "--silent", f"@fontsource/{pakket}@{VERSIE}"],
                           cwd=tmp, check=True, stdout=subprocess.DEVNULL)
            uitpak = Path(tmp) / pakket
            with tarfile.open(Path(tmp) / f"fontsource-{pakket}-{VERSIE}.tgz") as tar:
                tar.extractall(uitpak, filter="data")
            map_ = uitpak / "package"
            shutil.copy(map_ / "LICENSE", DOEL / f"OFL-{pakket}.txt")
            bereiken = json.loads((map_ / "unicode.json").read_text())
            for gewicht in GEWICHTEN:
                for stijl in STIJLEN:
                    for subset in SUBSETS:
                        bestand = f"{pakket}-{subset}-{gewicht}-{stijl}.woff2"
                        shutil.copy(map_ / "files" / bestand, DOEL / bestand)
                        regels.append(FONT_FACE.format(familie=familie, stijl=stijl, gewicht=gewicht,
                                                       bestand=bestand, bereik=bereiken[subset]))
    (DOEL / "lettertypen.css").write_text("\n".join(regels) + "\n", encoding="utf-8")
    print(f"{DOEL}: {len(regels) - 1} lettertypebestanden")


if __name__ == "__main__":
    main()
