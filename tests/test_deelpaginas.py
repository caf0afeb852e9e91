"""Hoofdstukken met deelpagina's (draaiboek/deelpaginas.py): de kaart van de oude ankers en het
hoofdstuk dat op papier weer één hoofdstuk is. Eerst gewone Python, dan de echte build."""
from __future__ import annotations

import html as htmllib
import json
import re

import pytest

from draaiboek import boek, deelpaginas

# ---------------------------------------------------------------------------
# Sleutels en kaart
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("url,sleutel", [("", "index"), ("opstarten/", "opstarten"),
                                         ("woonzoektocht/", "woonzoektocht"),
                                         ("woonzoektocht/zoeken/", "woonzoektocht-zoeken")])
def test_paginasleutel_zoals_print_site(url, sleutel):
    from mkdocs_print_site_plugin.urls import get_page_key

    assert deelpaginas.paginasleutel(url) == sleutel == get_page_key(url)


@pytest.mark.parametrize("src,sleutel", [("index.md", "index"), ("opstarten.md", "opstarten"),
                                         ("woonzoektocht/index.md", "woonzoektocht"),
                                         ("woonzoektocht/bezichtigen.md", "woonzoektocht")])
def test_hoofdstuksleutel_van_een_deelpagina_is_die_van_haar_map(src, sleutel):
    assert deelpaginas.hoofdstuksleutel(src) == sleutel


OVERZICHT = '<h1 id="hoofdstuk">Hoofdstuk</h1><h2 id="verwachtingen">Verwachtingen</h2>'
ZOEKEN = '<h1 id="zoeken">Zoeken</h1><p>x</p><h2 id="zoeksites">Zoeksites</h2><sup id="fnref:a">1</sup>'
WAARBORG = '<h1 id="waarborg">De waarborg</h1><h3 id="hoeveel">Hoeveel?</h3><h2 id="verwachtingen">Verwachtingen</h2>'


def test_kaart_van_elke_kop_naar_zijn_deelpagina():
    kaart = deelpaginas.ankerkaart(OVERZICHT, [("zoeken/", ZOEKEN), ("waarborg/", WAARBORG)])
    assert kaart == {"zoeken": "zoeken/", "zoeksites": "zoeken/", "waarborg": "waarborg/", "hoeveel": "waarborg/"}
    # een anker dat op het overzicht zelf staat, stuurt niemand weg; een voetnoot is geen kop


def test_dezelfde_kop_op_twee_deelpaginas_is_een_fout():
    with pytest.raises(deelpaginas.DeelpaginaFout, match=r'"#zoeksites" staat op twee deelpagina\'s \(zoeken/ en ander/\)'):
        deelpaginas.ankerkaart(OVERZICHT, [("zoeken/", ZOEKEN), ("ander/", '<h2 id="zoeksites">Zoeksites</h2>')])


def test_scripttag_met_de_kaart_ontsnapt_in_een_attribuut():
    tag = deelpaginas.script_tag("../assets/javascripts/oude-ankers.js", {"a\"b": "x/<y>/"})
    assert tag.startswith('<script src="../assets/javascripts/oude-ankers.js" data-vzw-ankers="')
    data = re.search(r'data-vzw-ankers="([^"]*)"', tag).group(1)
    assert json.loads(htmllib.unescape(data)) == {"a\"b": "x/<y>/"}
    assert "<y>" not in tag


def test_scripttag_met_een_grote_kaart_noemt_alleen_het_bestand():
    """Een grote kaart (de sociale kaart) staat in een bestand naast het overzicht: de pagina draagt
    alleen de naam, oude-ankers.js haalt het op als een anker niet op het overzicht staat."""
    groot = {f"gemeente-{n}": "limburg/" for n in range(400)}
    assert len(deelpaginas.kaart_json(groot)) > deelpaginas.GROTE_KAART
    assert len(deelpaginas.kaart_json({"a": "zoeken/"})) < deelpaginas.GROTE_KAART
    tag = deelpaginas.script_tag("../assets/javascripts/oude-ankers.js", groot, "oude-ankers.json")
    assert tag == ('<script src="../assets/javascripts/oude-ankers.js" '
                   'data-vzw-ankers-bestand="oude-ankers.json"></script>')
    assert json.loads(deelpaginas.kaart_json(groot)) == groot


