"""Bedragen en regels (data/feiten.yaml): laden, controleren, tonen en veroudering bepalen.

Gewone Python zonder MkDocs.

    from draaiboek import feiten
    alle = feiten.laad(Path("."))                 # GegevensFout met alle problemen, anders {id: Feit}
    feiten.html(alle["leefloon-alleenstaande"], vandaag)
    # '€ 1.288,46 per maand <span class="vzw-stand">(stand mei 2024, controleer)</span>'

Een feit veroudert: de *stand* is de datum waarop de waarde zeker gold (`geldig_vanaf`, of als
die "onbekend" is de maand waarin de redactie de bron las). Na `nakijken_binnen_maanden` maanden
vanaf de stand is het feit verouderd. Dan staat "stand <maand jaar>, controleer" bij de waarde,
op de site en in de PDF. Een historisch feit (het bedrag van een vorig jaar) veroudert nooit.

De meldingen hebben dezelfde vorm als die van de andere gegevensbestanden:
`data/feiten.yaml, regel 12, feit "leefloon-alleenstaande": veld "waarde" ...`.
"""
from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from draaiboek import gegevens
from draaiboek.datums import MAANDEN
from draaiboek.gegevens import GegevensFout, Melding

FEITEN_BESTAND = "data/feiten.yaml"
SCHEMA_BESTAND = "data/feiten.schema.json"

# Meldingen noemen een item 'feit "id"' (zie gegevens._Bestand.item_naam).
gegevens._SOORT.setdefault("feiten", ("feit", "feit"))

_DATUM = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True)
class FeitBron:
    titel: str
    uitgever: str
    url: str
    datum: str
    geraadpleegd: str


@dataclass(frozen=True)
class Feit:
    id: str
    omschrijving: str
    soort: str            # bedrag | getal | tekst
    waarde: object        # float/int bij bedrag en getal, str bij tekst
    geldig_vanaf: str     # JJJJ[-MM[-DD]] of "onbekend"
    bron: FeitBron
    nakijken_binnen_maanden: int
    eenheid: str | None = None
    historisch: bool = False
    regel: int = 0

    @property
    def stand(self) -> dt.date:
        """De datum waarop de waarde zeker gold."""
        if self.geldig_vanaf != "onbekend":
            return _begin(self.geldig_vanaf)
        return _begin(self.bron.geraadpleegd)

    @property
    def nakijken_voor(self) -> dt.date:
        return _plus_maanden(self.stand, self.nakijken_binnen_maanden)

    def verouderd(self, vandaag: dt.date) -> bool:
        return not self.historisch and vandaag > self.nakijken_voor


def _begin(tekst: str) -> dt.date:
    m = _DATUM.match(tekst)
    return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))


def _plus_maanden(d: dt.date, maanden: int) -> dt.date:
    jaar, maand = divmod(d.month - 1 + maanden, 12)
    maand += 1
    jaar += d.year
    dagen = [31, 29 if jaar % 4 == 0 and (jaar % 100 != 0 or jaar % 400 == 0) else 28, 31, 30, 31, 30,
             31, 31, 30, 31, 30, 31][maand - 1]
    return dt.date(jaar, maand, min(d.day, dagen))


def maand_jaar(d: dt.date) -> str:
    """'mei 2024'"""
    return f"{MAANDEN[d.month - 1]} {d.year}"


# ---------------------------------------------------------------------------
# Weergave
# ---------------------------------------------------------------------------


def _duizendtallen(geheel: int) -> str:
    return f"{geheel:,}".replace(",", ".")


def waarde_tekst(feit: Feit) -> str:
    """De waarde zoals een lezer ze leest: '€ 1.288,46 per maand', '199.085', 'twee maanden'."""
    if feit.soort == "tekst":
        basis = str(feit.waarde)
    else:
        getal = feit.waarde
        if isinstance(getal, float) and not getal.is_integer():
            geheel, rest = f"{getal:.4f}".rstrip("0").split(".")
            if len(rest) < 2:
                rest = rest.ljust(2, "0")
            basis = f"{_duizendtallen(int(geheel))},{rest}"
        else:
            basis = _duizendtallen(int(getal))
        if feit.soort == "bedrag":
            basis = f"€\u00a0{basis}"
    return f"{basis} {feit.eenheid}" if feit.eenheid else basis


