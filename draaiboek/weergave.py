"""Weergave van praktijkvoorbeelden en de sociale kaart: gegevens in, HTML-tekst uit.

Zuivere functies zonder MkDocs. De uitvoer is één blok ruwe HTML met een lege regel ervoor en
erna, zodat Markdown (met md_in_html) het ongemoeid laat. Afspraken:

- Elke waarde uit de gegevens gaat door `tekst()`: HTML-escaping plus `{`, `}` en `|` als
  tekenreferentie, zodat `<script>` of `{{ 7*7 }}` letterlijk op de pagina komt en een `|` nooit
  een tabel breekt. Links alleen naar http(s)-adressen.
- `niveau` is het niveau van de eerste kop die een functie schrijft (2 = `<h2>`); dieper dan
  `<h6>` gaat niet. Zo blijft de koppenvolgorde van de pagina kloppen.
- Ankers (`id`) alleen als `ankers=True`: dat mag maar op één pagina per soort (de catalogus
  voor `praktijk-<id>`, de sociale kaart voor `initiatief-<id>`), anders staan er dubbele ids op
  de afdrukpagina. Kaarten elders linken naar die ankers.
- Elk element met een id begint op een eigen regel: de print-site-plugin herkent ids alleen zo.
- Filters: elke kaart draagt data-attributen (slugs, gescheiden door spaties); het formulier
  staat er met `hidden` en wordt pas door filters.js getoond. Zonder JavaScript staat alles er.
  Formulier en statusregel dragen `data-search-exclude`: de zoekfunctie indexeert ze niet.
"""
from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections import Counter
from typing import Container, Iterable
from urllib.parse import urlsplit

from draaiboek.catalogus import Adressen, overzicht_href, praktijk_href
from draaiboek.datums import MAANDEN, lange_datum
from draaiboek.gegevens import (
    FASEN,
    ONDERSTEUNING,
    PROVINCIES,
    THEMAS,
    VORMEN,
    Bron,
    Initiatief,
    Praktijk,
    afgeleide_status,
)
from draaiboek.zoekindex import OVERSLAAN_BEGIN, OVERSLAAN_EINDE

ZONDER_PROVINCIE = "Geen provincie opgegeven"

# ---------------------------------------------------------------------------
# Bouwstenen
# ---------------------------------------------------------------------------


def tekst(waarde) -> str:
    """Veilige tekst voor HTML-inhoud én attributen."""
    return (
        html.escape(str(waarde), quote=True)
        .replace("{", "&#123;")
        .replace("}", "&#125;")
        .replace("|", "&#124;")
    )


# Een spatie (ook een Unicode-spatie: \s is str.isspace) of een stuurteken onder U+0020.
_SPATIE_OF_STUURTEKEN = re.compile(r"[\s\x00-\x1f]")


