"""Gedeelde fixtures: de site wordt één keer per testsessie gebouwd (strikt, met PDF)."""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent


class _MkdocsLoader(yaml.SafeLoader):
    """Leest mkdocs.yml met zijn !!python/name-tags als gewone tekst."""


_MkdocsLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_MkdocsLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_MkdocsLoader)


def nav_paginas() -> list[tuple[str, str]]:
    """(titel, bestand) van elke pagina in de navigatie, in volgorde."""
    uit = []

    def loop(items):
        for item in items:
            for titel, waarde in item.items():
                if isinstance(waarde, list):
                    loop(waarde)
                else:
                    uit.append((titel, waarde))

    loop(mkdocs_config()["nav"])
    return uit


def pagina_url(bestand: str) -> str:
    """docs-bestand -> pad in site/ (use_directory_urls)."""
    if bestand == "index.md":
        return "index.html"
    return bestand[: -len(".md")] + "/index.html"


@dataclass
class Build:
    site: Path
    uitvoer: str
    returncode: int
    pdf_modus: str

    @property
    def pdf(self) -> Path:
        return self.site / mkdocs_config()["extra"]["pdf_bestand"]

    def html(self, bestand: str) -> str:
        return (self.site / pagina_url(bestand)).read_text(encoding="utf-8")

    @property
    def afdrukpagina(self) -> str:
        return (self.site / "print_page" / "index.html").read_text(encoding="utf-8")


def bouw(project: Path, doel: Path, pdf: str = "uit", extra_env: dict | None = None) -> Build:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DRAAIBOEK_PDF=pdf)
    env.update(extra_env or {})
    res = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(doel)],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )
    return Build(doel, res.stdout + res.stderr, res.returncode, pdf)


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


def kopieer_project(doel: Path) -> Path:
    """Kopie van het project zonder site/, .git en caches, voor builds met aangepaste bestanden."""
    import shutil

    def negeer(map_, namen):
        return {n for n in namen if n in {"site", ".git", ".venv", "__pycache__", ".pytest_cache", "node_modules"}}

    shutil.copytree(ROOT, doel, ignore=negeer)
    return doel