# ---------------------------------------------------------------------------
# Afdrukpagina: één hoofdstuk
# ---------------------------------------------------------------------------

AFDRUK = """<html><head></head><body><div id="print-site-page" class="print-site-enumerate-headings">
<section class="print-page" id="start" heading-number="1"><h1 id="start-start">Start</h1>
<p>Lees <a href="#gids-zoeken-zoeksites">zoeksites</a>, <a href="#gids-waarborg">de waarborg</a> en <a href="#gids">de gids</a>.</p>
</section>
                    <section class='print-page md-section' id='section-2' heading-number='2'>
                        <h1>Gids<a class='headerlink' href='#section-2' title='Permanent link'></a>
                        </h1>
                    <section class="print-page" id="gids" heading-number="2.1"><h1 id="gids-gids">Gids</h1>
<h2 id="gids-verwachtingen">Verwachtingen</h2><p><a href="#gids-zoeken-zoeksites">verder</a></p>
</section><section class="print-page" id="gids-zoeken" heading-number="2.2"><h1 id="gids-zoeken-zoeken">Zoeken</h1>
<h2 id="gids-zoeken-zoeksites">Zoeksites</h2><p>Tekst.<sup id="gids-zoeken-fnref:a"><a class="footnote-ref" href="#gids-zoeken-fn:a">1</a></sup>
<a href="#gids-zoeken-zoeksites">hier</a></p>
<div class="footnote"><ol><li id="gids-zoeken-fn:a"><p>Bron.<a class="footnote-backref" href="#gids-zoeken-fnref:a">x</a></p></li></ol></div>
</section><section class="print-page" id="gids-waarborg" heading-number="2.3"><h1 id="gids-waarborg-de-waarborg">De waarborg</h1>
<h2 id="gids-waarborg-checklist-waarborg">Checklist waarborg</h2><h6 id="gids-waarborg-klein">Klein</h6>
</section></section><section class="print-page" id="einde" heading-number="3"><h1 id="einde-einde">Einde</h1>
<p><a href="#gids-waarborg-checklist-waarborg">checklist</a></p></section>
</div><style>.print-site-enumerate-headings #start > h1:before { content: '1 ' }
.print-site-enumerate-headings #section-2 > h1:before { content: '2 ' }
.print-site-enumerate-headings #gids > h1:before { content: '2.1 ' }
.print-site-enumerate-headings #gids-zoeken > h1:before { content: '2.2 ' }</style></body></html>"""


def test_sectie_wordt_een_hoofdstuk_met_de_deelpaginas_als_secties():
    uit = deelpaginas.als_een_hoofdstuk(AFDRUK)
    assert "md-section" not in uit and 'href="#section-2"' not in uit and "id='section-2'" not in uit
    delen = boek.hoofdstukken(uit)
    assert [(h.sleutel, h.nummer, h.titel.tekst) for h in delen] == [
        ("start", "1", "Start"), ("gids", "2", "Gids"), ("einde", "3", "Einde")]
    assert [(s.nummer, s.id, s.tekst) for s in delen[1].secties] == [
        ("2.1", "gids-verwachtingen", "Verwachtingen"), ("2.2", "gids-zoeken", "Zoeken"),
        ("2.3", "gids-de-waarborg", "De waarborg")]
    # de h2 van een deelpagina wordt een h3, een h6 blijft h6
    assert '<h3 id="gids-zoeksites">Zoeksites</h3>' in uit
    assert '<h3 id="gids-checklist-waarborg">Checklist waarborg</h3>' in uit
    assert '<h6 id="gids-klein">Klein</h6>' in uit
    assert uit.count('<section class="print-page"') == 3 and uit.count("</section>") == 3


def test_links_en_ids_met_de_sleutel_van_het_hoofdstuk_voetnoten_niet():
    uit = deelpaginas.als_een_hoofdstuk(AFDRUK)
    assert 'href="#gids-zoeksites">zoeksites' in uit           # uit een ander hoofdstuk
    assert 'href="#gids-zoeksites">verder' in uit              # uit het overzicht
    assert 'href="#gids-zoeksites">hier' in uit                # binnen de deelpagina
    assert 'href="#gids-checklist-waarborg">checklist' in uit  # van na het hoofdstuk
    assert 'href="#gids-de-waarborg">de waarborg' in uit       # naar de deelpagina zelf: haar titel
    assert 'href="#gids">de gids' in uit
    assert 'id="gids-zoeken-fnref:a"' in uit and 'href="#gids-zoeken-fn:a"' in uit
    assert 'id="gids-zoeken-fn:a"' in uit and 'href="#gids-zoeken-fnref:a"' in uit
    ids = re.findall(r'\bid="([^"]+)"', uit)
    for doel in re.findall(r'href="#([^"]+)"', uit):
        assert doel in ids, f"link naar #{doel} wijst naar niets"


