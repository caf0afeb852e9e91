"""Benchmark van het draaiboek: één tabel, elk getal in dezelfde run gemeten.

    python bench/bench.py                 # alles (een paar minuten op 2 kernen)
    python bench/bench.py --herhaal 5     # meer builds per meting (mediaan)
    python bench/bench.py --zonder-lighthouse

Geen test: de doelen staan in de tabel, de afsluitcode is 0 tenzij een meting zelf crasht.
Alles gebeurt in een tijdelijke map (kopie van het project); er wordt niets gecommit of
gewijzigd in het project zelf. Lighthouse komt uit npm, vastgepind en niet in package.json
(`make bench` doet `npm install --no-save lighthouse@12.8.2`); het gebruikt /usr/bin/chromium
($CHROMIUM om een andere te kiezen). Zonder Lighthouse meldt de tabel dat, in plaats van te falen.
"""
from __future__ import annotations

import argparse
import copy
import datetime as dt
import gzip
import json
import os
import re
import resource
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "browser"))

import yaml  # noqa: E402

import gzipserver  # noqa: E402
from browserhulp import CHROMIUM_VLAGGEN, chromium_pad, sitemap_paden  # noqa: E402

# Groei: (praktijkvoorbeelden, initiatieven). 1.000 en 4.000 voor "hoogstens lineair",
# 10.000 + 1.000 voor het doel van 30 s.
SCHALEN = ((1000, 1000), (4000, 1000), (10000, 1000))
DOEL_10K = 30.0
DOEL_VERHOUDING = 1.6
DOEL_GEWICHT = 80 * 1024
NEGEER = {"site", ".git", ".venv", "__pycache__", ".pytest_cache", "node_modules", ".bench"}


# ---------------------------------------------------------------------------
# Hulp
# ---------------------------------------------------------------------------

def log(tekst: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {tekst}", file=sys.stderr, flush=True)


BRON = ROOT  # --bron: een andere projectmap meten (bv. een schone export van een commit)


def kopieer_project(doel: Path) -> Path:
    shutil.copytree(BRON, doel, ignore=lambda _m, namen: {n for n in namen if n in NEGEER})
    return doel


def omgeving(**extra) -> dict:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", DRAAIBOEK_PDF="uit")
    env.update(extra)
    return env


def _kind_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def bouw(project: Path, config: str, doel: Path, **env) -> tuple[float, float]:
    """Eén `mkdocs build` in een nieuw proces: (wandkloktijd, processortijd) in seconden,
    inclusief het opstarten van Python."""
    start, cpu = time.perf_counter(), _kind_cpu()
    res = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", config, "-d", str(doel)],
        cwd=project, env=omgeving(**env), capture_output=True, text=True, timeout=900,
    )
    duur, cpu = time.perf_counter() - start, _kind_cpu() - cpu
    if res.returncode != 0:
        raise RuntimeError(f"build faalde ({project}, {config}):\n{res.stdout[-3000:]}{res.stderr[-3000:]}")
    return duur, cpu


def bouw_in_onderdelen(project: Path, doel: Path, **env) -> dict:
    """Eén build via bench/onderdelen.py: tijd per onderdeel (wand en cpu) plus het hele proces."""
    start, cpu = time.perf_counter(), _kind_cpu()
    res = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "onderdelen.py"), "-d", str(doel)],
        cwd=project, env=omgeving(**env), capture_output=True, text=True, timeout=1800,
    )
    duur, cpu = time.perf_counter() - start, _kind_cpu() - cpu
    if res.returncode != 0 or not res.stdout.strip():
        raise RuntimeError(f"build faalde ({project}):\n{res.stdout[-3000:]}{res.stderr[-3000:]}")
    uit = json.loads(res.stdout.strip().splitlines()[-1])
    uit["proces"] = {"wand": duur, "cpu": cpu}
    return uit


def mediaan_builds(project: Path, herhaal: int) -> dict[str, tuple[float, float]]:
    """Mediaan van `herhaal` builds met en zonder macros/print-site, afwisselend gemeten.
    Geeft {"met": (wand, cpu), "zonder": (wand, cpu)}."""
    met, zonder = [], []
    bouw(project, "mkdocs.yml", project / "_site_met")  # opwarmen (bytecode, schijfcache)
    for _ in range(herhaal):
        met.append(bouw(project, "mkdocs.yml", project / "_site_met"))
        zonder.append(bouw(project, "mkdocs-zonder.yml", project / "_site_zonder"))
    return {naam: (statistics.median(x[0] for x in lijst), statistics.median(x[1] for x in lijst))
            for naam, lijst in (("met", met), ("zonder", zonder))}


