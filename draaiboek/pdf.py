"""Het volledige draaiboek als A4-PDF, gedrukt door headless Chromium vanaf de afdrukpagina.

Gewone Python zonder MkDocs: `maak_pdf(html_bestand, pdf_bestand)` werkt met elke generator
die een afdrukpagina schrijft. Playwright voor Python stuurt de Chromium van het systeem aan.
Chromium voegt bladwijzers (document outline), tags, klikbare links en selecteerbare tekst toe;
de paginavoet komt uit de CSS (@page). Paginanummers in de inhoud: twee afdrukken, zie
`druk_boek`. De checklists als losse PDF's: `druk_per_pagina`.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

KANDIDATEN = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


class ChromiumOntbreekt(RuntimeError):
    """Er is geen Chromium gevonden om de PDF te maken."""


class PdfMislukt(RuntimeError):
    """Chromium draaide, maar schreef geen bruikbare PDF."""


def vind_chromium() -> str | None:
    """Pad naar Chromium: $CHROMIUM als dat gezet is, anders het eerste op PATH."""
    eigen = os.environ.get("CHROMIUM")
    if eigen:
        return eigen if Path(eigen).exists() or shutil.which(eigen) else None
    for naam in KANDIDATEN:
        pad = shutil.which(naam)
        if pad:
            return pad
    return None


def gesloten_netwerk_vlaggen() -> list[str]:
    """Vlaggen voor headless Chromium in een gesloten netwerk (CI) en als root.

    Zonder de background-networking-vlaggen probeert Chromium steeds het internet te bereiken.
    Ook de browsertests en de benchmark gebruiken deze lijst (Playwright zet zelf --headless).
    """
    vlaggen = [
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--disable-dev-shm-usage",
    ]
    # Als root start Chromium niet met zijn sandbox; op CI-runners (CI=true) ontbreekt die soms
    # (Ubuntu 24.04 beperkt user namespaces). We openen alleen onze eigen, lokale pagina's.
    if (hasattr(os, "geteuid") and os.geteuid() == 0) or os.environ.get("CI"):
        vlaggen.append("--no-sandbox")
    return vlaggen


def chromium_vlaggen(profielmap: str) -> list[str]:
    """Vlaggen om zelf headless af te drukken, met een nieuw, leeg profiel."""
    return ["--headless", *gesloten_netwerk_vlaggen(), f"--user-data-dir={profielmap}"]


class Afdrukker:
    """Eén headless Chromium (via Playwright voor Python) voor alle afdrukken van één build.

    Playwright start de Chromium van het systeem (`executable_path`); nooit `playwright install`.
    Eén browser voor het boek en de checklists spaart telkens het opstarten en laden uit.
    """

    def __init__(self, chromium: str | None = None, timeout_s: int = 180):
        self.chromium = chromium or vind_chromium()
        self.timeout_ms = timeout_s * 1000
        self._pw = None
        self._browser = None

    def __enter__(self) -> "Afdrukker":
        if not self.chromium:
            raise ChromiumOntbreekt(
                "Chromium niet gevonden: installeer het pakket 'chromium' of zet CHROMIUM=/pad/naar/chromium."
            )
        try:
            from playwright.sync_api import sync_playwright
        except ImportError as fout:  # pragma: no cover - staat in requirements.txt
            raise ChromiumOntbreekt(f"Playwright voor Python ontbreekt ({fout}): pip install -r requirements.txt")
        self._pw = sync_playwright().start()
        try:
            self._browser = self._pw.chromium.launch(executable_path=self.chromium, headless=True,
                                                     args=gesloten_netwerk_vlaggen(), timeout=self.timeout_ms)
        except Exception as fout:
            self._pw.stop()
            raise PdfMislukt(f"Chromium start niet ({self.chromium}): {str(fout).splitlines()[0]}")
        return self

    def __exit__(self, *exc) -> None:
        try:
            if self._browser:
                self._browser.close()
        finally:
            if self._pw:
                self._pw.stop()

    def open(self, html_bestand: Path):
        """Open een HTML-bestand en wacht tot het geladen is, met lettertypen."""
        pagina = self._browser.new_page()
        pagina.set_default_timeout(self.timeout_ms)
        pagina.goto(Path(html_bestand).resolve().as_uri(), wait_until="load")
        pagina.evaluate("() => document.fonts.ready.then(() => true)")
        return pagina

    @staticmethod
    def pdf(pagina, pad: Path, *, volledig: bool = True, paginas: str = "") -> Path:
        """Druk af naar `pad`. volledig=True: met bladwijzers en tags (toegankelijke PDF);
        False: alleen om paginanummers te lezen (sneller)."""
        # Achtergronden veranderen de opmaak niet; zonder is de proefafdruk iets sneller.
        pagina.pdf(path=str(pad), prefer_css_page_size=True, print_background=volledig,
                   outline=volledig, tagged=volledig, page_ranges=paginas)
        if not Path(pad).exists() or Path(pad).stat().st_size < 500:
            raise PdfMislukt(f"Chromium schreef geen bruikbare PDF: {pad}")
        return Path(pad)


def bestemmingen(pdf_bestand: Path) -> dict[str, int]:
    """Benoemde bestemmingen van de PDF: id -> paginanummer (vanaf 1).

    Chromium maakt er één voor elk element met een id waarnaar een interne link wijst."""
    import pikepdf

    uit: dict[str, int] = {}
    with pikepdf.open(pdf_bestand) as pdf:
        index = {p.objgen: i + 1 for i, p in enumerate(pdf.pages)}

        def lees(naam, waarde) -> None:
            doel = waarde.get("/D") if isinstance(waarde, pikepdf.Dictionary) else waarde
            if isinstance(doel, pikepdf.Array) and len(doel) and doel[0].objgen in index:
                uit[str(naam).lstrip("/")] = index[doel[0].objgen]

        oud = pdf.Root.get("/Dests")
        if isinstance(oud, pikepdf.Dictionary):
            for naam, waarde in oud.items():
                lees(naam, waarde)
        namen = pdf.Root.get("/Names")
        if isinstance(namen, pikepdf.Dictionary) and "/Dests" in namen:
            for naam, waarde in pikepdf.NameTree(namen.Dests).items():
                lees(naam, waarde)
    return uit


def paginatal(pdf_bestand: Path) -> int:
    import pikepdf

    with pikepdf.open(pdf_bestand) as pdf:
        return len(pdf.pages)


_DOELEN_JS = """() => [...new Set([...document.querySelectorAll('span.vzw-pnr[data-vzw-pagina]')]
    .map(e => e.dataset.vzwPagina))]"""
_VUL_JS = """(nummers) => {
    for (const el of document.querySelectorAll('span.vzw-pnr[data-vzw-pagina]')) {
        const n = nummers[el.dataset.vzwPagina];
        if (n) el.textContent = String(n);
    }
}"""


def druk_boek(afdrukker: Afdrukker, html_bestand: Path, pdf_bestand: Path,
              max_afdrukken: int = 4) -> tuple[dict[str, int], int]:
    """Druk de afdrukpagina af met paginanummers in de inhoud en de verwijzingen.

    Ronde 1 drukt af met plaatshouders en leest uit de PDF op welke pagina elk doel staat.
    Daarna vullen we de nummers in (in de geladen pagina) en drukken opnieuw af, tot de nummers
    niet meer veranderen (normaal meteen: de plaatshouders zijn even breed als de nummers).
    Geeft (id -> pagina voor elk doel, aantal afdrukken) terug."""
    pdf_bestand = Path(pdf_bestand).resolve()
    pdf_bestand.parent.mkdir(parents=True, exist_ok=True)
    pagina = afdrukker.open(html_bestand)
    doelen = pagina.evaluate(_DOELEN_JS)
    with tempfile.TemporaryDirectory(prefix="draaiboek-pdf-") as map_:
        ruw = Path(map_) / "boek.pdf"
        afdrukken = 0
        nummers: dict[str, int] = {}
        if doelen:
            afdrukker.pdf(pagina, ruw, volledig=False)
            afdrukken += 1
            alle = bestemmingen(ruw)
            nummers = {d: alle[d] for d in doelen if d in alle}
        while True:
            if nummers:
                pagina.evaluate(_VUL_JS, nummers)
            afdrukker.pdf(pagina, ruw, volledig=True)
            afdrukken += 1
            if not doelen:
                break
            alle = bestemmingen(ruw)
            nieuw = {d: alle[d] for d in doelen if d in alle}
            if nieuw == nummers:
                break
            if afdrukken >= max_afdrukken:
                raise PdfMislukt("De paginanummers in de inhoud blijven verschuiven na "
                                 f"{afdrukken} afdrukken; controleer de breedte van .vzw-pnr in de CSS.")
            nummers = nieuw
        comprimeer(ruw, pdf_bestand)
    pagina.close()
    return nummers, afdrukken


def druk_per_pagina(afdrukker: Afdrukker, html_bestand: Path, doelen: list[tuple[Path, str]]) -> None:
    """Druk een document af waarin elk deel precies één pagina is: pagina i naar doelen[i][0],
    met doelen[i][1] als titel van de PDF. Faalt als het aantal pagina's niet klopt."""
    pagina = afdrukker.open(html_bestand)
    with tempfile.TemporaryDirectory(prefix="draaiboek-pdf-") as map_:
        alles = afdrukker.pdf(pagina, Path(map_) / "alles.pdf", volledig=False)
        n = paginatal(alles)
    if n != len(doelen):
        te_lang = _te_lange_delen(afdrukker, pagina, doelen)
        raise PdfMislukt(f"{len(doelen)} checklists gaven {n} pagina's: elke checklist moet op één "
                         f"A4-pagina passen. Te lang: {', '.join(te_lang) or 'onbekend'}. "
                         "Maak ze korter of splits ze in twee checklists.")
    for i, (doel, titel) in enumerate(doelen):
        Path(doel).parent.mkdir(parents=True, exist_ok=True)
        pagina.evaluate("t => { document.title = t; }", titel)
        afdrukker.pdf(pagina, Path(doel), volledig=True, paginas=str(i + 1))
    pagina.close()