def test_nummering_van_print_site_volgt_het_hoofdstuk():
    uit = deelpaginas.als_een_hoofdstuk(AFDRUK)
    assert "#gids > h1:before { content: '2 ' }" in uit
    assert "#gids h2:before { content: '2.' counter(counter-gids-2) ' ' }" in uit
    assert "#gids h2 { counter-increment: counter-gids-2 }" in uit


def test_afdrukpagina_zonder_sectie_blijft_dezelfde():
    html = AFDRUK[:AFDRUK.index("<section class='print-page md-section'")] + "</div></body></html>"
    assert deelpaginas.als_een_hoofdstuk(html) == html


def test_dubbel_anker_na_het_samenvoegen_is_een_fout():
    html = AFDRUK.replace('<h2 id="gids-zoeken-zoeksites">', '<h2 id="gids-zoeken-verwachtingen">')
    with pytest.raises(deelpaginas.DeelpaginaFout, match=r'"#gids-verwachtingen" staat twee keer'):
        deelpaginas.als_een_hoofdstuk(html)


def test_anker_op_het_overzicht_met_de_naam_van_een_deelpagina_is_een_fout():
    html = AFDRUK.replace('<h2 id="gids-verwachtingen">', '<h2 id="gids-zoeken-tips">')
    with pytest.raises(deelpaginas.DeelpaginaFout, match=r'"#gids-zoeken-tips" buiten de deelpagina'):
        deelpaginas.als_een_hoofdstuk(html)


# ---------------------------------------------------------------------------
# De echte build: de woonzoektocht
# ---------------------------------------------------------------------------