def veilige_url(url) -> str | None:
    """Het adres, klaar voor een href, als het een http(s)-adres met een host is; anders None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or _SPATIE_OF_STUURTEKEN.search(url):
        return None
    try:
        delen = urlsplit(url)
    except ValueError:
        return None
    if delen.scheme not in ("http", "https") or not delen.hostname:
        return None
    return tekst(url)


def link(url, inhoud: str) -> str:
    """<a> naar een extern adres, of alleen de (al veilige) inhoud als het adres niet deugt."""
    href = veilige_url(url)
    return f'<a href="{href}">{inhoud}</a>' if href else inhoud


def slug(waarde: str) -> str:
    """'Oost-Vlaanderen' -> 'oost-vlaanderen', 'Sint-Niklaas (regio)' -> 'sint-niklaas-regio'."""
    kaal = unicodedata.normalize("NFKD", str(waarde)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", kaal.lower()).strip("-") or "x"


def sorteer_sleutel(waarde: str) -> str:
    kaal = unicodedata.normalize("NFKD", str(waarde)).encode("ascii", "ignore").decode()
    return kaal.casefold().lstrip("'\"‘“(")


def kop(niveau: int, inhoud: str, anker: str | None = None, klasse: str | None = None) -> str:
    n = max(1, min(6, int(niveau)))
    attrs = ""
    if anker:
        attrs += f' id="{tekst(anker)}"'
    if klasse:
        attrs += f' class="{klasse}"'
    return f"<h{n}{attrs}>{inhoud}</h{n}>"


def bron_datum(datum: str) -> str:
    """'z.d.' -> 'zonder datum', '2016-09' -> 'september 2016', '2016-09-22' -> '22 september 2016'."""
    if datum == "z.d.":
        return "zonder datum"
    delen = datum.split("-")
    try:
        if len(delen) == 3:
            return lange_datum(datum)
        if len(delen) == 2:
            return f"{MAANDEN[int(delen[1]) - 1]} {delen[0]}"
    except (ValueError, IndexError):
        pass
    return datum


def bronnenlijst(bronnen: Iterable[Bron]) -> str:
    regels = ['<ul class="vzw-kaart__bronnen">']
    for b in bronnen:
        regels.append(f"<li>{link(b.url, tekst(b.titel))} ({tekst(bron_datum(b.datum))})</li>")
    regels.append("</ul>")
    return "\n".join(regels)


def _nagekeken(datum) -> str:
    return (f'<p class="vzw-kaart__nagekeken">Laatst nagekeken: <time datetime="{datum.isoformat()}">'
            f"{lange_datum(datum)}</time></p>")


def _alineas(waarde: str, klasse: str | None = None) -> list[str]:
    attr = f' class="{klasse}"' if klasse else ""
    return [f"<p{attr}>{tekst(' '.join(a.split()))}</p>"
            for a in re.split(r"\n\s*\n", str(waarde).strip()) if a.strip()]


def _opsomming(waarden: Iterable[str]) -> str:
    return ", ".join(tekst(w) for w in waarden)


def _blok(regels: list[str]) -> str:
    """Eén ruw HTML-blok: lege regel ervoor en erna, geen lege regels erin."""
    inhoud = "\n".join(r for r in regels if r)
    return f"\n\n{inhoud}\n\n"


def _waar(gemeente: str | None, provincie: str | None) -> str:
    if gemeente and provincie and slug(gemeente) == slug(provincie):
        return tekst(gemeente)
    if gemeente and provincie:
        return f"{tekst(gemeente)} ({tekst(PROVINCIES.get(provincie, provincie))})"
    if provincie:
        return tekst(PROVINCIES.get(provincie, provincie))
    return tekst(gemeente) if gemeente else ""


# ---------------------------------------------------------------------------
# Praktijkvoorbeelden
# ---------------------------------------------------------------------------


def praktijk_anker(ident: str) -> str:
    return f"praktijk-{ident}"


def initiatief_href(kaart_url, ident: str) -> str:
    """Adres van de kaart van een initiatief. `kaart_url` is het adres van de pagina waar het staat,
    of een functie id -> dat adres (de sociale kaart heeft een deelpagina per provincie)."""
    pagina = kaart_url(ident) if callable(kaart_url) else kaart_url
    return f"{pagina}#{initiatief_anker(ident)}"


def initiatief_anker(ident: str) -> str:
    return f"initiatief-{ident}"


def _praktijk_data(p: Praktijk) -> str:
    return (f' data-fasen="{tekst(" ".join(p.fasen))}" data-themas="{tekst(" ".join(p.themas))}"'
            f' data-provincie="{tekst(slug(p.provincie)) if p.provincie else ""}"')


def praktijk_kaart(
    p: Praktijk,
    niveau: int = 3,
    *,
    ankers: bool = False,
    volledig: bool = True,
    catalogus_url: str | Adressen = "",
    kaart_url: str = "",
    initiatieven: dict[str, Initiatief] | None = None,
    overzicht: bool = False,
) -> str:
    """Eén praktijkvoorbeeld als <article>.

    volledig=True: met aanpak, wat werkt, valkuilen en bronnen (deelpagina van de catalogus).
    Anders een korte kaart met de samenvatting, waarvan de titel naar de volledige kaart linkt
    (`catalogus_url`: de adressen van de catalogus, zie draaiboek/catalogus.py, of één adres +
    `#praktijk-<id>`). `kaart_url` is het adres van de sociale kaart (voor het initiatief).
    overzicht=True (korte kaart op het overzicht van de catalogus): alleen titel, samenvatting,
    fase, thema en waar; zo blijft het overzicht met alle voorbeelden licht.
    """
    initiatieven = initiatieven or {}
    titel = tekst(p.titel)
    if not ankers:
        titel = f'<a href="{tekst(praktijk_href(p, catalogus_url))}">{titel}</a>'
    regels = [
        f'<article class="vzw-kaart vzw-praktijk"{_praktijk_data(p)}>',
        kop(niveau, titel, praktijk_anker(p.id) if ankers else None, "vzw-kaart__titel"),
        *_alineas(p.samenvatting, "vzw-kaart__samenvatting"),
        '<dl class="vzw-kaart__feiten">',
        f"<dt>{'Fase' if len(p.fasen) == 1 else 'Fasen'}</dt><dd>{_opsomming(FASEN[f] for f in p.fasen)}</dd>",
        f"<dt>{'Thema' if len(p.themas) == 1 else 'Thema’s'}</dt><dd>{_opsomming(THEMAS[t] for t in p.themas)}</dd>",
    ]
    waar = _waar(p.gemeente, p.provincie)
    if waar:
        regels.append(f"<dt>Waar</dt><dd>{waar}</dd>")
    if p.initiatief and not overzicht:
        ini = initiatieven.get(p.initiatief)
        naam = tekst(ini.naam if ini else p.initiatief)
        regels.append(f'<dt>Initiatief</dt><dd><a href="{tekst(initiatief_href(kaart_url, p.initiatief))}">'
                      f"{naam}</a> (op de sociale kaart)</dd>")
    regels.append("</dl>")
    sub = niveau + 1
    if volledig:
        # Op een telefoon gaat dit deel dicht (kaarten.js); zonder JavaScript, op een breed scherm,
        # op papier en op de afdrukpagina blijft het open.
        regels.append('<details class="vzw-kaart__details" open>')
        regels.append(f'<summary>Aanpak, wat werkt en valkuilen<span class="vzw-verborgen"> van '
                      f"{tekst(p.titel)}</span></summary>")
        regels.append(kop(sub, "Aanpak"))
        regels.extend(_alineas(p.aanpak))
        regels.append(kop(sub, "Wat werkt"))
        regels.append("<ul>")
        regels.extend(f"<li>{tekst(' '.join(w.split()))}</li>" for w in p.wat_werkt)
        regels.append("</ul>")
        regels.append(kop(sub, "Valkuilen"))
        regels.append("<ul>")
        regels.extend(f"<li>{tekst(' '.join(v.split()))}</li>" for v in p.valkuilen)
        regels.append("</ul>")
        regels.append(kop(sub, "Bronnen"))
        regels.append(bronnenlijst(p.bronnen))
        regels.append(_nagekeken(p.laatst_nagekeken))
        regels.append("</details>")
    elif not overzicht:
        # Korte kaart in een hoofdstuk: bronnen en datum staan bij het voorbeeld in de catalogus.
        regels.append(f'<p class="vzw-kaart__meer"><a href="{tekst(praktijk_href(p, catalogus_url))}">'
                      "Lees de aanpak, wat werkt en de valkuilen</a></p>")
    regels.append("</article>")
    return "\n".join(regels)


def kies_praktijken(praktijken: Iterable[Praktijk], fase: str | None = None, thema: str | None = None,
                    provincie: str | None = None) -> list[Praktijk]:
    """De praktijkvoorbeelden die bij fase, thema en provincie passen, gesorteerd op titel."""
    uit = [p for p in praktijken
           if (fase is None or fase in p.fasen)
           and (thema is None or thema in p.themas)
           and (provincie is None or p.provincie == provincie)]
    return sorted(uit, key=lambda p: (sorteer_sleutel(p.titel), p.id))


# Een lijst in een hoofdstuk toont hoogstens zoveel korte kaarten; de rest staat in de catalogus.
# Met de echte gegevens (een twintigtal voorbeelden) haalt geen lijst dit; met duizenden
# voorbeelden zou elk hoofdstuk anders duizenden kaarten tellen (zie bench/README.md).
MAX_KORTE_KAARTEN = 30


def praktijken_lijst(praktijken: Iterable[Praktijk], niveau: int = 4, *, catalogus_url: str | Adressen = "",
                     kaart_url: str = "", initiatieven: dict[str, Initiatief] | None = None,
                     leeg: str = "Er is nog geen praktijkvoorbeeld voor deze keuze.",
                     hoogstens: int | None = None, keuze: str = "") -> str:
    """Korte kaarten zonder ankers, voor in een hoofdstuk.

    Met `hoogstens`: niet meer kaarten dan dat, en dan een zin met het totaal en een link naar de
    catalogus. `keuze` zegt in woorden welke filter de lezer daar kiest (bv. 'de fase "Opstarten"').
    """
    lijst = list(praktijken)
    if not lijst:
        return _blok([f'<p class="vzw-leeg">{tekst(leeg)}</p>'])
    getoond = lijst if hoogstens is None else lijst[:hoogstens]
    regels = ['<div class="vzw-kaarten">']
    regels.extend(praktijk_kaart(p, niveau, ankers=False, volledig=False, catalogus_url=catalogus_url,
                                 kaart_url=kaart_url, initiatieven=initiatieven) for p in getoond)
    regels.append("</div>")
    if len(getoond) < len(lijst):
        kies = f" Kies daar {tekst(keuze)}." if keuze else ""
        regels.append(f'<p class="vzw-kaarten__meer">Hier staan er {len(getoond)} van de {len(lijst)}. '
                      f'<a href="{tekst(overzicht_href(catalogus_url))}">Alle {len(lijst)} praktijkvoorbeelden staan in de '
                      f"catalogus</a>.{kies}</p>")
    return _blok(regels)


# ---------------------------------------------------------------------------
# Filters
# ---------------------------------------------------------------------------


def _keuzelijst(label: str, naam: str, veld: str, alle: str, opties: list[tuple[str, str, int]],
                plaats: bool = False) -> str:
    """Een <select> in zijn <label> (geen ids nodig). opties: (waarde, label, aantal).

    `plaats=True` (provincie, gemeente): kaarten met data-overal (heel Vlaanderen) blijven staan.
    Het aantal staat in de tekst; filters.js past het aan de andere keuzes aan (data-label)."""
    regels = [f'<label class="vzw-filter__veld"><span class="vzw-filter__label">{tekst(label)}</span>',
              f'<select name="{naam}" data-vzw-veld="{veld}"{" data-vzw-plaats" if plaats else ""}>',
              f'<option value="">{tekst(alle)}</option>']
    regels.extend(f'<option value="{tekst(w)}" data-label="{tekst(lab)}">{tekst(lab)} ({n})</option>'
                  for w, lab, n in opties)
    regels.append("</select></label>")
    return "\n".join(regels)


def _vinkje(label: str, naam: str, veld: str, waarde: str, aantal: int, uitleg: str = "") -> str:
    """Een vinkje dat alleen de kaarten met `waarde` in data-<veld> overhoudt (adres: ?naam=ja)."""
    regels = [f'<div class="vzw-filter__vinkveld"><label class="vzw-filter__vink"><input type="checkbox" '
              f'name="{naam}" value="ja" data-vzw-veld="{veld}" data-vzw-waarde="{tekst(waarde)}"> '
              f'<span class="vzw-filter__label">{tekst(label)}</span> '
              f'<span class="vzw-filter__aantal">({aantal})</span></label>']
    if uitleg:
        regels.append(f'<span class="vzw-filter__uitleg">{tekst(uitleg)}</span>')
    regels.append("</div>")
    return "".join(regels)


def _filterformulier(velden: list[str], totaal: int, meervoud: str) -> list[str]:
    return [
        f'<form class="vzw-filter__form" hidden data-search-exclude aria-label="{tekst(meervoud.capitalize())} filteren">',
        '<div class="vzw-filter__velden">',
        *velden,
        "</div>",
        '<button type="button" class="md-button vzw-filter__wis" data-vzw-wis>Alle filters wissen</button>',
        "</form>",
        # filters.js vult deze in: een onbekende keuze in het adres, de organisaties voor heel
        # Vlaanderen die blijven staan, en (alleen op papier) welke filters de lijst inkorten.
        '<p class="vzw-filter__melding" hidden data-search-exclude></p>',
        f'<p class="vzw-filter__status" role="status" aria-live="polite" hidden data-search-exclude>{totaal} van {totaal} {tekst(meervoud)}</p>',
        '<p class="vzw-filter__overal" hidden data-search-exclude></p>',
        '<p class="vzw-filter__afdruk" hidden data-search-exclude></p>',
        f'<p class="vzw-filter__geen" hidden data-search-exclude>Geen {tekst(meervoud)} voor deze keuze. Kies minder filters '
        "of wis ze allemaal.</p>",
    ]


def _tel(waarden: Iterable[str]) -> Counter:
    return Counter(waarden)


def _groepen(items, provincie_van) -> list[tuple[str | None, list]]:
    per: dict[str | None, list] = {}
    for x in items:
        per.setdefault(provincie_van(x), []).append(x)
    volgorde = [p for p in PROVINCIES if p in per]
    if None in per:
        volgorde.append(None)
    return [(p, per[p]) for p in volgorde]


def _groep_naam(prov: str | None) -> str:
    return PROVINCIES[prov] if prov else ZONDER_PROVINCIE


def _overzicht(groepen, voorvoegsel: str | None, titel: str) -> list[str]:
    """Lijst van de groepen met aantallen; met links naar de groepskoppen als er ankers zijn."""
    regels = [f'<p class="vzw-overzicht__titel">{tekst(titel)}</p>', '<ul class="vzw-overzicht">']
    for prov, groep in groepen:
        naam = _groep_naam(prov)
        doel = f'<a href="#{voorvoegsel}-{slug(naam)}">{tekst(naam)}</a>' if voorvoegsel else tekst(naam)
        regels.append(f"<li>{doel} ({len(groep)})</li>")
    regels.append("</ul>")
    return regels


def _groep_kop(niveau: int, naam: str, aantal: int, anker: str | None) -> str:
    return kop(niveau, f'{tekst(naam)} <span class="vzw-groep__aantal">({aantal})</span>', anker)


# ---------------------------------------------------------------------------
# Catalogus
# ---------------------------------------------------------------------------


def groep_anker(prov: str | None) -> str:
    """Anker van de kop van een groep in de catalogus: praktijken-antwerpen, praktijken-heel-vlaanderen-en-brussel."""
    return f"praktijken-{slug(_groep_naam(prov))}"


def _praktijk_filters(lijst: list[Praktijk]) -> list[str]:
    fasen = _tel(f for p in lijst for f in p.fasen)
    themas = _tel(t for p in lijst for t in p.themas)
    provs = _tel(p.provincie for p in lijst if p.provincie)
    velden = [
        _keuzelijst("Fase", "fase", "fasen", "Alle fasen",
                    [(f, FASEN[f], fasen[f]) for f in FASEN if fasen[f]]),
        _keuzelijst("Thema", "thema", "themas", "Alle thema’s",
                    [(t, THEMAS[t], themas[t]) for t in THEMAS if themas[t]]),
        _keuzelijst("Provincie", "provincie", "provincie", "Alle provincies",
                    [(slug(p), PROVINCIES[p], provs[p]) for p in PROVINCIES if provs[p]]),
    ]
    return _filterformulier(velden, len(lijst), "praktijkvoorbeelden")


def catalogus(praktijken: Iterable[Praktijk], niveau: int = 2, *, kaart_url: str = "",
              initiatieven: dict[str, Initiatief] | None = None, ankers: bool = True,
              filters: bool = True, groep_ankers: Container[str | None] | None = None,
              overzicht: bool = True) -> str:
    """Volledige kaarten, per provincie gegroepeerd (groepskop op `niveau`, kaarten één niveau
    dieper). Elk voorbeeld staat er precies één keer, met anker praktijk-<id>.

    Op een deelpagina van de catalogus: `filters=False` en `overzicht=False` (die staan op het
    overzicht). `groep_ankers`: de provincies waarvan de groepskop het anker praktijken-<naam>
    krijgt (None: allemaal). Een provincie die over twee deelpagina's verdeeld is, krijgt het
    anker maar op één ervan: een id staat maar één keer op de afdrukpagina."""
    lijst = kies_praktijken(praktijken)
    attrs = ' data-vzw-filter data-vzw-meervoud="praktijkvoorbeelden"' if filters else ""
    regels = [f'<div class="vzw-filter vzw-catalogus"{attrs}>']
    groepen = _groepen(lijst, lambda p: p.provincie)
    if lijst and overzicht:
        regels.extend(_overzicht(groepen, "praktijken" if ankers else None, "Per provincie:"))
    if filters:
        regels.extend(_praktijk_filters(lijst))
    for prov, groep in groepen:
        naam = _groep_naam(prov)
        anker = groep_anker(prov) if ankers and (groep_ankers is None or prov in groep_ankers) else None
        regels.append('<section class="vzw-groep" data-vzw-groep>')
        regels.append(_groep_kop(niveau, naam, len(groep), anker))
        regels.extend(praktijk_kaart(p, niveau + 1, ankers=ankers, volledig=True, kaart_url=kaart_url,
                                     initiatieven=initiatieven) for p in groep)
        regels.append("</section>")
    if not lijst:
        regels.append('<p class="vzw-leeg">Er zijn nog geen praktijkvoorbeelden.</p>')
    regels.append("</div>")
    return _blok(regels)


def catalogus_overzicht(praktijken: Iterable[Praktijk], niveau: int = 2, *, catalogus_url: str | Adressen = "",
                        delen: Iterable[tuple[str, str, int]] = ()) -> str:
    """Het overzicht van de catalogus: de deelpagina's met hun aantal, de filters en elk
    voorbeeld als korte kaart (titel met link naar de volledige kaart, samenvatting, fase,
    thema, waar), op titel. `delen`: (adres, titel, aantal) van elke deelpagina. Korte kaarten
    staan in `<div class="vzw-kaarten">`: op papier worden ze één regel met paginanummer, zoals
    in de hoofdstukken (draaiboek/boek.py)."""
    lijst = kies_praktijken(praktijken)
    regels = ['<div class="vzw-filter vzw-catalogus" data-vzw-filter data-vzw-meervoud="praktijkvoorbeelden">']
    delen = [d for d in delen if d[2]]
    if delen:
        # Op papier niet: daar volgen de deelpagina's meteen, en de inhoud noemt hun pagina.
        regels.append('<p class="vzw-overzicht__titel vzw-scherm-alleen">Alle volledige kaarten, per regio:</p>')
        regels.append('<ul class="vzw-overzicht vzw-scherm-alleen">')
        regels.extend(f'<li><a href="{tekst(adres)}">{tekst(titel)}</a> ({aantal})</li>' for adres, titel, aantal in delen)
        regels.append("</ul>")
    if lijst:
        regels.extend(_praktijk_filters(lijst))
        # Niet in de zoekindex: elke korte kaart staat volledig op haar deelpagina, en daar hoort
        # een zoekresultaat heen (ook geen dubbele treffers; bij 10.000 voorbeelden de helft minder
        # tekst om te indexeren).
        # De merktekens: de zoekindex leest het blok niet eens (sneller, zie draaiboek/zoekindex.py).
        regels.append(f'<div class="vzw-kaarten" data-search-exclude>{OVERSLAAN_BEGIN}')
        regels.extend(praktijk_kaart(p, niveau, ankers=False, volledig=False, catalogus_url=catalogus_url,
                                     overzicht=True) for p in lijst)
        regels.append(f"{OVERSLAAN_EINDE}</div>")
    else:
        regels.append('<p class="vzw-leeg">Er zijn nog geen praktijkvoorbeelden.</p>')
    regels.append("</div>")
    return _blok(regels)


# ---------------------------------------------------------------------------
# Sociale kaart
# ---------------------------------------------------------------------------


OVERAL = "Heel Vlaanderen"  # provincie van organisaties die in heel Vlaanderen (en Brussel) werken
OVERAL_TEKST = "heel Vlaanderen en Brussel"  # zo heet die groep midden in een zin


def _initiatief_data(i: Initiatief, vandaag: dt.date) -> str:
    return (f' data-provincie="{tekst(slug(i.provincie))}" data-gemeente="{tekst(slug(i.gemeente))}"'
            f' data-vorm="{tekst(slug(i.vorm))}" data-ondersteuning="{tekst(" ".join(i.ondersteuning))}"'
            f' data-status="{tekst(afgeleide_status(i, vandaag).code)}"'
            + (" data-overal" if i.provincie == OVERAL else ""))


NOG_NIET_GEKEND = "nog niet gekend"


def tel_href(telefoon: str) -> str | None:
    """'03 123 45 67' -> 'tel:+3231234567'; '+32 2 ...' blijft internationaal. None als er geen cijfers zijn."""
    kaal = re.sub(r"[^0-9+]", "", str(telefoon))
    if kaal.startswith("00"):
        kaal = "+" + kaal[2:]
    elif kaal.startswith("0"):
        kaal = "+32" + kaal[1:]
    if not re.fullmatch(r"\+?[0-9]{6,}", kaal):
        return None
    return f"tel:{kaal}"


def mailto_href(email: str) -> str | None:
    waarde = str(email).strip()
    if not re.fullmatch(r"[^@\s<>\"'?&#]+@[^@\s<>\"'?&#/]+\.[A-Za-z]{2,}", waarde):
        return None
    return f"mailto:{tekst(waarde)}"


def contactgegevens(i: Initiatief) -> str:
    """Hoe je het initiatief bereikt, altijd als eerste op de kaart: website, telefoon, e-mail,
    adres en bereikbaarheid. Wat geen bron geeft, staat er als "nog niet gekend"."""
    regels = ['<dl class="vzw-kaart__contact">']
    ontbreekt = []
    if i.website and veilige_url(i.website):
        regels.append(f"<dt>Website</dt><dd>{link(i.website, tekst(i.website))}</dd>")
    else:
        ontbreekt.append("website")
    if i.telefoon:
        href = tel_href(i.telefoon)
        waarde = f'<a href="{tekst(href)}">{tekst(i.telefoon)}</a>' if href else tekst(i.telefoon)
        regels.append(f"<dt>Telefoon</dt><dd>{waarde}</dd>")
    else:
        ontbreekt.append("telefoon")
    if i.email:
        href = mailto_href(i.email)
        waarde = f'<a href="{href}">{tekst(i.email)}</a>' if href else tekst(i.email)
        regels.append(f"<dt>E-mail</dt><dd>{waarde}</dd>")
    else:
        ontbreekt.append("e-mail")
    if i.adres:
        regels.append(f"<dt>Adres</dt><dd>{tekst(i.adres)}</dd>")
    else:
        ontbreekt.append("adres")
    if i.bereikbaarheid:
        regels.append(f"<dt>Bereikbaar</dt><dd>{tekst(i.bereikbaarheid)}</dd>")
    else:
        ontbreekt.append("bereikbaarheid")
    if ontbreekt:
        wat = ontbreekt[0] if len(ontbreekt) == 1 else ", ".join(ontbreekt[:-1]) + " en " + ontbreekt[-1]
        regels.append(f'<dt>{NOG_NIET_GEKEND.capitalize()}</dt><dd class="vzw-onbekend">{tekst(wat)}</dd>')
    regels.append("</dl>")
    return "\n".join(regels)


def _werking(i: Initiatief, vandaag: dt.date, meewerken_url: str = "") -> str:
    """De bron achter de status: nieuwste bevestiging, of de bron die zegt dat het stopte."""
    if i.gestopt:
        g = i.gestopt
        return f"<dt>Gestopt</dt><dd>{tekst(bron_datum(g.datum))}: {link(g.url, tekst(g.hoe))}</dd>"
    if i.bevestigd:
        status = afgeleide_status(i, vandaag)
        b = next(x for x in i.bevestigd if x.datum == status.datum)
        return f"<dt>Laatst bevestigd</dt><dd>{tekst(bron_datum(b.datum))}: {link(b.url, tekst(b.hoe))}</dd>"
    meld = f'<a href="{tekst(meewerken_url)}">Meld het</a>' if meewerken_url else "Meld het via Meewerken"
    return ("<dt>Laatst bevestigd</dt><dd>Nog geen bron bevestigt dat dit initiatief werkt. "
            f"Weet jij meer? {meld}.</dd>")


def initiatief_kaart(i: Initiatief, niveau: int = 3, *, ankers: bool = False,
                     praktijken: Iterable[Praktijk] | dict[str, list[Praktijk]] = (), catalogus_url: str | Adressen = "",
                     kaart_url: str = "", vandaag: dt.date | None = None, meewerken_url: str = "",
                     formulier_url: str | None = None) -> str:
    """Eén organisatie of initiatief als <article>. Zonder anker linkt de naam naar de sociale kaart.

    `formulier_url`: adres van het bijdrageformulier; dan krijgt de kaart de link "Klopt dit nog?"
    (formulier_url?bewerk=<id>), zodat een initiatief zijn gegevens zelf bevestigt of verbetert.
    Deze kaart heeft een kopie in docs/assets/javascripts/formulier-controle.js (initiatiefKaart, de
    voorbeeldkaart van het formulier); tests/browser/test_formulier_in_browser.py houdt beide gelijk.

    Volgorde: naam, status, hoe je hen bereikt, beschrijving, dan in <details> (dicht op een
    telefoon) feiten, bronnen en datum; "Klopt dit nog?" blijft buiten het uitklapdeel.
    `praktijken`: alle praktijkvoorbeelden, of al per initiatief-id gegroepeerd (sneller).
    `vandaag`: de builddatum waartegen de status berekend wordt (standaard vandaag)."""
    vandaag = vandaag or dt.date.today()
    status = afgeleide_status(i, vandaag)
    naam = naam_tekst = tekst(i.naam)
    if not ankers and kaart_url:
        naam = f'<a href="{tekst(initiatief_href(kaart_url, i.id))}">{naam}</a>'
    regels = [
        f'<article class="vzw-kaart vzw-initiatief"{_initiatief_data(i, vandaag)}>',
        kop(niveau, naam, initiatief_anker(i.id) if ankers else None, "vzw-kaart__titel"),
        f'<p class="vzw-status vzw-status--{tekst(status.code)}">{tekst(status.tekst[0].upper() + status.tekst[1:])}</p>',
        contactgegevens(i),
        *_alineas(i.beschrijving),
        # Op een telefoon gaat dit deel dicht (kaarten.js), zoals bij de praktijkvoorbeelden: naam,
        # status, contact en beschrijving blijven zichtbaar. Elders en op papier blijft het open.
        '<details class="vzw-kaart__details" open>',
        f'<summary>Werkingsgebied, hulp en bronnen<span class="vzw-verborgen"> van {naam_tekst}</span></summary>',
        '<dl class="vzw-kaart__feiten">',
        f"<dt>Gemeente</dt><dd>{_waar(i.gemeente, i.provincie)}</dd>",
        f"<dt>Werkingsgebied</dt><dd>{tekst(i.werkingsgebied)}</dd>",
        f"<dt>Vorm</dt><dd>{tekst(VORMEN[i.vorm])}</dd>",
    ]
    if i.verbonden_aan:
        regels.append(f"<dt>Verbonden aan</dt><dd>{tekst(i.verbonden_aan)}</dd>")
    regels.append(f"<dt>Hulp bij</dt><dd>{_opsomming(ONDERSTEUNING[o] for o in i.ondersteuning)}</dd>")
    regels.append(_werking(i, vandaag, meewerken_url))
    eigen = praktijken.get(i.id, []) if isinstance(praktijken, dict) else \
        [p for p in praktijken if p.initiatief == i.id]
    if eigen:
        links = ", ".join(f'<a href="{tekst(praktijk_href(p, catalogus_url))}">{tekst(p.titel)}</a>'
                          for p in sorted(eigen, key=lambda p: sorteer_sleutel(p.titel)))
        regels.append(f"<dt>Praktijkvoorbeeld{'en' if len(eigen) > 1 else ''}</dt><dd>{links}</dd>")
    regels.append("</dl>")
    regels.append(f'<p class="vzw-kaart__label">{"Bron" if len(i.bronnen) == 1 else "Bronnen"}</p>')
    regels.append(bronnenlijst(i.bronnen))
    regels.append(_nagekeken(i.laatst_nagekeken))
    regels.append("</details>")
    if formulier_url is not None:
        regels.append(f'<p class="vzw-kaart__klopt"><a href="{tekst(formulier_url)}?bewerk={tekst(i.id)}">'
                      "Klopt dit nog? Bevestig of verbeter deze gegevens</a></p>")
    regels.append("</article>")
    return "\n".join(regels)


def kies_initiatieven(initiatieven: Iterable[Initiatief], provincie: str | None = None) -> list[Initiatief]:
    uit = [i for i in initiatieven if provincie is None or i.provincie == provincie]
    return sorted(uit, key=lambda i: (sorteer_sleutel(i.naam), i.id))


def sociale_kaart(initiatieven: Iterable[Initiatief], niveau: int = 2, *, provincie: str | None = None,
                  ankers: bool = False, filters: bool = True, praktijken: Iterable[Praktijk] = (),
                  catalogus_url: str | Adressen = "", kaart_url: str = "", vandaag: dt.date | None = None,
                  meewerken_url: str = "", formulier_url: str | None = None) -> str:
    """De sociale kaart.

    Zonder provincie: een overzicht met aantallen, dan per provincie een groep (kop op `niveau`,
    kaarten één niveau dieper). Met provincie: alleen die kaarten, op `niveau`.
    Filters op provincie, gemeente, vorm en soort hulp als `filters=True`.
    """
    praktijken = list(praktijken)
    vandaag = vandaag or dt.date.today()
    lijst = kies_initiatieven(initiatieven, provincie)
    totaal = len(lijst)
    regels = ['<div class="vzw-filter vzw-sociale-kaart" data-vzw-filter data-vzw-meervoud="initiatieven" '
              f'data-vzw-overal="{tekst(OVERAL_TEKST)}">']
    groepen = _groepen(lijst, lambda i: i.provincie)
    if provincie is None and lijst:
        regels.extend(_overzicht(groepen, "kaart" if ankers else None,
                                 f"De sociale kaart telt {totaal} {'initiatief' if totaal == 1 else 'initiatieven'}:"))
    if filters and lijst:
        provs = _tel(i.provincie for i in lijst)
        gemeenten: dict[str, tuple[str, int]] = {}
        for i in lijst:
            s = slug(i.gemeente)
            label, n = gemeenten.get(s, (i.gemeente, 0))
            gemeenten[s] = (label, n + 1)
        vormen = _tel(i.vorm for i in lijst)
        steun = _tel(o for i in lijst for o in i.ondersteuning)
        velden = []
        if provincie is None:
            # Elke provincie staat erin, ook zonder initiatief: wie Limburg kiest, ziet dan "nog geen
            # lokaal initiatief" en de organisaties voor heel Vlaanderen, niet een stille lege keuze.
            velden.append(_keuzelijst("Provincie", "provincie", "provincie", "Alle provincies",
                                      [(slug(p), PROVINCIES[p], provs[p]) for p in PROVINCIES], plaats=True))
        velden += [
            _keuzelijst("Gemeente", "gemeente", "gemeente", "Alle gemeenten",
                        [(s, lab, n) for s, (lab, n) in sorted(gemeenten.items(),
                                                               key=lambda x: sorteer_sleutel(x[1][0]))],
                        plaats=True),
            _keuzelijst("Vorm", "vorm", "vorm", "Alle vormen",
                        [(slug(v), VORMEN[v], vormen[v]) for v in VORMEN if vormen[v]]),
            _keuzelijst("Hulp bij", "ondersteuning", "ondersteuning", "Alle soorten hulp",
                        [(o, ONDERSTEUNING[o], steun[o]) for o in ONDERSTEUNING if steun[o]]),
            _vinkje("Alleen actieve initiatieven", "actief", "status", "actief",
                    sum(1 for i in lijst if afgeleide_status(i, vandaag).code == "actief"),
                    "Actief: een bron van de laatste 24 maanden toont dat het initiatief werkt."),
        ]
        regels.extend(_filterformulier(velden, totaal, "initiatieven"))
    per_initiatief: dict[str, list[Praktijk]] = {}
    for p in praktijken:
        if p.initiatief:
            per_initiatief.setdefault(p.initiatief, []).append(p)
    kaart = dict(ankers=ankers, praktijken=per_initiatief, catalogus_url=catalogus_url, kaart_url=kaart_url,
                 vandaag=vandaag, meewerken_url=meewerken_url,
                 formulier_url=formulier_url)
    if provincie is None:
        for prov, groep in groepen:
            naam = PROVINCIES[prov]
            regels.append('<section class="vzw-groep" data-vzw-groep>')
            regels.append(_groep_kop(niveau, naam, len(groep), f"kaart-{slug(naam)}" if ankers else None))
            regels.extend(initiatief_kaart(i, niveau + 1, **kaart) for i in groep)
            regels.append("</section>")
    else:
        regels.append('<div class="vzw-kaarten">')
        regels.extend(initiatief_kaart(i, niveau, **kaart) for i in lijst)
        regels.append("</div>")
    if not lijst:
        waar = f" in {PROVINCIES.get(provincie, provincie)}" if provincie else ""
        regels.append(f'<p class="vzw-leeg">Er staan nog geen initiatieven{tekst(waar)} op de sociale kaart.</p>')
    regels.append("</div>")
    return _blok(regels)


# ---------------------------------------------------------------------------
# Aantallen
# ---------------------------------------------------------------------------


def aantal_praktijken(praktijken: Iterable[Praktijk], fase: str | None = None, thema: str | None = None) -> int:
    return len(kies_praktijken(praktijken, fase, thema))


def aantal_initiatieven(initiatieven: Iterable[Initiatief], provincie: str | None = None) -> int:
    return len(kies_initiatieven(initiatieven, provincie))
