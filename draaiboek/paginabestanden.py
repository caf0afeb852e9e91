"""Welke CSS en JavaScript een pagina laadt (issue 13: hoogstens 80 kB gzip per pagina).

mkdocs.yml noemt in `extra_css` en `extra_javascript` alles wat de site gebruikt, en print-site
voegt daar zijn eigen bestanden aan toe. Het thema zet al die bestanden op elke pagina. Een
hoofdstuk zonder filters of kaarten heeft er niets aan: de lezer op een telefoon laadt ze voor niets.

Deze module zegt per bestand waaraan je ziet dat een pagina het nodig heeft (een merkteken in de
HTML die de macro's of de nabewerking maken) en haalt de `<link>` of `<script>` weg op pagina's
zonder dat merkteken. De afdrukpagina bevat alle hoofdstukken en houdt alles. Zonder MkDocs:
gewone tekst erin, gewone tekst eruit.
"""
from __future__ import annotations

import re

# Bestand (zoals in mkdocs.yml) -> merktekens in de HTML van een pagina die het nodig heeft (één volstaat).
ALLEEN_WAAR_NODIG: dict[str, tuple[str, ...]] = {
    # kaarten en filters (draaiboek/weergave.py); het bijdrageformulier laadt dit pas zelf, samen
    # met zijn controle en voorbeeldkaart (assets/javascripts/formulier.js, data-bijladen)
    "assets/stylesheets/kaarten.css": ("vzw-kaart",),
    # het bijdrageformulier (draaiboek/formulier.py)
    "assets/stylesheets/formulier.css": ("vzw-bijdrage",),
    # de gemeentezoeker op het overzicht van de sociale kaart (draaiboek/zoeker.py)
    "assets/stylesheets/zoeker.css": ("data-vzw-zoeker",),
    # de tabel van de gemeenten op de deelpagina's van de sociale kaart (draaiboek/zoeker.py)
    "assets/stylesheets/gemeenten.css": ("vzw-gemeenten",),
    # de kaarten van de lokale diensten (draaiboek/zoeker.py)
    "assets/stylesheets/diensten.css": ("vzw-lokale-diensten",),
    # filters boven de catalogus en de sociale kaart (draaiboek/weergave.py)
    "assets/javascripts/filters.js": ("data-vzw-filter",),
    # afvinklijsten met "Vinkjes wissen" (draaiboek/checklists.py)
    "assets/javascripts/checklists.js": ("data-vzw-lijst",),
    # kaarten die op een telefoon dichtgaan (draaiboek/weergave.py)
    "assets/javascripts/kaarten.js": ("vzw-kaart__details",),
    # tabellen die schuiven focusbaar maken, knoppen bij codeblokken (assets/javascripts/tabellen.js).
    # Alleen <table> zonder klasse: alleen die zet Material in een schuifvak (de tabellen van de
    # gemeenten, <table class="vzw-gemeenten">, hebben een eigen vak en hebben het script niet nodig).
    "assets/javascripts/tabellen.js": ("<table>", "<pre"),
}

# Van print-site: de inhoud, de nummering en een @page-regel ("Page 1") voor de afdrukpagina.
# Op een gewone pagina doen ze niets, of erger: wie die pagina zelf afdrukt, krijgt "Page 1".
# Van ons: de omslag, de inhoud met paginanummers en de verwijzingen van het boek (draaiboek/boek.py).
ALLEEN_AFDRUKPAGINA: tuple[str, ...] = (
    "assets/stylesheets/boek.css",
    "css/print-site.css",
    "css/print-site-material.css",
    "js/print-site.js",
)


def _tag(pad: str) -> re.Pattern[str]:
    """De tag zoals het thema hem schrijft, met een relatief pad ervoor ("../", "../../").

    Het patroon begint met de letterlijke tag: zo zoekt `re` snel naar "<link" of "<script" (de
    spaties ervoor neemt `laat_weg` zelf mee). Met `[ \t]*` vooraan probeerde het elke positie van
    de pagina, en de scripts staan onderaan: bij een catalogus van 10.000 kaarten (34 MB) ruim 1 s."""
    adres = r'(?:\.\./)*' + re.escape(pad)
    if pad.endswith(".css"):
        return re.compile(r'<link rel="stylesheet" href="' + adres + r'">\n?')
    return re.compile(r'<script src="' + adres + r'"></script>\n?')


def overbodig(html: str, afdrukpagina: bool = False) -> list[str]:
    """De bestanden die deze pagina niet nodig heeft."""
    if afdrukpagina:
        return []
    weg = [pad for pad, merken in ALLEEN_WAAR_NODIG.items() if not any(m in html for m in merken)]
    return weg + list(ALLEEN_AFDRUKPAGINA)


def laat_weg(html: str, paden: list[str]) -> str:
    """Haalt de `<link>`/`<script>` van elk pad weg. Staat een pad er niet (meer) in, dan is dat
    een fout: dan schrijft het thema zijn tags anders en zou de pagina stil zwaarder worden."""
    for pad in paden:
        m = _tag(pad).search(html)
        if m is None:
            raise ValueError(f"de pagina laadt {pad} niet op de verwachte manier; "
                             "controleer draaiboek/paginabestanden.py na een update van het thema")
        begin = m.start()
        while begin > 0 and html[begin - 1] in " \t":  # de inspringing van de regel gaat mee weg
            begin -= 1
        html = html[:begin] + html[m.end():]
    return html


def alleen_wat_nodig_is(html: str, afdrukpagina: bool = False) -> str:
    """De pagina zonder de CSS en JS die ze niet gebruikt."""
    return laat_weg(html, overbodig(html, afdrukpagina))
