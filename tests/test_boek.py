"""Het boek en de checklists als gewone Python (zonder build): draaiboek/boek.py en checklists.py."""
from __future__ import annotations

import re

from bouwhulp import in_eigen_draad
from draaiboek import boek, checklists

AFDRUK = """<html><head><title>x</title></head><body>
<div id="print-site-page" class="print-site-enumerate-headings">
<section id="print-site-cover-page"><h1 class="vzw-omslag__titel">Omslag</h1></section>
<section class="print-page" id="start" heading-number="1"><h1 id="start-start">Start<a class="headerlink" href="#start-start">#</a></h1>
<h2 id="start-voor-wie">Voor wie &amp; waarom?<a class="headerlink" href="#start-voor-wie">#</a></h2>
<p>Lees <a href="#zoeken-het-huurcontract">Het huurcontract</a> en <a href="#start-voor-wie">hierboven</a>.<sup id="start-fnref:a"><a class="footnote-ref" href="#zoeken-fn:a">1</a></sup></p>
<h3 id="start-praktijk">Praktijkvoorbeelden die passen</h3>
<div class="vzw-kaarten">
<article class="vzw-kaart vzw-praktijk" data-fasen="opstarten">
<h4 class="vzw-kaart__titel"><a href="#cat-praktijk-gent">Een taskforce (Gent) &amp; co</a></h4>
<p class="vzw-kaart__samenvatting">Samen.</p>
<p class="vzw-kaart__meer"><a href="#cat-praktijk-gent">Lees meer</a></p>
</article>
</div>
<h2 id="start-checklist-voor-de-start">Checklist voor de start</h2>
<p>Druk af.</p>
<h3 id="start-rondkijken">Rondkijken</h3>
<ul class="task-list">
<li class="task-list-item"><input type="checkbox" disabled/> We spraken met het <abbr title="x">OCMW</abbr>.</li>
</ul>
<h2 id="start-wat-nu">Wat nu?</h2>
<ul class="task-list">
<li class="task-list-item"><input type="checkbox" disabled/> Lees <a href="#zoeken">verder</a>.</li>
</ul>
<p class="vzw-nagekeken">Laatst nagekeken</p>
</section><section class="print-page" id="zoeken" heading-number="2"><h1 id="zoeken-zoeken">Zoeken</h1>
<h2 id="zoeken-het-huurcontract">Het huurcontract</h2><p>Tekst <a href="#start-start">terug</a>.</p>
</section><section class="print-page" id="cat" heading-number="3"><h1 id="cat-cat">Catalogus</h1>
<section class="vzw-groep"><h2 id="cat-oost">Oost-Vlaanderen</h2>
<article class="vzw-kaart vzw-praktijk"><h3 id="cat-praktijk-gent" class="vzw-kaart__titel">Een taskforce (Gent) &amp; co</h3>
<p>Volledig.</p></article></section>
</section>
</div></body></html>"""


def test_hoofdstukken_met_nummers_en_secties():
    delen = boek.hoofdstukken(AFDRUK)
    assert [h.sleutel for h in delen] == ["start", "zoeken", "cat"]
    assert delen[0].titel.id == "start-start" and delen[0].titel.tekst == "Start"
    assert [(s.nummer, s.tekst) for s in delen[0].secties] == [
        ("1.1", "Voor wie & waarom?"), ("1.2", "Checklist voor de start"), ("1.3", "Wat nu?")]
    assert delen[2].secties[0].nummer == "3.1"   # ook een h2 in een geneste <section>


def test_groepskoppen_van_kaarten_in_de_inhoud():
    html = AFDRUK.replace('<h2 id="cat-oost">Oost-Vlaanderen</h2>',
                          '<h2 id="cat-alle">Alle</h2><section class="vzw-groep" data-vzw-groep>\n'
                          '<h3 id="cat-oost">Oost-Vlaanderen <span class="vzw-groep__aantal">(1)</span></h3>')
    html = html.replace("<p>Volledig.</p></article></section>", "<p>Volledig.</p></article></section></section>")
    delen = boek.hoofdstukken(html)
    assert [(g.id, g.tekst) for g in delen[2].secties[0].groepen] == [("cat-oost", "Oost-Vlaanderen (1)")]
    assert delen[0].secties[1].groepen == []      # een gewone h3 (Rondkijken) niet
    inhoud = boek.inhoudstafel(delen)
    assert '<li class="vzw-inhoud__groep"><a href="#cat-oost">Oost-Vlaanderen (1)</a>' in inhoud


