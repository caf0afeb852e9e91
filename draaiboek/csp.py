"""Content-Security-Policy voor elke pagina, berekend bij de build. Gewone Python zonder MkDocs.

overrides/main.html zet bovenaan elke <head> een meta-tag met PLAATSHOUDER; de hook
(draaiboek/mkdocs_hooks.py) vervangt die door het beleid van die pagina:

- scripts, stijlen, afbeeldingen, lettertypen en verbindingen alleen van de site zelf ('self');
  afbeeldingen ook als data: (Material zet zijn pictogrammen als data:-SVG in de CSS);
- de inline scripts en <style>-blokken van het thema en van print-site met hun sha256-hash;
- nooit de hash van een script of stijl uit de inhoud van een hoofdstuk (`inhoud`): wat daar
  toch in zou raken, blokkeert de browser;
- geen plug-ins (object-src 'none'), <base> en formulieren alleen naar de site zelf.

Een meta-tag kan frame-ancestors, report-uri en sandbox niet zetten (de browser negeert ze en
klaagt in de console); die staan er dus niet in.
"""
from __future__ import annotations

import base64
import hashlib
import re

PLAATSHOUDER = "VZW-CSP-WORDT-BIJ-DE-BUILD-BEREKEND"
META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="' + re.escape(PLAATSHOUDER) + r'">\s*')
REFERRER = "no-referrer"

_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
_STYLE = re.compile(r"<style\b([^>]*)>(.*?)</style\s*>", re.S | re.I)
_TYPE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
_JS_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript",
             "application/ecmascript", "text/jscript"}


def _hash(tekst: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(tekst.encode("utf-8")).digest()).decode() + "'"


def inline_scripts(html: str) -> list[str]:
    """De inhoud van elk inline script dat de browser uitvoert (niet src=, niet type=application/json)."""
    uit = []
    for m in _SCRIPT.finditer(html):
        attrs = m.group(1)
        if re.search(r"\bsrc\s*=", attrs, re.I):
            continue
        t = _TYPE.search(attrs)
        if (t.group(1).lower() if t else "") in _JS_TYPES:
            uit.append(m.group(2))
    return uit


def inline_stijlen(html: str) -> list[str]:
    return [m.group(2) for m in _STYLE.finditer(html)]


def hashes(html: str) -> tuple[set[str], set[str]]:
    """(hashes van de inline scripts, hashes van de <style>-blokken)"""
    return {_hash(s) for s in inline_scripts(html)}, {_hash(s) for s in inline_stijlen(html)}


def beleid(script_hashes: set[str], stijl_hashes: set[str]) -> str:
    scripts = " ".join(["'self'", *sorted(script_hashes)])
    stijlen = " ".join(["'self'", *sorted(stijl_hashes)])
    return ("default-src 'none'; "
            f"script-src {scripts}; "
            f"style-src {stijlen}; "
            "img-src 'self' data:; "
            "font-src 'self'; "
            "connect-src 'self'; "
            "worker-src 'self'; "
            "manifest-src 'self'; "
            "base-uri 'self'; "
            "form-action 'self'; "
            "object-src 'none'")


def zet_beleid(html: str, inhoud: str = "", verboden: set[str] | None = None) -> str:
    """De pagina met haar eigen beleid in plaats van de plaatshouder.

    `inhoud`: de HTML van het hoofdstuk op deze pagina; scripts en stijlen daarin krijgen geen hash.
    `verboden`: hashes die nooit in het beleid mogen (scripts uit de inhoud van andere pagina's,
    voor de afdrukpagina die alle hoofdstukken bevat).
    """
    if not META.search(html):
        return html
    scripts, stijlen = hashes(html)
    if inhoud:
        in_scripts, in_stijlen = hashes(inhoud)
        scripts -= in_scripts
        stijlen -= in_stijlen
    if verboden:
        scripts -= verboden
        stijlen -= verboden
    meta = f'<meta http-equiv="Content-Security-Policy" content="{beleid(scripts, stijlen)}">\n    '
    return META.sub(lambda _: meta, html, count=1)


def zonder_beleid(html: str) -> str:
    """Zonder de meta-tag (mkdocs serve: de live-reload voegt een inline script toe)."""
    return META.sub("", html, count=1)
