"""De tekst van het draaiboek: volledig, eigen woorden, bronnen, datums, afkortingen, leesbaarheid."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from bouwhulp import ROOT, nav_paginas, niet_in_nav
from draaiboek import bronnen, leesbaarheid
from test_site import front_matter

DOCS = ROOT / "docs"
SHARED = ROOT.parent / "shared"

# De hoofdstukken die de inhoudskaart vraagt, in haar volgorde.
HOOFDSTUKKEN = [
    "index.md",
    "waarom-woonondersteuning/index.md",
    "opstarten/index.md",
    "woonzoektocht/index.md",
    "bijsturen/index.md",
    "evalueren/index.md",
    "lokale-besturen/index.md",
    "praktijkvoorbeelden/index.md",
    "sociale-kaart/index.md",
    "hulp-en-adressen/index.md",
    "woordenlijst.md",
    "over-dit-draaiboek.md",
]
# Pagina's waarvan de inhoud (grotendeels) gegenereerd is uit data/ of uit de voetnoten.
GEGENEREERD = {"praktijkvoorbeelden/index.md", "praktijkvoorbeelden/antwerpen-en-limburg.md",
               "praktijkvoorbeelden/andere-provincies.md", "praktijkvoorbeelden/heel-vlaanderen-opstarten.md",
               "praktijkvoorbeelden/heel-vlaanderen-bijsturen.md", "bronnen/index.md",
               "bronnen/bedragen-en-regels.md", "bronnen/a-tot-m.md", "bronnen/n-tot-z.md",
               *(f"sociale-kaart/{p}.md" for p in ("index", "antwerpen", "limburg", "oost-vlaanderen", "vlaams-brabant",
                                                    "west-vlaanderen", "brussel", "heel-vlaanderen", "lokale-diensten"))}
# Hoofdstukken die eindigen met "Wat nu?": wat de lezer daarna doet. Bij een hoofdstuk met
# deelpagina's is "Wat nu?" de laatste deelpagina (met "Wat nu?" als titel).
MET_WAT_NU = [
    "waarom-woonondersteuning/wat-nu.md",
    "opstarten/checklist-en-wat-nu.md",
    "woonzoektocht/wat-nu.md",
    "bijsturen/wat-nu.md",
    "evalueren/wat-nu.md",
    "lokale-besturen/wat-nu.md",
]

ALLE_MD = sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md"))


def test_elk_hoofdstuk_bestaat_en_staat_in_de_navigatie_in_volgorde():
    nav = [bestand for _, bestand in nav_paginas()]
    for bestand in HOOFDSTUKKEN:
        assert (DOCS / bestand).exists(), f"hoofdstuk {bestand} ontbreekt"
        assert bestand in nav, f"hoofdstuk {bestand} staat niet in de navigatie"
    assert [b for b in nav if b in HOOFDSTUKKEN] == HOOFDSTUKKEN
    for bestand in ALLE_MD:
        assert bestand in nav or bestand in niet_in_nav(), f"{bestand} staat niet in de navigatie"


@pytest.mark.parametrize("bestand", ALLE_MD)
def test_elke_pagina_toont_laatst_nagekeken(site, bestand):
    fm = front_matter(bestand)
    assert fm.get("laatst_nagekeken"), f"{bestand}: 'laatst_nagekeken' ontbreekt in de front matter"
    assert fm.get("description"), f"{bestand}: 'description' ontbreekt"
    html = site.html(bestand)
    assert re.search(r'class="vzw-nagekeken">Laatst nagekeken: <time datetime="\d{4}-\d\d-\d\d">', html)


def _woorden(bestand: str) -> int:
    tekst = (DOCS / bestand).read_text(encoding="utf-8")
    tekst = re.sub(r"\A---\n.*?\n---\n", "", tekst, flags=re.S)
    tekst = re.sub(r"^\[\^[^\]]+\]:.*$", "", tekst, flags=re.M)     # voetnoten
    tekst = re.sub(r"\{\{.*?\}\}|\{%.*?%\}", "", tekst, flags=re.S)  # macro's
    tekst = re.sub(r"https?://\S+", "", tekst)
    return len(re.findall(r"[A-Za-zÀ-ÿ]{2,}", tekst))


def test_minstens_15000_woorden_eigen_tekst():
    totaal = sum(_woorden(b) for b in ALLE_MD if b not in GEGENEREERD)
    assert totaal >= 15000, f"de hoofdstukken tellen samen {totaal} woorden, minstens 15.000 nodig"


@pytest.mark.parametrize("bestand", MET_WAT_NU)
def test_hoofdstuk_eindigt_met_wat_nu(bestand):
    tekst = (DOCS / bestand).read_text(encoding="utf-8")
    kop = re.search(r"^#{1,2} Wat nu\?", tekst, re.M)
    assert kop, f"{bestand}: geen sectie '## Wat nu?' (of een deelpagina '# Wat nu?')"
    deel = tekst[kop.start():]
    assert "praktijken(" in deel, f"{bestand}: 'Wat nu?' toont geen praktijkvoorbeelden"
    assert "hulp-en-adressen/" in deel or "sociale-kaart/index.md" in deel, \
        f"{bestand}: 'Wat nu?' zegt niet wie je contacteert"


def test_checklists_bestaan():
    """Startchecklist, bezichtiging, huurcontract en waarborg, zelfevaluatie: als takenlijst."""
    for bestand, woord in [("opstarten/checklist-en-wat-nu.md", "Checklist"), ("woonzoektocht/bezichtigen.md", "Checklist bezichtiging"),
                           ("woonzoektocht/huurcontract-en-waarborg.md", "Checklist huurcontract en waarborg"),
                           ("evalueren/checklist.md", "Checklist zelfevaluatie")]:
        tekst = (DOCS / bestand).read_text(encoding="utf-8")
        assert woord in tekst, f"{bestand}: '{woord}' ontbreekt"
        assert len(re.findall(r"^\s*- \[ \] ", tekst, re.M)) >= 8, f"{bestand}: te weinig afvinkpunten"


@pytest.mark.parametrize("bestand", ALLE_MD)
def test_leesbaarheid(bestand):
    uitslag = leesbaarheid.analyseer(DOCS / bestand)
    te_lang = uitslag.lange_zinnen()
    assert not te_lang, f"{bestand}: zinnen van meer dan {leesbaarheid.MAX_ZIN} woorden:\n" + "\n".join(
        f"  - ({leesbaarheid.aantal_woorden(z)} woorden) {z}" for z in te_lang)
    assert uitslag.gemiddelde <= leesbaarheid.MAX_GEMIDDELD, (
        f"{bestand}: gemiddeld {uitslag.gemiddelde:.1f} woorden per zin (max {leesbaarheid.MAX_GEMIDDELD})")


def test_elke_voetnoot_heeft_adres_en_datum_en_staat_op_de_bronnenpagina(site):
    lijst = bronnen.verzamel(DOCS)       # faalt bij een voetnoot zonder adres of datum
    assert len(lijst) >= 40, f"slechts {len(lijst)} bronnen"
    delen = [site.html("bronnen/a-tot-m.md"), site.html("bronnen/n-tot-z.md")]
    for bron in lijst:
        adres = f'href="{bron.url.replace("&", "&amp;")}"'
        assert sum(adres in deel for deel in delen) == 1, f"{bron.url} staat niet op precies één bronnenpagina"
    # A tot M, dan N tot Z: elk deel alleen zijn beginletters
    for deel, letters in zip(delen, ("ABCDEFGHIJKLM", "NOPQRSTUVWXYZ")):
        for bron in lijst:
            if f'href="{bron.url.replace("&", "&amp;")}"' in deel:
                assert bronnen.beginletter(bron) in letters, (bron.tekst, letters)


def test_voetnoot_zonder_datum_faalt(tmp_path):
    (tmp_path / "a.md").write_text("Tekst.[^x]\n\n[^x]: Iemand, *Titel*. <https://example.org/a>\n", encoding="utf-8")
    with pytest.raises(bronnen.BronFout, match=r"a\.md, regel 3, voetnoot \[\^x\]: geen datum"):
        bronnen.verzamel(tmp_path)


def _afkortingen() -> set[str]:
    tekst = (ROOT / "includes" / "afkortingen.md").read_text(encoding="utf-8")
    return set(re.findall(r"^\*\[([^\]]+)\]:", tekst, re.M))


# Woorden in hoofdletters die geen afkorting zijn en dus geen uitleg nodig hebben.
GEEN_AFKORTING = {
    "CONTRIBUTING",  # bestandsnaam CONTRIBUTING.md
    "KRAS",          # eigennaam van een netwerk in Gent; de bron verklaart de naam niet
    "WONEN",         # titel van een brochure, in hoofdletters geschreven
    "ORBIT",         # Orbit vzw, soms in hoofdletters geschreven
}

_AFKORTING = re.compile(r"(?<![\w/.@-])([A-Z][A-Z0-9]*[A-Z](?:'s)?)(?![\w/@-])")


def test_elke_afkorting_heeft_een_uitleg():
    """Elke afkorting in hoofdletters in de tekst (ook in voetnoten) staat in includes/afkortingen.md."""
    bekend = _afkortingen()
    ontbreekt = {}
    for bestand in ALLE_MD:
        tekst = (DOCS / bestand).read_text(encoding="utf-8")
        tekst = re.sub(r"\A---\n.*?\n---\n", "", tekst, flags=re.S)
        tekst = re.sub(r"^(```|~~~).*?^\1", "", tekst, flags=re.S | re.M)
        tekst = re.sub(r"`[^`]*`|<https?://[^>]+>|\]\([^)]*\)|https?://\S+|\{\{.*?\}\}", "", tekst)
        for m in _AFKORTING.finditer(tekst):
            if m.group(1) not in bekend and m.group(1) not in GEEN_AFKORTING:
                ontbreekt.setdefault(m.group(1), bestand)
    assert not ontbreekt, "afkortingen zonder uitleg in includes/afkortingen.md: " + ", ".join(
        f"{a} ({b})" for a, b in sorted(ontbreekt.items()))


def test_afkortingen_verschijnen_als_abbr_op_de_pagina(site):
    html = site.html("opstarten/index.md")
    assert re.search(r'<abbr title="Openbaar Centrum voor Maatschappelijk Welzijn">OCMW</abbr>', html)


@pytest.mark.skipif(not (SHARED / "tools" / "check_copy.py").exists(), reason="../shared ontbreekt naast het project")
def test_geen_zin_letterlijk_uit_een_bron():
    res = subprocess.run([sys.executable, str(SHARED / "tools" / "check_copy.py"), str(ROOT)],
                         capture_output=True, text=True)
    assert res.returncode == 0, "regels die een bron woord voor woord herhalen:\n" + res.stdout[-3000:]


def test_voetnoten_genummerd_in_leesvolgorde(site):
    for bestand in ALLE_MD:
        html = site.html(bestand)
        nummers = [int(n) for n in re.findall(r'<sup id="fnref\d*:[^"]+"><a class="footnote-ref" href="[^"]+">(\d+)</a>', html)]
        eerste = list(dict.fromkeys(nummers))
        assert eerste == sorted(eerste), f"{bestand}: voetnoten niet in leesvolgorde: {eerste[:10]}"


def test_voetnoten_in_leesvolgorde_functie():
    tekst = "B[^b] en A[^a].\n\n[^a]: A, 2020. <https://a.be>\n[^b]: B, 2021. <https://b.be>\n"
    uit = bronnen.voetnoten_in_leesvolgorde(tekst)
    assert uit.index("[^b]:") < uit.index("[^a]:")
    meerregelig = "X[^a]\n\n[^a]: eerste regel\n    vervolg\n"
    assert bronnen.voetnoten_in_leesvolgorde(meerregelig) == meerregelig


def test_beginletter_zonder_accent_en_cijfers_bij_a():
    B = bronnen.Bron
    assert bronnen.beginletter(B("https://a", "*Écoles* en zo")) == "E"
    assert bronnen.beginletter(B("https://a", "2019, een rapport")) == "A"
    assert bronnen.beginletter(B("https://a", "vzw Wonen")) == "V"
