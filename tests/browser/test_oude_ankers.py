"""Oude ankers van een opgesplitst hoofdstuk komen op hun deelpagina terecht (assets/javascripts/oude-ankers.js).

De woonzoektocht, Een initiatief opstarten en andere lange hoofdstukken waren elk één pagina;
/woonzoektocht/, /opstarten/ ... zijn nu hun overzicht. Een oude link naar een kop
die op een deelpagina staat, moet op die deelpagina bij die kop uitkomen.
"""
from __future__ import annotations

import re

import pytest


def _kop_zichtbaar(pagina, anker: str) -> bool:
    return pagina.evaluate(
        """(id) => { const el = document.getElementById(id); if (!el) return false;
                     const r = el.getBoundingClientRect();
                     return r.top >= -2 && r.top < window.innerHeight; }""", anker)


@pytest.mark.parametrize("hoofdstuk,anker,deelpagina", [
    ("woonzoektocht", "hoeveel-en-in-welke-vorm", "huurcontract-en-waarborg"),
    ("woonzoektocht", "de-huurwaarborg", "huurcontract-en-waarborg"),
    ("woonzoektocht", "checklist-bezichtiging", "bezichtigen"),
    ("woonzoektocht", "een-woning-zoeken", "zoeken"),
    ("woonzoektocht", "wat-nu", "wat-nu"),
    ("opstarten", "kostenvergoeding", "vrijwilligers"),
    ("opstarten", "geld-en-logistiek_1", "checklist-en-wat-nu"),   # de kop in de checklist
    ("opstarten", "geld-en-logistiek", "geld-en-logistiek"),
    ("bijsturen", "een-wachtlijst-die-eerlijk-werkt", "vraag-te-groot"),
    ("bijsturen", "tolken", "vrijwilligers"),
    ("bijsturen", "afspraken-op-papier", "lokaal-bestuur"),
    ("waarom-woonondersteuning", "aanvragen-en-beschermingen-per-jaar", "cijfers"),
    ("waarom-woonondersteuning", "zonder-adres-geen-leefloon", "woningmarkt"),
    ("lokale-besturen", "praktijktesten", "discriminatie"),
    ("lokale-besturen", "het-model-van-de-taskforce", "samenwerking"),
    ("lokale-besturen", "checklist-voor-een-lokaal-bestuur", "checklist"),
    ("evalueren", "checklist-zelfevaluatie", "checklist"),
    ("evalueren", "een-turflijst-per-maand", "tellen"),
    ("hulp-en-adressen", "het-ocmw", "huren"),
    ("hulp-en-adressen", "fedasil", "verblijf"),
    ("hulp-en-adressen", "geld-voor-je-werking", "steun"),
])
def test_oud_anker_landt_op_de_deelpagina_bij_die_kop(server, contexten, hoofdstuk, anker, deelpagina):
    pagina = contexten("licht", "telefoon")
    pagina.goto(server.url(f"{hoofdstuk}/#{anker}"))
    verwacht = server.url(f"{hoofdstuk}/{deelpagina}/#{anker}")
    pagina.wait_for_url(verwacht)
    pagina.wait_for_load_state("load")
    assert pagina.locator(f"#{anker}").count() == 1
    pagina.wait_for_function(
        """(id) => { const el = document.getElementById(id); const r = el.getBoundingClientRect();
                     return r.top >= -2 && r.top < window.innerHeight; }""", arg=anker)
    assert _kop_zichtbaar(pagina, anker)


def test_anker_op_het_overzicht_en_onbekend_anker_blijven(server, contexten):
    pagina = contexten("licht", "desktop")
    for anker in ("verwachtingen-bespreken", "bestaat-niet"):
        pagina.goto(server.url(f"woonzoektocht/#{anker}"))
        pagina.wait_for_load_state("load")
        pagina.wait_for_timeout(200)
        assert pagina.url == server.url(f"woonzoektocht/#{anker}")


def test_anker_veranderen_op_het_overzicht_stuurt_ook_door(server, contexten):
    pagina = contexten("licht", "desktop")
    pagina.goto(server.url("woonzoektocht/"))
    pagina.wait_for_load_state("load")
    pagina.evaluate("() => { location.hash = 'de-installatiepremie'; }")
    pagina.wait_for_url(server.url("woonzoektocht/ocmw/#de-installatiepremie"))


def test_script_alleen_op_het_overzicht(server):
    overzicht = (server.map / "woonzoektocht" / "index.html").read_text(encoding="utf-8")
    assert re.search(r'<script src="\.\./assets/javascripts/oude-ankers\.js" data-vzw-ankers="', overzicht)
    for pad in ("woonzoektocht/zoeken/index.html", "index.html", "woordenlijst/index.html"):
        assert "oude-ankers.js" not in (server.map / pad).read_text(encoding="utf-8"), pad
