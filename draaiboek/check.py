"""Controleer de praktijkvoorbeelden en de sociale kaart zonder de site te bouwen.

    python -m draaiboek.check            # vanuit de hoofdmap van het project
    python -m draaiboek.check PAD        # een andere projectmap

Drukt "OK: N praktijkvoorbeelden, M initiatieven" af, of alle problemen samen (afsluitcode 1).
Laadt geen MkDocs, zodat de controle in minder dan een seconde klaar is.
"""
from __future__ import annotations

import sys
from pathlib import Path

from draaiboek.gegevens import controleer


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        return 0
    basis = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent
    gegevens, meldingen = controleer(basis)
    if meldingen:
        for m in meldingen:
            print(m, file=sys.stderr)
        aantal = f"{len(meldingen)} {'probleem' if len(meldingen) == 1 else 'problemen'}"
        print(f"{aantal} gevonden. Verbeter alles en controleer opnieuw.", file=sys.stderr)
        return 1
    print(f"OK: {len(gegevens.praktijken)} praktijkvoorbeelden, {len(gegevens.initiatieven)} initiatieven")
    return 0


if __name__ == "__main__":
    sys.exit(main())
