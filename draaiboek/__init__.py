"""Vluchteling zkt. woning: gewone Python voor gegevens, weergave en PDF, los van MkDocs.

Alleen `mkdocs_hooks.py` en `../macros.py` kennen MkDocs; de rest kan een andere
sitegenerator zonder wijziging hergebruiken.
"""
