"""De sociale kaart in deelpagina's: oude links naar de ene pagina van vroeger komen terecht.

/sociale-kaart/ is het overzicht met de gemeentezoeker; initiatieven en gemeenten staan op een
pagina per provincie, de lokale diensten op hun eigen pagina. Een oude link als
/sociale-kaart/#gemeente-hasselt of #initiatief-<id> gaat via oude-ankers.js (met de kaart in
sociale-kaart/oude-ankers.json, pas opgehaald als het anker niet op het overzicht staat) naar de
juiste deelpagina en kop.
"""
from __future__ import annotations

import json

import pytest


def _kaart(server) -> dict[str, str]:
    return json.loads((server.map / "sociale-kaart" / "oude-ankers.json").read_text(encoding="utf-8"))


def _eerste_initiatief(server, deel: str) -> str:
    return next(a for a, d in sorted(_kaart(server).items()) if d == deel and a.startswith("initiatief-"))


@pytest.mark.parametrize("anker,deelpagina", [
    ("gemeente-hasselt", "limburg/"),
    ("gemeente-elsene", "brussel/"),
    ("kaart-antwerpen", "antwerpen/"),
    ("kaart-heel-vlaanderen-en-brussel", "heel-vlaanderen/"),
    ("dienst-caw-limburg", "lokale-diensten/"),
    ("initiatief", "oost-vlaanderen/"),
    ("initiatief", "heel-vlaanderen/"),
])
def test_oud_anker_van_de_sociale_kaart_landt_op_de_deelpagina(server, contexten, anker, deelpagina):
    if anker == "initiatief":
        anker = _eerste_initiatief(server, deelpagina)
    assert _kaart(server)[anker] == deelpagina
    pagina = contexten("licht", "telefoon")
    pagina.goto(server.url(f"sociale-kaart/#{anker}"))
    pagina.wait_for_url(server.url(f"sociale-kaart/{deelpagina}#{anker}"))
    pagina.wait_for_load_state("load")
    assert pagina.locator(f"#{anker}").count() == 1
    pagina.wait_for_function(
        """(id) => { const el = document.getElementById(id); const r = el.getBoundingClientRect();
                     return r.top >= -2 && r.top < window.innerHeight; }""", arg=anker)


def test_ankers_op_het_overzicht_blijven_en_de_kaart_laadt_alleen_als_het_moet(server, contexten):
    pagina = contexten("licht", "desktop")
    verzoeken: list[str] = []
    pagina.on("request", lambda r: verzoeken.append(r.url))
    for anker in ("", "#alle-initiatieven", "#zoek-je-gemeente-of-postcode"):
        pagina.goto("about:blank")
        verzoeken.clear()
        pagina.goto(server.url(f"sociale-kaart/{anker}"))
        pagina.wait_for_load_state("load")
        pagina.wait_for_timeout(200)
        assert pagina.url == server.url(f"sociale-kaart/{anker}")
        assert not [u for u in verzoeken if u.endswith(("oude-ankers.json", "gemeenten.json"))], anker
    pagina.goto(server.url("sociale-kaart/#bestaat-niet"))
    pagina.wait_for_load_state("load")
    pagina.wait_for_timeout(300)
    assert pagina.url == server.url("sociale-kaart/#bestaat-niet")
    assert [u for u in verzoeken if u.endswith("/sociale-kaart/oude-ankers.json")]
