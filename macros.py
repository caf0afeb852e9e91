"""mkdocs-macros: registreert de macro's die de hoofdstukken gebruiken.

Dunne lijm: laden, valideren en weergeven gebeurt in gewone Python in het pakket `draaiboek`.
VOORLOPIG: stubs met de definitieve namen en parameters; de echte weergave volgt.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from draaiboek import bronnen  # noqa: E402


def define_env(env):
    docs = Path(env.conf["docs_dir"])

    @env.macro
    def praktijk(id, kop=3):
        return f"\n*(praktijkvoorbeeld `{id}`)*\n"

    @env.macro
    def praktijken(fase=None, thema=None, provincie=None, kop=3):
        return f"\n*(praktijkvoorbeelden: fase={fase}, thema={thema})*\n"

    @env.macro
    def praktijkcatalogus():
        return "\n*(catalogus van alle praktijkvoorbeelden)*\n"

    @env.macro
    def sociale_kaart(provincie=None, kop=2):
        return f"\n*(sociale kaart: {provincie or 'alle provincies'})*\n"

    @env.macro
    def aantal_praktijken(fase=None, thema=None):
        return "0"

    @env.macro
    def aantal_initiatieven(provincie=None):
        return "0"

    @env.macro
    def bronnenlijst():
        return bronnen.bronnenlijst_markdown(bronnen.verzamel(docs), docs)
