"""Het volledige draaiboek als A4-PDF, gedrukt door headless Chromium vanaf de afdrukpagina.

Gewone Python zonder MkDocs: `maak_pdf(html_bestand, pdf_bestand)` werkt met elke generator
die een afdrukpagina schrijft. Chromium voegt bladwijzers (document outline), klikbare links
en selecteerbare tekst toe; de paginavoet komt uit de CSS (@page).
"""
from __future__ import annotations

import os
import shutil
import subprocess
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


def maak_pdf(html_bestand: Path, pdf_bestand: Path, chromium: str | None = None,
             timeout: int = 180) -> Path:
    """Druk `html_bestand` af naar `pdf_bestand`. Geeft het pad van de PDF terug."""
    chromium = chromium or vind_chromium()
    if not chromium:
        raise ChromiumOntbreekt(
            "Chromium niet gevonden: installeer het pakket 'chromium' of zet CHROMIUM=/pad/naar/chromium."
        )
    html_bestand = Path(html_bestand).resolve()
    pdf_bestand = Path(pdf_bestand).resolve()
    pdf_bestand.parent.mkdir(parents=True, exist_ok=True)
    tijdelijk = pdf_bestand.with_suffix(".tmp.pdf")
    with tempfile.TemporaryDirectory(prefix="draaiboek-chromium-") as profiel:
        opdracht = [
            chromium,
            *chromium_vlaggen(profiel),
            "--no-pdf-header-footer",
            "--generate-pdf-document-outline",
            "--export-tagged-pdf",
            "--virtual-time-budget=10000",
            f"--print-to-pdf={tijdelijk}",
            html_bestand.as_uri(),
        ]
        resultaat = subprocess.run(opdracht, capture_output=True, text=True, timeout=timeout)
    if resultaat.returncode != 0 or not tijdelijk.exists() or tijdelijk.stat().st_size < 1000:
        fout = (resultaat.stderr or "").strip().splitlines()[-5:]
        raise PdfMislukt("Chromium maakte geen PDF (code %s): %s" % (resultaat.returncode, " | ".join(fout)))
    comprimeer(tijdelijk, pdf_bestand)
    tijdelijk.unlink(missing_ok=True)
    return pdf_bestand


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
