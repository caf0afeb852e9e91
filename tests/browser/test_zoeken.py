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

# Vraag -> pagina's die als eerste resultaat goed zijn (paden zoals in de sitemap).
# Material rangschikt per sectie (titels wegen 1000x zwaarder). Komt een ander hoofdstuk met een
# kortere sectie over hetzelfde woord eerst, dan helpt `search: boost: 1.5` in de front matter
# van woonzoektocht.md ("discriminatie" en "verhuurders" op 27-11-2026; 2 duwde
# "verzekering vrijwilligers" naar de woonzoektocht).
VRAGEN = {
    "huurwaarborg": {"woonzoektocht/"},
    "plaatsbeschrijving": {"woonzoektocht/"},
    "verzekering vrijwilligers": {"opstarten/"},
    "discriminatie": {"woonzoektocht/"},
    # Het OCMW komt in veel hoofdstukken terug; goed is een pagina die uitlegt wat het doet.
    # Sinds de sociale kaart elk OCMW als dienst toont (november 2026), is ook zij een goed antwoord.
    "OCMW": {"woonzoektocht/", "lokale-besturen/", "woordenlijst/", "hulp-en-adressen/", "sociale-kaart/"},
    # Meervouden van woorden die de tekst vooral in het enkelvoud gebruikt ("verhuurder",
    # "waarborg"). Er is geen stemmer (zie boven): ze vinden hun pagina omdat die ook het
    # meervoud gebruikt.
    "verhuurders": {"woonzoektocht/", "lokale-besturen/"},
    "waarborgen": {"woonzoektocht/"},
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
ECHTE_VRAGEN = {
    "vrijwilligersvergoeding": {"opstarten/", "woordenlijst/"},
    "kostenvergoeding": {"opstarten/", "woordenlijst/"},
    "waarborg": {"woonzoektocht/"},
    "huurwaarborg": {"woonzoektocht/"},
    "verhuurder": {"woonzoektocht/"},
    "huur opzeggen": {"woonzoektocht/"},
    "huurprijs": {"woonzoektocht/"},
    "opvang verlaten": {"eerste-stappen/", "waarom-woonondersteuning/"},
    "eerste stappen": {"eerste-stappen/"},
    "erkenning": {"eerste-stappen/"},
    "leefloon": {"woonzoektocht/"},
    "installatiepremie": {"woonzoektocht/"},
    "huurpremie": {"woonzoektocht/"},
    "huursubsidie": {"woonzoektocht/"},
    "sociale woning": {"woonzoektocht/", "waarom-woonondersteuning/"},
    "plaatsbeschrijving": {"woonzoektocht/"},
    "huurcontract": {"woonzoektocht/"},
    "indexering": {"woonzoektocht/"},
    "discriminatie melden": {"woonzoektocht/"},
    "VMRI": {"woonzoektocht/", "hulp-en-adressen/"},
    "huurdersbond": {"hulp-en-adressen/", "woonzoektocht/", "opstarten/"},
    "woningfonds": {"woonzoektocht/", "hulp-en-adressen/"},
    "inburgering": {"woonzoektocht/"},
    "taalvereiste": {"woonzoektocht/"},
    "verzekering vrijwilligers": {"opstarten/"},
    "gratis verzekering": {"opstarten/"},
    "trauma": {"bijsturen/"},
    "psycholoog": {"bijsturen/"},
    "groot gezin": {"woonzoektocht/"},
    "rolstoel": {"woonzoektocht/"},
    "EPC": {"woonzoektocht/"},
    "conformiteitsattest": {"woonzoektocht/"},
    "privacy": {"opstarten/", "evalueren/"},
    "Melding Tijdelijk Wonen": {"opstarten/", "praktijkvoorbeelden/"},
    "Housing First": {"lokale-besturen/"},
    "praktijktesten": {"lokale-besturen/"},
    "uithuiszetting": {"woonzoektocht/", "evalueren/"},
    "woonmaatschappij": {"woonzoektocht/"},
    "tolk": {"bijsturen/"},
    "buddy": {"opstarten/", "praktijkvoorbeelden/", "sociale-kaart/"},
    "Gent": {"sociale-kaart/", "praktijkvoorbeelden/", "lokale-besturen/"},
    "Leuven": {"sociale-kaart/", "praktijkvoorbeelden/"},
    "Brugge": {"sociale-kaart/", "praktijkvoorbeelden/"},
    "verhuizen": {"woonzoektocht/"},
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
