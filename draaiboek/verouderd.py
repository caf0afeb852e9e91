"""Wat moet opnieuw nagekeken worden? Een rapport, geen controle: het faalt nooit omdat de tijd verstrijkt.

    python -m draaiboek.verouderd                      # vandaag
    python -m draaiboek.verouderd --vandaag 2027-06-01  # een vaste datum (tests)
    make verouderd

Drie lijsten:
1. bedragen en regels uit data/feiten.yaml waarvan de nakijkdatum voorbij is;
2. initiatieven op de sociale kaart die al meer dan 24 maanden niet bevestigd zijn
   (afgeleid met gegevens.afgeleide_status, zodra de sociale kaart het veld `bevestigd` heeft);
3. pagina's in docs/ waarvan `laatst_nagekeken` meer dan 12 maanden oud is.

Afsluitcode 0, ook als er veel verouderd is. Alleen onleesbare gegevens geven afsluitcode 1.
Gewone Python zonder MkDocs.
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from draaiboek import feiten, gegevens
from draaiboek.datums import lange_datum

PAGINA_MAANDEN = 12


@dataclass
class Rapport:
    feiten: list[tuple[feiten.Feit, str]]        # (feit, waar het staat)
    initiatieven: list[tuple[str, str, str]]     # (id, naam, statustekst)
    paginas: list[tuple[str, dt.date]]           # (docs/x.md, laatst_nagekeken)
    initiatieven_gekend: bool                    # False zolang de kaart geen bevestigingen kent
    meldingen: list[str]                         # onleesbare gegevens

    @property
    def leeg(self) -> bool:
        return not (self.feiten or self.initiatieven or self.paginas)


def _front_matter_datum(pad: Path) -> dt.date | None:
    tekst = pad.read_text(encoding="utf-8")
    m = re.match(r"\A---\n(.*?)\n---\n", tekst, re.S)
    if not m:
        return None
    d = re.search(r"^laatst_nagekeken:\s*['\"]?(\d{4}-\d{2}-\d{2})", m.group(1), re.M)
    try:
        return dt.date.fromisoformat(d.group(1)) if d else None
    except ValueError:
        return None


def _min_maanden(d: dt.date, maanden: int) -> dt.date:
    jaar, maand = divmod(d.month - 1 - maanden, 12)
    return dt.date(d.year + jaar, maand + 1, min(d.day, 28))


def maak_rapport(basis: Path, vandaag: dt.date) -> Rapport:
    basis = Path(basis)
    meldingen: list[str] = []
    # 1. feiten, met de pagina's die ze gebruiken
    # Controleer op de echte dag (een vaste datum in het verleden maakt bronnen "toekomstig").
    controledag = max(vandaag, dt.date.today())
    alle, fouten = feiten.controleer(basis, controledag)
    meldingen += [str(m) for m in fouten]
    gebruik: dict[str, list[str]] = {}
    docs = basis / "docs"
    for pad in sorted(docs.rglob("*.md")):
        for ident in re.findall(r'\{\{\s*feit\("([^"]+)"\)\s*\}\}', pad.read_text(encoding="utf-8")):
            gebruik.setdefault(ident, [])
            rel = f"docs/{pad.relative_to(docs).as_posix()}"
            if rel not in gebruik[ident]:
                gebruik[ident].append(rel)
    oude_feiten = []
    for f in sorted((alle or {}).values(), key=lambda x: (x.nakijken_voor, x.id)):
        if f.verouderd(vandaag):
            oude_feiten.append((f, ", ".join(gebruik.get(f.id, [])) or "nergens gebruikt"))
    # 2. initiatieven
    oude_initiatieven = []
    afgeleid = getattr(gegevens, "afgeleide_status", None)
    data, fouten = gegevens.controleer(basis, controledag)
    meldingen += [str(m) for m in fouten]
    if afgeleid is not None and data is not None:
        for ini in data.initiatieven:
            status = afgeleid(ini, vandaag)
            if status.code == "niet-recent":
                oude_initiatieven.append((ini.id, ini.naam, status.tekst))
    # 3. pagina's
    grens = _min_maanden(vandaag, PAGINA_MAANDEN)
    oude_paginas = []
    for pad in sorted(docs.rglob("*.md")):
        datum = _front_matter_datum(pad)
        if datum is not None and datum < grens:
            oude_paginas.append((f"docs/{pad.relative_to(docs).as_posix()}", datum))
    return Rapport(oude_feiten, oude_initiatieven, oude_paginas, afgeleid is not None, meldingen)


def tekst(r: Rapport, vandaag: dt.date) -> str:
    regels = [f"Wat opnieuw nagekeken moet worden (stand {lange_datum(vandaag)}):", ""]
    regels.append(f"Bedragen en regels over hun nakijkdatum (data/feiten.yaml): {len(r.feiten)}")
    for f, waar in r.feiten:
        regels.append(f"  - {f.id}: {feiten.waarde_tekst(f)} ({feiten.stand_tekst(f).replace(', controleer', '')}, "
                      f"nakijken vóór {feiten.maand_jaar(f.nakijken_voor)}; bron: {f.bron.url}) – {waar}")
    regels.append("")
    if r.initiatieven_gekend:
        regels.append(f"Initiatieven zonder bevestiging in de laatste 24 maanden (data/initiatives.yaml): "
                      f"{len(r.initiatieven)}")
        for ident, naam, status in r.initiatieven:
            regels.append(f"  - {ident}: {naam} ({status})")
    else:
        regels.append("Initiatieven: de sociale kaart heeft nog geen bevestigingsdatums; deze lijst volgt "
                      "zodra data/initiatives.yaml het veld 'bevestigd' heeft.")
    regels.append("")
    regels.append(f"Pagina's die langer dan {PAGINA_MAANDEN} maanden niet nagekeken zijn: {len(r.paginas)}")
    for pad, datum in r.paginas:
        regels.append(f"  - {pad} (laatst nagekeken {lange_datum(datum)})")
    if r.meldingen:
        regels += ["", "De gegevens zijn niet te lezen:"] + [f"  {m}" for m in r.meldingen]
    return "\n".join(regels)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m draaiboek.verouderd",
                                 description="Lijst van verouderde bedragen, initiatieven en pagina's.")
    ap.add_argument("--vandaag", help="datum JJJJ-MM-DD in plaats van vandaag")
    ap.add_argument("basis", nargs="?", default=str(Path(__file__).resolve().parent.parent))
    args = ap.parse_args(argv)
    try:
        vandaag = dt.date.fromisoformat(args.vandaag) if args.vandaag else dt.date.today()
    except ValueError:
        print(f"--vandaag {args.vandaag!r} is geen datum in de vorm JJJJ-MM-DD", file=sys.stderr)
        return 2
    r = maak_rapport(Path(args.basis), vandaag)
    print(tekst(r, vandaag))
    return 1 if r.meldingen else 0


if __name__ == "__main__":
    sys.exit(main())
