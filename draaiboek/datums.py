"""Datums in het Nederlands, zonder afhankelijkheid van de locale van de machine."""
from __future__ import annotations

import datetime as dt

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)


def als_datum(waarde) -> dt.date:
    """Zet een date, datetime of ISO-tekst (JJJJ-MM-DD) om naar een date."""
    if isinstance(waarde, dt.datetime):
        return waarde.date()
    if isinstance(waarde, dt.date):
        return waarde
    return dt.date.fromisoformat(str(waarde).strip())


def lange_datum(waarde) -> str:
    """27 november 2026"""
    d = als_datum(waarde)
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