def test_inhoud_na_de_omslag_met_plaatshouders_en_ontsnapte_titels():
    html = boek.voeg_inhoud_toe(AFDRUK, boek.inhoudstafel(boek.hoofdstukken(AFDRUK),
                                                          [("start-checklist-voor-de-start", "Checklist <voor>")]))
    omslag, inhoud, start = (html.find('id="print-site-cover-page"'), html.find('id="vzw-inhoud"'),
                             html.find('id="start"'))
    assert omslag < inhoud < start
    stuk = html[inhoud:start]
    assert 'href="#start-voor-wie"' in stuk and "Voor wie &amp; waarom?" in stuk
    assert boek.pnr("zoeken-zoeken") in stuk
    assert "Checklist &lt;voor&gt;" in stuk
    assert boek.paginadoelen(stuk)[:2] == ["start-start", "start-voor-wie"]


def test_korte_kaart_wordt_een_regel_volledige_kaart_blijft():
    html = boek.kaarten_als_verwijzing(AFDRUK)
    start = html[html.find('id="start"'):html.find('id="zoeken"')]
    assert "<article" not in start and "vzw-kaart__titel" not in start
    assert re.search(r'<ul class="vzw-verwijzingen">\s*<li><a href="#cat-praktijk-gent">Een taskforce \(Gent\) &amp; co</a>'
                     r'.*zie p\.&#160;<span class="vzw-pnr" data-vzw-pagina="cat-praktijk-gent">000</span>', start, re.S)
    cat = html[html.find('id="cat"'):]
    assert '<h3 id="cat-praktijk-gent" class="vzw-kaart__titel">' in cat and "Volledig." in cat


def test_kaart_zonder_titellink_blijft_staan():
    vreemd = AFDRUK.replace('<h4 class="vzw-kaart__titel"><a href="#cat-praktijk-gent">Een taskforce (Gent) &amp; co</a></h4>',
                            '<h4 class="vzw-kaart__titel">Zonder link</h4>')
    assert "Zonder link" in boek.kaarten_als_verwijzing(vreemd)


def test_paginaverwijzing_alleen_naar_andere_hoofdstukken():
    html = boek.paginaverwijzingen(AFDRUK)
    assert ('<a href="#zoeken-het-huurcontract">Het huurcontract</a><span class="vzw-zie"> (zie p.&#160;'
            '<span class="vzw-pnr" data-vzw-pagina="zoeken-het-huurcontract">000</span>)</span>') in html
    assert '<a href="#start-voor-wie">hierboven</a>.' in html          # zelfde hoofdstuk
    assert 'href="#zoeken-fn:a">1</a></sup>' in html                   # voetnoot
    assert '<a href="#start-start">terug</a><span class="vzw-zie">' in html
    assert 'href="#start-start">#</a></h1>' in html                     # #-link in kop


def test_paginanummers_invullen_en_onbekend_doel_blijft():
    html = boek.pnr("a") + boek.pnr("b") + boek.pnr("a")
    assert boek.vul_paginanummers(html, {"a": 43}) == (
        '<span class="vzw-pnr" data-vzw-pagina="a">43</span><span class="vzw-pnr" data-vzw-pagina="b">000</span>'
        '<span class="vzw-pnr" data-vzw-pagina="a">43</span>')


def test_voet_per_hoofdstuk_met_editie_en_ontsnapte_titel():
    delen = boek.hoofdstukken(AFDRUK.replace(">Zoeken</h1>", '>Zoeken "snel" \\ goed</h1>'))
    css = boek.voettekst_css(delen, "29 november 2026")
    assert '#print-site-page section.print-page[id="zoeken"] { page: vzw-h2; }' in css
    assert '@page vzw-h2 { @bottom-left { content: "2 Zoeken \\"snel\\" \\\\ goed"; } }' in css
    assert '"Editie 29 november 2026 · Pagina " counter(page) " van " counter(pages)' in css


