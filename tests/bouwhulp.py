"""Hulp voor de tests: projectmap, navigatie, een build in een subproces, een kopie van het project.

Gewone functies (geen fixtures), zodat elke testmodule ze kan importeren: `from bouwhulp import ...`.
"""
from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


class _MkdocsLoader(yaml.SafeLoader):
    """Leest mkdocs.yml met zijn !!python/name-tags als gewone tekst."""


_MkdocsLoader.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)
_MkdocsLoader.add_multi_constructor("!", lambda loader, suffix, node: None)


def mkdocs_config() -> dict:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_MkdocsLoader)


def nav_paginas() -> list[tuple[str, str]]:
    """(titel, bestand) van elke pagina in de navigatie, in volgorde. Een pagina zonder titel in de
    navigatie (het overzicht van een sectie, zoals woonzoektocht/index.md) krijgt de titel van
    haar sectie."""
    uit = []

    def loop(items, sectie=None):
        for item in items:
            if isinstance(item, str):
                uit.append((sectie, item))
                continue
            for titel, waarde in item.items():
                if isinstance(waarde, list):
                    loop(waarde, titel)
                else:
                    uit.append((titel, waarde))

    loop(mkdocs_config()["nav"])
    return uit


def niet_in_nav() -> list[str]:
    """Pagina's die bewust niet in de navigatie staan (`not_in_nav` in mkdocs.yml, bv. de twee
    formulieren onder toevoegen/: de keuzepagina linkt ernaar)."""
    return [regel.strip().lstrip("/") for regel in (mkdocs_config().get("not_in_nav") or "").splitlines() if regel.strip()]


def afdruk_paginas() -> list[tuple[str, str]]:
    """(titel, bestand) van elke pagina die in het afgedrukte draaiboek staat: de navigatie zonder
    wat print-site uitsluit (`exclude`, bv. het formulier toevoegen.md)."""
    uitgesloten: set[str] = set()
    for plugin in mkdocs_config().get("plugins", []):
        if isinstance(plugin, dict) and "print-site" in plugin:
            uitgesloten = set((plugin["print-site"] or {}).get("exclude") or [])
    return [(titel, bestand) for titel, bestand in nav_paginas() if bestand not in uitgesloten]


def pagina_url(bestand: str) -> str:
    """docs-bestand -> pad in site/ (use_directory_urls)."""
    if bestand == "index.md" or bestand.endswith("/index.md"):
        return bestand[: -len(".md")] + ".html"
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




def kopieer_project(doel: Path) -> Path:
    """Kopie van het project zonder site/, .git en caches, voor builds met aangepaste bestanden."""
    import shutil

    def negeer(map_, namen):
        return {n for n in namen if n in {"site", ".git", ".venv", "__pycache__", ".pytest_cache", "node_modules"}}

    shutil.copytree(ROOT, doel, ignore=negeer)
    return doel


def in_eigen_draad(functie):
    """Voer `functie()` uit in een eigen draad en geef het resultaat (of de fout) terug.

    De browsertests houden één Playwright-sessie open (sync API, met een asyncio-lus in de
    hoofddraad). Een test die daarna zelf afdrukt via draaiboek.pdf (ook sync Playwright) moet
    dat in een andere draad doen, anders weigert Playwright ("Sync API inside the asyncio loop").
    """
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as uitvoerder:
        return uitvoerder.submit(functie).result()


def sitemap_paden(site_map: Path) -> list[str]:
    """Alle paden uit site/sitemap.xml, relatief ten opzichte van site_url (bv. '', 'opstarten/')."""
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    boom = ET.parse(site_map / "sitemap.xml")
    locs = [loc.text.strip() for loc in boom.getroot().findall("s:url/s:loc", ns)]
    # Het gemeenschappelijke voorvoegsel is site_url (de startpagina staat er zelf in).
    basis = min(locs, key=len)
    if not basis.endswith("/"):
        basis = basis.rsplit("/", 1)[0] + "/"
    return [loc[len(basis):] for loc in locs]