# De koppen van elk opgesplitst hoofdstuk toen het één pagina was (tot 30 november 2026), in
# volgorde. Elke oude link naar /<hoofdstuk>/#<anker> moet blijven werken.
OUDE_ANKERS = {
    "woonzoektocht": [
        "de-woonzoektocht-begeleiden", "verwachtingen-bespreken", "een-woning-zoeken", "zoeksites-en-platformen",
        "je-netwerk-inschakelen", "gestructureerd-bellen-met-een-gedeelde-lijst",
        "grote-gezinnen-en-mensen-met-een-beperking", "contact-met-verhuurders", "discriminatie-herkennen-en-melden",
        "wat-is-verboden", "bewijs-verzamelen", "waar-meld-je", "een-woning-bezichtigen", "let-op-het-energielabel",
        "het-conformiteitsattest", "gebreken-na-het-intrekken", "checklist-bezichtiging", "het-huurcontract",
        "duur-en-opzeg", "registratie", "de-plaatsbeschrijving", "verzekering-tegen-brand-en-waterschade",
        "indexering-van-de-huur", "de-huurwaarborg", "hoeveel-en-in-welke-vorm", "hulp-van-het-ocmw",
        "de-huurwaarborglening-van-het-vlaams-woningfonds", "checklist-huurcontract-en-waarborg", "steun-van-het-ocmw",
        "het-leefloon-en-betaling-aan-de-verhuurder", "de-installatiepremie", "huurachterstand-en-uithuiszetting-voorkomen",
        "sociale-huisvesting-en-huurpremie", "van-huisvestingsmaatschappij-en-svk-naar-woonmaatschappij",
        "inschrijven-als-kandidaat-huurder", "taalvereiste", "inburgering-tijd-en-kosten", "lokale-binding",
        "wachtlijsten", "de-vlaamse-huurpremie", "de-vlaamse-huursubsidie", "verhuizen-en-inrichten",
        "voor-de-verhuisdag", "na-de-verhuis", "kennismaken-met-de-buren", "wat-nu", "praktijkvoorbeelden-die-passen",
        "bij-wie-kan-je-terecht",
    ],
    "opstarten": [
        "een-initiatief-opstarten", "kijk-eerst-rond", "wat-is-er-nodig", "wie-doet-al-wat",
        "vormen-van-woonondersteuning", "woningen-zoeken-en-verhuurders-bellen", "meegaan-naar-bezichtigingen",
        "administratieve-hulp", "verhuizen-en-inrichten", "buddy-en-duowerkingen",
        "inhuren-en-onderverhuren-via-een-vzw", "samenwonen-en-melding-tijdelijk-wonen", "cohousing",
        "tijdelijk-gebruik-van-leegstaande-gebouwen", "woon-of-housingcafes", "de-vormen-naast-elkaar",
        "kies-een-organisatievorm", "een-feitelijke-vereniging", "een-vzw",
        "verbonden-aan-een-lokaal-bestuur-of-caw-of-niet", "rechten-en-plichten-van-vrijwilligers",
        "de-informatieplicht", "verzekering-burgerlijke-aansprakelijkheid",
        "de-gratis-verzekering-van-de-vlaamse-overheid", "kostenvergoeding",
        "privacy-welke-gegevens-mag-je-bijhouden", "dezelfde-regels-in-heel-europa", "bijzondere-gegevens",
        "zo-pak-je-het-aan", "geld-en-logistiek", "lokalen-opslag-en-vervoer", "kleine-fondsen",
        "een-eenvoudige-kas", "partners-en-doorverwijzing", "ocmw-en-caw", "agentschap-integratie-en-inburgering",
        "de-infolijn-van-vluchtelingenwerk-vlaanderen", "gastvrij-netwerk", "de-nieuwe-buren",
        "huurdersbond-en-woonloket", "overzicht-wie-helpt-waarmee", "checklist-voor-de-start", "rondkijken",
        "werking", "organisatie", "vrijwilligers", "privacy", "geld-en-logistiek_1", "partners", "wat-nu",
        "praktijkvoorbeelden-die-passen", "wie-kan-je-helpen",
    ],
    "bijsturen": [
        "bijsturen-als-het-moeilijk-wordt", "signalen-dat-je-moet-bijsturen", "als-de-vraag-te-groot-wordt",
        "waarom-de-vraag-groter-is-dan-je-aanbod", "een-wachtlijst-die-eerlijk-werkt",
        "nee-zeggen-zonder-iemand-in-de-kou-te-laten", "prioriteiten-stellen", "zorg-voor-je-vrijwilligers",
        "psychosociale-steun", "lotgenoten-en-intervisie", "vorming", "tolken",
        "duidelijke-afspraken-beschermen-vrijwilligers", "stress-en-trauma-tijdens-de-zoektocht",
        "waar-je-grens-ligt", "waar-je-naar-doorverwijst", "juridische-vragen-zoek-het-antwoord-gok-niet",
        "verblijfsrecht-en-vreemdelingenrecht", "huurrecht", "discriminatie", "geld-ruimte-en-materiaal",
        "delen-met-andere-organisaties", "geld-zoeken-en-beheren", "samenwerken-met-het-lokaal-bestuur",
        "waarom-je-de-gemeente-nodig-hebt", "een-taskforce-of-een-vast-overleg",
        "professionele-woonbegeleiding", "afspraken-op-papier", "wat-nu", "praktijkvoorbeelden-die-passen",
        "bij-wie-je-terechtkunt",
    ],
    "waarom-woonondersteuning": [
        "waarom-woonondersteuning", "van-asielaanvraag-tot-eigen-woning", "opvang-tijdens-de-procedure",
        "een-opvangnetwerk-onder-druk", "de-erkenning", "twee-maanden-om-de-opvang-te-verlaten",
        "over-hoeveel-mensen-gaat-het", "aanvragen-en-beschermingen-per-jaar", "waar-gaan-ze-wonen",
        "een-krappe-woningmarkt", "de-private-huurmarkt", "sociale-huur-een-lange-wachtlijst", "discriminatie",
        "zonder-adres-geen-leefloon", "solidariteit-sinds-2015", "burgers-springen-bij",
        "het-einde-van-tijdelijke-steun", "vrijwilligers-kunnen-het-niet-alleen", "wat-nu",
        "praktijkvoorbeelden-die-passen",
    ],
    "lokale-besturen": [
        "wat-lokale-besturen-kunnen-doen", "waarom-het-lokale-bestuur-een-sleutelrol-heeft",
        "meer-woningen-in-de-sociale-huurmarkt", "de-woonmaatschappij-als-partner", "private-eigenaars-overtuigen",
        "premies-die-te-weinig-gebruikt-worden", "professionele-woonbegeleiding",
        "het-ocmw-kan-verhuurders-geruststellen", "lokale-samenwerking", "het-model-van-de-taskforce",
        "discriminatie-op-de-huurmarkt-aanpakken", "melden-bij-het-vlaams-mensenrechteninstituut", "praktijktesten",
        "housing-first", "checklist-voor-een-lokaal-bestuur", "wat-nu", "volgende-stappen",
        "praktijkvoorbeelden-die-passen", "wie-kan-helpen",
    ],
    "evalueren": [
        "evalueren", "waarom-evalueren", "wanneer-evalueren", "vragen-per-doel", "woningen-gevonden",
        "hoe-lang-het-zoeken-duurt", "kwaliteit-en-betaalbaarheid-van-de-woningen",
        "huurcontracten-die-standhouden", "vrijwilligers-die-blijven", "partners-die-je-bereikt",
        "tellen-zonder-dossiers", "een-turflijst-per-maand", "zoektijd-meten-zonder-namen",
        "let-op-kleine-aantallen", "wat-je-niet-bijhoudt-voor-je-evaluatie", "de-vluchtelingen-zelf-betrekken",
        "partners-betrekken", "rapporteren-aan-het-lokaal-bestuur", "structurele-problemen-signaleren",
        "checklist-zelfevaluatie", "doelen-en-resultaten", "mensen", "werking-privacy-en-samenwerking", "wat-nu",
        "praktijkvoorbeelden-die-passen", "bij-wie-je-terechtkunt",
    ],
    "hulp-en-adressen": [
        "hulp-en-adressen", "diensten-voor-heel-vlaanderen", "ik-heb-een-vraag-over-huren", "het-ocmw",
        "het-woonloket-en-de-huurdersbond", "het-vlaams-woningfonds", "ik-heb-een-vraag-over-discriminatie",
        "ik-heb-een-vraag-over-het-verblijf", "het-agentschap-integratie-en-inburgering", "fedasil",
        "ik-heb-een-vraag-over-vrijwilligerswerk", "ik-heb-een-vraag-over-steun-voor-het-initiatief",
        "de-nieuwe-buren", "gastvrij-netwerk", "geld-voor-je-werking", "lokale-initiatieven", "wat-nu",
        "volgende-stappen", "praktijkvoorbeelden-die-passen", "meer-lezen",
    ],
}
# Per hoofdstuk: nummer en de secties (h2) zoals ze na de splitsing op papier staan.
AFDRUK_SECTIES = {
    "woonzoektocht": ("5", "De woonzoektocht begeleiden", [
        "Verwachtingen bespreken", "Een woning zoeken", "Discriminatie herkennen en melden", "Een woning bezichtigen",
        "Het huurcontract en de huurwaarborg", "Steun van het OCMW", "Sociale huisvesting en huurpremie",
        "Verhuizen en inrichten", "Wat nu?"]),
    "opstarten": ("4", "Een initiatief opstarten", [
        "Kijk eerst rond", "Vormen van woonondersteuning", "Kies een organisatievorm",
        "Rechten en plichten van vrijwilligers", "Privacy: welke gegevens mag je bijhouden?", "Geld en logistiek",
        "Partners en doorverwijzing", "Klaar om te starten"]),
    "bijsturen": ("6", "Bijsturen als het moeilijk wordt", [
        "Signalen dat je moet bijsturen", "Als de vraag te groot wordt", "Zorg voor je vrijwilligers",
        "Stress en trauma tijdens de zoektocht", "Juridische vragen: zoek het antwoord, gok niet",
        "Geld, ruimte en materiaal", "Samenwerken met het lokaal bestuur", "Wat nu?"]),
    "waarom-woonondersteuning": ("3", "Waarom woonondersteuning?", [
        "Van asielaanvraag tot eigen woning", "Over hoeveel mensen gaat het?", "Een krappe woningmarkt",
        "Solidariteit sinds 2015", "Wat nu?"]),
    "lokale-besturen": ("8", "Wat lokale besturen kunnen doen", [
        "Waarom het lokale bestuur een sleutelrol heeft", "Meer woningen in de (sociale) huurmarkt",
        "Professionele woonbegeleiding", "Lokale samenwerking", "Discriminatie op de huurmarkt aanpakken",
        "Housing First", "Checklist voor een lokaal bestuur", "Wat nu?"]),
    "evalueren": ("7", "Evalueren", [
        "Waarom evalueren?", "Wanneer evalueren?", "Vragen per doel", "Tellen zonder dossiers",
        "De vluchtelingen zelf betrekken", "Partners betrekken", "Rapporteren aan het lokaal bestuur",
        "Checklist zelfevaluatie", "Wat nu?"]),
    "hulp-en-adressen": ("11", "Hulp en adressen", [
        "Diensten voor heel Vlaanderen", "Ik heb een vraag over huren", "Ik heb een vraag over discriminatie",
        "Ik heb een vraag over het verblijf", "Ik heb een vraag over vrijwilligerswerk",
        "Ik heb een vraag over steun voor het initiatief", "Lokale initiatieven", "Wat nu?"]),
}