def schrijf_config_zonder_plugins(project: Path) -> None:
    """mkdocs-zonder.yml: dezelfde config zonder macros en print-site (en niet strikt).

    De hook `on_post_build` werkt de afdrukpagina bij en maakt de PDF; zonder print-site is er
    geen afdrukpagina, dus de variant gebruikt de andere hooks zonder die ene. En de hook die per
    pagina de CSS en JS van print-site weglaat, heeft dan niets weg te laten.
    """
    tekst = (project / "mkdocs.yml").read_text(encoding="utf-8")
    regels = tekst.splitlines()
    uit, in_plugins, sla_over = [], False, False
    for regel in regels:
        if re.match(r"^\S", regel):
            in_plugins = regel.startswith("plugins:")
            sla_over = False
        if in_plugins:
            m = re.match(r"^  - ([\w-]+)", regel)  # een plugin (niet een lijst in haar instellingen)
            if m:
                sla_over = m.group(1) in {"macros", "print-site"}
            elif regel.strip().startswith("#"):
                continue
            if sla_over:
                continue
        uit.append(regel)
    tekst = "\n".join(uit) + "\n"
    tekst = re.sub(r"^strict: true", "strict: false", tekst, flags=re.M)
    tekst = tekst.replace("draaiboek/mkdocs_hooks.py", "draaiboek/_bench_hooks.py")
    (project / "mkdocs-zonder.yml").write_text(tekst, encoding="utf-8")
    (project / "draaiboek" / "_bench_hooks.py").write_text(
        "import sys\nfrom pathlib import Path\n"
        "sys.path.insert(0, str(Path(__file__).resolve().parent.parent))\n"
        "from draaiboek.mkdocs_hooks import *  # noqa: F401,F403\n"
        "from draaiboek import mkdocs_hooks as _h\n"
        "globals().pop('on_post_build', None)\n"
        # Zonder print-site staan de CSS en JS van print-site op geen enkele pagina: niets weg te laten.
        "try:\n"
        "    from draaiboek import paginabestanden as _p\n"
        "    _p.ALLEEN_AFDRUKPAGINA = ()\n"
        "except ImportError:  # een oudere versie van het project (--bron)\n"
        "    pass\n",
        encoding="utf-8",
    )
    plugins = re.search(r"^plugins:\n((?:[ #].*\n|\n)*)", tekst, flags=re.M).group(1)
    assert not re.search(r"^\s*- (macros|print-site)\b", plugins, flags=re.M), plugins


class _Datum(yaml.SafeLoader):
    pass


