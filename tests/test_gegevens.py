"""Laden en controleren van data/practices.yaml en data/initiatives.yaml (zonder MkDocs).

De foute-invoer-tests werken op een kleine, vaste set goede gegevens in een tijdelijke map,
zodat regelnummers vastliggen; de echte gegevens komen aan bod in test_echte_gegevens_*.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from draaiboek import feiten, gegevens

ROOT = Path(__file__).resolve().parent.parent

VANDAAG = dt.date(2026, 11, 27)

INITIATIEVEN = """\
# yaml-language-server: $schema=./initiatives.schema.json
- id: voorbeeld-vzw
  naam: Voorbeeld vzw
  beschrijving: Helpt erkende vluchtelingen een woning zoeken.
  gemeente: Gent
  provincie: Oost-Vlaanderen
  werkingsgebied: Gent
  vorm: vzw
  ondersteuning:
    - zoeken
  website: https://example.org/
  bevestigd:
    - datum: "2025-09"
      hoe: De website toont de activiteiten van september 2025.
      url: https://example.org/agenda
  bronnen:
    - titel: Voorbeeldbron
      url: https://example.org/bron
      datum: "2024-05"
  laatst_nagekeken: 2026-01-15
"""

PRAKTIJKEN = """\
# yaml-language-server: $schema=./practices.schema.json
- id: eerste-voorbeeld
  titel: Eerste voorbeeld
  samenvatting: Een korte samenvatting.
  fasen:
    - opstarten
  themas:
    - woning-zoeken
  aanpak: |
    Eerste alinea.

    Tweede alinea.
  wat_werkt:
    - Iets dat werkt.
  valkuilen:
    - Een valkuil.
  provincie: Oost-Vlaanderen
  gemeente: Gent
  initiatief: voorbeeld-vzw
  bronnen:
    - titel: Voorbeeldbron
      url: https://example.org/bron
      datum: "z.d."
  laatst_nagekeken: 2026-01-15
- id: tweede-voorbeeld
  titel: Tweede voorbeeld
  samenvatting: Nog een samenvatting.
  fasen: [bijsturen, evalueren]
  themas: [samenwerking]
  aanpak: Zo gaat het.
  wat_werkt: [Samen zoeken.]
  valkuilen: [Te weinig tijd.]
  bronnen:
    - titel: Tweede bron
      url: https://example.org/twee
      datum: "2019"
  laatst_nagekeken: 2026-02-01
