"""De catalogus van praktijkvoorbeelden: een overzicht en deelpagina's. Gewone Python zonder MkDocs.

Issue 13: elke pagina weegt hoogstens 80 kB gzip. Material zelf weegt al ongeveer 63 kB; een
volledige kaart ongeveer 0,9 kB. Alle kaarten op één pagina haalt dat niet. Daarom:

- het overzicht (docs/praktijkvoorbeelden/index.md, op het oude adres /praktijkvoorbeelden/)
  toont elk voorbeeld als korte kaart (titel, samenvatting, fase, thema, waar) met de filters;
  de titel linkt naar de volledige kaart;
- de volledige kaarten staan op deelpagina's (docs/praktijkvoorbeelden/<slug>.md). Elk
  voorbeeld staat op precies één deelpagina: de eerste in `DELEN` waarbij het past.

De indeling volgt de provincie, zoals de sociale kaart. Een fase of thema deelt niet op (de
meeste voorbeelden hebben er meer dan één). Kleine provincies staan samen op één pagina. De
voorbeelden voor heel Vlaanderen zijn met te veel voor één pagina; zij staan op twee pagina's:
die alleen voor het opstarten, en die ook voor bijsturen of evalueren.

Een deelpagina met meer dan een zestal kaarten wordt te zwaar (tests/test_catalogus_site.py
meet het). Dan: een nieuwe deelpagina in `DELEN`, een .md-bestand en een regel in mkdocs.yml.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

from draaiboek.gegevens import Praktijk

MAP = "praktijkvoorbeelden"           # de map in docs/ en het adres van het overzicht
OVERZICHT = f"{MAP}/index.md"
HEEL_VLAANDEREN = "Heel Vlaanderen"


@dataclass(frozen=True)
class Deel:
    slug: str                          # bestandsnaam in docs/praktijkvoorbeelden/ zonder .md
    titel: str                         # zoals in de navigatie en in de lijst op het overzicht
    past: Callable[[Praktijk], bool]   # hoort een voorbeeld hier (als geen eerder deel het nam)?

    @property
    def bestand(self) -> str:
        return f"{MAP}/{self.slug}.md"


def _in(*provincies: str | None) -> Callable[[Praktijk], bool]:
    return lambda p: p.provincie in provincies


def _heel_vlaanderen_alleen_opstarten(p: Praktijk) -> bool:
    return p.provincie == HEEL_VLAANDEREN and set(p.fasen) <= {"opstarten"}


# In deze volgorde: een voorbeeld komt op de eerste pagina waarbij het past. Samen dekken ze elke
# provincie (ook "geen provincie"); tests/test_catalogus.py controleert dat.
DELEN: tuple[Deel, ...] = (
    Deel("antwerpen-en-limburg", "Antwerpen en Limburg", _in("Antwerpen", "Limburg")),
    Deel("andere-provincies", "Andere provincies en Brussel",
         _in("Oost-Vlaanderen", "West-Vlaanderen", "Vlaams-Brabant", "Brussel", None)),
    Deel("heel-vlaanderen-opstarten", "Heel Vlaanderen: opstarten", _heel_vlaanderen_alleen_opstarten),
    Deel("heel-vlaanderen-bijsturen", "Heel Vlaanderen: bijsturen en evalueren", _in(HEEL_VLAANDEREN)),
)
DEEL_PER_SLUG: dict[str, Deel] = {d.slug: d for d in DELEN}


class CatalogusFout(ValueError):
    """Een voorbeeld dat op geen enkele deelpagina past (een nieuwe provincie zonder deel)."""


def deel_van(p: Praktijk, delen: Iterable[Deel] = DELEN) -> Deel:
    for d in delen:
        if d.past(p):
            return d
    raise CatalogusFout(f'praktijkvoorbeeld "{p.id}" (provincie {p.provincie or "geen"}) past op geen enkele '
                        "deelpagina van de catalogus; voeg er een toe in draaiboek/catalogus.py (DELEN)")


def verdeel(praktijken: Iterable[Praktijk], delen: Iterable[Deel] = DELEN) -> dict[str, list[Praktijk]]:
    """slug van elk deel -> de voorbeelden op die deelpagina (in de volgorde van de invoer)."""
    delen = tuple(delen)
    uit: dict[str, list[Praktijk]] = {d.slug: [] for d in delen}
    for p in praktijken:
        uit[deel_van(p, delen).slug].append(p)
    return uit


@dataclass(frozen=True)
class Adressen:
    """Waar de catalogus staat, gezien vanaf de pagina die linkt.

    `overzicht`: relatief adres van het overzicht ("" = deze pagina); `delen`: slug -> relatief
    adres van elke deelpagina. Een link naar een voorbeeld gaat naar zijn volledige kaart."""
    overzicht: str
    delen: Mapping[str, str]

    def praktijk(self, p: Praktijk) -> str:
        return f"{self.delen[deel_van(p).slug]}#praktijk-{p.id}"

    def deel(self, slug: str) -> str:
        return self.delen[slug]


def praktijk_href(p: Praktijk, catalogus_url: str | Adressen) -> str:
    """Adres van de volledige kaart van een voorbeeld (zonder escaping). Met een gewone tekst als
    `catalogus_url` (één pagina met alle kaarten, zoals in tests): die tekst + #praktijk-<id>."""
    if isinstance(catalogus_url, Adressen):
        return catalogus_url.praktijk(p)
    return f"{catalogus_url}#praktijk-{p.id}"


def overzicht_href(catalogus_url: str | Adressen) -> str:
    """Adres van het overzicht van de catalogus."""
    return catalogus_url.overzicht if isinstance(catalogus_url, Adressen) else catalogus_url
