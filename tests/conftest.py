"""Gedeelde fixtures: de site wordt één keer per testsessie gebouwd (strikt, met PDF).

De gewone hulpfuncties staan in bouwhulp.py (een tweede conftest.py in tests/browser/ maakt
`from conftest import ...` dubbelzinnig).
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bouwhulp import ROOT, Build, bouw


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Build:
    """De echte site, strikt gebouwd. Met PDF; DRAAIBOEK_PDF=verplicht (CI) maakt Chromium verplicht."""
    modus = os.environ.get("DRAAIBOEK_PDF", "aan")
    build = bouw(ROOT, tmp_path_factory.mktemp("site") / "site", pdf=modus)
    if build.returncode != 0:
        pytest.fail("De strikte build faalde:\n" + build.uitvoer[-4000:], pytrace=False)
    return build


@pytest.fixture(scope="session")
def pdf_pad(site) -> Path:
    if not site.pdf.exists():
        if site.pdf_modus == "verplicht":
            pytest.fail("Geen PDF gebouwd terwijl DRAAIBOEK_PDF=verplicht")
        pytest.skip("Geen PDF gebouwd (Chromium ontbreekt); in CI is de PDF verplicht")
    return site.pdf