def stand_tekst(feit: Feit) -> str:
    """'stand mei 2024, controleer'; alleen het jaar als de datum alleen een jaar is."""
    bron = feit.geldig_vanaf if feit.geldig_vanaf != "onbekend" else feit.bron.geraadpleegd
    wanneer = bron if re.fullmatch(r"\d{4}", bron) else maand_jaar(feit.stand)
    return f"stand {wanneer}, controleer"


def _escape(x: str) -> str:
    # Zelfde regels als weergave.tekst (geen import: weergave importeert gegevens al).
    import html as _html
    return (_html.escape(str(x), quote=True).replace("{", "&#123;").replace("}", "&#125;")
            .replace("|", "&#124;"))


def html(feit: Feit, vandaag: dt.date) -> str:
    """De waarde als inline HTML; met de standvermelding als het feit verouderd is."""
    waarde = _escape(waarde_tekst(feit))
    if not feit.verouderd(vandaag):
        return f'<span class="vzw-feit">{waarde}</span>'
    return (f'<span class="vzw-feit vzw-feit--verouderd">{waarde} '
            f'<span class="vzw-stand">({_escape(stand_tekst(feit))})</span></span>')


def lijst_html(feiten: dict[str, Feit], vandaag: dt.date) -> str:
    """Alle feiten als tabel voor de bronnenpagina, met ankers feit-<id>."""
    rijen = []
    for f in sorted(feiten.values(), key=lambda x: x.omschrijving.lower()):
        b = f.bron
        geldig = "niet gekend" if f.geldig_vanaf == "onbekend" else _datum_lang(f.geldig_vanaf)
        nakijken = "blijft zo (vroeger bedrag)" if f.historisch else maand_jaar(f.nakijken_voor)
        if f.verouderd(vandaag):
            nakijken += " (verouderd)"
        bron = (f'{_escape(b.uitgever)}, <cite>{_escape(b.titel)}</cite>, {_escape(b.datum)}, '
                f'geraadpleegd {_escape(_datum_lang(b.geraadpleegd))}. '
                f'<a href="{_escape(b.url)}">{_escape(b.url)}</a>')
        rijen.append(
            f'<tr id="feit-{_escape(f.id)}"><td>{_escape(f.omschrijving)}</td>'
            f'<td>{_escape(waarde_tekst(f))}</td><td>{_escape(geldig)}</td>'
            f'<td>{_escape(nakijken)}</td><td>{bron}</td></tr>'
        )
    return (
        '\n<div class="vzw-feitenlijst" markdown="0">\n<table>\n<thead><tr><th scope="col">Wat</th>'
        '<th scope="col">Waarde</th><th scope="col">Geldt vanaf</th><th scope="col">Nakijken vóór</th>'
        '<th scope="col">Bron</th></tr></thead>\n<tbody>\n' + "\n".join(rijen) + "\n</tbody>\n</table>\n</div>\n"
    )


def _datum_lang(tekst: str) -> str:
    m = _DATUM.match(tekst)
    if not m:
        return tekst
    jaar, maand, dag = m.group(1), m.group(2), m.group(3)
    if dag:
        return f"{int(dag)} {MAANDEN[int(maand) - 1]} {jaar}"
    if maand:
        return f"{MAANDEN[int(maand) - 1]} {jaar}"
    return jaar


# ---------------------------------------------------------------------------
# Laden en controleren
# ---------------------------------------------------------------------------


