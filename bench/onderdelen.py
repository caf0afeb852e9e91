"""Eén `mkdocs build` met de tijd per onderdeel, voor bench/bench.py.

    python bench/onderdelen.py [-f mkdocs.yml] -d MAP     # in de projectmap; drukt één JSON-regel af

Geen profiler (die vertraagt alles ongelijk): we zetten alleen een klok rond
- elke gebeurtenis van elke plugin en van de hooks (MkDocs roept ze via `PluginCollection.events`
  aan; we wikkelen die lijst in nadat de configuratie geladen is);
- `draaiboek.gegevens.controleer` (gegevens lezen en controleren) en `draaiboek.gegevens.laad`;
- `Page.render` van MkDocs (Python-Markdown);
- `draaiboek.drukwerk.afdrukken` (de PDF's: boek in twee afdrukken en checklists, binnen de hook
  na de build).

Onderdelen in de uitvoer (seconden):
  gegevens    gegevens.laad: YAML lezen, JSON Schema en kruiscontroles (in de on_config van macros)
  macros      alle gebeurtenissen van mkdocs-macros, zonder `gegevens`
  markdown    Page.render (Python-Markdown met alle extensies)
  zoeken      alle gebeurtenissen van de zoekplugin (index opbouwen en schrijven)
  afdrukpagina  alle gebeurtenissen van print-site + de hook na de build, zonder `pdf`
  hooks       de andere gebeurtenissen van draaiboek/mkdocs_hooks.py (kaarten terugzetten, enz.)
  pdf         draaiboek.drukwerk.afdrukken (boek, checklists, PDF-gegevens in de links)
  rest        de build min al het bovenstaande (thema-sjablonen, bestanden schrijven, navigatie)
  build       de hele build, vanaf on_config (zonder het opstarten van Python)
  opstarten   Python en MkDocs importeren en mkdocs.yml laden (tot de build begint)

Elk onderdeel twee keer: wandkloktijd ("wand") en processortijd van dit proces ("cpu"; zonder
Chromium voor de PDF). Op een machine die met anderen gedeeld wordt, is de processortijd het
stabielste cijfer; de doelen gelden voor de wandklok op een rustige machine.
"""
from __future__ import annotations

import argparse
import functools
import json
import logging
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

START = time.perf_counter()
TIJD: dict[str, float] = defaultdict(float)
CPU: dict[str, float] = defaultdict(float)
AANTAL: dict[str, int] = defaultdict(int)


def klok(naam: str, functie):
    @functools.wraps(functie)
    def gewikkeld(*args, **kwargs):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        try:
            return functie(*args, **kwargs)
        finally:
            TIJD[naam] += time.perf_counter() - begin
            CPU[naam] += time.process_time() - begin_cpu
            AANTAL[naam] += 1

    return gewikkeld


def _eigenaar(methode) -> str:
    eigen = getattr(methode, "__self__", None)
    module = type(eigen).__module__ if eigen is not None else getattr(methode, "__module__", "")
    if "macros" in module:
        return "macros"
    if "search" in module:
        return "zoeken"
    if "print_site" in module:
        return "print-site"
    if "hooks" in module:
        return "hooks"
    return "andere plugins"


def _delen(tijd: dict[str, float], build: float, opstarten: float) -> dict[str, float]:
    """De onderdelen uit de gemeten klokken (zie de uitleg bovenaan)."""
    def som(voorvoegsel: str, behalve: tuple[str, ...] = ()) -> float:
        return sum(t for k, t in tijd.items() if k.startswith(voorvoegsel + ":") and k not in behalve)

    delen = {
        "gegevens": tijd["gegevens"],
        "macros": som("macros") - tijd["gegevens"],
        "markdown": tijd["markdown"],
        "zoeken": som("zoeken"),
        "afdrukpagina": som("print-site") + tijd["hooks:post_build"] - tijd["pdf"],
        "hooks": som("hooks", ("hooks:post_build",)),
        "pdf": tijd["pdf"],
    }
    delen["rest"] = max(0.0, build - sum(delen.values()) - som("andere plugins"))
    delen["build"] = build
    delen["opstarten"] = opstarten
    return {k: round(v, 3) for k, v in delen.items()}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("-f", "--config-file", default="mkdocs.yml")
    ap.add_argument("-d", "--site-dir", required=True)
    args = ap.parse_args()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    sys.path.insert(0, os.getcwd())

    from mkdocs.commands import build as mkbuild
    from mkdocs.config import load_config
    from mkdocs.structure import pages

    from draaiboek import gegevens

    gegevens.controleer = klok("gegevens lezen", gegevens.controleer)
    gegevens.laad = klok("gegevens", gegevens.laad)
    try:
        from draaiboek import drukwerk
    except ImportError:  # een oudere versie van het project (bench.py --bron): alleen pdf.maak_pdf
        from draaiboek import pdf

        pdf.maak_pdf = klok("pdf", pdf.maak_pdf)
    else:
        drukwerk.afdrukken = klok("pdf", drukwerk.afdrukken)
    pages.Page.render = klok("markdown", pages.Page.render)

    config = load_config(args.config_file, site_dir=args.site_dir)
    for gebeurtenis, methoden in config.plugins.events.items():
        config.plugins.events[gebeurtenis] = [
            klok(f"{_eigenaar(m)}:{gebeurtenis}", m) for m in methoden
        ]
    config.plugins.on_startup(command="build", dirty=False)
    klaar_om_te_bouwen, klaar_cpu = time.perf_counter(), time.process_time()
    try:
        mkbuild.build(config)
    finally:
        config.plugins.on_shutdown()
    einde, einde_cpu = time.perf_counter(), time.process_time()
    uit = {"wand": _delen(TIJD, einde - klaar_om_te_bouwen, klaar_om_te_bouwen - START),
           "cpu": _delen(CPU, einde_cpu - klaar_cpu, klaar_cpu),
           "gegevens_gelezen": AANTAL["gegevens lezen"]}
    print(json.dumps(uit))
    return 0


if __name__ == "__main__":
    sys.exit(main())
