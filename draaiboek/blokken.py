"""HTML-blokken die Markdown niet hoeft te lezen. Gewone Python zonder MkDocs.

De macro's maken kaarten als kant-en-klare HTML. Stond die HTML in de Markdown, dan las
Python-Markdown (md_in_html) elke tag opnieuw met zijn HTML-parser, en MkDocs nog eens om ankers
te zoeken: bij 2.000 kaarten enkele seconden, voor HTML die toch ongewijzigd in de pagina komt.

Daarom geeft een macro alleen een kort merkteken (een HTML-commentaar) aan Markdown. Na de
omzetting naar HTML zet `vul_in` de bewaarde HTML op de plaats van elk merkteken. Het merkteken
bevat een willekeurig getal per build, zodat tekst in een hoofdstuk er nooit per toeval één is.

Gevolgen (dezelfde als voor ruwe HTML in Markdown, dus niets nieuws): de koppen van de kaarten
staan niet in de inhoudsopgave rechts en krijgen geen afkortingen (abbr). Voor de links naar de
ankers van kaarten geeft `ankers()` de ids, zodat MkDocs ze kan controleren.
"""
from __future__ import annotations

import html
import re
import secrets

_ID = re.compile(r'\sid="([^"]+)"')


class OnbekendMerkteken(ValueError):
    """Een merkteken in de HTML waarvoor geen blok bewaard is (hoort niet te gebeuren)."""


class Blokken:
    """De bewaarde blokken van één pagina."""

    def __init__(self) -> None:
        self._sleutel = secrets.token_hex(6)
        self._blokken: list[str] = []
        self._merk = re.compile(rf"(?:<p>)?<!-- vzw-blok {self._sleutel} (\d+) -->(?:</p>)?")

    def __len__(self) -> int:
        return len(self._blokken)

    def bewaar(self, blok: str) -> str:
        """Bewaar `blok` (HTML) en geef het merkteken dat in de Markdown komt (een eigen alinea)."""
        self._blokken.append(blok.strip("\n"))
        return f"\n\n<!-- vzw-blok {self._sleutel} {len(self._blokken) - 1} -->\n\n"

    def vul_in(self, pagina_html: str) -> str:
        """Zet elk bewaard blok op de plaats van zijn merkteken (elk blok precies één keer)."""
        gebruikt: set[int] = set()

        def blok(m: re.Match) -> str:
            n = int(m.group(1))
            if n >= len(self._blokken) or n in gebruikt:
                raise OnbekendMerkteken(f"merkteken {n} onbekend of dubbel")
            gebruikt.add(n)
            return self._blokken[n]

        uit = self._merk.sub(blok, pagina_html)
        if len(gebruikt) != len(self._blokken):
            ontbreekt = sorted(set(range(len(self._blokken))) - gebruikt)
            raise OnbekendMerkteken(f"blokken zonder merkteken in de HTML: {ontbreekt}")
        return uit

    def ankers(self) -> set[str]:
        """De ids in de bewaarde blokken (voor de linkcontrole van MkDocs)."""
        return {html.unescape(m.group(1)) for b in self._blokken for m in _ID.finditer(b)}