def test_pdf_beschrijving_en_invullen():
    assert boek.pdf_beschrijving(3_040_870, 191) == "2,9 MB, 191 pagina's"
    assert boek.pdf_beschrijving(48_200, 1) == "47 kB, 1 pagina"
    html = '<span class="u">(A4<span data-vzw-pdf-info="x.pdf"></span>)</span><span data-vzw-pdf-info="weg.pdf"></span>'
    uit = boek.pdf_info_invullen(html, {"x.pdf": (2_000_000, 12)})
    assert '<span data-vzw-pdf-info="x.pdf">, 1,9 MB, 12 pagina&#x27;s</span>' in uit
    assert '<span data-vzw-pdf-info="weg.pdf"></span>' in uit


def test_checklist_tot_de_volgende_kop_van_hetzelfde_niveau():
    lijsten = checklists.vind(AFDRUK)
    assert [(c.id, c.titel) for c in lijsten] == [("start-checklist-voor-de-start", "Checklist voor de start")]
    stuk = lijsten[0].fragment(AFDRUK)
    assert "Rondkijken" in stuk and "OCMW" in stuk and "Wat nu?" not in stuk


def test_checklist_op_de_afdrukpagina_omhuld():
    html, lijsten = checklists.voor_afdruk(AFDRUK)
    assert len(lijsten) == 1
    m = re.search(r'<div class="vzw-checklist" data-vzw-checklist="start-checklist-voor-de-start">\s*'
                  r'<h2 id="start-checklist-voor-de-start">.*?OCMW.*?</ul>\s*</div>\s*<h2 id="start-wat-nu">', html, re.S)
    assert m


def test_op_het_scherm_echte_vakjes_sleutels_en_pdf_link():
    pagina = """<article class="md-content__inner">
<h2 id="checklist-bezichtiging">Checklist bezichtiging<a class="headerlink" href="#checklist-bezichtiging">#</a></h2>
<ul class="task-list">
<li class="task-list-item"><input type="checkbox" disabled/> Ik heb de <strong>advertentie</strong>.</li>
<li class="task-list-item"><input type="checkbox" disabled/> Er is een tolk.</li>
</ul>
<h2 id="wat-nu">Wat nu?</h2>
<ul class="task-list">
<li class="task-list-item"><input type="checkbox" disabled/> Bel het OCMW.</li>
</ul>
</article>"""
    uit = checklists.op_scherm(pagina, "woonzoektocht", lambda pad: "../" + pad)
    assert "disabled" not in uit
    assert uit.count('<label class="vzw-vink"><input type="checkbox" class="vzw-vink__vakje">') == 3
    assert '<input type="checkbox" class="vzw-vink__vakje"> Ik heb de <strong>advertentie</strong>.</label></li>' in uit
    assert '<ul class="task-list" data-vzw-lijst="woonzoektocht-checklist-bezichtiging">' in uit
    assert '<ul class="task-list" data-vzw-lijst="woonzoektocht-wat-nu">' in uit
    assert '<div class="vzw-checklist" data-vzw-checklist="woonzoektocht-checklist-bezichtiging">' in uit
    assert ('<a href="../checklists/woonzoektocht-checklist-bezichtiging.pdf" type="application/pdf">'
            "Checklist bezichtiging als PDF</a>") in uit
    assert uit.count("vzw-checklist__pdf\"") + uit.count("vzw-checklist__pdf ") == 1   # niet bij "Wat nu?"


def test_checklistdocument_een_pagina_per_checklist_zonder_interne_links():
    stuk = checklists.vind(AFDRUK)[0].fragment(AFDRUK)
    doc = checklists.document([("start-checklist-voor-de-start", "Uit het draaiboek, pagina 7.", stuk)],
                              "Checklists", ["file:///x/lettertypen.css"], voet='Editie "1"')
    assert doc.count('<section class="blad"') == 1
    assert "<h1>Checklist voor de start</h1>" in doc and "Uit het draaiboek, pagina 7." in doc
    assert 'href="#' not in doc
    assert 'content: "Editie \\"1\\""' in doc
    assert '<link rel="stylesheet" href="file:///x/lettertypen.css">' in doc


