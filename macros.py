"""mkdocs-macros: registreert de macro's die de hoofdstukken gebruiken.

Dunne lijm: laden, valideren en weergeven gebeurt in gewone Python in het pakket `draaiboek`.
"""
from __future__ import annotations


def define_env(env):
    pass
