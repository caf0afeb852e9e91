"""Praktijkvoorbeelden en sociale kaart: streng laden en controleren. Gewone Python zonder MkDocs.

    from draaiboek import gegevens
    data = gegevens.laad(Path("."))      # GegevensFout met alle problemen samen, anders Gegevens

Stappen:
1. bytes lezen; ongeldige UTF-8, tabs in de inspringing en een leeg bestand zijn fouten;
2. YAML lezen met een eigen lader: dubbele sleutels zijn een fout, datums blijven tekst
   (zoals in YAML 1.2 en in de editor), alleen true/false zijn ja/nee-waarden,
   en elk item en elk veld onthoudt zijn regelnummer;
3. het JSON Schema (data/*.schema.json) met Draft202012Validator (bij veel items na een snelle
   voorcontrole, zie `schemafouten`); elke fout wordt in gewoon Nederlands vertaald en
   teruggebracht naar de regel van het veld;
4. kruiscontroles: unieke ids, bestaande `initiatief`-verwijzingen, https-adressen,
   datums die bestaan en niet in de toekomst liggen.

Alle problemen van beide bestanden worden samen gemeld, elk in de vorm
`data/practices.yaml, regel 42, praktijk "verhuishulp-leuven": veld "fasen" moet ...`.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import gc
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import yaml
from jsonschema import Draft202012Validator

from draaiboek import veiligheid

from draaiboek.datums import MAANDEN

PRAKTIJKEN_BESTAND = "data/practices.yaml"
INITIATIEVEN_BESTAND = "data/initiatives.yaml"

# ---------------------------------------------------------------------------
# Vaste waarden en hun weergave
# ---------------------------------------------------------------------------

FASEN = {"opstarten": "opstarten", "bijsturen": "bijsturen", "evalueren": "evalueren"}
THEMAS = {
    "woning-zoeken": "een woning zoeken",
    "contact-verhuurders": "contact met verhuurders",
    "bezichtigen": "bezichtigen",
    "huurcontract-en-waarborg": "huurcontract en waarborg",
    "verhuizen-en-inrichten": "verhuizen en inrichten",
    "inhuren-en-onderverhuren": "inhuren en onderverhuren",
    "samenwonen": "samenwonen",
    "buddywerking": "buddywerking",
    "samenwerking": "samenwerking",
    "vrijwilligers": "vrijwilligers",
    "financiering-en-logistiek": "financiering en logistiek",
    "evaluatie": "evaluatie",
}
PROVINCIES = {
    "Antwerpen": "Antwerpen",
    "Limburg": "Limburg",
    "Oost-Vlaanderen": "Oost-Vlaanderen",
    "Vlaams-Brabant": "Vlaams-Brabant",
    "West-Vlaanderen": "West-Vlaanderen",
    "Brussel": "Brussel",
    "Heel Vlaanderen": "Heel Vlaanderen en Brussel",
}
VORMEN = {
    "feitelijke vereniging": "feitelijke vereniging",
    "vzw": "vzw",
    "lokaal bestuur": "lokaal bestuur",
    "OCMW": "OCMW",
    "CAW": "CAW",
    "netwerk": "netwerk",
    "project": "project",
    "platform": "platform",
    "onbekend": "vorm niet gekend",
}
ONDERSTEUNING = {
    "zoeken": "woning zoeken",
    "contact-verhuurders": "contact met verhuurders",
    "bezichtigen": "bezichtigen",
    "administratie": "administratie",
    "verhuizen": "verhuizen",
    "meubels": "meubels",
    "inhuren-en-onderverhuren": "inhuren en onderverhuren",
    "buddy": "buddy",
    "samenwonen": "samenwonen",
    "juridisch-advies": "juridisch advies",
    "doorverwijzing": "doorverwijzing",
    "vorming-en-coaching": "vorming en coaching",
    "netwerk-van-initiatieven": "netwerk van initiatieven",
    "woningaanbod": "woningaanbod",
    "sensibilisering": "sensibilisering",
    "beleidssignalen": "beleidssignalen",
}
# De status van een initiatief staat niet in de gegevens: afgeleide_status() berekent ze bij de build
# uit `bevestigd` en `gestopt`. Code (voor filters en CSS) -> woord op de kaart.
STATUS = {"actief": "actief", "niet-recent": "niet recent bevestigd", "gestopt": "gestopt"}
# Zo oud mag de nieuwste bevestiging hoogstens zijn (in maanden) om "actief" te tonen.
BEVESTIGD_MAANDEN = 24

# Hoe een item heet in een melding, per bestand
_SOORT = {"practices": ("praktijk", "praktijkvoorbeeld"), "initiatives": ("initiatief", "initiatief"),
          "diensten": ("dienst", "dienst")}
# Meervoud in meldingen over een heel bestand (niet "initiatiefen")
_MEERVOUD = {"practices": "praktijkvoorbeelden", "initiatives": "initiatieven", "diensten": "diensten"}


def _meervoud(soort: str) -> str:
    return _MEERVOUD.get(soort) or _SOORT[soort][1] + "en"

# ---------------------------------------------------------------------------
# Resultaat
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Bron:
    titel: str
    url: str
    datum: str  # "JJJJ", "JJJJ-MM", "JJJJ-MM-DD" of "z.d."


@dataclass(frozen=True)
class Bevestiging:
    """Een datum met een bron: het initiatief werkt (`bevestigd`) of het stopte (`gestopt`)."""
    datum: str  # "JJJJ", "JJJJ-MM" of "JJJJ-MM-DD"
    hoe: str    # wat de bron toont
    url: str


@dataclass
class Praktijk:
    id: str
    titel: str
    samenvatting: str
    fasen: list[str]
    themas: list[str]
    aanpak: str
    wat_werkt: list[str]
    valkuilen: list[str]
    bronnen: list[Bron]
    laatst_nagekeken: dt.date
    provincie: str | None = None
    gemeente: str | None = None
    initiatief: str | None = None
    regel: int = 0


@dataclass
class Initiatief:
    id: str
    naam: str
    beschrijving: str
    gemeente: str
    provincie: str
    werkingsgebied: str
    vorm: str
    ondersteuning: list[str]
    bronnen: list[Bron]
    laatst_nagekeken: dt.date
    verbonden_aan: str | None = None
    website: str | None = None
    email: str | None = None
    telefoon: str | None = None
    adres: str | None = None
    bereikbaarheid: str | None = None
    bevestigd: list[Bevestiging] = field(default_factory=list)
    gestopt: Bevestiging | None = None
    regel: int = 0


@dataclass
class Gegevens:
    praktijken: list[Praktijk] = field(default_factory=list)
    initiatieven: list[Initiatief] = field(default_factory=list)

    @property
    def praktijk_per_id(self) -> dict[str, Praktijk]:
        return {p.id: p for p in self.praktijken}

    @property
    def initiatief_per_id(self) -> dict[str, Initiatief]:
        return {i.id: i for i in self.initiatieven}


@dataclass(frozen=True)
class Status:
    """Wat een lezer ziet over de werking van een initiatief (afgeleid, nooit ingetypt).

    code: "actief", "niet-recent" of "gestopt" (voor filters en CSS);
    tekst: "actief, bevestigd in september 2025", "niet recent bevestigd" of "gestopt";
    datum: de datum van de nieuwste bevestiging of van het stoppen ("JJJJ[-MM[-DD]]"), of None.
    """
    code: str
    tekst: str
    datum: str | None = None


def _maand_jaar(datum: str) -> str:
    """'2025-09' of '2025-09-14' -> 'september 2025'; '2025' -> '2025'."""
    delen = str(datum).split("-")
    if len(delen) >= 2:
        return f"{MAANDEN[int(delen[1]) - 1]} {delen[0]}"
    return delen[0]


def _datum_sleutel(datum: str) -> tuple[int, int, int]:
    """'2025-09' -> (2025, 9, 0): een datum zonder maand of dag sorteert voor een preciezere."""
    delen = [int(x) for x in str(datum).split("-")] + [0, 0]
    return delen[0], delen[1], delen[2]


def _veld(initiatief, naam: str):
    return initiatief.get(naam) if isinstance(initiatief, dict) else getattr(initiatief, naam, None)


def _datum_van(x) -> str:
    return str(x.get("datum") if isinstance(x, dict) else x.datum)


def afgeleide_status(initiatief, vandaag: dt.date) -> Status:
    """De status die de site toont, berekend op de builddatum `vandaag`.

    - "gestopt" als een bron zegt dat het initiatief stopte (veld `gestopt`);
    - "actief, bevestigd in <maand jaar>" als de nieuwste `bevestigd.datum` hoogstens
      24 maanden voor `vandaag` ligt (in maanden geteld; een datum met alleen een jaar telt
      als januari van dat jaar);
    - anders "niet recent bevestigd".
    Werkt met een `Initiatief` en met een item zoals het uit de YAML komt (dict).
    """
    gestopt = _veld(initiatief, "gestopt")
    if gestopt:
        return Status("gestopt", STATUS["gestopt"], _datum_van(gestopt))
    bevestigd = [_datum_van(b) for b in (_veld(initiatief, "bevestigd") or [])]
    if not bevestigd:
        return Status("niet-recent", STATUS["niet-recent"], None)
    nieuwste = max(bevestigd, key=_datum_sleutel)
    jaar, maand, _ = _datum_sleutel(nieuwste)
    leeftijd = (vandaag.year - jaar) * 12 + (vandaag.month - (maand or 1))
    if leeftijd <= BEVESTIGD_MAANDEN:
        return Status("actief", f"{STATUS['actief']}, bevestigd in {_maand_jaar(nieuwste)}", nieuwste)
    return Status("niet-recent", STATUS["niet-recent"], nieuwste)


@dataclass(frozen=True, order=True)
class Melding:
    bestand: str
    regel: int
    item: str  # bv. 'praktijk "x"' of '' als de melding over het hele bestand gaat
    tekst: str

    def __str__(self) -> str:
        waar = f"{self.bestand}, regel {self.regel}"
        return f"{waar}, {self.item}: {self.tekst}" if self.item else f"{waar}: {self.tekst}"


class GegevensFout(ValueError):
    """Een of meer problemen in de gegevensbestanden; `meldingen` bevat ze allemaal."""

    def __init__(self, meldingen: list[Melding]):
        self.meldingen = list(meldingen)
        super().__init__(
            f"{len(self.meldingen)} {'probleem' if len(self.meldingen) == 1 else 'problemen'} in de "
            "gegevens (praktijkvoorbeelden of sociale kaart):\n" + "\n".join(str(m) for m in self.meldingen)
        )


# ---------------------------------------------------------------------------
# Strenge YAML-lader met regelnummers
# ---------------------------------------------------------------------------


class RegelDict(dict):
    """Een dict die onthoudt op welke regel (1-based) hij begint en eindigt en waar elke sleutel staat."""

    regel: int = 0
    eind: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.regels: dict = {}


class RegelLijst(list):
    """Een lijst die onthoudt op welke regel elk element staat."""

    regel: int = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.regels: list[int] = []


class _Lader(yaml.SafeLoader):
    """SafeLoader zonder stille verrassingen; verzamelt dubbele sleutels in `dubbel`."""

    def __init__(self, stream):
        super().__init__(stream)
        self.dubbel: list[tuple[int, object, int]] = []  # (regel, sleutel, eerste regel)


def _geen_alias(lader: _Lader, parent, index):
    """Verwijzingen (*anker) zijn niet nodig en laten een bestand onoverzichtelijk (of gigantisch) worden.

    Ook geweigerd: tags (!!python/..., !!binary, !!int ...) en gegevens die dieper genest zijn dan
    veiligheid.MAX_DIEPTE (3.000 haakjes diep liet Python vroeger vastlopen).
    """
    gebeurtenis = lader.peek_event()
    if isinstance(gebeurtenis, yaml.events.AliasEvent):
        raise yaml.composer.ComposerError(None, None, "found alias", gebeurtenis.start_mark)
    if getattr(gebeurtenis, "tag", None) is not None:
        raise yaml.composer.ComposerError(None, None, "tag niet toegelaten", gebeurtenis.start_mark)
    lader.diepte = getattr(lader, "diepte", 0) + 1
    try:
        if lader.diepte > veiligheid.MAX_DIEPTE:
            raise yaml.composer.ComposerError(None, None, "te diep genest", gebeurtenis.start_mark)
        return yaml.SafeLoader.compose_node(lader, parent, index)
    finally:
        lader.diepte -= 1


def _maak_object(lader, node, deep=False):
    """construct_object, maar een waarde die Python niet kan omzetten (een getal van 5.000 cijfers)
    wordt een YAML-fout met de plaats van die waarde, geen traceback."""
    try:
        return yaml.constructor.BaseConstructor.construct_object(lader, node, deep)
    except yaml.YAMLError:
        raise
    except (ValueError, TypeError, OverflowError, ArithmeticError, RecursionError):
        raise yaml.constructor.ConstructorError(None, None, "waarde onleesbaar", node.start_mark) from None


_Lader.compose_node = _geen_alias
_Lader.construct_object = _maak_object

# Datums blijven tekst (het schema controleert ze); alleen true/false zijn booleans, niet yes/no/on/off.
_Lader.yaml_implicit_resolvers = {
    eerste: [(tag, rx) for tag, rx in lijst
             if tag not in ("tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool")]
    for eerste, lijst in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Lader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _maak_mapping(lader: _Lader, node):
    data = RegelDict()
    data.regel = node.start_mark.line + 1
    data.eind = node.end_mark.line + 1
    lader.flatten_mapping(node)
    for sleutel_node, waarde_node in node.value:
        sleutel = lader.construct_object(sleutel_node, deep=True)
        regel = sleutel_node.start_mark.line + 1
        try:
            hash(sleutel)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "een veldnaam moet gewone tekst zijn", sleutel_node.start_mark)
        if sleutel in data:
            lader.dubbel.append((regel, sleutel, data.regels[sleutel]))
            continue
        data[sleutel] = lader.construct_object(waarde_node, deep=True)
        data.regels[sleutel] = regel
    return data


def _maak_lijst(lader: _Lader, node):
    data = RegelLijst()
    data.regel = node.start_mark.line + 1
    for kind in node.value:
        data.append(lader.construct_object(kind, deep=True))
        data.regels.append(kind.start_mark.line + 1)
    return data


_Lader.add_constructor("tag:yaml.org,2002:map", _maak_mapping)
_Lader.add_constructor("tag:yaml.org,2002:seq", _maak_lijst)


# Snelle weg: dezelfde regels, maar libyaml (C) ontleedt het bestand; tien keer sneller, wat
# telt bij duizenden items. Bij elke fout of verwijzing (*anker) neemt de Python-lader het over,
# die de precieze, vertaalde melding met regelnummer geeft.
_SnelleLader = None
if getattr(yaml, "__with_libyaml__", False):
    class _SnelleLader(yaml.CSafeLoader):  # type: ignore[no-redef]
        def __init__(self, stream):
            super().__init__(stream)
            self.dubbel: list[tuple[int, object, int]] = []

    _SnelleLader.yaml_implicit_resolvers = _Lader.yaml_implicit_resolvers
    _SnelleLader.construct_object = _maak_object
    _SnelleLader.add_constructor("tag:yaml.org,2002:map", _maak_mapping)
    _SnelleLader.add_constructor("tag:yaml.org,2002:seq", _maak_lijst)


class _AliasGevonden(Exception):
    """Een knoop komt twee keer voor in de boom (een verwijzing, *anker) of de boom is te diep:
    de gewone lader neemt het over en geeft de precieze melding."""


# Een mogelijke tag (!!int, !foo): de gewone lader kijkt het precies na.
_MOGELIJKE_TAG = re.compile(r"(?:^|[\s\[{,])!")


def _weiger_aliassen(knoop, gezien: set[int] | None = None) -> None:
    gezien = set() if gezien is None else gezien
    stapel = [(knoop, 1)]
    while stapel:
        k, diepte = stapel.pop()
        if id(k) in gezien or diepte > veiligheid.MAX_DIEPTE:
            raise _AliasGevonden
        gezien.add(id(k))
        if isinstance(k, yaml.SequenceNode):
            stapel.extend((x, diepte + 1) for x in k.value)
        elif isinstance(k, yaml.MappingNode):
            for sleutel, waarde in k.value:
                stapel.extend(((sleutel, diepte + 1), (waarde, diepte + 1)))


@contextlib.contextmanager
def _zonder_opruimer():
    """Zet de kringopruimer van Python (gc) uit zolang de YAML-boom gebouwd wordt.

    Een bestand van 10.000 items wordt meer dan een miljoen objecten (knopen, dicts, lijsten). Per
    700 nieuwe objecten overloopt de opruimer de jongste objecten op zoek naar kringen, en geregeld
    alle objecten: bij 27 MB YAML was dat meer dan de helft van de leestijd (6,8 s met, 3,7 s zonder). De
    boom heeft geen kringen; wat na het lezen weg mag, ruimt Python gewoon op.
    """
    aan = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if aan:
            gc.enable()


def _snel_lezen(tekst: str):
    """(data, dubbele sleutels) via libyaml, of None als de gewone lader het moet overnemen."""
    if _SnelleLader is None or _MOGELIJKE_TAG.search(tekst):
        return None
    lader = _SnelleLader(tekst)
    try:
        with _zonder_opruimer():
            knoop = lader.get_single_node()
            if knoop is None:
                return None, []
            _weiger_aliassen(knoop)
            return lader.construct_document(knoop), lader.dubbel
    except (yaml.YAMLError, _AliasGevonden):
        return None
    finally:
        lader.dispose()

_YAML_UITLEG = [
    ("mapping values are not allowed here",
     "hier staat een dubbelpunt gevolgd door een spatie (': ') midden in een waarde; "
     "zet de hele waarde tussen aanhalingstekens"),
    ("could not find expected ':'",
     "er ontbreekt een dubbelpunt na de veldnaam, of een vorige regel springt verkeerd in"),
    ("did not find expected key",
     "deze regel springt niet even ver in als de velden erboven (gebruik 2 spaties per niveau)"),
    ("did not find expected '-' indicator",
     "deze regel springt verkeerd in: elk item van een lijst begint met '- ' op dezelfde hoogte"),
    ("found character '\\t' that cannot start any token", "hier staat een tab; gebruik spaties"),
    ("found unexpected end of stream",
     "het bestand stopt midden in een waarde; ontbreekt er een sluitend aanhalingsteken?"),
    ("found unknown escape character", "onbekende tekencombinatie met \\ in een tekst tussen dubbele aanhalingstekens"),
    ("expected <block end>, but found",
     "deze regel springt verkeerd in of er staat tekst na een afgesloten waarde"),
    ("while scanning a quoted scalar", "een aanhalingsteken wordt niet afgesloten"),
    ("found alias", "verwijzingen met * (ankers) zijn niet toegelaten; schrijf de waarde voluit"),
    ("found undefined alias", "verwijzingen met * (ankers) zijn niet toegelaten; schrijf de waarde voluit"),
    ("found duplicate anchor", "hetzelfde anker (&) staat twee keer in het bestand"),
    ("een veldnaam moet gewone tekst zijn", "een veldnaam moet gewone tekst zijn"),
    ("te diep genest", f"de gegevens zijn hier dieper genest dan {veiligheid.MAX_DIEPTE} niveaus "
                       "(lijsten of haakjes in elkaar); zo diep gaat geen enkel veld"),
    ("exceeded maximum nesting depth", f"de gegevens zijn hier dieper genest dan {veiligheid.MAX_DIEPTE} "
                                       "niveaus (lijsten of haakjes in elkaar); zo diep gaat geen enkel veld"),
    ("tag niet toegelaten", "een tag met ! (zoals !!int of !!python/...) is niet toegelaten; "
                            "schrijf gewone tekst, tussen aanhalingstekens als ze met ! begint"),
    ("could not determine a constructor", "een tag met ! (zoals !!python/...) is niet toegelaten; "
                                          "schrijf gewone tekst, tussen aanhalingstekens als ze met ! begint"),
    ("waarde onleesbaar", "deze waarde kan niet gelezen worden (bijvoorbeeld een getal van duizenden "
                          "cijfers); zet de waarde tussen aanhalingstekens of maak ze korter"),
    ("expected a single document", "het bestand bevat meer dan één document (een regel met --- of ...); "
                                   "laat alleen de lijst over"),
    ("but found another document", "het bestand bevat meer dan één document (een regel met --- of ...); "
                                   "laat alleen de lijst over"),
    ("expected ',' or ']'", "een lijst tussen [ ] wordt niet goed afgesloten; zet ] aan het einde, "
                            "of zet een waarde met [ of , tussen aanhalingstekens"),
    ("expected ',' or '}'", "een groep tussen { } wordt niet goed afgesloten; zet } aan het einde, "
                            "of zet een waarde met { of , tussen aanhalingstekens"),
    ("while parsing a flow", "haakjes [ ] of { } worden niet goed afgesloten; zet een waarde met "
                             "haakjes tussen aanhalingstekens"),
    ("while scanning an alias", "& en * hebben in YAML een eigen betekenis; zet de waarde tussen aanhalingstekens"),
    ("while scanning an anchor", "& en * hebben in YAML een eigen betekenis; zet de waarde tussen aanhalingstekens"),
    ("while scanning a tag", "! aan het begin van een waarde heeft in YAML een eigen betekenis; "
                             "zet de waarde tussen aanhalingstekens"),
    ("found undefined tag handle", "! aan het begin van een waarde heeft in YAML een eigen betekenis; "
                                   "zet de waarde tussen aanhalingstekens"),
    ("while scanning a directive", "een regel die met % begint is niet toegelaten; zet de waarde "
                                   "tussen aanhalingstekens"),
    ("while scanning a block scalar", "na | of > mag op dezelfde regel niets meer staan; begin de tekst "
                                      "op de volgende regel"),
    ("that cannot start any token", "deze waarde begint met een teken dat YAML anders leest (zoals @, ` "
                                    "of %); zet de hele waarde tussen aanhalingstekens"),
    ("expected a comment or a line break", "na een afgesloten waarde staat nog tekst; zet de hele "
                                           "waarde tussen aanhalingstekens"),
    ("expected the node content", "hier ontbreekt een waarde, of er staat een teken dat YAML anders "
                                  "leest; zet de waarde tussen aanhalingstekens"),
    ("expected <document start>", "na de lijst staat nog tekst die er niet bij hoort; kijk de "
                                  "inspringing van deze regel na"),
    ("found unexpected ':'", "hier staat een dubbelpunt die YAML niet begrijpt; zet de hele waarde "
                             "tussen aanhalingstekens"),
    ("expected escape sequence", "onbekende tekencombinatie met \\ in een tekst tussen dubbele "
                                 "aanhalingstekens; gebruik enkele aanhalingstekens"),
]


def _yaml_melding(fout: yaml.YAMLError) -> tuple[int, str]:
    mark = getattr(fout, "problem_mark", None) or getattr(fout, "context_mark", None)
    regel = mark.line + 1 if mark else 1
    probleem = (getattr(fout, "problem", None) or "") + " " + (getattr(fout, "context", None) or "")
    for sleutel, uitleg in _YAML_UITLEG:
        if sleutel in probleem:
            return regel, f"de YAML-opbouw klopt niet: {uitleg}"
    technisch = veiligheid.toonbaar(" ".join(probleem.split()))[:200]
    return regel, ("de YAML-opbouw klopt niet op deze regel; kijk de inspringing na en zet waarden met "
                   f"vreemde tekens tussen aanhalingstekens (technisch: {technisch})")


# ---------------------------------------------------------------------------
# Schema's en vertaling van schemafouten
# ---------------------------------------------------------------------------

@dataclass
class _Schema:
    schema: dict
    volledig: Draft202012Validator  # datums en adressen controleren we zelf (duidelijkere meldingen)
    snel: object = None             # fastjsonschema: None = nog niet gemaakt, False = niet bruikbaar


_SCHEMA_CACHE: dict[Path, tuple[int, _Schema]] = {}
# Vanaf zoveel items loont de snelle voorcontrole: het schema omzetten naar Python-code kost zelf
# 10 à 20 ms, jsonschema doet er bij 100 items ook ongeveer zo lang over.
SNEL_VANAF = 500


def _schema(schema_pad: Path) -> _Schema:
    tijd = schema_pad.stat().st_mtime_ns
    bewaard = _SCHEMA_CACHE.get(schema_pad)
    if bewaard and bewaard[0] == tijd:
        return bewaard[1]
    schema = json.loads(schema_pad.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    uit = _Schema(schema, Draft202012Validator(schema))
    _SCHEMA_CACHE[schema_pad] = (tijd, uit)
    return uit


def validator(schema_pad: Path) -> Draft202012Validator:
    return _schema(schema_pad).volledig


def _snelle_controle(s: _Schema):
    """De functie van fastjsonschema voor dit schema (zonder standaardwaarden in te vullen en
    zonder formats, net als onze jsonschema-validator), of False als ze niet te maken is."""
    if s.snel is None:
        import fastjsonschema  # pas hier: een build met weinig items heeft het niet nodig

        try:
            s.snel = fastjsonschema.compile(s.schema, use_default=False, use_formats=False)
        except Exception:  # noqa: BLE001 - bv. een patroon dat fastjsonschema niet aankan: dan jsonschema alleen
            s.snel = False
    return s.snel


def schemafouten(schema_pad: Path, data) -> list:
    """Alle fouten van jsonschema in `data` (ValidationError's, voor de meldingen).

    Bij veel items eerst een snelle voorcontrole: fastjsonschema zet het schema om in Python-code
    en zegt alleen óf alles klopt (10.000 praktijkvoorbeelden: 0,4 s in plaats van 3,3 s met
    jsonschema). Klopt alles, dan is er niets te melden. Vindt het iets (of twijfelt het), dan
    zoekt jsonschema zoals altijd alle fouten met hun plaats; de meldingen blijven dus dezelfde.
    Voor onze schema's is fastjsonschema nergens soepeler dan jsonschema, hoogstens strenger (een
    patroon met $ aanvaardt geen regeleinde op het einde): tests/test_gegevens_schema.py.
    """
    s = _schema(schema_pad)
    snel = _snelle_controle(s) if isinstance(data, list) and len(data) >= SNEL_VANAF else False
    if snel:
        try:
            snel(data)
        except Exception:  # noqa: BLE001 - een fout of twijfel: jsonschema beslist en zegt waar
            pass
        else:
            return []
    return list(s.volledig.iter_errors(data))


_TYPES = {
    "string": "tekst",
    "array": "een lijst (regels die beginnen met '- ')",
    "object": "een groep velden (veldnaam: waarde)",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
    "null": "leeg",
}

_PATROON_UITLEG = {
    "id": "mag alleen kleine letters, cijfers en koppeltekens bevatten, zonder spaties of accenten "
          "(bijvoorbeeld \"huizen-van-vrede\")",
    "initiatief": "moet de id van een initiatief zijn: kleine letters, cijfers en koppeltekens",
    "url": "moet een volledig adres zijn dat begint met \"https://\" (geen http://, javascript: of iets anders)",
    "website": "moet een volledig adres zijn dat begint met \"https://\" (geen http://, javascript: of iets anders)",
    "datum": "moet \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\" zijn, of \"z.d.\" als de bron geen datum toont",
    "laatst_nagekeken": "moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-11-27",
    "email": "moet een e-mailadres zijn zoals info@organisatie.be",
    "telefoon": "moet een telefoonnummer zijn met alleen cijfers, spaties, +, /, punten of koppeltekens",
}


def _opsomming(waarden) -> str:
    w = [f'"{x}"' for x in waarden]
    return w[0] if len(w) == 1 else ", ".join(w[:-1]) + " of " + w[-1]


def _toon(waarde, max_lengte: int = 60) -> str:
    if waarde is None:
        return "leeg"
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if isinstance(waarde, (int, float)):
        return f"het getal {waarde}"
    if isinstance(waarde, dict):
        return "een groep velden"
    if isinstance(waarde, list):
        return "een lijst"
    tekst = veiligheid.toonbaar(str(waarde).replace("\n", " "))
    if len(tekst) > max_lengte:
        tekst = tekst[: max_lengte - 1] + "…"
    return f'"{tekst}"'


def _getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _vertaal(fout, veldnaam: str) -> list[tuple[str | None, str]]:
    """Een jsonschema-fout in gewoon Nederlands: lijst van (extra sleutel voor de regel, tekst)."""
    soort = fout.validator
    waarde = fout.instance
    if soort == "required":
        ontbrekend = [x for x in fout.validator_value if x not in waarde]
        waar = "" if veldnaam == "dit item" else f" in {veldnaam}"
        return [(None, f'het verplichte veld "{x}" ontbreekt{waar}') for x in ontbrekend]
    if soort == "additionalProperties":
        bekend = list((fout.schema.get("properties") or {}).keys())
        extra = [k for k in waarde if k not in bekend]
        uit = []
        for k in extra:
            if k == "status" and "bevestigd" in bekend:
                uit.append((k, 'het veld "status" bestaat niet meer: de site leidt de status af. Zet een '
                               'bevestiging onder "bevestigd" (datum, hoe, url) of, als een bron zegt dat het '
                               'initiatief stopte, onder "gestopt"; weet je het niet, laat dan beide weg'))
                continue
            voorstel = difflib.get_close_matches(str(k), bekend, n=1, cutoff=0.6)
            hint = f'; bedoel je "{voorstel[0]}"?' if voorstel else f"; toegelaten velden: {', '.join(bekend)}"
            waar = "" if veldnaam == "dit item" else f" in {veldnaam}"
            uit.append((k, f'onbekend veld "{k}"{waar}{hint}'))
        return uit
    if soort == "enum":
        toegelaten = list(fout.validator_value)
        voorstel = difflib.get_close_matches(str(waarde), [str(t) for t in toegelaten], n=1, cutoff=0.6)
        hint = f' (bedoel je "{voorstel[0]}"?)' if voorstel else ""
        return [(None, f"{veldnaam} moet {_opsomming(toegelaten)} zijn, niet {_toon(waarde)}{hint}")]
    if soort == "type":
        verwacht = fout.validator_value
        verwacht = verwacht if isinstance(verwacht, list) else [verwacht]
        verwacht_tekst = " of ".join(_TYPES.get(t, t) for t in verwacht)
        if waarde is None:
            return [(None, f"{veldnaam} is leeg; vul {verwacht_tekst} in of laat het veld weg als het niet verplicht is")]
        tekst = f"{veldnaam} moet {verwacht_tekst} zijn, niet {_toon(waarde)}"
        if "string" in verwacht and isinstance(waarde, (int, float, bool)):
            tekst += f'; zet de waarde tussen aanhalingstekens, bijvoorbeeld "{_toon(waarde).replace("het getal ", "")}"'
        if "array" in verwacht and isinstance(waarde, str):
            tekst += "; schrijf elke waarde op een eigen regel die begint met '- '"
        return [(None, tekst)]
    if soort == "pattern":
        laatste = str(fout.path[-1]) if fout.path and isinstance(fout.path[-1], str) else ""
        uitleg = fout.schema.get("x-uitleg") or _PATROON_UITLEG.get(laatste)
        if fout.validator_value == "\\S":
            return [(None, f"{veldnaam} mag niet leeg zijn")]
        if uitleg:
            return [(None, f"{veldnaam} {uitleg}, niet {_toon(waarde)}")]
        return [(None, f"{veldnaam} heeft niet de juiste vorm: {_toon(waarde)}")]
    if soort == "format":
        return [(None, f"{veldnaam} moet een bestaande datum zijn in de vorm JJJJ-MM-DD, niet {_toon(waarde)}")]
    if soort == "minItems":
        n = fout.validator_value
        return [(None, f"{veldnaam} moet minstens {n} {'waarde' if n == 1 else 'waarden'} bevatten")]
    if soort == "maxItems":
        if not list(fout.path):
            return [(None, f"het bestand bevat {_getal(len(waarde))} items, hoogstens "
                           f"{_getal(fout.validator_value)}; splits het bestand of kijk na wat er misging")]
        return [(None, f"{veldnaam} bevat {_getal(len(waarde))} waarden, hoogstens "
                       f"{_getal(fout.validator_value)}; hou het kort of verdeel het over meer items")]
    if soort == "uniqueItems":
        dubbel = sorted({str(x) for x in waarde if list(waarde).count(x) > 1})
        return [(None, f"{veldnaam} bevat {_opsomming(dubbel)} meer dan één keer")]
    if soort == "maxLength":
        return [(None, f"{veldnaam} is te lang: {_getal(len(waarde))} tekens, hoogstens "
                       f"{_getal(fout.validator_value)}; maak de tekst korter")]
    if soort == "minLength":
        return [(None, f"{veldnaam} mag niet leeg zijn")]
    return [(None, f"{veldnaam} klopt niet ({fout.message})")]


# ---------------------------------------------------------------------------
# Laden van één bestand
# ---------------------------------------------------------------------------


def _regel_van(data, pad) -> int:
    """De regel van het diepste element op `pad` waarvan we een regel kennen."""
    regel = getattr(data, "regel", 1) or 1
    huidig = data
    for stap in pad:
        if isinstance(huidig, RegelDict) and stap in huidig.regels:
            regel = huidig.regels[stap]
        elif isinstance(huidig, RegelLijst) and isinstance(stap, int) and stap < len(huidig.regels):
            regel = huidig.regels[stap]
        else:
            break
        try:
            huidig = huidig[stap]
        except (KeyError, IndexError, TypeError):
            break
    return regel


def _veldnaam(pad) -> str:
    """'veld "fasen"', 'veld "url" van bron 2', 'veld "wat_werkt" (punt 3)'."""
    delen = list(pad)[1:]  # zonder het itemnummer
    if not delen:
        return "dit item"
    naam = f'veld "{delen[0]}"'
    if len(delen) >= 2 and isinstance(delen[1], int):
        if delen[0] == "bronnen":
            if len(delen) >= 3:
                return f'veld "{delen[2]}" van bron {delen[1] + 1}'
            return f"bron {delen[1] + 1}"
        if delen[0] == "bevestigd":
            if len(delen) >= 3:
                return f'veld "{delen[2]}" van bevestiging {delen[1] + 1} (onder "bevestigd")'
            return f'bevestiging {delen[1] + 1} (onder "bevestigd")'
    if len(delen) >= 2 and delen[0] == "gestopt" and isinstance(delen[1], str):
        return f'veld "{delen[1]}" van "gestopt"'
    return naam


@dataclass
class _Bestand:
    naam: str                      # bv. data/practices.yaml
    soort: str                     # practices | initiatives
    data: list | None = None       # None als het bestand niet te lezen was
    meldingen: list[Melding] = field(default_factory=list)

    def item_naam(self, index: int | None) -> str:
        if index is None or not isinstance(self.data, list) or index >= len(self.data):
            return ""
        kort, lang = _SOORT[self.soort]
        item = self.data[index]
        ident = item.get("id") if isinstance(item, dict) else None
        if isinstance(ident, str) and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", ident):
            return f'{kort} "{ident}"'
        return f"{lang} nr. {index + 1} (zonder geldige id)"

    def meld(self, regel: int, index: int | None, tekst: str) -> None:
        self.meldingen.append(Melding(self.naam, regel, veiligheid.toonbaar(self.item_naam(index)),
                                      veiligheid.toonbaar(tekst)))

    def meld_ruw(self, regels: list[str], regel: int, tekst: str) -> None:
        """Melding voor een bestand dat (nog) niet te lezen is: item en veld uit de ruwe tekst."""
        item = ""
        for r in reversed(regels[:regel]):
            m = re.match(r"^-\s+id:\s*['\"]?([^'\"#\s]+)", r)
            if m and not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", m.group(1)):
                break  # een id met vreemde tekens noemen we niet (de melding gaat over die regel)
            if m:
                item = f'{_SOORT[self.soort][0]} "{m.group(1)}"'
                break
        if 0 < regel <= len(regels):
            m = re.match(r"^[ \t]*(?:-[ \t]+)?([A-Za-z_]+)[ \t]*:", regels[regel - 1])
            if m:
                tekst = f'veld "{m.group(1)}": {tekst}'
        self.meldingen.append(Melding(self.naam, regel, veiligheid.toonbaar(item), veiligheid.toonbaar(tekst)))


def _index_bij_regel(data, regel: int) -> int | None:
    if not isinstance(data, list):
        return None
    for i, item in enumerate(data):
        if isinstance(item, RegelDict) and item.regel <= regel <= item.eind:
            return i
    return None


def lees_bestand(pad: Path, naam: str, soort: str, schema_pad: Path) -> _Bestand:
    """Lees en controleer één bestand tegen zijn schema (zonder kruiscontroles)."""
    best = _Bestand(naam, soort)
    try:
        ruw = pad.read_bytes()
    except FileNotFoundError:
        best.meld(1, None, "het bestand bestaat niet")
        return best
    except OSError as fout:
        best.meld(1, None, f"het bestand kan niet gelezen worden ({fout.strerror or fout})")
        return best
    if len(ruw) > MAX_BESTAND:
        best.meld(1, None, f"het bestand is te groot ({_getal(len(ruw))} bytes, hoogstens "
                           f"{_getal(MAX_BESTAND)}); splits het of kijk na of er iets misging bij het bewaren")
        return best
    try:
        tekst = ruw.decode("utf-8")
    except UnicodeDecodeError as fout:
        regel = ruw[: fout.start].count(b"\n") + 1
        best.meld(regel, None, "het bestand is geen geldige UTF-8-tekst (ongeldige byte "
                               f"0x{ruw[fout.start]:02x}); bewaar het bestand als UTF-8")
        return best
    tekst = tekst.removeprefix("\ufeff")
    # Regels zoals YAML en een editor ze tellen (str.splitlines telt ook \x0c, \x1c ... als einde).
    regels = re.split(r"\r\n|\r|\n", tekst)
    ruwe_tekens = veiligheid.ruwe_tekens(tekst)
    if ruwe_tekens:
        for regel, teken in ruwe_tekens[:20]:
            best.meld_ruw(regels, regel, veiligheid.uitleg_ruw_teken(teken))
        if len(ruwe_tekens) > 20:
            best.meld(ruwe_tekens[20][0], None, f"en nog {len(ruwe_tekens) - 20} zulke tekens verder in het bestand")
        return best
    tabregels = []
    for nr, r in enumerate(regels if "\t" in tekst else (), 1):  # zonder tab niets na te kijken
        inspringing = r[: len(r) - len(r.lstrip(" \t"))]
        if "\t" in inspringing:
            tabregels.append(nr)
            best.meld_ruw(regels, nr, "de regel springt in met een tab; gebruik 2 spaties per niveau")
    snel = None if tabregels else _snel_lezen(tekst)
    if snel is not None:
        data, dubbel = snel
    else:
        lader = _Lader(tekst)
        try:
            data = lader.get_single_data()
            dubbel = lader.dubbel
        except yaml.YAMLError as fout:
            regel, uitleg = _yaml_melding(fout)
            if regel not in tabregels:
                best.meld_ruw(regels, regel, uitleg)
            return best
        except RecursionError:
            best.meld(1, None, _yaml_melding(yaml.composer.ComposerError(None, None, "te diep genest"))[1])
            return best
        finally:
            lader.dispose()
    if data is None:
        best.meld(1, None, "het bestand is leeg; het moet een lijst van "
                           f"{_meervoud(soort)} bevatten (elk item begint met '- id: ...')")
        return best
    best.data = data
    for regel, sleutel, eerste in dubbel:
        best.meld(regel, _index_bij_regel(data, regel),
                  f'het veld "{sleutel}" staat twee keer (ook op regel {eerste}); laat er één over')
    if not isinstance(data, list):
        best.meld(getattr(data, "regel", 1), None,
                  f"het bestand moet een lijst van {_meervoud(soort)} zijn (elk item begint met '- id: ...')")
        best.data = None
        return best
    if not data:
        best.meld(1, None, f"het bestand bevat geen enkel {_SOORT[soort][1]}")
        return best
    for pad_, probleem in veiligheid.waarde_problemen(data):
        index = pad_[0] if pad_ and isinstance(pad_[0], int) else None
        best.meld(_regel_van(data, pad_), index, _waarde_melding(pad_, probleem, _waarde_op(data, pad_)))
    for fout in schemafouten(schema_pad, data):
        pad_ = list(fout.absolute_path)
        index = pad_[0] if pad_ and isinstance(pad_[0], int) else None
        if index is not None and not isinstance(data[index], dict) and fout.validator == "type":
            best.meld(data.regels[index], index,
                      "elk item moet een groep velden zijn (veldnaam: waarde), niet " + _toon(data[index]))
            continue
        for extra, tekst in _vertaal(fout, _veldnaam(pad_)):
            regel = _regel_van(data, pad_ + ([extra] if extra is not None else []))
            best.meld(regel, index, tekst)
    return best


# ---------------------------------------------------------------------------
# Kruiscontroles
# ---------------------------------------------------------------------------

# Vroegere datums zijn tikfouten (1000-01-01, 0202-...): een bron van vóór 1900 of een
# controle van vóór 1990 bestaat voor dit draaiboek niet.
VROEGSTE_BRONJAAR = 1900
VROEGSTE_NAKIJKJAAR = 1990
# Groter is geen gegevensbestand maar een vergissing. 1.000 items zijn ongeveer 3 MB; de build
# moet 10.000 praktijkvoorbeelden aankunnen (issue 13, bench/bench.py: ongeveer 27 MB).
MAX_BESTAND = 50_000_000

_DATUM_DEEL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _controleer_https(best: _Bestand, i: int, item: dict, pad: list, waarde) -> None:
    """Een https-adres dat een browser anders leest dan wij, of dat naar een IP-adres gaat, enz.

    veiligheid.waarde_problemen vindt dezelfde fouten in elk veld; de meldingen zijn gelijk en
    komen dus maar één keer in de lijst.
    """
    probleem = veiligheid.url_probleem(waarde) if isinstance(waarde, str) else None
    if probleem:
        best.meld(_regel_van(best.data, [i, *pad]), i, _waarde_melding([i, *pad], probleem, waarde))


def _waarde_op(data, pad):
    for stap in pad:
        try:
            data = data[stap]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _waarde_melding(pad: list, probleem: str, waarde) -> str:
    """'veld "website" ("https://a@b.be") bevat een gebruikersnaam ...'"""
    naam = _veldnaam(pad) if len(pad) > 1 else "een veld van dit item"
    if isinstance(waarde, str) and not probleem.startswith("(de veldnaam)"):
        return f"{naam} ({_toon(waarde)}) {probleem}"
    return f"{naam} {probleem}"


def _controleer_datum(best: _Bestand, i: int, pad: list, waarde, vandaag: dt.date, bron: bool) -> None:
    if not isinstance(waarde, str) or waarde == "z.d.":
        return
    m = _DATUM_DEEL.match(waarde)
    if not m or (not bron and not m.group(3)):
        return  # het schema meldt de vorm
    jaar, maand, dag = int(m.group(1)), m.group(2), m.group(3)
    naam = _veldnaam([i, *pad])
    regel = _regel_van(best.data, [i, *pad])
    try:
        begin = dt.date(jaar, int(maand or 1), int(dag or 1))
    except ValueError:
        best.meld(regel, i, f"{naam} is geen bestaande datum: {_toon(waarde)}")
        return
    if begin > vandaag:
        best.meld(regel, i, f"{naam} ligt in de toekomst: {_toon(waarde)} (vandaag is {vandaag.isoformat()})")
    elif jaar < (VROEGSTE_BRONJAAR if bron else VROEGSTE_NAKIJKJAAR):
        grens = VROEGSTE_BRONJAAR if bron else VROEGSTE_NAKIJKJAAR
        best.meld(regel, i, f"{naam} ligt vóór {grens}: {_toon(waarde)}; dat kan niet kloppen, kijk het jaar na")


def controleer_unieke_id(best, i: int, item: dict, gezien: dict[str, int]) -> None:
    """Meld een id die al eerder in het bestand stond; `gezien` houdt id -> regel bij."""
    ident = item.get("id")
    if not isinstance(ident, str):
        return
    if ident in gezien:
        best.meld(_regel_van(best.data, [i, "id"]), i,
                  f'veld "id": "{ident}" komt al voor op regel {gezien[ident]}; elke id moet uniek zijn')
    else:
        gezien[ident] = _regel_van(best.data, [i, "id"])


def _kruiscontroles(best: _Bestand, vandaag: dt.date, initiatief_ids: set[str] | None) -> None:
    if not isinstance(best.data, list):
        return
    gezien: dict[str, int] = {}
    for i, item in enumerate(best.data):
        if not isinstance(item, dict):
            continue
        controleer_unieke_id(best, i, item, gezien)
        for veld in ("website",):
            _controleer_https(best, i, item, [veld], item.get(veld))
        if best.soort == "initiatives":
            bevestigingen = item.get("bevestigd")
            paden = [(["bevestigd", b], x) for b, x in enumerate(bevestigingen)] \
                if isinstance(bevestigingen, list) else []
            paden.append((["gestopt"], item.get("gestopt")))
            for pad, x in paden:
                if isinstance(x, dict):
                    _controleer_https(best, i, item, [*pad, "url"], x.get("url"))
                    _controleer_datum(best, i, [*pad, "datum"], x.get("datum"), vandaag, bron=True)
        _controleer_datum(best, i, ["laatst_nagekeken"], item.get("laatst_nagekeken"), vandaag, bron=False)
        bronnen = item.get("bronnen")
        if isinstance(bronnen, list):
            for b, bron in enumerate(bronnen):
                if isinstance(bron, dict):
                    _controleer_https(best, i, item, ["bronnen", b, "url"], bron.get("url"))
                    _controleer_datum(best, i, ["bronnen", b, "datum"], bron.get("datum"), vandaag, bron=True)
        verwijzing = item.get("initiatief")
        if best.soort == "practices" and initiatief_ids is not None and isinstance(verwijzing, str) \
                and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", verwijzing) and verwijzing not in initiatief_ids:
            voorstel = difflib.get_close_matches(verwijzing, sorted(initiatief_ids), n=1, cutoff=0.6)
            hint = f'; bedoel je "{voorstel[0]}"?' if voorstel else ""
            best.meld(_regel_van(best.data, [i, "initiatief"]), i,
                      f'veld "initiatief" verwijst naar "{verwijzing}", maar dat initiatief staat niet in '
                      f"{INITIATIEVEN_BESTAND}{hint}")


# ---------------------------------------------------------------------------
# Omzetten naar dataclasses
# ---------------------------------------------------------------------------


def _bronnen(lijst) -> list[Bron]:
    return [Bron(str(b["titel"]).strip(), str(b["url"]).strip(), str(b["datum"])) for b in lijst]


def _tekst(x):
    return None if x is None else str(x).strip()


def _bevestiging(b) -> Bevestiging:
    return Bevestiging(str(b["datum"]), " ".join(str(b["hoe"]).split()), str(b["url"]).strip())


def _praktijk(d: dict) -> Praktijk:
    return Praktijk(
        id=d["id"], titel=_tekst(d["titel"]), samenvatting=_tekst(d["samenvatting"]),
        fasen=list(d["fasen"]), themas=list(d["themas"]), aanpak=str(d["aanpak"]).strip(),
        wat_werkt=[_tekst(x) for x in d["wat_werkt"]], valkuilen=[_tekst(x) for x in d["valkuilen"]],
        bronnen=_bronnen(d["bronnen"]), laatst_nagekeken=dt.date.fromisoformat(d["laatst_nagekeken"]),
        provincie=d.get("provincie"), gemeente=_tekst(d.get("gemeente")), initiatief=d.get("initiatief"),
        regel=getattr(d, "regel", 0),
    )


def _initiatief(d: dict) -> Initiatief:
    return Initiatief(
        id=d["id"], naam=_tekst(d["naam"]), beschrijving=_tekst(d["beschrijving"]),
        gemeente=_tekst(d["gemeente"]), provincie=d["provincie"], werkingsgebied=_tekst(d["werkingsgebied"]),
        vorm=d["vorm"], ondersteuning=list(d["ondersteuning"]),
        bronnen=_bronnen(d["bronnen"]), laatst_nagekeken=dt.date.fromisoformat(d["laatst_nagekeken"]),
        verbonden_aan=_tekst(d.get("verbonden_aan")), website=_tekst(d.get("website")),
        email=_tekst(d.get("email")), telefoon=_tekst(d.get("telefoon")),
        adres=_tekst(d.get("adres")), bereikbaarheid=_tekst(d.get("bereikbaarheid")),
        bevestigd=[_bevestiging(b) for b in d.get("bevestigd") or []],
        gestopt=_bevestiging(d["gestopt"]) if d.get("gestopt") else None,
        regel=getattr(d, "regel", 0),
    )


# ---------------------------------------------------------------------------
# Publieke ingang
# ---------------------------------------------------------------------------


def controleer(basis: Path, vandaag: dt.date | None = None,
               praktijken: str = PRAKTIJKEN_BESTAND, initiatieven: str = INITIATIEVEN_BESTAND
               ) -> tuple[Gegevens | None, list[Melding]]:
    """Laad en controleer beide bestanden. Geeft (gegevens of None, alle meldingen)."""
    basis = Path(basis)
    vandaag = vandaag or dt.date.today()
    ini = lees_bestand(basis / initiatieven, initiatieven, "initiatives",
                       basis / "data" / "initiatives.schema.json")
    pra = lees_bestand(basis / praktijken, praktijken, "practices",
                       basis / "data" / "practices.schema.json")
    ids = None
    if isinstance(ini.data, list):
        ids = {x["id"] for x in ini.data if isinstance(x, dict) and isinstance(x.get("id"), str)}
    _kruiscontroles(ini, vandaag, None)
    _kruiscontroles(pra, vandaag, ids)
    meldingen = sorted(set(ini.meldingen)) + sorted(set(pra.meldingen))
    if meldingen:
        return None, meldingen
    return Gegevens(
        praktijken=[_praktijk(d) for d in pra.data],
        initiatieven=[_initiatief(d) for d in ini.data],
    ), []


_CACHE: dict = {}


def laad_bewaard(cache: dict, basis: Path, vandaag: dt.date | None, bestanden, controleer):
    """`controleer(basis, vandaag)` of GegevensFout met alle meldingen; het resultaat blijft in
    `cache` zolang `bestanden` (wijzigingstijd en grootte) en de datum niet veranderen.

    Eén keer laden per build, en onder `make serve` één keer per wijziging, voor elk databestand.
    """
    basis = Path(basis).resolve()
    vandaag = vandaag or dt.date.today()
    delen: list = [vandaag]
    for naam in bestanden:
        try:
            st = (basis / naam).stat()
            delen.append((naam, st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            delen.append((naam, None))
    sleutel = (basis, tuple(delen))
    if sleutel in cache:
        return cache[sleutel]
    uitkomst, meldingen = controleer(basis, vandaag)
    if meldingen:
        raise GegevensFout(meldingen)
    cache.clear()
    cache[sleutel] = uitkomst
    return uitkomst


def laad(basis: Path, vandaag: dt.date | None = None) -> Gegevens:
    """Gegevens van het project in `basis`, of GegevensFout met alle meldingen.

    Het resultaat wordt bewaard zolang de bestanden niet veranderen (wijzigingstijd en grootte).
    """
    return laad_bewaard(_CACHE, basis, vandaag, (PRAKTIJKEN_BESTAND, INITIATIEVEN_BESTAND,
                        "data/practices.schema.json", "data/initiatives.schema.json"), controleer)
