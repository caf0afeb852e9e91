"""Het bijdrageformulier: HTML-velden uit de JSON Schema's, gewone Python zonder MkDocs.

    from draaiboek import formulier
    html = formulier.formulier_html(schema, "initiatief", ...)   # zuivere functie, alles ge-escapet

Elk veld komt uit het schema van het item (`$defs.initiatief` of `$defs.praktijk`), in de volgorde
van het schema, zodat formulier en schema niet uit elkaar kunnen groeien:

- label = `title` van het veld, uitleg = `description`; verplicht = `required`;
- een vaste lijst (`enum`) wordt een keuzelijst, een lijst van vaste waarden een groep
  keuzevakjes, een lijst van teksten een tekstvak met één punt per regel;
- een lijst van groepen (`bronnen`, `bevestigd`) wordt een herhaalbare groep velden (een
  verborgen sjabloon dat formulier.js kloont), een groep (`gestopt`) één groep velden;
- de `name` van elk invoerveld is de veldnaam uit het schema.

De browser controleert met dezelfde schema's (docs/assets/javascripts/formulier-schema-<soort>.min.js,
door ajv gemaakt uit data/*.schema.json) en met dezelfde kruiscontroles als draaiboek/gegevens.py
(docs/assets/javascripts/formulier-controle.js). Uitleg bij een patroon komt uit
`PATROON_UITLEG` hieronder of uit `x-uitleg` in het schema, zodat Python en browser dezelfde
woorden gebruiken.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

from draaiboek.gegevens import _PATROON_UITLEG, FASEN, ONDERSTEUNING, PROVINCIES, THEMAS, VORMEN
from draaiboek.weergave import tekst

# Welke soort item, welk schema, welk bestand, welk issueformulier.
SOORTEN = {
    "initiatief": {"schema": "data/initiatives.schema.json", "def": "initiatief", "bestand": "data/initiatives.yaml",
                   "issue": "initiatief.yml", "kort": "ini", "kop": "Een initiatief voor de sociale kaart"},
    "praktijk": {"schema": "data/practices.schema.json", "def": "praktijk", "bestand": "data/practices.yaml",
                 "issue": "praktijkvoorbeeld.yml", "kort": "pra", "kop": "Een praktijkvoorbeeld"},
}

# Hoe een vaste waarde in een keuzelijst heet (dezelfde woorden als op de kaarten).
KEUZELABELS = {"provincie": PROVINCIES, "vorm": VORMEN, "ondersteuning": ONDERSTEUNING, "fasen": FASEN,
               "themas": THEMAS}

# Eén plaats voor het e-mailadres van de redactie. Het project noemt (nog) geen adres: dit is een
# PLAATSHOUDER (.invalid bestaat nooit). Vul het echte adres van de redactie in via
# `extra.redactie_email` in mkdocs.yml.
REDACTIE_EMAIL_PLAATSHOUDER = "redactie@adres-nog-in-te-vullen.invalid"

# Tekstvakken (meerdere regels) voor lange teksten.
_LANG = 400


def item_schema(schema: dict, soort: str) -> dict:
    return schema["$defs"][SOORTEN[soort]["def"]]


def _def(schema: dict, eigenschap: dict) -> dict:
    """Volg één `$ref` naar `$defs` (de schema's gebruiken alleen lokale verwijzingen)."""
    ref = eigenschap.get("$ref")
    if ref:
        doel = schema["$defs"][ref.rsplit("/", 1)[-1]]
        return {**doel, **{k: v for k, v in eigenschap.items() if k != "$ref"}}
    return eigenschap


def _label(naam: str, e: dict) -> str:
    return e.get("title") or naam.replace("_", " ").capitalize()


def _uitleg(naam: str, e: dict) -> str:
    """Uitleg bij een patroonfout, dezelfde als in draaiboek/gegevens.py."""
    return e.get("x-uitleg") or _PATROON_UITLEG.get(naam, "")


def _attrs(**attrs) -> str:
    uit = []
    for k, v in attrs.items():
        if v is None or v is False:
            continue
        k = k.rstrip("_").replace("_", "-")
        uit.append(f" {k}" if v is True else f' {k}="{tekst(v)}"')
    return "".join(uit)


def _hulp(vid: str, e: dict) -> str:
    beschrijving = e.get("description")
    return f'<p class="vzw-hulp" id="{vid}-hulp">{tekst(beschrijving)}</p>' if beschrijving else ""


def _fout(vid: str) -> str:
    return f'<p class="vzw-fout" id="{vid}-fout" hidden></p>'


def _verplicht(verplicht: bool) -> str:
    return ' <span class="vzw-verplicht">(verplicht)</span>' if verplicht else ' <span class="vzw-mag-weg">(mag weg)</span>'


def _beschreven(vid: str, e: dict) -> str:
    return f"{vid}-hulp {vid}-fout" if e.get("description") else f"{vid}-fout"


def _enkel_veld(naam: str, e: dict, vid: str, verplicht: bool, extra_keuzes=None, pad: str = "") -> list[str]:
    """Eén invoerveld (tekst, tekstvak of keuzelijst) met label, uitleg en plaats voor een fout.

    `pad`: waar het veld in het item zit, bv. "naam", "bronnen.*.url" of "gestopt.datum"."""
    regels = [f'<div class="vzw-veld" data-veld="{tekst(naam)}">',
              f'<label for="{vid}">{tekst(_label(naam, e))}{_verplicht(verplicht)}</label>',
              _hulp(vid, e)]
    gemeen = dict(id=vid, name=naam, data_pad=pad or naam, aria_describedby=_beschreven(vid, e), data_uitleg=_uitleg(naam, e) or None,
                  aria_required="true" if verplicht else None)
    keuzes = e.get("enum")
    if keuzes or extra_keuzes is not None:
        regels.append(f"<select{_attrs(**gemeen)}>")
        regels.append(f'<option value="">{"Kies" if verplicht else "(geen)"}</option>')
        if keuzes:
            labels = KEUZELABELS.get(naam, {})
            regels.extend(f'<option value="{tekst(k)}">{tekst(labels.get(k, k))}</option>' for k in keuzes)
        else:
            regels.extend(f'<option value="{tekst(w)}">{tekst(lab)}</option>' for w, lab in extra_keuzes)
        regels.append("</select>")
    elif e.get("type") == "array":  # een lijst van teksten: één punt per regel
        regels.append(f'<textarea{_attrs(**gemeen, rows=4, data_regels=True)}></textarea>')
    elif (e.get("maxLength") or 0) >= _LANG and e.get("pattern", "\\S") == "\\S":  # vrije tekst, geen adres
        regels.append(f'<textarea{_attrs(**gemeen, rows=5 if e["maxLength"] < 1000 else 10)}></textarea>')
    else:
        soort = {"website": "url", "url": "url", "email": "email", "telefoon": "tel"}.get(naam)
        regels.append(f'<input{_attrs(type="text", **gemeen, inputmode=soort, autocomplete="off", spellcheck="false" if soort or naam == "id" else None)}>')
    regels.append(_fout(vid))
    regels.append("</div>")
    return regels


def _keuzevakjes(naam: str, e: dict, vid: str, verplicht: bool) -> list[str]:
    labels = KEUZELABELS.get(naam, {})
    regels = [f'<fieldset class="vzw-veld vzw-keuzevakjes" data-veld="{tekst(naam)}" id="{vid}"'
              f' aria-describedby="{_beschreven(vid, e)}">',
              f"<legend>{tekst(_label(naam, e))}{_verplicht(verplicht)}</legend>",
              _hulp(vid, e), '<div class="vzw-keuzes">']
    for k in e["items"]["enum"]:
        regels.append(f'<label class="vzw-keuze"><input type="checkbox" name="{tekst(naam)}" value="{tekst(k)}"> '
                      f"{tekst(labels.get(k, k))}</label>")
    regels += ["</div>", _fout(vid), "</fieldset>"]
    return regels


def _groep_velden(schema: dict, groep: dict, vid: str, pad: str) -> list[str]:
    regels = []
    verplicht = set(groep.get("required", []))
    for naam, e in groep["properties"].items():
        regels.extend(_enkel_veld(naam, _def(schema, e), f"{vid}-{naam}", naam in verplicht, pad=f"{pad}.{naam}"))
    return regels


def _lijst_van_groepen(schema: dict, naam: str, e: dict, vid: str, verplicht: bool) -> list[str]:
    groep = _def(schema, e["items"])
    enkel = {"bronnen": "bron", "bevestigd": "bevestiging"}.get(naam, "item")
    minimum = e.get("minItems", 0) if verplicht else 0
    regels = [f'<fieldset class="vzw-veld vzw-lijst" data-veld="{tekst(naam)}" data-lijst="{tekst(naam)}"'
              f' data-min="{minimum}" data-enkel="{tekst(enkel)}" id="{vid}" aria-describedby="{_beschreven(vid, e)}">',
              f"<legend>{tekst(_label(naam, e))}{_verplicht(verplicht)}</legend>",
              _hulp(vid, e),
              '<div class="vzw-lijst__items" data-items></div>',
              # formulier.js kloont dit sjabloon; __N__ wordt het volgnummer (ids blijven uniek).
              # Een verborgen <div>, geen <template>: hoofdstukken.py weigert <template> in een pagina.
              "<div hidden data-sjabloon>",
              f'<fieldset class="vzw-groep-item" data-item-sjabloon><legend>{tekst(enkel.capitalize())} <span data-nr>__N__</span></legend>',
              *_groep_velden(schema, groep, f"{vid}-__N__", f"{naam}.*"),
              f'<button type="button" class="md-button vzw-weg" data-weg>Deze {tekst(enkel)} weghalen</button>',
              "</fieldset>",
              "</div>",
              f'<button type="button" class="md-button vzw-erbij" data-erbij>{"Nog een" if minimum else "Een"} '
              f"{tekst(enkel)} toevoegen</button>",
              _fout(vid),
              "</fieldset>"]
    return regels


def _groep(schema: dict, naam: str, e: dict, vid: str, verplicht: bool) -> list[str]:
    groep = _def(schema, e)
    return [f'<fieldset class="vzw-veld vzw-object" data-veld="{tekst(naam)}" data-object="{tekst(naam)}" id="{vid}"'
            f' aria-describedby="{_beschreven(vid, e)}">',
            f"<legend>{tekst(_label(naam, e))}{_verplicht(verplicht)}</legend>",
            _hulp(vid, e),
            *_groep_velden(schema, groep, vid, naam),
            _fout(vid),
            "</fieldset>"]


def velden_html(schema: dict, soort: str, initiatieven: list[tuple[str, str]] = ()) -> list[str]:
    """De velden van één soort item, in de volgorde van het schema."""
    item = item_schema(schema, soort)
    verplicht = set(item.get("required", []))
    kort = SOORTEN[soort]["kort"]
    regels = []
    for naam, ruw in item["properties"].items():
        e = _def(schema, ruw)
        vid = f"{kort}-{naam.replace('_', '-')}"
        v = naam in verplicht
        if e.get("type") == "array" and "enum" in e.get("items", {}):
            regels.extend(_keuzevakjes(naam, e, vid, v))
        elif e.get("type") == "array" and (e["items"].get("$ref") or e["items"].get("type") == "object"):
            regels.extend(_lijst_van_groepen(schema, naam, e, vid, v))
        elif e.get("type") == "object":
            regels.extend(_groep(schema, naam, e, vid, v))
        elif soort == "praktijk" and naam == "initiatief":
            # Een verwijzing naar de sociale kaart: kies uit de initiatieven die er staan.
            regels.extend(_enkel_veld(naam, e, vid, v, extra_keuzes=list(initiatieven)))
        else:
            regels.extend(_enkel_veld(naam, e, vid, v))
    return regels


@dataclasses.dataclass(frozen=True)
class Instellingen:
    """Wat het formulier buiten de schema's nodig heeft (alles komt uit de build)."""
    issue_url: str                 # https://github.com/<eigenaar>/<repo>/issues/new
    redactie_email: str            # REDACTIE_EMAIL_PLAATSHOUDER tot het project een adres noemt
    kaart_url: str = ""            # relatief adres van de sociale kaart (voor de voorbeeldkaart)
    catalogus_url: str = ""        # relatief adres van de praktijkvoorbeelden
    formulier_url: str = ""        # adres van het initiatievenformulier ("Klopt dit nog?" op de voorbeeldkaart)
    meewerken_url: str = ""        # adres van Meewerken ("Meld het" op de voorbeeldkaart)
    bewerk_json: str = ""          # relatief adres van de JSON met de huidige initiatieven
    # Relatieve adressen van de scripts (.js) en stijlen (.css) die het formulier pas laadt als je
    # begint in te vullen: controle, voorbeeldkaart, uitvoer (zie docs/assets/javascripts/formulier.js).
    bijladen: tuple[str, ...] = ()


def formulier_html(schema: dict, soort: str, instellingen: Instellingen, *, ids: list[str],
                   initiatief_ids: list[str] | None = None,
                   initiatieven: list[tuple[str, str]] = ()) -> str:
    """Het formulier voor één soort item onder de inleiding: velden, controle, voorbeeld, uitvoer.

    `schema`: het schema van die soort (data/initiatives.schema.json of data/practices.schema.json);
    `ids`: de ids die al bestaan (elke id moet uniek zijn);
    `initiatief_ids` en `initiatieven` (id, naam): alleen voor een praktijkvoorbeeld, voor de
    keuzelijst "initiatief" en de kruiscontrole erop.
    """
    s = instellingen
    info = SOORTEN[soort]
    kop_id = f"vzw-kop-{info['kort']}"
    regels = [
        f'<div class="vzw-bijdrage" data-vzw-bijdrage data-search-exclude'
        f'{_attrs(data_issue=s.issue_url, data_redactie=s.redactie_email, data_kaart_url=s.kaart_url, data_catalogus_url=s.catalogus_url, data_formulier_url=s.formulier_url, data_meewerken_url=s.meewerken_url, data_bewerk_json=s.bewerk_json if soort == "initiatief" else None, data_plaatshouder=REDACTIE_EMAIL_PLAATSHOUDER, data_bijladen=" ".join(s.bijladen) or None)}>',
        '<p class="vzw-bijdrage__zonder-js" data-zonder-js>Dit formulier werkt met JavaScript. Staat dat uit? '
        "Gebruik dan een sjabloon op de pagina Meewerken.</p>",
        f'<form class="vzw-formulier" hidden novalidate data-vzw-formulier="{soort}" aria-labelledby="{kop_id}"'
        f'{_attrs(data_ids=" ".join(ids), data_initiatief_ids=" ".join(initiatief_ids or []) if soort == "praktijk" else None, data_issue_sjabloon=info["issue"], data_bestand=info["bestand"])}>',
        f'<h2 id="{kop_id}">{tekst(info["kop"])}</h2>',
        '<p class="vzw-bewerkt" data-bewerkt hidden></p>',
        *velden_html(schema, soort, initiatieven),
        "</form>",
        '<div class="vzw-bijdrage__uit" hidden data-uit>',
        '<h2 id="vzw-kop-controle">Controle</h2>',
        '<div class="vzw-controle">',
        '<p role="status" aria-live="polite" data-controle-tel>Vul het formulier in. Hier zie je dan wat nog ontbreekt.</p>',
        '<div data-controle></div>',
        "</div>",
        '<h2 id="vzw-kop-voorbeeld">Zo ziet je kaart eruit</h2>',
        '<div class="vzw-voorbeeld" data-voorbeeld><p class="vzw-leeg">De kaart verschijnt hier zodra alle verplichte velden kloppen.</p></div>',
        '<h2 id="vzw-kop-versturen">Versturen</h2>',
        '<p data-klaar-uitleg>Alles klopt? Kies dan één manier om je bijdrage naar de redactie te sturen. '
        "Er vertrekt niets voor je zelf klikt.</p>",
        '<div class="vzw-versturen" hidden data-versturen>',
        '<label for="vzw-yaml">Je bijdrage als tekst (YAML), klaar voor het gegevensbestand</label>',
        '<textarea id="vzw-yaml" class="vzw-yaml" readonly rows="12" spellcheck="false" data-yaml></textarea>',
        '<p class="vzw-knoppen">',
        '<button type="button" class="md-button" data-kopieer="vzw-yaml">Kopieer de tekst</button>',
        '<a class="md-button md-button--primary" data-issue-link href="#">Stuur in via GitHub</a>',
        '<a class="md-button md-button--primary" data-mail-link href="#">Stuur een e-mail naar de redactie</a>',
        "</p>",
        '<p class="vzw-gekopieerd" role="status" aria-live="polite" data-gekopieerd></p>',
        "</div>",
        "</div>",
        "</div>",
    ]
    return "\n\n" + "\n".join(r for r in regels if r) + "\n\n"


# ---------------------------------------------------------------------------
# De huidige initiatieven, voor "Klopt dit nog?" (?bewerk=<id>)
# ---------------------------------------------------------------------------


def _als_yaml_waarde(x):
    if dataclasses.is_dataclass(x):
        return {k: _als_yaml_waarde(v) for k, v in dataclasses.asdict(x).items()
                if k != "regel" and v is not None and v != []}
    if isinstance(x, (dt.date, dt.datetime)):
        return x.isoformat()
    if isinstance(x, list):
        return [_als_yaml_waarde(v) for v in x]
    if isinstance(x, dict):
        return {k: _als_yaml_waarde(v) for k, v in x.items() if k != "regel" and v is not None and v != []}
    return x


def bewerk_json(initiatieven, schema: dict) -> str:
    """JSON {id: item} met de initiatieven zoals in het gegevensbestand (velden in schemavolgorde)."""
    volgorde = list(item_schema(schema, "initiatief")["properties"])
    uit = {}
    for i in initiatieven:
        d = _als_yaml_waarde(i)
        uit[i.id] = {k: d[k] for k in volgorde if k in d}
    return json.dumps(uit, ensure_ascii=False, separators=(",", ":"), sort_keys=False)


def lees_schemas(basis: Path) -> dict[str, dict]:
    return {soort: json.loads((Path(basis) / info["schema"]).read_text(encoding="utf-8"))
            for soort, info in SOORTEN.items()}
