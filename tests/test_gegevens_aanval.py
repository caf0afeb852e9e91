"""Vijandige invoer in de gegevensbestanden: nooit een traceback, altijd een Nederlandse melding
met bestand, regel en veld; niets wat niet gepubliceerd mag worden, komt erdoor.

De eigenschapsgebaseerde tests (Hypothesis) voeren willekeurige bytes, willekeurige YAML en
verminkte geldige bestanden aan de lader. Ze blijven kort (enkele seconden op 2 kernen).
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from draaiboek import gegevens, veiligheid
from test_gegevens import INI, INITIATIEVEN, PRA, PRAKTIJKEN, ROOT, VANDAAG, maak_project, regel_met, vervang

GEMEENTE = regel_met(PRAKTIJKEN, "  gemeente: Gent")
WAT_WERKT = regel_met(PRAKTIJKEN, "Iets dat werkt.")
WEBSITE = regel_met(INITIATIEVEN, "  website:")

# Kort op CI (2 kernen); grondiger lokaal met bv. DRAAIBOEK_HYPOTHESIS=2000.
SNEL = settings(max_examples=int(os.environ.get("DRAAIBOEK_HYPOTHESIS", "60")), deadline=None, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

MELDING = re.compile(r"^data/(practices|initiatives)\.yaml, regel (\d+)(, [^:]+)?: \S")


def meldingen(map_) -> list[str]:
    _, uit = gegevens.controleer(map_, vandaag=VANDAAG)
    return [str(m) for m in uit]


def alleen(map_, *stukjes) -> str:
    """De enige melding, met alle stukjes erin."""
    uit = meldingen(map_)
    assert len(uit) == 1, uit
    for stuk in stukjes:
        assert stuk in uit[0], (stuk, uit[0])
    return uit[0]


def goed_gevormd(uit: list[str], bestand: bytes | str) -> None:
    """Elke melding: bestand, regel binnen het bestand, Nederlandse tekst, geen stuurtekens."""
    regels = (bestand if isinstance(bestand, str) else bestand.decode("utf-8", "replace")).count("\n") + 2
    for m in uit:
        assert MELDING.match(m), m
        assert 1 <= int(MELDING.match(m).group(2)) <= max(regels, 2), (m, regels)
        assert not veiligheid._VERBODEN.search(m), repr(m)
        assert "Traceback" not in m


# ---------------------------------------------------------------------------
# De zes invoeren die vroeger een traceback gaven
# ---------------------------------------------------------------------------

def test_nul_byte_in_het_bestand(tmp_path):
    fout = vervang(PRAKTIJKEN, "titel: Eerste voorbeeld", "titel: Eerste\x00voorbeeld")
    maak_project(tmp_path, fout)
    alleen(tmp_path, f"{PRA}, regel 3", 'veld "titel"', "U+0000", "NUL")


def test_esc_byte_in_het_bestand(tmp_path):
    fout = vervang(PRAKTIJKEN, "titel: Eerste voorbeeld", "titel: Eerste \x1b[31mvoorbeeld")
    maak_project(tmp_path, fout)
    m = alleen(tmp_path, f"{PRA}, regel 3", 'veld "titel"', "U+001B", "ESC")
    assert "\x1b" not in m


@pytest.mark.parametrize("nesten", ["[" * 3000 + "]" * 3000, "\n    " + "- " * 3000 + "x"])
def test_diep_genest(tmp_path, nesten):
    fout = vervang(PRAKTIJKEN, "  gemeente: Gent", "  gemeente: " + nesten)
    maak_project(tmp_path, fout)
    m = alleen(tmp_path, PRA, "dieper genest dan 20 niveaus")
    assert int(MELDING.match(m).group(2)) >= 18


def test_getal_van_5000_cijfers(tmp_path):
    fout = vervang(PRAKTIJKEN, "  gemeente: Gent", "  gemeente: " + "9" * 5000)
    maak_project(tmp_path, fout)
    alleen(tmp_path, f"{PRA}, regel {GEMEENTE}", 'veld "gemeente"', "kan niet gelezen worden", "aanhalingstekens")


@pytest.mark.parametrize("oud", ["  website: https://example.org/", "      url: https://example.org/bron"])
def test_adres_met_open_vierkant_haakje(tmp_path, oud):
    fout = vervang(INITIATIEVEN, oud, oud.split(":")[0] + ": https://[evil.example/")
    maak_project(tmp_path, initiatieven=fout)
    veld = '"website"' if "website" in oud else '"url" van bron 1'
    alleen(tmp_path, INI, veld, "geen geldig webadres")


def test_controle_geeft_geen_traceback_maar_meldingen(tmp_path):
    """Het commando zelf, zoals een medewerker het draait: afsluitcode 1, geen Engels."""
    pra = vervang(PRAKTIJKEN, "titel: Eerste voorbeeld", "titel: Eerste\x00voorbeeld")
    maak_project(tmp_path, pra, vervang(INITIATIEVEN, "  gemeente: Gent", "  gemeente: " + "[" * 3000))
    for naam in ("diensten.schema.json", "diensten.yaml", "gemeenten.json"):
        if (ROOT / "data" / naam).exists():
            (tmp_path / "data" / naam).write_bytes((ROOT / "data" / naam).read_bytes())
    r = subprocess.run([sys.executable, "-m", "draaiboek.check", str(tmp_path)], cwd=ROOT,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "Traceback" not in r.stderr and "Error" not in r.stderr, r.stderr
    assert f"{PRA}, regel 3" in r.stderr and f"{INI}, regel " in r.stderr


# ---------------------------------------------------------------------------
# Wat vroeger werd aanvaard en gepubliceerd
# ---------------------------------------------------------------------------

@pytest.mark.parametrize("waarde, stuk", [
    (r'"Eerste\0voorbeeld"', "U+0000"),
    (r'"Eerste\x1b[2Jvoorbeeld"', "U+001B"),
    (r'"Eerste\avoorbeeld"', "U+0007"),
    (r'"Eerste\ud800voorbeeld"', "los surrogaatteken"),
    (r'"\u200b\u200b\u200b"', "alleen onzichtbare tekens"),
    ('"\u3164"', "alleen onzichtbare tekens"),
    (r'"Veilig \u202Efdp.exe huren"', "leesrichting"),
    (r'"Veilig \u2066huren\u2069"', "leesrichting"),
])
def test_verboden_tekens_in_een_tekst(tmp_path, waarde, stuk):
    maak_project(tmp_path, vervang(PRAKTIJKEN, "titel: Eerste voorbeeld", "titel: " + waarde))
    alleen(tmp_path, f"{PRA}, regel 3", 'praktijk "eerste-voorbeeld"', 'veld "titel"', stuk)


def test_snelle_ascii_controle_zelfde_als_de_volledige():
    """teken_probleem gebruikt voor ASCII-tekst een kleinere tekenklasse: dezelfde uitkomst."""
    for c in range(128):
        tekst = f"a{chr(c)}b"
        assert bool(veiligheid._VERBODEN_ASCII.search(tekst)) == bool(veiligheid._VERBODEN.search(tekst)), c
    assert veiligheid.teken_probleem("gewone tekst\x1b") == veiligheid.teken_probleem("gewone tekst\x1b\u00e9")


def test_bidi_letterlijk_in_het_bestand(tmp_path):
    maak_project(tmp_path, vervang(PRAKTIJKEN, "Een korte samenvatting.", "Een korte \u202esamenvatting."))
    alleen(tmp_path, f"{PRA}, regel 4", 'veld "samenvatting"', "leesrichting")


def test_verboden_teken_in_een_lijstpunt_en_een_veldnaam(tmp_path):
    pra = vervang(PRAKTIJKEN, "    - Iets dat werkt.", '    - "Iets\\x07 dat werkt."')
    pra = vervang(pra, "  gemeente: Gent", '  "gemeente\\x1b": Gent')
    maak_project(tmp_path, pra)
    uit = meldingen(tmp_path)
    assert any(f"regel {WAT_WERKT}," in m and 'veld "wat_werkt"' in m and "U+0007" in m for m in uit), uit
    assert any(f"regel {GEMEENTE}," in m and "veldnaam" in m and "U+001B" in m for m in uit), uit


@pytest.mark.parametrize("adres, stuk", [
    ("https://www.vlaanderen.be@evil.example/", "gebruikersnaam of wachtwoord"),
    ("https://user:pass@example.org/", "gebruikersnaam of wachtwoord"),
    ("https://www.vlaanderen.be\\\\@evil.example/", "backslash"),
    ("https://example.org\\\\evil.example/", "backslash"),
    ("https://127.0.0.1/", "IP-adres"),
    ("https://0x7f.1/", "IP-adres"),
    ("https://2130706433/", "IP-adres"),
    ("https://[::1]/", "IP-adres"),
    ("https://example.org:99999/", "poortnummer"),
    ("https://example.org:80a/", "poortnummer"),
    ("https://evil%2Eexample/", "geldige domeinnaam"),
    ("https://xn--vlaanderen-.be%00/", "geldige domeinnaam"),
    ("https:///evil.example/", "geldige domeinnaam"),
])
def test_gevaarlijke_adressen(tmp_path, adres, stuk):
    maak_project(tmp_path, initiatieven=vervang(INITIATIEVEN, "  website: https://example.org/",
                                                f'  website: "{adres}"'))
    alleen(tmp_path, f"{INI}, regel {WEBSITE},", 'initiatief "voorbeeld-vzw"', 'veld "website"', stuk)


@pytest.mark.parametrize("adres", [
    "https://www.vlaanderen.be/", "https://example.org:443/pad?x=1#y", "https://a-b.example.be/pad/@naam",
    "https://example.org/pad%20met%20spatie", "https://www.example.org/~user/é",
])
def test_gewone_adressen_blijven_goed(adres):
    assert veiligheid.url_probleem(adres) is None, adres


@pytest.mark.parametrize("adres, browser", [
    ("https://a.be\\@b.be/", "a.be"),
    ("https://a.be@b.be/", "b.be"),
    ("https:\\\\b.be/", "b.be"),
    ("https://a.be\t/", "a.be"),
    ("https://A.BE:8080/x", "a.be"),
    ("https://b%2Ebe/", "b.be"),
    ("https://u@[::1]:80/", "[::1]"),
])
def test_host_zoals_een_browser_hem_leest(adres, browser):
    """De vergelijking met de WHATWG URL Standard: wat de browser kiest, niet wat urllib kiest."""
    assert veiligheid.whatwg_host(adres) == browser


@pytest.mark.parametrize("email", ["info@example.org?cc=iemand@evil.example", "info@example.org&bcc=x@y.be",
                                   "a@b@example.org", "info@127.0.0.1"])
def test_email_met_extra_ontvangers(tmp_path, email):
    ini = vervang(INITIATIEVEN, "  website: https://example.org/", f'  website: https://example.org/\n  email: "{email}"')
    maak_project(tmp_path, initiatieven=ini)
    uit = meldingen(tmp_path)
    assert uit and all('veld "email"' in m for m in uit), uit


@pytest.mark.parametrize("datum, stuk", [("1000-01-01", "vóór 1990"), ("0202-05-01", "vóór 1990"),
                                         ("2026-02-30", "geen bestaande datum"), ("2027-01-01", "toekomst")])
def test_onmogelijke_datum_nagekeken(tmp_path, datum, stuk):
    maak_project(tmp_path, vervang(PRAKTIJKEN, "  laatst_nagekeken: 2026-01-15", f"  laatst_nagekeken: {datum}"))
    alleen(tmp_path, 'veld "laatst_nagekeken"', stuk)


def test_bron_van_voor_1900(tmp_path):
    maak_project(tmp_path, vervang(PRAKTIJKEN, 'datum: "2019"', 'datum: "1066"'))
    alleen(tmp_path, 'veld "datum" van bron 1', "vóór 1900")


def test_lijst_van_10000_punten_is_te_lang(tmp_path):
    punten = "".join(f"    - Punt {n}.\n" for n in range(10_000))
    maak_project(tmp_path, vervang(PRAKTIJKEN, "    - Iets dat werkt.\n", punten))
    alleen(tmp_path, 'veld "wat_werkt"', "10.000 waarden, hoogstens 15")


@pytest.mark.parametrize("waarde, stuk", [
    ("!!python/object/apply:os.system ['echo hallo']", "tag"),
    ("!!int '12'", "tag"),
    ("!!timestamp 2020-13-45", "tag"),
    ("!!binary aGFsbG8=", "tag"),
    ("'open", "aanhalingsteken"),
    ("[Gent", "[ ]"),
    ("@Gent", "aanhalingstekens"),
])
def test_yaml_kunstjes(tmp_path, waarde, stuk):
    maak_project(tmp_path, vervang(PRAKTIJKEN, "  gemeente: Gent", f"  gemeente: {waarde}"))
    uit = meldingen(tmp_path)
    assert uit, waarde
    goed_gevormd(uit, PRAKTIJKEN)
    assert any(stuk in m for m in uit), uit


def test_tweede_document(tmp_path):
    maak_project(tmp_path, PRAKTIJKEN + "---\n- id: x\n")
    alleen(tmp_path, "meer dan één document")


def _begrensd_patroon(patroon: str) -> bool:
    """^...$ zonder + of * of {n,}: de vorm legt de lengte al vast (zoals JJJJ-MM-DD)."""
    return patroon.startswith("^") and patroon.endswith("$") and not re.search(r"[+*]|\{\d+,\}", patroon)


def test_elk_schema_heeft_maxima():
    """Elke lijst heeft maxItems en elke vrije tekst maxLength, in elk data/*.schema.json."""
    schemas = sorted((ROOT / "data").glob("*.schema.json"))
    assert len(schemas) >= 2
    for pad in schemas:
        zonder = []
        stapel = [(json.loads(pad.read_text(encoding="utf-8")), "")]
        while stapel:
            s, waar = stapel.pop()
            if isinstance(s, dict):
                if s.get("type") == "array" and "maxItems" not in s:
                    zonder.append(f"{waar}: lijst zonder maxItems")
                if s.get("type") == "string" and not ({"maxLength", "enum", "const"} & set(s)) \
                        and not _begrensd_patroon(s.get("pattern", "")):
                    zonder.append(f"{waar}: tekst zonder maxLength")
                stapel.extend((v, f"{waar}/{k}") for k, v in s.items() if k != "examples")
            elif isinstance(s, list):
                stapel.extend((v, f"{waar}[{i}]") for i, v in enumerate(s))
        assert not zonder, f"{pad.name}: {zonder}"


def test_echte_gegevens_blijven_goed():
    data, uit = gegevens.controleer(ROOT)
    assert uit == [] and data.praktijken and data.initiatieven


# ---------------------------------------------------------------------------
# Eigenschappen (Hypothesis)
# ---------------------------------------------------------------------------

def _schrijf_en_controleer(map_, praktijken: bytes) -> list[str]:
    (map_ / PRA).write_bytes(praktijken)
    uit = meldingen(map_)
    goed_gevormd(uit, praktijken)
    return uit


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    return maak_project(tmp_path_factory.mktemp("aanval"))


@SNEL
@given(st.binary(max_size=400))
def test_willekeurige_bytes(project, ruw):
    _schrijf_en_controleer(project, ruw)


@SNEL
@given(st.binary(max_size=200), st.integers(min_value=0, max_value=len(PRAKTIJKEN)))
def test_willekeurige_bytes_midden_in_een_goed_bestand(project, ruw, plaats):
    goed = PRAKTIJKEN.encode()
    _schrijf_en_controleer(project, goed[:plaats] + ruw + goed[plaats:])


_tekst = st.text(st.characters(codec=None, exclude_categories=()), max_size=30)
_scalair = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), _tekst,
                     st.integers(min_value=10 ** 50, max_value=10 ** 60))
_yaml_boom = st.recursive(_scalair, lambda kind: st.one_of(
    st.lists(kind, max_size=4), st.dictionaries(st.one_of(_tekst, st.integers()), kind, max_size=4)),
    max_leaves=25)


@SNEL
@given(_yaml_boom)
def test_willekeurige_yaml(project, boom):
    tekst = yaml.safe_dump(boom, allow_unicode=True, default_flow_style=False)
    _schrijf_en_controleer(project, tekst.encode("utf-8", "surrogatepass"))


@SNEL
@given(st.lists(st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.sampled_from(["eerste-voorbeeld", "x"]), _tekst),
    "titel": _scalair, "samenvatting": _scalair, "fasen": st.lists(_scalair, max_size=3),
    "themas": st.lists(st.sampled_from(["samenwerking", "x"]), max_size=3), "aanpak": _scalair,
    "wat_werkt": st.lists(_tekst, max_size=3), "valkuilen": _yaml_boom,
    "bronnen": st.lists(st.fixed_dictionaries({"titel": _tekst, "url": st.one_of(
        _tekst, st.text(alphabet="htps:/[]@\\.0x7f:%2Eab", max_size=30).map(lambda s: "https://" + s)),
        "datum": st.from_regex(r"[0-9]{1,4}(-[0-9]{2}){0,2}", fullmatch=True)}), max_size=2),
    "laatst_nagekeken": st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", fullmatch=True),
}), min_size=1, max_size=3))
def test_willekeurige_items_met_de_velden_van_het_schema(project, items):
    tekst = yaml.safe_dump(items, allow_unicode=True)
    _schrijf_en_controleer(project, tekst.encode("utf-8", "surrogatepass"))


_VERMINKING = st.sampled_from([
    "\x00", "\x1b", "\t", "\r", "\u2028", "\u202e", "\ufeff", "\ud800", "[" * 3000, "- " * 3000, "9" * 5000,
    "https://[evil.example/", "!!python/object:os.system", "&a ", "*a", "{", "}", "]", "'", '"', ":", ": ",
    "- ", "\n", "\n  ", "---\n", "? ", "|", ">", "#", "%", "@", "`", "!", "\\", "\"\\x1b\"", "\"\\ud800\"",
])


@SNEL
@given(st.lists(st.tuples(st.integers(min_value=0, max_value=len(PRAKTIJKEN)), _VERMINKING,
                          st.integers(min_value=0, max_value=5)), min_size=1, max_size=4))
def test_verminkte_geldige_bestanden(project, verminkingen):
    tekst = PRAKTIJKEN
    for plaats, stuk, weg in verminkingen:
        tekst = tekst[:plaats] + stuk + tekst[plaats + weg:]
    _schrijf_en_controleer(project, tekst.encode("utf-8", "surrogatepass"))


def test_vreemde_id_komt_niet_in_de_melding(tmp_path):
    """Door Hypothesis gevonden: een NUL midden in de id-regel kwam mee in de naam van het item."""
    fout = vervang(PRAKTIJKEN, "- id: eerste-voorbeeld\n  titel:", "- id: eerste-voorbee\x00titel:")
    maak_project(tmp_path, fout)
    uit = meldingen(tmp_path)
    goed_gevormd(uit, fout)
    assert len(uit) == 1 and "U+0000" in uit[0] and "regel 2" in uit[0], uit


def test_elk_adresveld_in_elk_schema_vraagt_https():
    """Velden die een link worden (url, website, ...): alleen https://, in elk data/*.schema.json."""
    for pad in sorted((ROOT / "data").glob("*.schema.json")):
        stapel = [json.loads(pad.read_text(encoding="utf-8"))]
        while stapel:
            s = stapel.pop()
            if isinstance(s, dict):
                for naam, eigen in (s.get("properties") or {}).items():
                    if naam in veiligheid._ADRES_VELDEN or (isinstance(eigen, dict) and eigen.get("format") == "uri"):
                        assert isinstance(eigen, dict) and str(eigen.get("pattern", "")).startswith("^https://"), \
                            f"{pad.name}: veld {naam} moet met een patroon ^https:// beginnen"
                stapel.extend(v for k, v in s.items() if k != "examples")
            elif isinstance(s, list):
                stapel.extend(s)