def _te_lange_delen(afdrukker: Afdrukker, pagina, doelen: list[tuple[Path, str]]) -> list[str]:
    """Welke delen (<section> op het hoogste niveau van <body>) meer dan één pagina vullen."""
    te_lang = []
    with tempfile.TemporaryDirectory(prefix="draaiboek-pdf-") as map_:
        for i, (_, titel) in enumerate(doelen):
            pagina.evaluate("""(i) => document.querySelectorAll('body > section').forEach(
                (s, j) => { s.style.display = j === i ? '' : 'none'; })""", i)
            if paginatal(afdrukker.pdf(pagina, Path(map_) / f"{i}.pdf", volledig=False)) > 1:
                te_lang.append(titel)
    pagina.evaluate("() => document.querySelectorAll('body > section').forEach(s => { s.style.display = ''; })")
    return te_lang


def maak_pdf(html_bestand: Path, pdf_bestand: Path, chromium: str | None = None,
             timeout: int = 180) -> Path:
    """Druk `html_bestand` af naar `pdf_bestand`, met paginanummers als de pagina ze vraagt."""
    with Afdrukker(chromium, timeout) as afdrukker:
        druk_boek(afdrukker, html_bestand, pdf_bestand)
    return Path(pdf_bestand)


def comprimeer(bron: Path, doel: Path) -> None:
    """Schrijf de PDF opnieuw met objectstromen en gecomprimeerde stromen.

    Chromium schrijft de structuurboom van een getagde PDF (tienduizenden elementen) en de
    linkannotaties ongecomprimeerd weg; opnieuw opslaan met pikepdf halveert de grootte,
    zonder inhoud, bladwijzers, links of tags te verliezen.
    """
    import pikepdf

    with pikepdf.open(bron) as pdf:
        pdf.save(
            doel,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            compress_streams=True,
            recompress_flate=True,
        )
