"""Zoeken in het Nederlands: wat een vrijwilliger intypt, geeft de juiste pagina als eerste.

We gebruiken de echte zoekfunctie van Material (zoekveld, web worker met lunr, resultatenlijst)
en lezen de link van het eerste resultaat.

Keuze van de lunr-stemmer (mkdocs.yml, plugins > search) – beslist met deze tests:
  We houden `search: lang: nl` zonder `pipeline`, dus zonder stemmer. Gemeten met deze vragen op
  dezelfde build met vijf instellingen:
  - `lang: nl`, `lang: [nl, en]` en zonder lang (Material neemt dan de taal van het thema, nl)
    geven precies dezelfde volgorde: Materials standaard-`pipeline` is alleen `stopWordFilter`;
    `lang` kiest dus enkel de lijst met stopwoorden. `[nl, en]` laadt er lunr.multi bij, zonder
    winst, en Engelse stopwoorden haalt niemand hier weg.
  - Met `pipeline: [stemmer, stopWordFilter, trimmer]` (nl, en of nl+en) wordt het slechter:
    "plaatsbeschrijving", "verhuurders", "eigenaars" en "huurcontracten" vinden niets meer en
    "verzekering vrijwilligers" zakt. Material zet achter elk zoekwoord een `*` (zoeken terwijl je
    typt) en lunr laat zulke wildcardtermen niet door de stemmer: de index bevat dan "verzeker",
    de vraag blijft "verzekering*". Zonder stemmer vindt een enkelvoud wel elk meervoud
    ("waarborg*" vindt "waarborgen"), maar een meervoud vindt alleen teksten waarin dat meervoud
    zelf staat: daarom test "waarborgen" of de tekst dat woord ook echt gebruikt.
"""
from __future__ import annotations

from urllib.parse import urlparse

import pytest

from browserhulp import open_zoeken
from draaiboek import catalogus

# Vraag -> pagina's die als eerste resultaat goed zijn (paden zoals in de sitemap).
# Material rangschikt per sectie (titels wegen 1000x zwaarder). Komt een ander hoofdstuk met een
# kortere sectie over hetzelfde woord eerst, dan helpt `search: boost: 1.5` in de front matter
# van de pagina's van de woonzoektocht ("discriminatie" en "verhuurders" op 27-11-2026; 2 duwde
# "verzekering vrijwilligers" naar de woonzoektocht). Sinds de woonzoektocht deelpagina's per
# taak heeft (30-11-2026), moet een vraag op de deelpagina van die taak landen.
VRAGEN = {
    "huurwaarborg": {"woonzoektocht/huurcontract-en-waarborg/"},
    "plaatsbeschrijving": {"woonzoektocht/huurcontract-en-waarborg/"},
    "verzekering vrijwilligers": {"opstarten/vrijwilligers/"},
    "discriminatie": {"woonzoektocht/discriminatie/"},
    # Het OCMW komt in veel hoofdstukken terug; goed is een pagina die uitlegt wat het doet.
    # Sinds de sociale kaart elk OCMW als dienst toont (november 2026), is ook zij een goed antwoord.
    "OCMW": {"woonzoektocht/ocmw/", "lokale-besturen/woonbegeleiding/", "woordenlijst/", "hulp-en-adressen/huren/",
             "sociale-kaart/"},
    # Meervouden van woorden die de tekst vooral in het enkelvoud gebruikt ("verhuurder",
    # "waarborg"). Er is geen stemmer (zie boven): ze vinden hun pagina omdat die ook het
    # meervoud gebruikt.
    "verhuurders": {"woonzoektocht/zoeken/", "lokale-besturen/meer-woningen/", "lokale-besturen/woonbegeleiding/"},
    "waarborgen": {"woonzoektocht/huurcontract-en-waarborg/"},
}

# "waarborgen": zonder stemmer vindt een meervoud alleen teksten waarin dat meervoud zelf staat
# (zie boven). De woonzoektocht gebruikt het meervoud bij de vier vormen van huurwaarborg; valt
# het daar weg, dan faalt deze test en weet je waarom.

