"""Hulpfuncties voor de browsertests en de benchmark (geen pytest nodig)."""
from __future__ import annotations

import functools
import http.server
import threading
from dataclasses import dataclass
from pathlib import Path

from bouwhulp import sitemap_paden  # noqa: F401 - ook voor de browsertests en bench.py
from draaiboek.pdf import gesloten_netwerk_vlaggen, vind_chromium

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Dezelfde vlaggen als bij het maken van de PDF (gesloten netwerk, root in CI).
CHROMIUM_VLAGGEN = gesloten_netwerk_vlaggen()

# Breedtes en kleurschema's waarop elke pagina getest wordt.
BREEDTES = {"smal": {"width": 320, "height": 640}, "telefoon": {"width": 375, "height": 812},
            "desktop": {"width": 1280, "height": 900}}
SCHEMAS = {"licht": "light", "donker": "dark"}


def chromium_pad() -> str | None:
    """Het systeem-Chromium ($CHROMIUM, chromium of google-chrome op PATH); nooit een eigen download."""
    return vind_chromium()


class _StilleHandler(http.server.SimpleHTTPRequestHandler):
    """Statische bestanden zonder logregels per verzoek."""

    def log_message(self, format, *args):  # noqa: A002 - naam komt uit de standaardbibliotheek
        pass


class _StilleServer(http.server.ThreadingHTTPServer):
    """Een browser die een verbinding afbreekt (BrokenPipe) is geen fout om te melden."""

    daemon_threads = True

    def handle_error(self, request, client_address):
        import sys

        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


@dataclass
class Server:
    map: Path
    origin: str  # bv. http://127.0.0.1:41234

    def url(self, pad: str = "/") -> str:
        return self.origin + "/" + pad.lstrip("/")


def dien_map(map_: Path):
    """Start een meerdradige http.server op 127.0.0.1 op een vrije poort. Geeft (server, draad)."""
    handler = functools.partial(_StilleHandler, directory=str(map_))
    httpd = _StilleServer(("127.0.0.1", 0), handler)
    draad = threading.Thread(target=httpd.serve_forever, daemon=True)
    draad.start()
    return httpd, draad


def alle_paden(site_map: Path) -> list[str]:
    """Elke pagina uit de sitemap plus de afdrukpagina."""
    paden = sitemap_paden(site_map)
    if "print_page/" not in paden:
        paden.append("print_page/")
    return paden


def open_zoeken(pagina) -> None:
    """Open Materials zoekvenster zoals een lezer: op telefoonbreedte via het vergrootglas."""
    knop = pagina.locator("label.md-header__button[for='__search']")
    if knop.is_visible():
        knop.click()
    pagina.locator("input.md-search__input").click()


def bezoek_tegelijk(ctx, paden: list[str], url_van, na, tabbladen: int = 4) -> None:
    """Open elke pagina tot het netwerk stil is ("networkidle": een halve seconde zonder verzoek),
    in `tabbladen` tabbladen tegelijk, en roep daarna `na(tabblad, pad)` op. Dezelfde controle als
    één pagina na de andere, maar de halve seconde wachten loopt in elk tabblad tegelijk: bij 81
    pagina's scheelt dat ongeveer een minuut per test. `tabblad.vzw_pad` zegt welk pad een
    tabblad nu toont (voor wie verzoeken of berichten per pagina bijhoudt)."""
    tabs = [ctx.new_page() for _ in range(tabbladen)]
    try:
        for begin in range(0, len(paden), tabbladen):
            groep = list(zip(tabs, paden[begin:begin + tabbladen]))
            for tab, pad in groep:
                tab.vzw_pad = pad
                tab.goto(url_van(pad), wait_until="commit")
            for tab, pad in groep:
                tab.wait_for_load_state("load")
                tab.wait_for_load_state("networkidle")
                na(tab, pad)
    finally:
        for tab in tabs:
            tab.close()
