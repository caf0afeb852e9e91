"""Wat alleen op het scherm hoort, staat niet op papier: de afdrukpagina in printweergave.

We kijken naar de structuur (welke elementen zichtbaar zijn met @media print), niet naar zinnen in
de PDF-tekst: "Download als PDF" staat ook in de lopende tekst van de Start-pagina.
"""
from __future__ import annotations

# Onderdelen die alleen op het scherm horen, met wat ze zijn.
SCHERM_ALLEEN = {
    ".vzw-pdf-link": "de knop Download als PDF",
    ".md-content__button": "het bewerkpotlood",
    ".headerlink": "de #-link naast koppen",
    ".md-header": "de kopbalk met zoeken",
    ".md-search": "het zoekvenster",
    ".md-sidebar": "de navigatie",
    ".md-footer": "de voettekst van de site",
    ".md-skip": "de overslaanlink",
    ".md-top": "de knop Terug naar boven",
    ".vzw-scherm-alleen": "tekst die alleen op het scherm zin heeft",
    ".vzw-filter__form": "de filters",
    ".footnote-backref": "de terugpijlen bij voetnoten",
    ".vzw-checklist__pdf": "de link naar de PDF van een checklist",
}


def test_schermonderdelen_onzichtbaar_bij_afdrukken(server, pagina):
    antwoord = pagina.goto(server.url("/print_page/"))
    assert antwoord and antwoord.ok, "geen afdrukpagina"
    pagina.emulate_media(media="print")
    assert pagina.locator(".md-header, .headerlink").count() > 0, "niets om te toetsen op de afdrukpagina"
    zichtbaar = pagina.evaluate(
        """(selectors) => {
            const uit = [];
            for (const sel of selectors) {
                for (const el of document.querySelectorAll(sel)) {
                    const r = el.getBoundingClientRect();
                    const st = getComputedStyle(el);
                    // Onzichtbaar op papier: geen afmetingen, verborgen, of (een voorouder met)
                    // opacity 0, zoals Materials overslaanlink zolang hij geen focus heeft.
                    let doorzichtig = false;
                    for (let a = el; a; a = a.parentElement) {
                        if (parseFloat(getComputedStyle(a).opacity) === 0) { doorzichtig = true; break; }
                    }
                    if (r.width > 0 && r.height > 0 && st.visibility !== 'hidden' && !doorzichtig) {
                        uit.push(sel + ': ' + (el.textContent || '').trim().slice(0, 40));
                    }
                }
            }
            return uit;
        }""",
        list(SCHERM_ALLEEN),
    )
    assert not zichtbaar, "zichtbaar op papier: " + "; ".join(zichtbaar)


def test_elke_schermonderdeel_bestaat_op_het_scherm(server, pagina):
    """De test hierboven kan falen: op een gewone pagina op het scherm zijn de knoppen er wel."""
    pagina.goto(server.url("/"))
    pagina.emulate_media(media="screen")
    for sel in (".vzw-pdf-link", ".md-content__button", ".md-header"):
        assert pagina.locator(sel).first.is_visible(), f"{SCHERM_ALLEEN[sel]} ontbreekt op het scherm"