KLAAR = "overeenkomend"  # "1 overeenkomend document", "5 overeenkomende documenten"
GEEN = "Geen overeenkomende"


def zoek(pagina, origin: str, vraag: str) -> tuple[list[str], str]:
    """Typ de vraag in het zoekveld; geef de paden van de resultaten en de meldingstekst."""
    pagina.goto(origin + "/", wait_until="load")
    open_zoeken(pagina)
    veld = pagina.locator("input.md-search__input")
    veld.press_sequentially(vraag, delay=20)
    meta = pagina.locator(".md-search-result__meta")
    # Wacht tot de worker klaar is en een antwoord op precies deze vraag toont.
    pagina.wait_for_function(
        """([klaar, geen]) => {
             const m = document.querySelector('.md-search-result__meta');
             return m && (m.textContent.includes(klaar) || m.textContent.includes(geen));
           }""",
        arg=[KLAAR, GEEN],
    )
    pagina.wait_for_timeout(300)  # laatste toetsaanslag verwerkt; lijst staat stil
    # Material groepeert per pagina: elk <li> begint met de link naar de pagina zelf.
    hrefs = pagina.eval_on_selector_all(
        ".md-search-result__list > li.md-search-result__item",
        "items => items.map(li => li.querySelector('a.md-search-result__link').getAttribute('href'))",
    )
    paden = [urlparse(h).path.lstrip("/") for h in hrefs]
    return paden, meta.inner_text().strip()


@pytest.mark.parametrize("vraag", list(VRAGEN))
def test_zoekvraag_geeft_juiste_pagina_eerst(server, contexten, vraag):
    pagina = contexten("licht", "desktop")
    paden, melding = zoek(pagina, server.origin, vraag)
    assert paden, f"{vraag!r}: geen resultaten ({melding})"
    assert paden[0] in VRAGEN[vraag], (
        f"{vraag!r}: eerste resultaat is /{paden[0]}, verwacht een van "
        f"{sorted('/' + p for p in VRAGEN[vraag])}; volgorde: {['/' + p for p in paden[:6]]}"
    )


def test_zoeken_op_telefoon(server, contexten):
    """Op 375 px opent het vergrootglas het zoekvenster en werkt zoeken net zo."""
    pagina = contexten("licht", "telefoon")
    paden, melding = zoek(pagina, server.origin, "plaatsbeschrijving")
    assert paden, melding


# Veertig en meer vragen zoals lezers ze typen (issue 11): het alledaagse woord, een synoniem uit
# de woordenlijst, een plaatsnaam. Vraag -> pagina's die als eerste resultaat goed zijn.
# De catalogus: het overzicht en de deelpagina's met de volledige kaarten (draaiboek/catalogus.py).
CATALOGUS = {"praktijkvoorbeelden/", *(f"praktijkvoorbeelden/{d.slug}/" for d in catalogus.DELEN)}

