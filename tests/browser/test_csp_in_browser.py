"""Content-Security-Policy: op geen enkele pagina een schending, en zoeken en filters werken nog.

De browser meldt elke geblokkeerde bron of elk geblokkeerd script met een
`securitypolicyviolation`-gebeurtenis en een consolebericht ("Refused to ..."); beide tellen.
"""
from __future__ import annotations

from browserhulp import alle_paden, bezoek_tegelijk, open_zoeken

_LUISTER = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', e => {
  window.__csp.push(e.violatedDirective + ' ' + (e.blockedURI || '') + ' ' + (e.sample || ''));
});
"""


def _schendingen(pagina) -> list[str]:
    return pagina.evaluate("window.__csp || []")


def test_geen_csp_schendingen_op_elke_pagina_ook_bij_zoeken_en_filteren(server, site_map, browser):
    ctx = browser.new_context(service_workers="block", locale="nl-BE")
    ctx.add_init_script(_LUISTER)
    console: list[str] = []

    def bij_bericht(m):
        if "Content Security Policy" in m.text or "Refused to" in m.text:
            console.append(f"/{getattr(m.page, 'vzw_pad', '?')}: {m.text}")

    ctx.on("console", bij_bericht)
    fouten: list[str] = []

    def controleer(tab, pad):
        meta = tab.locator('meta[http-equiv="Content-Security-Policy"]')
        assert meta.count() == 1, f"/{pad}: geen Content-Security-Policy"
        assert "default-src 'none'" in meta.get_attribute("content")
        assert tab.locator('meta[name="referrer"]').get_attribute("content") == "no-referrer"
        fouten.extend(f"/{pad}: {s}" for s in _schendingen(tab))

    try:
        bezoek_tegelijk(ctx, [*alle_paden(site_map), "404.html"], server.url, controleer)

        # Zoeken: de worker laadt de index en toont resultaten.
        pagina = ctx.new_page()
        pagina.vzw_pad = "(zoeken)"
        pagina.goto(server.url("/"), wait_until="load")
        open_zoeken(pagina)
        pagina.locator("input.md-search__input").press_sequentially("huurwaarborg", delay=20)
        pagina.wait_for_selector(".md-search-result__item", timeout=15_000)
        assert pagina.locator(".md-search-result__item").count() > 0
        fouten += [f"(zoeken): {s}" for s in _schendingen(pagina)]

        # Filters: een keuze in de catalogus verbergt kaarten.
        pagina.vzw_pad = "praktijkvoorbeelden/ (filter)"
        pagina.goto(server.url("praktijkvoorbeelden/"), wait_until="load")
        select = pagina.locator("[data-vzw-filter] select").first
        opties = select.locator("option").evaluate_all("os => os.map(o => o.value).filter(v => v)")
        totaal = pagina.locator(".vzw-kaart:visible").count()
        select.select_option(opties[0])
        pagina.wait_for_timeout(200)
        assert 0 < pagina.locator(".vzw-kaart:visible").count() < totaal
        fouten += [f"(filter): {s}" for s in _schendingen(pagina)]
    finally:
        ctx.close()
    assert not fouten and not console, "CSP-schendingen:\n" + "\n".join(fouten + console)