def test_te_lange_checklist_geeft_een_melding_met_haar_naam(tmp_path):
    """Past een checklist niet op één A4-pagina, dan faalt de build met haar naam (echte Chromium)."""
    import pytest

    from draaiboek import pdf

    if not pdf.vind_chromium():
        pytest.skip("geen Chromium")
    kort = "<ul class=\"task-list\">" + "<li>punt</li>" * 5 + "</ul>"
    lang = "<ul class=\"task-list\">" + "".join(f"<li>punt {i}</li>" for i in range(120)) + "</ul>"
    doc = checklists.document([("a", "uit a", "<h2>Checklist kort</h2>" + kort),
                               ("b", "uit b", "<h2>Checklist veel te lang</h2>" + lang)], "t", [], "voet")
    bron = tmp_path / "c.html"
    bron.write_text(doc, encoding="utf-8")
    goed = tmp_path / "goed.html"
    goed.write_text(checklists.document([("a", "uit a", "<h2>Checklist kort</h2>" + kort)], "t", [], "voet"),
                    encoding="utf-8")

    def afdrukken():
        with pdf.Afdrukker() as afdrukker:
            with pytest.raises(pdf.PdfMislukt, match="Te lang: Checklist veel te lang"):
                pdf.druk_per_pagina(afdrukker, bron, [(tmp_path / "a.pdf", "Checklist kort"),
                                                      (tmp_path / "b.pdf", "Checklist veel te lang")])
            pdf.druk_per_pagina(afdrukker, goed, [(tmp_path / "a.pdf", "Checklist kort")])

    in_eigen_draad(afdrukken)
    assert pdf.paginatal(tmp_path / "a.pdf") == 1


def test_deelpagina_die_een_checklist_is_krijgt_vakjes_en_haar_pdf_link():
    """evalueren/checklist.md: de titel van de pagina (h1) is de checklist; de PDF heet zoals voor de
    splitsing (<hoofdstuk>-<anker>), de lijst loopt tot de voetnoten."""
    pagina = """<article class="md-content__inner">
<h1 id="checklist-zelfevaluatie">Checklist zelfevaluatie<a class="headerlink" href="#checklist-zelfevaluatie">#</a></h1>
<p class="vzw-scherm-alleen">Dit is een deel van <a href="../">Evalueren</a>.</p>
<h2 id="mensen">Mensen</h2>
<ul class="task-list">
<li class="task-list-item"><input type="checkbox" disabled/> We vroegen feedback.</li>
</ul>
<div class="footnote"><ol><li id="fn:a">Bron.</li></ol></div>
</article>"""
    uit = checklists.op_scherm(pagina, "evalueren", lambda pad: "../../" + pad)
    assert '<div class="vzw-checklist" data-vzw-checklist="evalueren-checklist-zelfevaluatie">' in uit
    assert '<a href="../../checklists/evalueren-checklist-zelfevaluatie.pdf" type="application/pdf">' in uit
    assert '<ul class="task-list" data-vzw-lijst="evalueren-checklist-zelfevaluatie">' in uit
    assert uit.index("</div>\n<div class=\"footnote\"") > uit.index("We vroegen feedback")


def test_id_waarden_zoals_de_reguliere_expressie_met_woordgrens():
    """boek.id_waarden zoekt eerst de letterlijke tekst 'id="' (snel) en kijkt de woordgrens zelf na."""
    for tekst in ['xid="-id="b"', 'id="a"', '_id="a" data-id="c" éid="d" -id="e" id="f"', 'aid="x"id="y"',
                  '<h2 id="a">A</h2><p id="b">', "", 'id=""', 'id="a"id="b"']:
        assert list(boek.id_waarden(tekst)) == re.findall(r'\bid="([^"]+)"', tekst), tekst