ECHTE_VRAGEN = {
    "vrijwilligersvergoeding": {"opstarten/vrijwilligers/", "woordenlijst/"},
    "kostenvergoeding": {"opstarten/vrijwilligers/", "woordenlijst/"},
    "waarborg": {"woonzoektocht/huurcontract-en-waarborg/"},
    "huurwaarborg": {"woonzoektocht/huurcontract-en-waarborg/"},
    # "verhuurder": Contact met verhuurders, of het leefloon dat het OCMW aan de verhuurder betaalt.
    "verhuurder": {"woonzoektocht/zoeken/", "woonzoektocht/ocmw/"},
    "huur opzeggen": {"woonzoektocht/huurcontract-en-waarborg/"},
    "huurprijs": {"woonzoektocht/huurcontract-en-waarborg/"},
    "opvang verlaten": {"eerste-stappen/", "waarom-woonondersteuning/"},
    "eerste stappen": {"eerste-stappen/"},
    "erkenning": {"eerste-stappen/"},
    "leefloon": {"woonzoektocht/ocmw/"},
    "installatiepremie": {"woonzoektocht/ocmw/"},
    "huurpremie": {"woonzoektocht/sociale-huur/"},
    "huursubsidie": {"woonzoektocht/sociale-huur/"},
    "sociale woning": {"woonzoektocht/sociale-huur/", "waarom-woonondersteuning/woningmarkt/"},
    "plaatsbeschrijving": {"woonzoektocht/huurcontract-en-waarborg/"},
    "huurcontract": {"woonzoektocht/huurcontract-en-waarborg/"},
    "indexering": {"woonzoektocht/huurcontract-en-waarborg/"},
    "discriminatie melden": {"woonzoektocht/discriminatie/"},
    "VMRI": {"woonzoektocht/discriminatie/", "hulp-en-adressen/discriminatie/", "hulp-en-adressen/"},
    # De sociale kaart toont de huurdersbond van elke gemeente als lokale dienst (zoals het OCMW):
    # sinds de opsplitsing van Een initiatief opstarten (30-11-2026) komt ze soms eerst.
    "huurdersbond": {"hulp-en-adressen/huren/", "woonzoektocht/wat-nu/", "opstarten/partners/", "sociale-kaart/"},
    "woningfonds": {"woonzoektocht/huurcontract-en-waarborg/", "hulp-en-adressen/huren/", "hulp-en-adressen/"},
    "inburgering": {"woonzoektocht/sociale-huur/"},
    "taalvereiste": {"woonzoektocht/sociale-huur/"},
    "verzekering vrijwilligers": {"opstarten/vrijwilligers/"},
    "gratis verzekering": {"opstarten/vrijwilligers/"},
    "trauma": {"bijsturen/stress-en-trauma/"},
    "psycholoog": {"bijsturen/stress-en-trauma/"},
    "groot gezin": {"woonzoektocht/zoeken/"},
    "rolstoel": {"woonzoektocht/zoeken/"},
    # "EPC": het energielabel bij de bezichtiging, of de indexering van de huur volgens dat label.
    "EPC": {"woonzoektocht/bezichtigen/", "woonzoektocht/huurcontract-en-waarborg/"},
    "conformiteitsattest": {"woonzoektocht/bezichtigen/"},
    "privacy": {"opstarten/privacy/", "evalueren/tellen/", "evalueren/checklist/"},
    "Melding Tijdelijk Wonen": {"opstarten/vormen/", *CATALOGUS},
    "Housing First": {"lokale-besturen/housing-first/"},
    "praktijktesten": {"lokale-besturen/discriminatie/"},
    "uithuiszetting": {"woonzoektocht/ocmw/", "evalueren/vragen-per-doel/"},
    "woonmaatschappij": {"woonzoektocht/sociale-huur/"},
    "tolk": {"bijsturen/vrijwilligers/"},
    # De sociale kaart staat per provincie op een eigen pagina (sociale-kaart/<provincie>/).
    "buddy": {"opstarten/vormen/", *CATALOGUS, "sociale-kaart/oost-vlaanderen/", "sociale-kaart/heel-vlaanderen/"},
    "Gent": {"sociale-kaart/oost-vlaanderen/", *CATALOGUS, "lokale-besturen/samenwerking/"},
    "Leuven": {"sociale-kaart/vlaams-brabant/", *CATALOGUS},
    "Brugge": {"sociale-kaart/west-vlaanderen/", *CATALOGUS},
    "verhuizen": {"woonzoektocht/verhuizen/"},
}


def test_veertig_echte_zoekvragen(server, contexten):
    """Alle vragen in één browser; de test meldt elke vraag die niet op de juiste pagina landt."""
    assert len(ECHTE_VRAGEN) >= 40
    pagina = contexten("licht", "desktop")
    fout = []
    for vraag, goed in ECHTE_VRAGEN.items():
        paden, melding = zoek(pagina, server.origin, vraag)
        if not paden or paden[0] not in goed:
            fout.append(f"{vraag!r}: eerste {['/' + p for p in paden[:4]]} ({melding}); verwacht {sorted(goed)}")
    assert not fout, "\n".join(fout)


def test_bronnenpagina_staat_niet_in_de_zoekresultaten(server, contexten):
    pagina = contexten("licht", "desktop")
    paden, _ = zoek(pagina, server.origin, "geraadpleegd")
    assert "bronnen/" not in paden
