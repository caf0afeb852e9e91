"""De gegevens worden één keer per build gelezen en gecontroleerd, en onder `mkdocs serve` één
keer per wijziging (issue 13): laad() bewaart het resultaat zolang de bestanden niet veranderen."""
from __future__ import annotations

import datetime as dt
import os

from draaiboek import gegevens
from test_gegevens import PRA, maak_project

VANDAAG = dt.date(2026, 11, 27)


def test_laad_leest_pas_opnieuw_na_een_wijziging(tmp_path, monkeypatch):
    maak_project(tmp_path)
    gelezen = []
    echt = gegevens.controleer

    def teller(*args, **kwargs):
        gelezen.append(1)
        return echt(*args, **kwargs)

    monkeypatch.setattr(gegevens, "controleer", teller)
    gegevens._CACHE.clear()
    eerste = gegevens.laad(tmp_path, VANDAAG)
    assert gegevens.laad(tmp_path, VANDAAG) is eerste  # tweede build of macro: niets opnieuw gelezen
    assert len(gelezen) == 1
    pad = tmp_path / PRA
    pad.write_text(pad.read_text(encoding="utf-8").replace("Eerste", "Eerst"), encoding="utf-8")
    st = pad.stat()
    os.utime(pad, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))  # ook op een grove klok
    tweede = gegevens.laad(tmp_path, VANDAAG)
    assert len(gelezen) == 2 and tweede is not eerste
    assert gegevens.laad(tmp_path, VANDAAG) is tweede and len(gelezen) == 2
