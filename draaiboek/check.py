"""Controleer de gegevens (ook de bedragen in data/feiten.yaml) zonder de site te bouwen.

    python -m draaiboek.check            # vanuit de hoofdmap van het project
    python -m draaiboek.check PAD        # een andere projectmap

Controleert de praktijkvoorbeelden, de sociale kaart, de gemeenten en de openbare diensten, en
de hoofdstukken in docs/ (front matter, Jinja, HTML, links, voetnoten; zie draaiboek/hoofdstukken.py).
Drukt "OK: ..." af met de dekking van de lokale diensten per gemeente
("woonmaatschappij bekend voor 120/285 gemeenten"), of alle problemen samen (afsluitcode 1).
Laadt geen MkDocs, zodat de controle in minder dan een seconde klaar is.
"""
from __future__ import annotations

import sys
from pathlib import Path

from draaiboek import diensten, feiten, hoofdstukken
from draaiboek.gegevens import controleer


def dekking_tekst(kaart: diensten.Kaart) -> list[str]:
    regels = []
    brussel = kaart.dekking_brussel()
    for soort, (bekend, totaal) in kaart.dekking().items():
        b_bekend, b_totaal = brussel[soort]
        uitleg = " (volgens de wet, in elke gemeente)" if soort == "ocmw" else ""
        regels.append(f"{soort} bekend voor {bekend}/{totaal} Vlaamse gemeenten en "
                      f"{b_bekend}/{b_totaal} Brusselse{uitleg}")
    return regels


def onbekende_gemeenten(gegevens, kaart: diensten.Kaart) -> list[str]:
    """Initiatieven en praktijkvoorbeelden waarvan de gemeente geen gemeente van 2025 is (bv. een
    gemeente die op 1 januari 2025 fuseerde). Geen fout: de zoeker toont ze dan alleen bij hun
    provincie. Zet de naam van 2025 in het veld om ze bij de gemeente te tonen."""
    from draaiboek.zoeker import gemeente_bij_naam, gemeenten_per_naam

    register = gemeenten_per_naam(kaart)
    uit = []
    for soort, bestand, items in (("initiatief", "data/initiatives.yaml", gegevens.initiatieven),
                                  ("praktijk", "data/practices.yaml", gegevens.praktijken)):
        for item in items:
            naam = item.gemeente
            if naam and naam != "meerdere gemeenten" and gemeente_bij_naam(kaart, naam, register) is None:
                uit.append(f'{bestand}, regel {item.regel}, {soort} "{item.id}": gemeente "{naam}" is geen '
                           "gemeente op 1 januari 2025 (data/gemeenten.json); de gemeentezoeker toont dit "
                           "item alleen bij de provincie. Gebruik de naam na de fusie als het om een fusie gaat.")
    return uit


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__.strip())
        return 0
    basis = Path(argv[0]) if argv else Path(__file__).resolve().parent.parent
    gegevens, meldingen = controleer(basis)
    kaart, meldingen_kaart = diensten.controleer(basis)
    meldingen = meldingen + meldingen_kaart + hoofdstukken.controleer(basis)
    alle_feiten, feit_meldingen = {}, []
    if (basis / feiten.FEITEN_BESTAND).exists():  # een kale testmap zonder bedragen mag
        alle_feiten, feit_meldingen = feiten.controleer(basis)
    meldingen = list(meldingen) + list(feit_meldingen)
    if meldingen:
        for m in meldingen:
            print(m, file=sys.stderr)
        aantal = f"{len(meldingen)} {'probleem' if len(meldingen) == 1 else 'problemen'}"
        print(f"{aantal} gevonden. Verbeter alles en controleer opnieuw.", file=sys.stderr)
        return 1
    print(f"OK: {len(gegevens.praktijken)} praktijkvoorbeelden, {len(gegevens.initiatieven)} initiatieven, "
          f"{len(kaart.gemeenten)} gemeenten, {len(kaart.diensten)} openbare diensten, "
          f"{len(alle_feiten)} bedragen en regels")
    print("Dekking van de lokale diensten:")
    for regel in dekking_tekst(kaart):
        print(f"  {regel}")
    for regel in onbekende_gemeenten(gegevens, kaart):
        print(f"Let op: {regel}")
    return 0


def veilig_main(argv: list[str] | None = None) -> int:
    """main(), maar een onverwachte fout wordt een Nederlandse melding zonder traceback."""
    try:
        return main(argv)
    except BrokenPipeError:  # uitvoer naar `head` e.d. die vroeg stopt
        return 0
    except Exception as fout:  # noqa: BLE001 - laatste vangnet: nooit een traceback voor een medewerker
        print("De controle liep vast op iets wat ze niet verwacht (een fout in het programma, niet in jouw "
              f"gegevens): {type(fout).__name__}. Meld dit aan de redactie, met het bestand dat je "
              "aanpaste.", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(veilig_main())