"""

PRA = "data/practices.yaml"
INI = "data/initiatives.yaml"


def maak_project(map_: Path, praktijken: str | bytes = PRAKTIJKEN, initiatieven: str | bytes = INITIATIEVEN) -> Path:
    (map_ / "data").mkdir(parents=True, exist_ok=True)
    for naam in ("practices.schema.json", "initiatives.schema.json"):
        shutil.copy(ROOT / "data" / naam, map_ / "data" / naam)
    for naam, inhoud in ((PRA, praktijken), (INI, initiatieven)):
        pad = map_ / naam
        if isinstance(inhoud, bytes):
            pad.write_bytes(inhoud)
        else:
            pad.write_text(inhoud, encoding="utf-8")
    return map_


def meldingen(map_: Path) -> list[str]:
    _, uit = gegevens.controleer(map_, vandaag=VANDAAG)
    return [str(m) for m in uit]


def vervang(tekst: str, oud: str, nieuw: str) -> str:
    assert oud in tekst, f"testfout: {oud!r} niet gevonden"
    return tekst.replace(oud, nieuw, 1)


def regel_met(tekst: str, stuk: str) -> int:
    for nr, regel in enumerate(tekst.splitlines(), 1):
        if stuk in regel:
            return nr
    raise AssertionError(f"testfout: {stuk!r} niet gevonden")


# ---------------------------------------------------------------------------
# Goede gegevens
# ---------------------------------------------------------------------------


def test_goede_gegevens_laden_als_dataclasses_met_regels(tmp_path):
    maak_project(tmp_path)
    data, fouten = gegevens.controleer(tmp_path, vandaag=VANDAAG)
    assert fouten == []
    assert [p.id for p in data.praktijken] == ["eerste-voorbeeld", "tweede-voorbeeld"]
    eerste = data.praktijken[0]
    assert isinstance(eerste, gegevens.Praktijk)
    assert eerste.regel == 2 and data.praktijken[1].regel == regel_met(PRAKTIJKEN, "id: tweede-voorbeeld")
    assert eerste.laatst_nagekeken == dt.date(2026, 1, 15)
    assert eerste.aanpak == "Eerste alinea.\n\nTweede alinea."
    assert eerste.bronnen == [gegevens.Bron("Voorbeeldbron", "https://example.org/bron", "z.d.")]
    assert data.praktijken[1].fasen == ["bijsturen", "evalueren"]
    assert data.initiatief_per_id["voorbeeld-vzw"].website == "https://example.org/"


def test_datums_blijven_tekst_en_yes_is_geen_boolean(tmp_path):
    lader = gegevens._Lader("a: 2026-01-15\nb: yes\nc: true\n")
    try:
        data = lader.get_single_data()
    finally:
        lader.dispose()
    assert data == {"a": "2026-01-15", "b": "yes", "c": True}
    assert data.regels == {"a": 1, "b": 2, "c": 3}


def test_laad_bewaart_resultaat_tot_een_bestand_verandert(tmp_path):
    maak_project(tmp_path)
    eerste = gegevens.laad(tmp_path, vandaag=VANDAAG)
    assert gegevens.laad(tmp_path, vandaag=VANDAAG) is eerste
    pad = tmp_path / PRA
    pad.write_text(vervang(PRAKTIJKEN, "titel: Eerste voorbeeld", "titel: Eerste voorbeeld, aangepast"),
                   encoding="utf-8")
    os.utime(pad, ns=(time.time_ns(), time.time_ns() + 10_000_000))
    tweede = gegevens.laad(tmp_path, vandaag=VANDAAG)
    assert tweede is not eerste
    assert tweede.praktijken[0].titel == "Eerste voorbeeld, aangepast"


def test_laad_geeft_gegevensfout_met_alle_meldingen(tmp_path):
    maak_project(tmp_path, vervang(PRAKTIJKEN, "    - opstarten", "    - start"))
    with pytest.raises(gegevens.GegevensFout) as fout:
        gegevens.laad(tmp_path, vandaag=VANDAAG)
    assert len(fout.value.meldingen) == 1
    assert 'data/practices.yaml, regel 6, praktijk "eerste-voorbeeld": veld "fasen" moet "opstarten", ' \
           '"bijsturen" of "evalueren" zijn, niet "start"' in str(fout.value)


def test_html_en_jinja_in_een_waarde_zijn_geen_fout(tmp_path):
    tekst = vervang(PRAKTIJKEN, "titel: Eerste voorbeeld", "titel: \"<script>alert(1)</script> {{ 7*7 }} | x\"")
    maak_project(tmp_path, tekst)
    data, fouten = gegevens.controleer(tmp_path, vandaag=VANDAAG)
    assert fouten == []
    assert data.praktijken[0].titel == "<script>alert(1)</script> {{ 7*7 }} | x"


# ---------------------------------------------------------------------------
# Foute invoer: elke melding noemt bestand, regel, item en veld
# ---------------------------------------------------------------------------

P = "praktijk"
I = "initiatief"

GEVALLEN = [
    # (naam, bestand, oud, nieuw, item-id of None, veld of None, stukjes die in de melding moeten staan)
    ("yaml-syntaxfout", PRA, "  titel: Eerste voorbeeld", "  titel: Eerste: voorbeeld",
     "eerste-voorbeeld", "titel", ["YAML", "aanhalingstekens"]),
    ("dubbele-sleutel", PRA, "  titel: Eerste voorbeeld\n", "  titel: Eerste voorbeeld\n  titel: Nog eens\n",
     "eerste-voorbeeld", "titel", ["twee keer", "regel 3"]),
    ("tab-inspringing", PRA, "  samenvatting: Een korte", "\tsamenvatting: Een korte",
     "eerste-voorbeeld", "samenvatting", ["tab"]),
    ("verplicht-veld-ontbreekt", PRA, "  samenvatting: Een korte samenvatting.\n", "",
     "eerste-voorbeeld", "samenvatting", ["verplichte", "ontbreekt"]),
    ("onbekend-veld", PRA, "  gemeente: Gent", "  gemeentee: Gent",
     "eerste-voorbeeld", "gemeentee", ["onbekend veld", 'bedoel je "gemeente"']),
    ("verkeerd-type", PRA, "  titel: Eerste voorbeeld", "  titel: [Eerste, voorbeeld]",
     "eerste-voorbeeld", "titel", ["moet tekst zijn", "niet een lijst"]),
    ("getal-in-plaats-van-tekst", PRA, 'datum: "2019"', "datum: 2019",
     "tweede-voorbeeld", "datum", ["bron 1", "aanhalingstekens"]),
    ("onbekende-fase", PRA, "    - opstarten", "    - start",
     "eerste-voorbeeld", "fasen", ['"opstarten", "bijsturen" of "evalueren"', 'niet "start"']),
    ("onbekend-thema", PRA, "    - woning-zoeken", "    - wonen",
     "eerste-voorbeeld", "themas", ['"woning-zoeken"', '"evaluatie"', 'niet "wonen"']),
    ("onbekende-provincie", PRA, "  provincie: Oost-Vlaanderen", "  provincie: Oostvlaanderen",
     "eerste-voorbeeld", "provincie", ['"Heel Vlaanderen"', 'bedoel je "Oost-Vlaanderen"']),
    ("onbekende-provincie-initiatief", INI, "  provincie: Oost-Vlaanderen", "  provincie: Gent",
     "voorbeeld-vzw", "provincie", ['niet "Gent"']),
    ("dubbele-id", PRA, "- id: tweede-voorbeeld", "- id: eerste-voorbeeld",
     "eerste-voorbeeld", "id", ["komt al voor op regel 2", "uniek"]),
    ("verwijzing-naar-onbekend-initiatief", PRA, "  initiatief: voorbeeld-vzw", "  initiatief: voorbeeld-vzww",
     "eerste-voorbeeld", "initiatief", ["voorbeeld-vzww", "data/initiatives.yaml", 'bedoel je "voorbeeld-vzw"']),
    ("http-in-plaats-van-https", PRA, "url: https://example.org/bron", "url: http://example.org/bron",
     "eerste-voorbeeld", "url", ["bron 1", "https://"]),
    ("javascript-url", PRA, "url: https://example.org/twee", "url: javascript:alert(1)",
     "tweede-voorbeeld", "url", ["https://", "javascript:alert(1)"]),
    ("javascript-website", INI, "  website: https://example.org/", "  website: javascript:alert(document.cookie)",
     "voorbeeld-vzw", "website", ["https://"]),
    ("url-zonder-domein", INI, "  website: https://example.org/", "  website: https://localhost/",
     "voorbeeld-vzw", "website", ["domeinnaam"]),
    ("toekomstige-datum", PRA, "  laatst_nagekeken: 2026-02-01", "  laatst_nagekeken: 2999-01-01",
     "tweede-voorbeeld", "laatst_nagekeken", ["toekomst"]),
    ("onbestaande-datum", INI, "  laatst_nagekeken: 2026-01-15", "  laatst_nagekeken: 2026-02-30",
     "voorbeeld-vzw", "laatst_nagekeken", ["bestaande datum"]),
    ("verkeerde-datumvorm", INI, "  laatst_nagekeken: 2026-01-15", "  laatst_nagekeken: 15/01/2026",
     "voorbeeld-vzw", "laatst_nagekeken", ["JJJJ-MM-DD"]),
    ("bron-in-de-toekomst", PRA, 'datum: "2019"', 'datum: "2999"',
     "tweede-voorbeeld", "datum", ["bron 1", "toekomst"]),
    ("bron-datumvorm", PRA, 'datum: "2019"', 'datum: "mei 2019"',
     "tweede-voorbeeld", "datum", ['"z.d."']),
    ("bronveld-ontbreekt", PRA, '      datum: "2019"\n', "",
     "tweede-voorbeeld", "datum", ["bron 1", "ontbreekt"]),
    ("geen-bronnen", PRA, "  bronnen:\n    - titel: Tweede bron\n      url: https://example.org/twee\n"
                          "      datum: \"2019\"\n", "  bronnen: []\n",
     "tweede-voorbeeld", "bronnen", ["minstens 1"]),
    ("zeer-lange-waarde", PRA, "  titel: Tweede voorbeeld", "  titel: " + "x" * 5000,
     "tweede-voorbeeld", "titel", ["te lang", "5.000", "120"]),
    ("lege-waarde", INI, "  gemeente: Gent", "  gemeente:",
     "voorbeeld-vzw", "gemeente", ["leeg"]),
    ("ongeldige-id", PRA, "- id: tweede-voorbeeld", "- id: Tweede Voorbeeld",
     None, "id", ["kleine letters", "praktijkvoorbeeld nr. 2"]),
    ("oud-statusveld", INI, "  website: https://example.org/", "  status: actief\n  website: https://example.org/",
     "voorbeeld-vzw", "status", ["bestaat niet meer", '"bevestigd"', '"gestopt"']),
    ("bevestiging-datumvorm", INI, 'datum: "2025-09"', 'datum: "september 2025"',
     "voorbeeld-vzw", "datum", ["bevestiging 1", '"JJJJ-MM"', 'niet "september 2025"']),
    ("bevestiging-zonder-datum-kan-niet", INI, 'datum: "2025-09"', 'datum: "z.d."',
     "voorbeeld-vzw", "datum", ["bevestiging 1", '"JJJJ"']),
    ("bevestiging-in-de-toekomst", INI, 'datum: "2025-09"', 'datum: "2027-01"',
     "voorbeeld-vzw", "datum", ["bevestiging 1", "toekomst"]),
    ("bevestiging-http", INI, "url: https://example.org/agenda", "url: http://example.org/agenda",
     "voorbeeld-vzw", "url", ["bevestiging 1", "https://"]),
    ("bevestiging-zonder-hoe", INI, "      hoe: De website toont de activiteiten van september 2025.\n", "",
     "voorbeeld-vzw", "hoe", ["bevestiging 1", "ontbreekt"]),
    ("bevestigd-is-geen-lijst", INI, '  bevestigd:\n    - datum: "2025-09"\n      hoe: De website toont de activiteiten '
     'van september 2025.\n      url: https://example.org/agenda\n', '  bevestigd: "2025-09"\n',
     "voorbeeld-vzw", "bevestigd", ["lijst"]),
    ("gestopt-zonder-url", INI, "  website: https://example.org/",
     '  gestopt: {datum: "2020", hoe: De vzw meldt het einde.}\n  website: https://example.org/',
     "voorbeeld-vzw", "url", ['"gestopt"', "ontbreekt"]),
    ("gestopt-onbestaande-datum", INI, "  website: https://example.org/",
     '  gestopt: {datum: "2020-13", hoe: Einde., url: "https://example.org/x"}\n  website: https://example.org/',
     "voorbeeld-vzw", "datum", ['"gestopt"', "bestaande datum"]),
    ("adres-leeg", INI, "  website: https://example.org/", "  adres: \"  \"\n  website: https://example.org/",
     "voorbeeld-vzw", "adres", ["leeg"]),
    ("dubbele-waarde-in-lijst", PRA, "  fasen: [bijsturen, evalueren]", "  fasen: [bijsturen, bijsturen]",
     "tweede-voorbeeld", "fasen", ['"bijsturen" meer dan één keer']),
    ("tekst-in-plaats-van-lijst", PRA, "  wat_werkt: [Samen zoeken.]", "  wat_werkt: Samen zoeken.",
     "tweede-voorbeeld", "wat_werkt", ["lijst"]),
    ("alias", PRA, "  gemeente: Gent", "  gemeente: &g Gent\n  initiatief: *g",
     "eerste-voorbeeld", "initiatief", ["niet toegelaten"]),
    ("item-is-geen-groep", PRA, "- id: tweede-voorbeeld", "- gewoon tekst\n- id: tweede-voorbeeld",
     None, None, ["groep velden", "praktijkvoorbeeld nr. 2"]),
]


@pytest.mark.parametrize("naam,bestand,oud,nieuw,item,veld,stukjes", GEVALLEN, ids=[g[0] for g in GEVALLEN])
def test_foute_invoer_geeft_een_duidelijke_melding(tmp_path, naam, bestand, oud, nieuw, item, veld, stukjes):
    bron = PRAKTIJKEN if bestand == PRA else INITIATIEVEN
    fout = vervang(bron, oud, nieuw)
    if bestand == PRA:
        maak_project(tmp_path, praktijken=fout)
    else:
        maak_project(tmp_path, initiatieven=fout)
    uit = meldingen(tmp_path)
    assert uit, f"{naam}: geen melding"
    m = uit[0]
    assert m.startswith(f"{bestand}, regel "), m
    # de regel klopt: die van het nieuwe stuk (of, bij weglaten, die van het item)
    if nieuw.strip():
        verwacht = regel_met(fout, nieuw.strip().splitlines()[-1 if naam in ("dubbele-sleutel", "alias") else 0])
    else:
        verwacht = None
    if verwacht is not None and naam not in ("dubbele-id", "geen-bronnen", "item-is-geen-groep"):
        assert f", regel {verwacht}," in m or f", regel {verwacht}:" in m, (verwacht, m)
    if item:
        soort = P if bestand == PRA else I
        assert f'{soort} "{item}"' in m, m
    if veld:
        assert f'"{veld}"' in m, m
    for stuk in stukjes:
        assert stuk in m, (stuk, m)


def test_verplicht_veld_ontbreekt_meldt_de_regel_van_het_item(tmp_path):
    maak_project(tmp_path, vervang(PRAKTIJKEN, "  samenvatting: Een korte samenvatting.\n", ""))
    assert meldingen(tmp_path) == [
        'data/practices.yaml, regel 2, praktijk "eerste-voorbeeld": het verplichte veld "samenvatting" ontbreekt'
    ]


def test_dubbele_id_meldt_de_tweede_plaats(tmp_path):
    fout = vervang(PRAKTIJKEN, "- id: tweede-voorbeeld", "- id: eerste-voorbeeld")
    maak_project(tmp_path, fout)
    assert meldingen(tmp_path) == [
        f'data/practices.yaml, regel {regel_met(fout, "titel: Tweede")- 1}, praktijk "eerste-voorbeeld": '
        'veld "id": "eerste-voorbeeld" komt al voor op regel 2; elke id moet uniek zijn'
    ]


@pytest.mark.parametrize("naam,inhoud,stukjes", [
    ("leeg-bestand", b"", ["regel 1:", "leeg"]),
    ("alleen-commentaar", b"# yaml-language-server: $schema=./practices.schema.json\n", ["regel 1:", "leeg"]),
    ("lege-lijst", b"[]\n", ["regel 1:", "geen enkel"]),
    ("geen-lijst", b"id: x\ntitel: y\n", ["regel 1:", "lijst"]),
    ("ongeldige-utf8", "- id: eerste\n  titel: caf".encode() + b"\xe9\n", ["regel 2:", "UTF-8"]),
])
def test_bestand_als_geheel_fout(tmp_path, naam, inhoud, stukjes):
    maak_project(tmp_path, praktijken=inhoud)
    uit = meldingen(tmp_path)
    assert len(uit) == 1, uit
    assert uit[0].startswith("data/practices.yaml, regel "), uit
    for stuk in stukjes:
        assert stuk in uit[0], (stuk, uit[0])


def test_ontbrekend_bestand(tmp_path):
    maak_project(tmp_path)
    (tmp_path / INI).unlink()
    uit = meldingen(tmp_path)
    assert uit[0] == "data/initiatives.yaml, regel 1: het bestand bestaat niet"


def test_alle_problemen_tegelijk(tmp_path):
    """Twee fouten in twee items en een in het andere bestand: drie meldingen, in één keer."""
    pra = vervang(PRAKTIJKEN, "    - opstarten", "    - start")
    pra = vervang(pra, "  titel: Tweede voorbeeld\n", "")
    ini = vervang(INITIATIEVEN, "  vorm: vzw", "  vorm: vereniging")
    maak_project(tmp_path, pra, ini)
    uit = meldingen(tmp_path)
    assert len(uit) == 3, uit
    assert uit[0].startswith('data/initiatives.yaml, regel 8, initiatief "voorbeeld-vzw": veld "vorm"')
    assert uit[1].startswith('data/practices.yaml, regel 6, praktijk "eerste-voorbeeld": veld "fasen"')
    assert 'praktijk "tweede-voorbeeld": het verplichte veld "titel" ontbreekt' in uit[2]


def test_twee_fouten_op_een_regel_van_verschillende_soort(tmp_path):
    fout = vervang(PRAKTIJKEN, "  gemeente: Gent", "  gemeente: Gent\n  kleur: rood")
    fout = vervang(fout, "  laatst_nagekeken: 2026-01-15", "  laatst_nagekeken: 2999-12-31")
    maak_project(tmp_path, fout)
    uit = meldingen(tmp_path)
    assert len(uit) == 2
    assert 'onbekend veld "kleur"' in uit[0] and "toekomst" in uit[1]


def test_tab_en_syntaxfout_op_dezelfde_regel_geven_een_melding(tmp_path):
    maak_project(tmp_path, vervang(PRAKTIJKEN, "  titel: Eerste voorbeeld", "\ttitel: Eerste voorbeeld"))
    uit = meldingen(tmp_path)
    assert uit == ['data/practices.yaml, regel 3, praktijk "eerste-voorbeeld": veld "titel": '
                   "de regel springt in met een tab; gebruik 2 spaties per niveau"]


# ---------------------------------------------------------------------------
# Schema's
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("naam", ["practices", "initiatives"])
def test_schema_is_geldig_en_volledig_beschreven(naam):
    schema = json.loads((ROOT / "data" / f"{naam}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    objecten = [d for d in schema["$defs"].values() if d.get("type") == "object"]
    assert len(objecten) == {"practices": 2, "initiatives": 3}[naam]
    for obj in objecten:
        assert obj["additionalProperties"] is False
        assert obj["description"]
        for veld, spec in obj["properties"].items():
            assert spec.get("description"), veld
            assert spec.get("examples"), veld


@pytest.mark.parametrize("naam", ["practices", "initiatives"])
def test_gegevensbestand_begint_met_schemaregel(naam):
    eerste = (ROOT / "data" / f"{naam}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert eerste == f"# yaml-language-server: $schema=./{naam}.schema.json"


def test_keuzelijsten_in_schema_en_code_zijn_gelijk():
    pra = json.loads((ROOT / "data" / "practices.schema.json").read_text(encoding="utf-8"))["$defs"]["praktijk"]
    ini = json.loads((ROOT / "data" / "initiatives.schema.json").read_text(encoding="utf-8"))["$defs"]["initiatief"]
    p, i = pra["properties"], ini["properties"]
    assert p["fasen"]["items"]["enum"] == list(gegevens.FASEN)
    assert p["themas"]["items"]["enum"] == list(gegevens.THEMAS)
    assert p["provincie"]["enum"] == list(gegevens.PROVINCIES) == i["provincie"]["enum"]
    assert i["vorm"]["enum"] == list(gegevens.VORMEN)
    assert i["ondersteuning"]["items"]["enum"] == list(gegevens.ONDERSTEUNING)
    assert "status" not in i  # de status wordt afgeleid, nooit ingetypt


# ---------------------------------------------------------------------------
# De echte gegevens en het controlecommando
# ---------------------------------------------------------------------------


def test_echte_gegevens_zijn_in_orde():
    data, fouten = gegevens.controleer(ROOT)
    assert not fouten, "\n".join(str(f) for f in fouten)
    assert data.praktijken and data.initiatieven


def test_controlecommando_ok_op_echte_gegevens():
    # De duur meet bench/bench.py (doel < 1 s), niet deze test: op een drukke machine schommelt ze.
    res = subprocess.run([sys.executable, "-m", "draaiboek.check"], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    data, _ = gegevens.controleer(ROOT)
    assert res.stdout.splitlines()[0].startswith(
        f"OK: {len(data.praktijken)} praktijkvoorbeelden, {len(data.initiatieven)} initiatieven, ")
    alle_feiten, _ = feiten.controleer(ROOT)
    assert res.stdout.splitlines()[0].endswith(f", {len(alle_feiten)} bedragen en regels")


def test_controlecommando_meldt_alle_problemen_en_faalt(tmp_path):
    pra = vervang(PRAKTIJKEN, "    - opstarten", "    - start")
    pra = vervang(pra, "url: https://example.org/twee", "url: javascript:alert(1)")
    maak_project(tmp_path, pra)
    res = subprocess.run([sys.executable, "-m", "draaiboek.check", str(tmp_path)], cwd=ROOT,
                         capture_output=True, text=True)
    assert res.returncode == 1
    assert 'data/practices.yaml, regel 6, praktijk "eerste-voorbeeld": veld "fasen"' in res.stderr
    assert 'praktijk "tweede-voorbeeld": veld "url" van bron 1' in res.stderr
    assert "OK:" not in res.stdout


def test_controlecommando_laadt_geen_mkdocs():
    code = "import sys, draaiboek.check; print('mkdocs' in sys.modules)"
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.stdout.strip() == "False", res.stderr


@pytest.mark.parametrize("naam", ["practices.yaml", "initiatives.yaml"])
def test_snelle_lader_geeft_dezelfde_gegevens_en_regels_als_de_python_lader(naam):
    """libyaml (snel) en de Python-lader (precieze meldingen) lezen hetzelfde, regelnummers incluis."""
    if gegevens._SnelleLader is None:
        pytest.skip("PyYAML zonder libyaml")
    tekst = (ROOT / "data" / naam).read_text(encoding="utf-8")
    snel, dubbel = gegevens._snel_lezen(tekst)
    lader = gegevens._Lader(tekst)
    traag = lader.get_single_data()

    def met_regels(x):
        if isinstance(x, dict):
            return ({k: met_regels(v) for k, v in x.items()}, x.regel, dict(x.regels))
        if isinstance(x, list):
            return ([met_regels(v) for v in x], x.regel, list(x.regels))
        return x

    assert met_regels(snel) == met_regels(traag)
    assert dubbel == lader.dubbel == []


def test_snelle_lader_laat_verwijzingen_aan_de_python_lader():
    assert gegevens._snel_lezen("- &a {id: x}\n- *a\n") is None


# ---------------------------------------------------------------------------
# Afgeleide status (vaste "vandaag")
# ---------------------------------------------------------------------------


def _ini(bevestigd=(), gestopt=None) -> gegevens.Initiatief:
    return gegevens.Initiatief(
        id="x", naam="X", beschrijving="B.", gemeente="Gent", provincie="Oost-Vlaanderen", werkingsgebied="Gent",
        vorm="vzw", ondersteuning=["zoeken"], bronnen=[gegevens.Bron("Bron", "https://example.org/b", "z.d.")],
        laatst_nagekeken=dt.date(2026, 1, 1),
        bevestigd=[gegevens.Bevestiging(d, "Toont activiteiten.", "https://example.org/a") for d in bevestigd],
        gestopt=gegevens.Bevestiging(gestopt, "Meldt het einde.", "https://example.org/e") if gestopt else None)


@pytest.mark.parametrize("bevestigd,gestopt,vandaag,code,tekst", [
    # precies 24 maanden oud (november 2024 -> november 2026): nog actief
    (["2024-11"], None, dt.date(2026, 11, 30), "actief", "actief, bevestigd in november 2024"),
    (["2024-11-01"], None, dt.date(2026, 11, 1), "actief", "actief, bevestigd in november 2024"),
    # 25 maanden: niet meer
    (["2024-10-31"], None, dt.date(2026, 11, 1), "niet-recent", "niet recent bevestigd"),
    (["2024-11"], None, dt.date(2026, 12, 1), "niet-recent", "niet recent bevestigd"),
    # alleen een jaar telt als januari van dat jaar
    (["2025"], None, dt.date(2026, 11, 27), "actief", "actief, bevestigd in 2025"),
    (["2024"], None, dt.date(2026, 11, 27), "niet-recent", "niet recent bevestigd"),
    # de nieuwste bevestiging telt, ook als ze niet vooraan staat
    (["2019-03", "2026-02", "2021"], None, dt.date(2026, 11, 27), "actief", "actief, bevestigd in februari 2026"),
    # geen bevestiging
    ([], None, dt.date(2026, 11, 27), "niet-recent", "niet recent bevestigd"),
    # gestopt gaat voor, ook met een recente bevestiging
    (["2026-10"], "2026-11", dt.date(2026, 11, 27), "gestopt", "gestopt"),
    ([], "2019-10", dt.date(2026, 11, 27), "gestopt", "gestopt"),
])
def test_afgeleide_status(bevestigd, gestopt, vandaag, code, tekst):
    status = gegevens.afgeleide_status(_ini(bevestigd, gestopt), vandaag)
    assert (status.code, status.tekst) == (code, tekst)
    assert status.code in gegevens.STATUS


def test_afgeleide_status_geeft_de_datum_van_de_nieuwste_bevestiging():
    status = gegevens.afgeleide_status(_ini(["2018-06-07", "2021"]), dt.date(2026, 11, 27))
    assert status.datum == "2021"
    assert gegevens.afgeleide_status(_ini([]), dt.date(2026, 11, 27)).datum is None
    assert gegevens.afgeleide_status(_ini([], "2019-10"), dt.date(2026, 11, 27)).datum == "2019-10"


def test_afgeleide_status_werkt_ook_op_een_item_uit_de_yaml():
    item = {"id": "x", "bevestigd": [{"datum": "2026-01", "hoe": "h", "url": "https://example.org/"}]}
    assert gegevens.afgeleide_status(item, dt.date(2026, 11, 27)).tekst == "actief, bevestigd in januari 2026"
    assert gegevens.afgeleide_status({"id": "y"}, dt.date(2026, 11, 27)).code == "niet-recent"


def test_bevestigd_en_gestopt_worden_geladen(tmp_path):
    ini = vervang(INITIATIEVEN, "  website: https://example.org/",
                  '  gestopt: {datum: "2026-02", hoe: "  De vzw   meldt het einde. ", url: "https://example.org/e"}\n'
                  "  adres: Kerkstraat 1, 9000 Gent\n  bereikbaarheid: ma 9-12 u\n  website: https://example.org/")
    maak_project(tmp_path, initiatieven=ini)
    data, fouten = gegevens.controleer(tmp_path, vandaag=VANDAAG)
    assert fouten == []
    i = data.initiatieven[0]
    assert i.bevestigd == [gegevens.Bevestiging("2025-09", "De website toont de activiteiten van september 2025.",
                                                "https://example.org/agenda")]
    assert i.gestopt == gegevens.Bevestiging("2026-02", "De vzw meldt het einde.", "https://example.org/e")
    assert (i.adres, i.bereikbaarheid) == ("Kerkstraat 1, 9000 Gent", "ma 9-12 u")
    assert gegevens.afgeleide_status(i, VANDAAG).code == "gestopt"