def schaal_gegevens(project: Path, n_praktijken: int, n_initiatieven: int) -> tuple[int, int]:
    """Vul data/ aan tot zoveel praktijkvoorbeelden en initiatieven: kopieën van de echte items
    met een ander id en een volgnummer in de naam (alleen in de tijdelijke map)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    aantallen = []
    for bestand, naamveld, n in (("practices.yaml", "titel", n_praktijken), ("initiatives.yaml", "naam", n_initiatieven)):
        pad = project / "data" / bestand
        kop = "".join(r for r in pad.read_text(encoding="utf-8").splitlines(keepends=True)[:3] if r.startswith("#"))
        items = yaml.safe_load(pad.read_text(encoding="utf-8"))
        uit = list(items)
        k = 0
        while len(uit) < n:
            bron = items[k % len(items)]
            nieuw = copy.deepcopy(bron)
            volgnummer = k // len(items) + 2
            nieuw["id"] = f"{bron['id']}-{volgnummer}"
            nieuw[naamveld] = f"{bron[naamveld]} {volgnummer}"
            uit.append(nieuw)
            k += 1
        uit.sort(key=lambda x: x["id"])
        pad.write_text(kop + yaml.dump(uit, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100),
                       encoding="utf-8")
        aantallen.append(len(uit))
    return aantallen[0], aantallen[1]


def tel_gegevens(project: Path) -> int:
    return sum(len(yaml.safe_load((project / "data" / f).read_text(encoding="utf-8")))
               for f in ("practices.yaml", "initiatives.yaml"))


class _Bronnen(HTMLParser):
    def __init__(self):
        super().__init__()
        self.bestanden: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "link" and "stylesheet" in (a.get("rel") or "") and a.get("href"):
            self.bestanden.append(a["href"])
        if tag == "script" and a.get("src"):
            self.bestanden.append(a["src"])


def bij_gebruik(site: Path, pagina: str) -> tuple[list[str], int]:
    """Wat een pagina pas ophaalt als de lezer iets gebruikt (data-gegevens: de gegevens van de
    gemeentezoeker): (bestanden, gzip -6 samen). Niet in paginagewicht (dat is wat de pagina bij
    het openen laadt), wel eerlijk apart gemeld."""
    html_pad = site / pagina
    html_tekst = html_pad.read_text(encoding="utf-8")
    if "zoeker.js" not in html_tekst:
        return [], 0  # zonder zoeker.js haalt niets de gegevens op (zoals op de afdrukpagina)
    bestanden = re.findall(r'\sdata-gegevens="([^"]+)"', html_tekst)
    gz = sum(len(gzip.compress((html_pad.parent / b).read_bytes(), compresslevel=6)) for b in bestanden)
    return bestanden, gz


def paginagewicht(site: Path, pagina: str) -> tuple[int, int]:
    """HTML + CSS + JS van één pagina (zoals in de HTML gelinkt), ruw en elk bestand apart gzip -6."""
    html_pad = site / pagina
    bestanden = [html_pad]
    p = _Bronnen()
    p.feed(html_pad.read_text(encoding="utf-8"))
    for href in p.bestanden:
        if re.match(r"^[a-z]+:", href) or href.startswith("//"):
            continue  # extern: mag niet voorkomen (test_netwerk_en_pdf.py)
        bestanden.append((html_pad.parent / href.split("?")[0].split("#")[0]).resolve())
    ruw = gz = 0
    for b in bestanden:
        data = Path(b).read_bytes()
        ruw += len(data)
        gz += len(gzip.compress(data, compresslevel=6))
    return ruw, gz


ONDERDELEN = (("gegevens", "gegevens"), ("macros", "macros"), ("markdown", "Markdown"),
              ("zoeken", "zoeken"), ("afdrukpagina", "afdrukpagina"), ("pdf", "PDF"),
              ("hooks", "hooks"), ("rest", "rest"), ("opstarten", "opstarten"))


def onderdelen_tekst(delen: dict[str, float]) -> str:
    """'gegevens 0.08, macros 0.09, ... s': de onderdelen uit bench/onderdelen.py."""
    return ", ".join(f"{label} {delen[k]:.2f}" for k, label in ONDERDELEN
                     if k in delen and (k != "pdf" or delen[k] > 0)) + " s"


def getal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def kb(n: float) -> str:
    return f"{n / 1024:,.0f} kB".replace(",", ".")


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def haal(url: str, timeout: float = 2) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.read().decode("utf-8", "replace")
    except Exception:
        return None


# ---------------------------------------------------------------------------
# Metingen
# ---------------------------------------------------------------------------

def meet_filter(site: Path, browser) -> dict[str, dict]:
    """Een filterkeuze op het overzicht van de catalogus en op de sociale kaart: elke waarde van elke keuzelijst, dan
    terug naar alles. Per keuze drie tijden vanaf de wijziging: het JavaScript van filters.js
    (synchroon), plus stijl en layout (geforceerd met offsetHeight), en tot het volgende beeld."""
    # De sociale kaart heeft sinds de splitsing per provincie filters op elke deelpagina: meet de
    # deelpagina met de meeste kaarten.
    kaartpaginas = [p for p in (site / "sociale-kaart").glob("*/index.html")
                    if "data-vzw-filter" in p.read_text(encoding="utf-8")]
    grootste = max(kaartpaginas, key=lambda p: p.read_text(encoding="utf-8").count('class="vzw-kaart'))
    server, origin = gzipserver.start(str(site))
    uit = {}
    try:
        pagina = browser.new_page(viewport={"width": 1280, "height": 900})
        for pad in ("praktijkvoorbeelden/", f"sociale-kaart/{grootste.parent.name}/"):
            pagina.goto(f"{origin}/{pad}", wait_until="load")
            pagina.wait_for_selector("[data-vzw-filter][data-vzw-klaar]")
            res = pagina.evaluate(
                """async () => {
                     const w = document.querySelector('[data-vzw-filter]');
                     const frame = () => new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
                     const m = [];
                     for (const s of w.querySelectorAll('select[data-vzw-veld]')) {
                       for (const v of [...[...s.options].map(o => o.value).slice(1), '']) {
                         await frame();
                         const t0 = performance.now();
                         s.value = v;
                         s.dispatchEvent(new Event('change', {bubbles: true}));
                         const t1 = performance.now();
                         void document.body.offsetHeight;
                         const t2 = performance.now();
                         await frame();
                         m.push([t1 - t0, t2 - t0, performance.now() - t0]);
                       }
                     }
                     return {m, kaarten: w.querySelectorAll('.vzw-kaart').length};
                   }"""
            )
            kolom = lambda i: sorted(x[i] for x in res["m"])  # noqa: E731
            uit[pad] = {"kaarten": res["kaarten"], "keuzes": len(res["m"]),
                        **{naam: (statistics.median(kolom(i)), kolom(i)[-1])
                           for i, naam in enumerate(("js", "layout", "beeld"))}}
        pagina.close()
    finally:
        server.shutdown()
    return uit


def gewicht_zoeker(site: Path) -> tuple[int, int]:
    """(ruw, gzip) van wat de gemeentezoeker aan /sociale-kaart/ toevoegt: het HTML-blok (zoekveld,
    resultaatplek), zoeker.js en het gegevensbestand dat zoeker.js bij gebruik ophaalt."""
    html_tekst = (site / "sociale-kaart" / "index.html").read_text(encoding="utf-8")
    begin = html_tekst.find('<div class="vzw-zoeker"')
    # tot de volgende kop van de pagina (de kaarten verderop hebben ook <details>)
    eind = html_tekst.find("<h2", begin)
    blok = html_tekst[begin:eind].encode("utf-8") if begin != -1 and eind > begin else b""
    js = (site / "assets" / "javascripts" / "zoeker.js").read_bytes()
    m = re.search(r'data-gegevens="([^"]+)"', html_tekst)
    gegevens = (site / "sociale-kaart" / m.group(1)).read_bytes() if m else b""
    delen = (blok, js, gegevens)
    return sum(map(len, delen)), sum(len(gzip.compress(d, 6)) for d in delen)


def meet_zoeker(site: Path, browser) -> dict[str, tuple[float, float]]:
    """Opzoeken in de gemeentezoeker: per vraag de tijd van zoek() alleen, en van een toetsaanslag
    tot de keuzelijst getekend is (input-gebeurtenis + geforceerde layout). Vragen: de eerste 1, 3
    en alle letters van elke gemeentenaam en elke postcode (meer dan 1.500 vragen)."""
    server, origin = gzipserver.start(str(site))
    try:
        pagina = browser.new_page(viewport={"width": 1280, "height": 900})
        pagina.goto(f"{origin}/sociale-kaart/", wait_until="load")
        pagina.wait_for_selector("[data-vzw-zoeker][data-vzw-klaar]")
        # De gegevens komen pas bij gebruik (gemeenten.json): eerst laden, dan meten.
        pagina.evaluate("() => window.vzwZoeker.laad(document.querySelector('[data-vzw-zoeker]')).then(() => true)")
        res = pagina.evaluate(
            """() => {
                 const z = window.vzwZoeker, gem = z.lees_gemeenten(document.querySelector('[data-vzw-zoeker]'));
                 const vragen = [];
                 for (const g of gem) { vragen.push(g.naam.slice(0, 1), g.naam.slice(0, 3), g.naam, ...g.postcodes); }
                 const invoer = document.getElementById('vzw-gemeente');
                 const zoek = [], toets = [];
                 for (const q of vragen) {
                   let t0 = performance.now(); z.zoek(gem, q, 8); zoek.push(performance.now() - t0);
                   t0 = performance.now();
                   invoer.value = q; invoer.dispatchEvent(new Event('input', {bubbles: true}));
                   void document.body.offsetHeight;
                   toets.push(performance.now() - t0);
                 }
                 return {zoek, toets, gemeenten: gem.length};
               }"""
        )
        pagina.close()
    finally:
        server.shutdown()
    uit = {}
    for naam in ("zoek", "toets"):
        reeks = sorted(res[naam])
        # mediaan, 95e percentiel, aantal (het maximum is op een gedeelde machine vooral ruis)
        uit[naam] = (statistics.median(reeks), reeks[int(len(reeks) * 0.95)], len(reeks))
    uit["gemeenten"] = res["gemeenten"]
    return uit


def meet_check(herhaal: int) -> float:
    tijden = []
    for _ in range(herhaal):
        start = time.perf_counter()
        res = subprocess.run([sys.executable, "-m", "draaiboek.check"], cwd=BRON, capture_output=True, text=True)
        tijden.append(time.perf_counter() - start)
        if res.returncode != 0:
            raise RuntimeError("python -m draaiboek.check faalde:\n" + res.stderr[-2000:])
    return statistics.median(tijden)


def meet_serve(project: Path, herhaal: int = 3) -> list[float]:
    """Tijd van het bewaren van data/practices.yaml tot de herbouwde pagina het nieuwe woord toont."""
    poort = vrije_poort()
    proc = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{poort}"],
        cwd=project, env=omgeving(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    # mkdocs serve dient de site onder het pad van site_url (bv. /draaiboek/).
    site_url = re.search(r"^site_url:\s*(\S+)", (project / "mkdocs.yml").read_text(encoding="utf-8"), flags=re.M)
    basis = urllib.parse.urlparse(site_url.group(1)).path if site_url else "/"
    url = f"http://127.0.0.1:{poort}{basis.rstrip('/')}/praktijkvoorbeelden/"
    tijden = []
    try:
        grens = time.monotonic() + 120
        while "vzw-kaart" not in (haal(url) or ""):
            if time.monotonic() > grens or proc.poll() is not None:
                raise RuntimeError(f"mkdocs serve kwam niet op gang ({url})")
            time.sleep(0.2)
        time.sleep(1.5)  # laat de eerste build en de bestandswachter tot rust komen
        data = project / "data" / "practices.yaml"
        origineel = data.read_text(encoding="utf-8")
        eerste_titel = re.search(r"^  titel: (.+)$", origineel, flags=re.M)
        for i in range(herhaal):
            merk = f"Benchmarkwoord{i}x{int(time.time())}"
            nieuw = origineel.replace(eerste_titel.group(0), f"{eerste_titel.group(0)} {merk}", 1)
            start = time.perf_counter()
            data.write_text(nieuw, encoding="utf-8")
            while time.perf_counter() - start < 60:
                if merk in (haal(url) or ""):
                    break
                time.sleep(0.05)
            else:
                raise RuntimeError("mkdocs serve toonde de wijziging niet binnen 60 s")
            tijden.append(time.perf_counter() - start)
            time.sleep(1.5)
        data.write_text(origineel, encoding="utf-8")
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
    return tijden


def meet_lighthouse(site: Path, paginas: dict[str, str], chromium: str) -> dict[str, dict | str]:
    lh = ROOT / "node_modules" / ".bin" / "lighthouse"
    if not lh.exists():
        return {naam: "kan hier niet draaien: Lighthouse niet geïnstalleerd (npm install --no-save lighthouse@12.8.2)" for naam in paginas}
    server, origin = gzipserver.start(str(site))
    uit: dict[str, dict | str] = {}
    vlaggen = " ".join(["--headless=new"] + CHROMIUM_VLAGGEN)
    try:
        for naam, pad in paginas.items():
            rapport = site.parent / ("lighthouse-" + re.sub(r"[^a-z0-9]+", "-", naam) + ".json")
            res = subprocess.run(
                [str(lh), f"{origin}/{pad}", "--output=json", f"--output-path={rapport}", "--quiet",
                 "--only-categories=performance,accessibility,best-practices,seo",
                 f"--chrome-flags={vlaggen}"],
                env=dict(os.environ, CHROME_PATH=chromium), capture_output=True, text=True, timeout=300,
            )
            if res.returncode != 0 or not rapport.exists():
                uit[naam] = "Lighthouse faalde: " + (res.stderr.strip().splitlines() or ["?"])[-1][:120]
                continue
            d = json.loads(rapport.read_text(encoding="utf-8"))
            scores = {k: round((v["score"] or 0) * 100) for k, v in d["categories"].items()}
            missers = []
            for cat in d["categories"].values():
                for ref in cat["auditRefs"]:
                    a = d["audits"][ref["id"]]
                    if ref.get("weight", 0) > 0 and a.get("score") is not None and a["score"] < 1:
                        missers.append(ref["id"])
            scores["missers"] = sorted(set(missers))
            uit[naam] = scores
    finally:
        server.shutdown()
    return uit


# ---------------------------------------------------------------------------
# Hoofdprogramma
# ---------------------------------------------------------------------------

def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--herhaal", type=int, default=3, help="builds per meting (mediaan), standaard 3")
    ap.add_argument("--zonder-lighthouse", action="store_true")
    ap.add_argument("--bewaar", action="store_true", help="tijdelijke map niet opruimen")
    ap.add_argument("--bron", type=Path, default=ROOT, help="projectmap om te meten (standaard dit project)")
    ap.add_argument("--schalen", default=",".join(str(p) for p, _ in SCHALEN),
                    help="aantallen praktijkvoorbeelden voor de groei (initiatieven: hoogstens 1.000), "
                         "standaard 1000,4000,10000")
    args = ap.parse_args()
    schalen = tuple((n, min(n, 1000)) for n in (int(x) for x in args.schalen.split(",")))
    global BRON
    BRON = args.bron.resolve()

    chromium = chromium_pad()
    werk = Path(tempfile.mkdtemp(prefix="draaiboek-bench-"))
    rijen: list[tuple[str, str, str, str]] = []  # (meting, waarde, doel, oordeel)

    def rij(meting, waarde, doel="", ok=None):
        oordeel = "" if ok is None else ("ok" if ok else "NIET GEHAALD")
        rijen.append((meting, waarde, doel, oordeel))

    try:
        # 1. Build met en zonder macros + print-site, echte gegevens
        log("project kopiëren en builds meten (echte gegevens)")
        echt = kopieer_project(werk / "echt")
        schrijf_config_zonder_plugins(echt)
        n_echt = tel_gegevens(echt)
        m = mediaan_builds(echt, args.herhaal)
        (met, met_cpu), (zonder, zonder_cpu) = m["met"], m["zonder"]
        rij("Build met macros + print-site (zonder PDF), mediaan", f"{met:.2f} s (processor {met_cpu:.2f} s)")
        rij("Build zonder macros en print-site, mediaan", f"{zonder:.2f} s (processor {zonder_cpu:.2f} s)")
        rij("Verhouding met/zonder (echte gegevens)",
            f"{met / zonder:.2f}x (processor {met_cpu / zonder_cpu:.2f}x)",
            f"≤ {DOEL_VERHOUDING:.1f}x".replace(".", ","), met / zonder <= DOEL_VERHOUDING)

        # 2. Onderdelen van één build op de echte gegevens, met PDF als Chromium er is
        log("onderdelen van de build meten (echte gegevens, met PDF)")
        site = echt / "_site_onderdelen"
        delen = bouw_in_onderdelen(echt, site, DRAAIBOEK_PDF="aan" if chromium else "uit")
        rij(f"Onderdelen, echte gegevens ({n_echt} items), processor", onderdelen_tekst(delen["cpu"]))
        rij("Onderdelen, echte gegevens, wandklok", onderdelen_tekst(delen["wand"]))
        rij("Gegevens gelezen en gecontroleerd per build", f"{delen['gegevens_gelezen']} keer", "1 keer",
            delen["gegevens_gelezen"] == 1)

        # 3. Groei: 1.000, 4.000 en 10.000 praktijkvoorbeelden
        groei: dict[tuple[int, int], dict] = {}
        for n_p, n_i in schalen:
            log(f"gegevens schalen naar {n_p} + {n_i} en één build meten")
            project = kopieer_project(werk / f"schaal-{n_p}")
            schaal_gegevens(project, n_p, n_i)
            d = bouw_in_onderdelen(project, project / "_site_met")
            groei[(n_p, n_i)] = d
            rij(f"Build {getal(n_p)} praktijken + {getal(n_i)} initiatieven (zonder PDF)",
                f"{d['proces']['wand']:.1f} s (processor {d['proces']['cpu']:.1f} s); "
                f"{onderdelen_tekst(d['cpu'])}",
                f"< {DOEL_10K:.0f} s" if n_p >= 10000 else "",
                d["proces"]["wand"] < DOEL_10K if n_p >= 10000 else None)
            if n_p != schalen[0][0]:
                shutil.rmtree(project, ignore_errors=True)
        (a_p, a_i), (b_p, b_i) = schalen[0], schalen[1]
        # Extra tijd van de plugins: de build min de kale build (die hangt niet af van de gegevens).
        extra_a = groei[(a_p, a_i)]["proces"]["cpu"] - zonder_cpu
        extra_b = groei[(b_p, b_i)]["proces"]["cpu"] - zonder_cpu
        items = (b_p + b_i) / (a_p + a_i)
        rij(f"Groei: extra processortijd van de plugins, {getal(a_p + a_i)} → {getal(b_p + b_i)} items",
            f"{extra_a:.1f} s → {extra_b:.1f} s ({extra_b / extra_a:.2f}x bij {items:.1f}x zoveel items)",
            "hoogstens lineair", extra_b / extra_a <= items * 1.1)
        groot = werk / f"schaal-{a_p}"

        # 4. Filteren in de browser (1.000 kaarten)
        from playwright.sync_api import sync_playwright

        if chromium:
            log("filteren meten in Chromium")
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_VLAGGEN)
                for pad, mf in meet_filter(groot / "_site_met", browser).items():
                    tekst = "; ".join(f"{label} {mf[k][0]:.0f} ms (max {mf[k][1]:.0f})" for k, label in
                                      (("js", "JS"), ("layout", "JS+layout"), ("beeld", "tot beeld")))
                    rij(f"Filteren /{pad}, {mf['kaarten']} kaarten, {mf['keuzes']} keuzes (mediaan)",
                        tekst, "JS+layout < 50 ms", mf["layout"][0] < 50)
                browser.close()
        else:
            rij("Filteren in de browser", "geen Chromium gevonden")
        shutil.rmtree(groot, ignore_errors=True)

        # 5. Paginagewicht van elke pagina, zoekindex (echte site met plugins)
        for pad in sitemap_paden(site) + ["print_page/"]:
            ruw, gz = paginagewicht(site, pad + "index.html")
            afdruk = pad == "print_page/"
            later, later_gz = bij_gebruik(site, pad + "index.html")
            extra = f"; bij gebruik nog {', '.join(later)}: {kb(later_gz)} gzip" if later else ""
            rij(f"Gewicht HTML+CSS+JS /{pad}", f"{kb(ruw)} ruw, {kb(gz)} gzip{extra}",
                "" if afdruk else f"≤ {kb(DOEL_GEWICHT)} gzip", None if afdruk else gz <= DOEL_GEWICHT)
        ruw, gz = gewicht_zoeker(site)
        rij("Gemeentezoeker: zoekveld + zoeker.js + gemeenten.json op /sociale-kaart/", f"{kb(ruw)} ruw, {kb(gz)} gzip",
            "≤ 30 kB gzip", gz <= 30 * 1024)
        if chromium:
            log("opzoeken in de gemeentezoeker meten")
            from playwright.sync_api import sync_playwright

            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_VLAGGEN)
                mz = meet_zoeker(site, browser)
                browser.close()
            rij(f"Gemeentezoeker: opzoeken ({mz['gemeenten']} gemeenten, {mz['zoek'][2]} vragen)",
                f"zoek() mediaan {mz['zoek'][0]:.2f} ms (p95 {mz['zoek'][1]:.1f}); toets tot lijst mediaan "
                f"{mz['toets'][0]:.1f} ms (p95 {mz['toets'][1]:.1f})", "p95 < 50 ms", mz["toets"][1] < 50)
        # Material haalt bij het openen van elke pagina op de achtergrond de zoekindex, zijn
        # zoekworker en lunr (met de Nederlandse stemmer) op; de browser bewaart ze daarna in zijn
        # cache. Niet in het paginagewicht (HTML + gelinkte CSS en JS, zoals issue 13 meet), wel hier.
        js = site / "assets" / "javascripts"
        zoek = [site / "search" / "search_index.json", *sorted(js.glob("workers/search.*.min.js")),
                js / "lunr" / "min" / "lunr.stemmer.support.min.js", js / "lunr" / "min" / "lunr.nl.min.js"]
        data = [b.read_bytes() for b in zoek]
        rij("Zoeken: search_index.json + zoekworker + lunr (Material laadt ze op de achtergrond bij het openen; daarna uit de cache)",
            f"{kb(sum(map(len, data)))} ruw, {kb(sum(len(gzip.compress(d, 6)) for d in data))} gzip "
            f"(index alleen {kb(len(data[0]))} ruw, {kb(len(gzip.compress(data[0], 6)))} gzip)")

        # 6. PDF (gemaakt in de build van stap 2)
        pdf_pad = site / "draaiboek-vluchteling-zkt-woning.pdf"
        if chromium and pdf_pad.exists():
            from pypdf import PdfReader

            duur, grootte = delen["wand"]["pdf"], pdf_pad.stat().st_size
            rij("PDF: tijd (Chromium, afdrukpagina → PDF)", f"{duur:.1f} s", "≤ 20 s", duur <= 20)
            rij("PDF: grootte", f"{grootte / 1024 / 1024:.2f} MB", "≤ 5 MB", grootte <= 5 * 1024 * 1024)
            rij("PDF: pagina's", str(len(PdfReader(str(pdf_pad)).pages)))
        else:
            rij("PDF", "geen Chromium gevonden")

        # 7. Controle en mkdocs serve
        log("python -m draaiboek.check")
        check = meet_check(args.herhaal)
        rij("python -m draaiboek.check (echte gegevens, incl. opstarten)", f"{check:.2f} s", "< 1 s", check < 1)
        log("mkdocs serve: bewaren → herbouwde pagina")
        serve = meet_serve(kopieer_project(werk / "serve"))
        rij("mkdocs serve: data bewaren → nieuwe pagina",
            f"mediaan {statistics.median(serve):.2f} s (" + ", ".join(f"{t:.2f}" for t in serve) + ")",
            "< 2 s", max(serve) < 2)

        # 8. Lighthouse (mobiel), geserveerd met gzip
        if args.zonder_lighthouse:
            rij("Lighthouse", "overgeslagen (--zonder-lighthouse)")
        elif not chromium:
            rij("Lighthouse", "kan hier niet draaien: geen Chromium")
        else:
            log("Lighthouse (mobiel)")
            paginas = {"startpagina": "", "hoofdstuk /opstarten/": "opstarten/",
                       "catalogus": "praktijkvoorbeelden/", "sociale kaart": "sociale-kaart/"}
            for naam, s in meet_lighthouse(site, paginas, chromium).items():
                if isinstance(s, str):
                    rij(f"Lighthouse mobiel, {naam}", s)
                    continue
                ok = s["performance"] >= 95 and all(s[k] == 100 for k in ("accessibility", "best-practices", "seo"))
                tekst = (f"perf {s['performance']}, a11y {s['accessibility']}, "
                         f"best practices {s['best-practices']}, SEO {s['seo']}")
                if s["missers"]:
                    tekst += " (niet 100%: " + ", ".join(s["missers"]) + ")"
                rij(f"Lighthouse mobiel, {naam}", tekst, "≥ 95 / 100 / 100 / 100", ok)
    finally:
        if args.bewaar:
            log(f"tijdelijke map bewaard: {werk}")
        else:
            shutil.rmtree(werk, ignore_errors=True)

    # Eén tabel (Markdown, zo in bench/README.md te plakken)
    print(f"\nBenchmark {dt.datetime.now():%Y-%m-%d %H:%M}, {os.cpu_count()} kernen, "
          f"Python {sys.version.split()[0]}, mediaan van {args.herhaal} builds\n")
    breedte = [max(len(r[i]) for r in rijen + [("Meting", "Resultaat", "Doel", "Oordeel")]) for i in range(4)]
    kop = ("Meting", "Resultaat", "Doel", "Oordeel")
    print("| " + " | ".join(k.ljust(b) for k, b in zip(kop, breedte)) + " |")
    print("|" + "|".join("-" * (b + 2) for b in breedte) + "|")
    for r in rijen:
        print("| " + " | ".join(c.ljust(b) for c, b in zip(r, breedte)) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
