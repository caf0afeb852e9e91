"""Leesbaarheidscontrole voor de hoofdstukken (B1): korte zinnen.

Telt alleen lopende tekst: koppen, lijsten, tabellen, codeblokken, HTML-regels, voetnoten,
front matter en macro-aanroepen tellen niet mee.

    python -m draaiboek.leesbaarheid docs/*.md
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

MAX_GEMIDDELD = 15.0
MAX_ZIN = 35

_WOORD = re.compile(r"[0-9A-Za-zÀ-ÿ’'€%-]+")
# Afkortingen met een punt die geen zinseinde zijn
_AFK = re.compile(r"\b(bv|bijv|o\.a|d\.w\.z|m\.a\.w|z\.d|enz|ca|nr|art|p|pp|vzw|zkt|e\.a|t\.e\.m|i\.p\.v|min|max|incl|excl|bvb)\.", re.I)


@dataclass
class Uitslag:
    bestand: str
    zinnen: list[str] = field(default_factory=list)

    @property
    def gemiddelde(self) -> float:
        if not self.zinnen:
            return 0.0
        return sum(aantal_woorden(z) for z in self.zinnen) / len(self.zinnen)

    def lange_zinnen(self, maximum: int = MAX_ZIN) -> list[str]:
        return [z for z in self.zinnen if aantal_woorden(z) > maximum]


def aantal_woorden(zin: str) -> int:
    return len(_WOORD.findall(zin))


def lopende_tekst(markdown: str) -> list[str]:
    """Alinea's lopende tekst uit Markdown."""
    tekst = re.sub(r"\A---\n.*?\n---\n", "", markdown, flags=re.S)
    tekst = re.sub(r"^(```|~~~).*?^\1", "", tekst, flags=re.S | re.M)
    tekst = re.sub(r"\{%.*?%\}|\{\{.*?\}\}", "", tekst, flags=re.S)
    tekst = re.sub(r"<!--.*?-->", "", tekst, flags=re.S)
    alineas, huidig = [], []
    in_lijst = False
    for regel in tekst.splitlines():
        kaal = regel.strip()
        is_lijst = bool(re.match(r"([-*+]|\d+[.)])\s", kaal))
        if not kaal:
            in_lijst = False
            if huidig:
                alineas.append(" ".join(huidig))
                huidig = []
            continue
        overslaan = (
            kaal.startswith(("#", "|", "<", "[^", "*[", "!!!", "???", ":", ">", "{", "=== "))
            or is_lijst
            or (in_lijst and regel.startswith((" ", "\t")))
        )
        if is_lijst:
            in_lijst = True
        if overslaan:
            if huidig:
                alineas.append(" ".join(huidig))
                huidig = []
            continue
        huidig.append(kaal)
    if huidig:
        alineas.append(" ".join(huidig))
    return alineas


def zinnen(alinea: str) -> list[str]:
    schoon = re.sub(r"\[\^[^\]]+\]", "", alinea)            # voetnootverwijzingen
    schoon = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", schoon)  # links -> linktekst
    schoon = re.sub(r"<[^>]+>", "", schoon)
    schoon = _AFK.sub(lambda m: m.group(0).replace(".", "·"), schoon)
    delen = re.split(r"(?<=[.!?:;])\s+(?=[\"'‘“(]?[A-ZÀ-Ý0-9])", schoon)
    return [d.replace("·", ".").strip() for d in delen if aantal_woorden(d) > 0]


def analyseer(pad: Path) -> Uitslag:
    uitslag = Uitslag(str(pad))
    for alinea in lopende_tekst(pad.read_text(encoding="utf-8")):
        uitslag.zinnen.extend(zinnen(alinea))
    return uitslag


def main(argv: list[str]) -> int:
    fout = 0
    for naam in argv:
        u = analyseer(Path(naam))
        lang = u.lange_zinnen()
        status = "ok"
        if u.gemiddelde > MAX_GEMIDDELD or lang:
            status = "TE MOEILIJK"
            fout = 1
        print(f"{naam}: {len(u.zinnen)} zinnen, gemiddeld {u.gemiddelde:.1f} woorden – {status}")
        for z in lang:
            print(f"  zin van {aantal_woorden(z)} woorden: {z}")
    return fout


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