def _controleer(best, vandaag: dt.date) -> None:
    if not isinstance(best.data, list):
        return
    gezien: dict[str, int] = {}
    for i, item in enumerate(best.data):
        if not isinstance(item, dict):
            continue
        gegevens.controleer_unieke_id(best, i, item, gezien)
        soort, waarde = item.get("soort"), item.get("waarde")
        r_waarde = gegevens._regel_van(best.data, [i, "waarde"])
        if soort in ("bedrag", "getal") and (isinstance(waarde, bool) or not isinstance(waarde, (int, float))):
            best.meld(r_waarde, i, f'veld "waarde" moet een getal zijn bij soort "{soort}" '
                                   f"(schrijf 1288.46, zonder € en met een punt als decimaalteken), "
                                   f"niet {gegevens._toon(waarde)}")
        if soort == "tekst" and not isinstance(waarde, str):
            best.meld(r_waarde, i, f'veld "waarde" moet tekst zijn bij soort "tekst", niet {gegevens._toon(waarde)}')
        if isinstance(waarde, str) and soort == "tekst" and re.search(r"€|\beuro\b", waarde, re.I):
            best.meld(r_waarde, i, 'veld "waarde": een bedrag hoort in soort "bedrag" (als getal), '
                                   "niet in tekst (dan klopt de weergave niet)")
        for pad in (["geldig_vanaf"], ["bron", "datum"], ["bron", "geraadpleegd"]):
            w = item
            for stap in pad:
                w = w.get(stap) if isinstance(w, dict) else None
            if not isinstance(w, str):
                continue
            m = _DATUM.match(w)
            if not m:
                continue
            naam = f'veld "{pad[-1]}"' + (" van de bron" if pad[0] == "bron" else "")
            r = gegevens._regel_van(best.data, [i, *pad])
            try:
                begin = _begin(w)
            except ValueError:
                best.meld(r, i, f"{naam} is geen bestaande datum: {gegevens._toon(w)}")
                continue
            if pad[0] == "bron" and begin > vandaag:
                best.meld(r, i, f"{naam} ligt in de toekomst: {gegevens._toon(w)} (vandaag is {vandaag.isoformat()})")
        bron = item.get("bron")
        if isinstance(bron, dict):
            url = bron.get("url")
            if isinstance(url, str) and url.startswith("https://"):
                host = url[len("https://"):].split("/")[0].split("?")[0].lower()
                if not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+", host):
                    best.meld(gegevens._regel_van(best.data, [i, "bron", "url"]), i,
                              f'veld "url" van de bron bevat geen geldige domeinnaam: {gegevens._toon(url)}')


def controleer(basis: Path, vandaag: dt.date | None = None,
               bestand: str = FEITEN_BESTAND) -> tuple[dict[str, Feit] | None, list[Melding]]:
    """(feiten per id, []) of (None, meldingen)."""
    basis = Path(basis)
    vandaag = vandaag or dt.date.today()
    best = gegevens.lees_bestand(basis / bestand, bestand, "feiten", basis / SCHEMA_BESTAND)
    _controleer(best, vandaag)
    # De gedeelde vertaling noemt een veld binnen "bron" naar de groep; noem het veld zelf.
    for m_i, m in enumerate(best.meldingen):
        for uitleg_veld in ("url", "datum"):
            uitleg = gegevens._PATROON_UITLEG[uitleg_veld]
            if m.tekst.startswith(f'veld "bron" {uitleg}'):
                best.meldingen[m_i] = Melding(m.bestand, m.regel, m.item,
                                              m.tekst.replace('veld "bron"', f'veld "{uitleg_veld}" van de bron', 1))
    meldingen = sorted(set(best.meldingen))
    if meldingen:
        return None, meldingen
    uit: dict[str, Feit] = {}
    for d in best.data:
        b = d["bron"]
        waarde = d["waarde"]
        if d["soort"] != "tekst" and isinstance(waarde, int):
            waarde = int(waarde)
        uit[d["id"]] = Feit(
            id=d["id"], omschrijving=str(d["omschrijving"]).strip(), soort=d["soort"], waarde=waarde,
            geldig_vanaf=str(d["geldig_vanaf"]),
            bron=FeitBron(str(b["titel"]).strip(), str(b["uitgever"]).strip(), str(b["url"]).strip(),
                          str(b["datum"]), str(b["geraadpleegd"])),
            nakijken_binnen_maanden=int(d["nakijken_binnen_maanden"]),
            eenheid=(str(d["eenheid"]).strip() if d.get("eenheid") else None),
            historisch=bool(d.get("historisch", False)), regel=getattr(d, "regel", 0),
        )
    return uit, []


def laad(basis: Path, vandaag: dt.date | None = None) -> dict[str, Feit]:
    feiten, meldingen = controleer(basis, vandaag)
    if meldingen:
        raise GegevensFout(meldingen)
    return feiten


def onbekend_feit(ident, feiten: dict[str, Feit]) -> str:
    """Melding voor feit("x") met een id die niet bestaat, met een voorstel."""
    voorstel = difflib.get_close_matches(str(ident), sorted(feiten), n=1, cutoff=0.6)
    hint = f' Bedoel je "{voorstel[0]}"?' if voorstel else ""
    return f'er is geen feit met id "{ident}" in {FEITEN_BESTAND}.{hint}'
