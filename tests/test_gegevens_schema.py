"""De snelle voorcontrole van het JSON Schema (gegevens.schemafouten, fastjsonschema) is nergens
soepeler dan jsonschema: wat fastjsonschema goedkeurt, keurt jsonschema ook goed. Anders zou een
groot bestand met een fout zonder melding door de build komen.

We veranderen de echte items op elke plaats (elk veld, elk element van een lijst, ook in bronnen
en bevestigingen) in lastige waarden en vergelijken beide validators op elk resultaat.
"""
from __future__ import annotations

import copy
import math
from pathlib import Path

import pytest

from draaiboek import gegevens

ROOT = Path(__file__).resolve().parent.parent

BESTANDEN = [  # (gegevens, schema, soort)
    ("data/practices.yaml", "data/practices.schema.json", "practices"),
    ("data/initiatives.yaml", "data/initiatives.schema.json", "initiatives"),
    ("data/diensten.yaml", "data/diensten.schema.json", "diensten"),
    ("data/feiten.yaml", "data/feiten.schema.json", "feiten"),
]

# Waarden die types, patronen, lengtes, enums, const, minimum en maximum op de proef stellen.
LASTIG = [
    None, True, False, 0, 1, -1, 1.0, 2.5, 10**30, math.inf, math.nan, "", " ", "\n", "x", "x\n",
    "\nx", "a" * 5000, "z.d.", "2025", "2025-13-45", "2025-01-01\n", "onbekend", "https://a.be/",
    "https://a.be/\n", "http://a.be/", "info@a.be", "+32 2 000 00 00", "OCMW", "vzw", "zoeken",
    "Antwerpen", [], ["x"], ["x", "x"], [None], [1], {}, {"a": 1}, {"url": "https://a.be/"},
]


def _items(bestand: str, schema: str, soort: str) -> list:
    best = gegevens.lees_bestand(ROOT / bestand, bestand, soort, ROOT / schema)
    assert best.data and not best.meldingen, best.meldingen
    return best.data


def _plaatsen(waarde, pad=()):
    """Elk pad binnen een item (sleutels en indexen), het item zelf niet."""
    if isinstance(waarde, dict):
        for k, v in waarde.items():
            yield (*pad, k)
            yield from _plaatsen(v, (*pad, k))
    elif isinstance(waarde, list):
        for i, v in enumerate(waarde):
            yield (*pad, i)
            yield from _plaatsen(v, (*pad, i))


def _ouder(item, pad):
    for stap in pad[:-1]:
        item = item[stap]
    return item


def _varianten(item):
    """Het item met telkens één verandering: een andere waarde, een veld weg, een veld of element erbij."""
    for pad in _plaatsen(item):
        for waarde in LASTIG:
            kopie = copy.deepcopy(item)
            _ouder(kopie, pad)[pad[-1]] = waarde
            yield kopie
        kopie = copy.deepcopy(item)
        ouder = _ouder(kopie, pad)
        if isinstance(ouder, dict):
            del ouder[pad[-1]]
            yield kopie
            kopie = copy.deepcopy(item)
            _ouder(kopie, pad)[pad[-1] + "x"] = "x"
            yield kopie
        else:
            ouder.append(copy.deepcopy(ouder[pad[-1]]))  # een dubbel element
            yield kopie
    for sleutel in ("onbekend", 1, None, True):
        kopie = copy.deepcopy(item)
        kopie[sleutel] = "x"
        yield kopie


def _snel_en_volledig(schema_pad: Path):
    s = gegevens._schema(schema_pad)
    snel = gegevens._snelle_controle(s)
    assert snel, f"fastjsonschema kan {schema_pad.name} niet omzetten"

    def snel_ok(data) -> bool:
        try:
            snel(data)
        except Exception:  # noqa: BLE001 - zoals in gegevens.schemafouten
            return False
        return True

    return snel_ok, lambda data: not any(True for _ in s.volledig.iter_errors(data))


@pytest.mark.parametrize("bestand, schema, soort", BESTANDEN)
def test_snelle_controle_nooit_soepeler_dan_jsonschema(bestand, schema, soort):
    snel_ok, volledig_ok = _snel_en_volledig(ROOT / schema)
    items = _items(bestand, schema, soort)
    assert snel_ok(items) and volledig_ok(items)  # de echte gegevens: de snelle weg wordt gebruikt
    # De items met de meeste velden (alle soorten velden komen zo aan bod), elk als lijst van één.
    gekozen = sorted(items, key=lambda x: -len(list(_plaatsen(x))))[:2]
    getest = afgekeurd = 0
    for item in gekozen:
        for variant in _varianten(item):
            getest += 1
            if snel_ok([variant]):
                assert volledig_ok([variant]), variant
            else:
                afgekeurd += 1
    assert getest > 500 and afgekeurd > getest // 3, (getest, afgekeurd)


def test_schemafouten_zelfde_meldingen_met_en_zonder_voorcontrole(monkeypatch):
    """Bij veel items gaat schemafouten langs fastjsonschema; de fouten blijven die van jsonschema."""
    schema = ROOT / "data/practices.schema.json"
    items = _items(*BESTANDEN[0])
    veel = [copy.deepcopy(items[i % len(items)]) for i in range(gegevens.SNEL_VANAF)]
    assert gegevens.schemafouten(schema, veel) == []
    veel[-1]["fasen"] = ["opstarten", "nooit"]
    del veel[3]["titel"]
    fouten = [(list(f.absolute_path), f.validator) for f in gegevens.schemafouten(schema, veel)]
    assert fouten == [([3], "required"), ([len(veel) - 1, "fasen", 1], "enum")]
    monkeypatch.setattr(gegevens, "SNEL_VANAF", 10**9)  # altijd jsonschema alleen
    assert [(list(f.absolute_path), f.validator) for f in gegevens.schemafouten(schema, veel)] == fouten


def test_schemafouten_zonder_bruikbare_voorcontrole(tmp_path):
    """Een schema dat fastjsonschema niet kan omzetten: jsonschema alleen, geen traceback."""
    schema = tmp_path / "s.schema.json"
    # Een $ binnen [ ] maakt fastjsonschema ongeldig (het vervangt elke $ door \\Z); jsonschema kan het wel.
    schema.write_text('{"type": "array", "items": {"type": "string", "pattern": "^[a$]+$"}}', encoding="utf-8")
    assert gegevens._snelle_controle(gegevens._schema(schema)) is False
    fouten = gegevens.schemafouten(schema, ["a$"] * gegevens.SNEL_VANAF + ["b"])
    assert [(list(f.absolute_path), f.validator) for f in fouten] == [([gegevens.SNEL_VANAF], "pattern")]