def _ids(html: str) -> set[str]:
    return set(re.findall(r'\bid="([^"]+)"', html))


@pytest.mark.parametrize("hoofdstuk", OUDE_ANKERS)
def test_elk_oud_anker_staat_op_het_overzicht_of_in_de_kaart_naar_de_juiste_deelpagina(site, hoofdstuk):
    overzicht = site.html(f"{hoofdstuk}/index.md")
    m = re.search(r'<script src="\.\./assets/javascripts/oude-ankers\.js" data-vzw-ankers="([^"]*)"></script>',
                  overzicht)
    assert m, "het overzicht laadt oude-ankers.js niet"
    kaart = json.loads(htmllib.unescape(m.group(1)))
    hier = _ids(overzicht)
    for anker in OUDE_ANKERS[hoofdstuk]:
        if anker in hier:
            assert anker not in kaart
            continue
        assert anker in kaart, f"oud anker #{anker} leidt nergens heen"
        deel = kaart[anker]
        assert re.fullmatch(r"[a-z-]+/", deel), deel
        assert anker in _ids(site.html(f"{hoofdstuk}/{deel[:-1]}.md")), f"#{anker} staat niet op {deel}"
    assert (site.site / "assets" / "javascripts" / "oude-ankers.js").exists()


@pytest.mark.parametrize("sleutel", AFDRUK_SECTIES)
def test_afdrukpagina_een_hoofdstuk_in_de_oude_volgorde(site, sleutel):
    afdruk = site.afdrukpagina
    delen = boek.hoofdstukken(afdruk)
    sleutels = [h.sleutel for h in delen]
    assert sleutel in sleutels and not [s for s in sleutels if s.startswith(sleutel + "-")]
    nummer, titel, secties = AFDRUK_SECTIES[sleutel]
    h = delen[sleutels.index(sleutel)]
    assert (h.nummer, h.titel.tekst) == (nummer, titel)
    assert delen[sleutels.index(sleutel) + 1].nummer == str(int(nummer) + 1)
    assert [s.tekst for s in h.secties] == secties
    assert [s.nummer for s in h.secties] == [f"{nummer}.{i}" for i in range(1, len(secties) + 1)]
    # elke oude kop staat er, in de oude volgorde, met het oude anker van de afdrukpagina
    stuk = afdruk[h.begin:h.einde]
    plaatsen = [stuk.find(f' id="{sleutel}-{a}"') for a in OUDE_ANKERS[sleutel]]
    assert -1 not in plaatsen, [a for a, p in zip(OUDE_ANKERS[sleutel], plaatsen) if p < 0]
    assert plaatsen == sorted(plaatsen), "de koppen staan niet meer in de oude volgorde"
    # voet: één benoemde pagina voor het hele hoofdstuk
    assert f'section.print-page[id="{sleutel}"]' in afdruk
    assert f'"{nummer} {titel}"' in afdruk
    # de inhoud van het boek noemt het hoofdstuk
    inhoud = afdruk[afdruk.index('id="vzw-inhoud"'):]
    assert f'href="#{h.titel.id}"' in inhoud[:inhoud.index("</section>")]
