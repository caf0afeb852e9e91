"""Afvinklijsten op het scherm (assets/javascripts/checklists.js, draaiboek/checklists.py).

Echte vakjes met een label, aan te vinken met muis en toetsenbord; de vinkjes blijven na
herladen (localStorage van dit toestel, per lijst); "Vinkjes wissen" maakt de lijst leeg;
afdrukken toont de vinkjes. Niets gaat over het netwerk.
"""
from __future__ import annotations

from urllib.parse import urljoin

PAGINA = "woonzoektocht/bezichtigen/"
LIJST = '[data-vzw-checklist$="checklist-bezichtiging"]'
# De andere checklist van hetzelfde hoofdstuk staat op een andere deelpagina.
ANDERE = "woonzoektocht/huurcontract-en-waarborg/"


def _vinkjes(pagina, lijst=LIJST) -> list[bool]:
    return pagina.eval_on_selector_all(f"{lijst} input[type=checkbox]", "els => els.map(e => e.checked)")


def test_vakjes_hebben_een_label_en_zijn_niet_uitgeschakeld(server, pagina):
    pagina.goto(server.url(PAGINA))
    info = pagina.eval_on_selector_all(
        "ul.task-list input[type=checkbox]",
        "els => els.map(e => ({uit: e.disabled, label: (e.closest('label') || {}).textContent || ''}))")
    assert len(info) >= 15
    for vakje in info:
        assert not vakje["uit"], "een uitgeschakeld vakje"
        assert len(vakje["label"].strip()) > 5, "een vakje zonder label"


def test_vinkjes_blijven_na_herladen_en_wissen_werkt(server, pagina):
    pagina.goto(server.url(PAGINA))
    assert not any(_vinkjes(pagina)), "een nieuwe browser begint met lege vakjes"
    vakjes = pagina.locator(f"{LIJST} input[type=checkbox]")
    vakjes.nth(0).check()                      # met de muis
    vakjes.nth(2).focus()
    pagina.keyboard.press("Space")             # met het toetsenbord
    verwacht = [i in (0, 2) for i in range(vakjes.count())]
    assert _vinkjes(pagina) == verwacht

    pagina.reload()
    assert _vinkjes(pagina) == verwacht, "de vinkjes zijn weg na herladen"
    # Een andere lijst van hetzelfde hoofdstuk heeft haar eigen vinkjes.
    pagina.goto(server.url(ANDERE))
    assert _vinkjes(pagina, '[data-vzw-checklist$="checklist-huurcontract-en-waarborg"]')
    assert not any(_vinkjes(pagina, '[data-vzw-checklist$="checklist-huurcontract-en-waarborg"]'))
    # Ook op een andere pagina is niets aangevinkt.
    pagina.goto(server.url("opstarten/checklist-en-wat-nu/"))
    assert not any(_vinkjes(pagina, "[data-vzw-checklist]"))

    pagina.goto(server.url(PAGINA))
    wis = pagina.locator(f"{LIJST} button.vzw-vinkjes-wis")
    assert wis.is_enabled() and "Vinkjes wissen" in wis.inner_text()
    wis.click()
    assert not any(_vinkjes(pagina))
    pagina.reload()
    assert not any(_vinkjes(pagina)), "gewiste vinkjes komen terug na herladen"
    assert pagina.locator(f"{LIJST} button.vzw-vinkjes-wis").is_disabled()


def test_afdrukken_toont_de_vinkjes_en_niet_de_knoppen(server, pagina):
    pagina.goto(server.url(PAGINA))
    pagina.locator(f"{LIJST} input[type=checkbox]").nth(1).check()
    pagina.emulate_media(media="print")
    stand = pagina.evaluate(
        """(sel) => {
            const vakje = document.querySelectorAll(sel + ' input[type=checkbox]')[1];
            const zichtbaar = el => el && el.getBoundingClientRect().width > 0 && getComputedStyle(el).visibility !== 'hidden';
            return {vakje: zichtbaar(vakje) && vakje.checked,
                    knop: zichtbaar(document.querySelector(sel + ' button.vzw-vinkjes-wis')),
                    pdf: zichtbaar(document.querySelector(sel + ' .vzw-checklist__pdf'))};
        }""", LIJST)
    assert stand == {"vakje": True, "knop": False, "pdf": False}


def test_link_naar_de_pdf_van_de_checklist(server, pagina):
    pagina.goto(server.url(PAGINA))
    link = pagina.locator(f"{LIJST} .vzw-checklist__pdf a")
    assert link.count() == 1 and "Checklist bezichtiging" in link.inner_text()
    uitleg = pagina.locator(f"{LIJST} .vzw-checklist__pdf").inner_text()
    if (server.map / "checklists").exists():
        assert "1 pagina" in uitleg and "kB" in uitleg, uitleg
        antwoord = pagina.request.get(urljoin(server.url(PAGINA), link.get_attribute("href")))
        assert antwoord.ok and antwoord.headers["content-type"].startswith("application/pdf")
