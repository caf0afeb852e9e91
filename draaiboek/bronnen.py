"""De bronnenlijst: alle voetnoten van alle hoofdstukken, ontdubbeld per URL.

Een bron staat in een hoofdstuk als Markdown-voetnoot op één regel, met een datum
(jaar, maand of dag, of "z.d." als de bron geen datum toont) en een https-adres, bijvoorbeeld:

    [^huurdecreet]: Vlaamse overheid, *Een woninghuurovereenkomst sluiten*, z.d., geraadpleegd november 2026. <https://www.vlaanderen.be/woninghuurovereenkomst-sluiten>

Gewone Python zonder MkDocs.
"""
from __future__ import annotations

import html
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

_VOETNOOT = re.compile(r"^\[\^([^\]]+)\]:\s*(.+?)\s*$")
_URL = re.compile(r"<?(https?://[^\s>]+)>?")
_DATUM = re.compile(r"\b(1[89]\d\d|20\d\d)\b|\bz\.\s?d\.")


class BronFout(ValueError):
    """Een voetnoot zonder adres of datum."""


@dataclass
class Bron:
    url: str
    tekst: str
    paginas: list[tuple[str, str]] = field(default_factory=list)  # (bestand, voetnoot-id)


def voetnoten(pad: Path) -> list[tuple[int, str, str]]:
    """(regelnummer, id, tekst) van elke voetnootdefinitie in een Markdown-bestand."""
    uit = []
    for nr, regel in enumerate(pad.read_text(encoding="utf-8").splitlines(), 1):
        m = _VOETNOOT.match(regel)
        if m:
            uit.append((nr, m.group(1), m.group(2)))
    return uit


def _sorteer_tekst(b: Bron) -> str:
    """Sorteersleutel: kleine letters, zonder accenten en zonder opmaak vooraan ("É" naast "e")."""
    tekst = unicodedata.normalize("NFKD", b.tekst.lower().lstrip("*_'\""))
    return "".join(t for t in tekst if not unicodedata.combining(t))


def verzamel(docs: Path) -> list[Bron]:
    """Alle bronnen uit docs/, gesorteerd op tekst. Fouten worden samen gemeld."""
    per_url: dict[str, Bron] = {}
    fouten = []
    for pad in sorted(Path(docs).rglob("*.md")):
        rel = pad.relative_to(docs).as_posix()
        for nr, vid, tekst in voetnoten(pad):
            url = _URL.search(tekst)
            if not url:
                fouten.append(f"docs/{rel}, regel {nr}, voetnoot [^{vid}]: geen adres (https://...) gevonden")
                continue
            if not _DATUM.search(_URL.sub("", tekst)):
                fouten.append(
                    f"docs/{rel}, regel {nr}, voetnoot [^{vid}]: geen datum gevonden "
                    "(schrijf een jaar, een maand of 'z.d.' als de bron geen datum toont)"
                )
                continue
            adres = url.group(1).rstrip(".,;)")
            bron = per_url.setdefault(adres, Bron(adres, _URL.sub("", tekst).strip().rstrip(".") ))
            bron.paginas.append((rel, vid))
    if fouten:
        raise BronFout("Problemen met bronnen:\n" + "\n".join(fouten))
    return sorted(per_url.values(), key=_sorteer_tekst)


def paginatitel(docs: Path, rel: str) -> str:
    """De titel uit de front matter van een pagina, anders de bestandsnaam."""
    tekst = (Path(docs) / rel).read_text(encoding="utf-8")
    m = re.search(r"\A---\n.*?^title:\s*(.+?)\s*$.*?^---$", tekst, re.S | re.M)
    return m.group(1).strip("'\"") if m else Path(rel).stem.replace("-", " ")


def beginletter(b: Bron) -> str:
    """De letter waaronder een bron in de lijst staat: de eerste letter van haar tekst, in
    hoofdletter en zonder accent ("Écoles" staat bij E). Begint ze met een cijfer of teken, dan A."""
    for teken in _sorteer_tekst(b):
        if "A" <= teken.upper() <= "Z":
            return teken.upper()
        if teken.isalnum():
            return "A"
    return "A"


def bronnenlijst_markdown(bronnen: list[Bron], docs: Path, pagina: str = "bronnen.md",
                          van: str = "", tot: str = "") -> str:
    """Een genummerde lijst van de bronnen, met de hoofdstukken die ze gebruiken.

    `pagina`: de pagina (tegenover docs/) waarop de lijst staat; de links zijn relatief daartegenover.
    `van`/`tot`: alleen de bronnen met een beginletter van `van` tot en met `tot` (een lange lijst
    over twee pagina's)."""
    if not bronnen:
        return "\n*Nog geen bronnen.*\n"
    titels = {rel: paginatitel(docs, rel) for b in bronnen for rel, _ in b.paginas}
    map_ = posixpath.dirname(pagina) or "."
    totaal = len(bronnen)
    if van or tot:
        bronnen = [b for b in bronnen if (van or "A") <= beginletter(b) <= (tot or "Z")]
        regels = [f"\nDit deel bevat de bronnen van {van or 'A'} tot en met {tot or 'Z'}: "
                  f"{len(bronnen)} van de {totaal} bronnen.\n"]
    else:
        regels = [f"\nDit draaiboek verwijst naar {len(bronnen)} bronnen.\n"]
    if not bronnen:
        return regels[0] + "\n*Geen bronnen met deze beginletters.*\n"
    for b in bronnen:
        waar = ", ".join(f"[{titels[p]}]({posixpath.relpath(p, map_)})" for p in sorted({rel for rel, _ in b.paginas}))
        regels.append(f"1. {b.tekst}. <{html.escape(b.url, quote=True)}>  \n   Gebruikt in: {waar}")
    return "\n".join(regels) + "\n"


_VERWIJZING = re.compile(r"\[\^([^\]\s]+)\](?!:)")


def voetnoten_in_leesvolgorde(markdown: str) -> str:
    """Zet de voetnootdefinities in de volgorde waarin de tekst ernaar verwijst.

    Python-Markdown nummert voetnoten in de volgorde van hun definities. Staan die in een andere
    volgorde dan de verwijzingen, dan begint een pagina bij voetnoot 7. Alleen definities van één
    regel worden verplaatst (zo staan ze in dit draaiboek); een pagina met een voetnoot over
    meerdere regels blijft zoals ze is.
    """
    regels = markdown.split("\n")
    definities: dict[str, str] = {}
    rest: list[str] = []
    for i, regel in enumerate(regels):
        m = _VOETNOOT.match(regel)
        if m:
            volgende = regels[i + 1] if i + 1 < len(regels) else ""
            if volgende.startswith((" ", "\t")) and volgende.strip():
                return markdown  # voetnoot over meerdere regels: niets verplaatsen
            definities[m.group(1)] = regel
        else:
            rest.append(regel)
    if not definities:
        return markdown
    volgorde = list(dict.fromkeys(m.group(1) for m in _VERWIJZING.finditer("\n".join(rest))))
    geordend = [definities[v] for v in volgorde if v in definities]
    geordend += [d for v, d in definities.items() if v not in volgorde]
    return "\n".join(rest).rstrip("\n") + "\n\n" + "\n".join(geordend) + "\n"
