/* Bijdrageformulier, het deel dat formulier.js bijlaadt zodra je begint in te vullen: een
 * initiatief of praktijkvoorbeeld nakijken, als kaart tonen en versturen, zonder dat er iets
 * vertrekt voor de gebruiker zelf klikt.
 *
 * - De velden maakt draaiboek/formulier.py uit de JSON Schema's; dit script leest ze terug naar
 *   een item in de volgorde van het schema.
 * - Controle: het schema via window.vzwSchemacontrole (formulier-schema-<soort>.min.js, door ajv
 *   gemaakt uit data/*.schema.json) en dezelfde kruiscontroles als draaiboek/gegevens.py;
 *   meldingen in dezelfde woorden als `python -m draaiboek.check`.
 * - Voorbeeldkaart: praktijkKaart() en initiatiefKaart() hieronder zijn een getrouwe kopie van
 *   praktijk_kaart() en initiatief_kaart() in draaiboek/weergave.py. DIE TWEE PLAATSEN MOETEN
 *   GELIJK BLIJVEN: tests/browser/test_formulier_in_browser.py legt voor elk item uit de gegevens
 *   de HTML van beide naast elkaar en faalt bij het kleinste verschil.
 * - Uit: YAML om te kopiëren, een ingevuld GitHub-issueformulier, een ingevulde e-mail.
 * Het bouwt verder op formulier.js (window.vzwFormulier: Formulier, Pagina, slug, isoDatum).
 * Geen inline script, niets van een andere host (CSP).
 */
(function () {
  "use strict";

  var api = window.vzwFormulier, slug = api.slug, isoDatum = api.isoDatum;

  // ---------------------------------------------------------------------------------------------
  // Tekst zoals Python hem behandelt
  // ---------------------------------------------------------------------------------------------

  // Witruimte zoals str.split() en str.strip() in Python (niet \ufeff, wel \x1c-\x1f en \x85).
  var WIT = "\\t\\n\\x0b\\x0c\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
  var WIT_RE = new RegExp("[" + WIT + "]+", "g");
  var STRIP_RE = new RegExp("^[" + WIT + "]+|[" + WIT + "]+$", "g");
  var ALINEA_RE = new RegExp("\\n[" + WIT + "]*\\n");

  function strip(s) { return String(s).replace(STRIP_RE, ""); }
  function woorden(s) { var t = strip(s); return t ? t.split(WIT_RE) : []; }
  function eenRegel(s) { return woorden(s).join(" "); }

  /* weergave.tekst(): html.escape(quote=True) plus {, } en | als tekenreferentie. */
  function tekst(w) {
    return String(w).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;").replace(/'/g, "&#x27;")
      .replace(/\{/g, "&#123;").replace(/\}/g, "&#125;").replace(/\|/g, "&#124;");
  }

  var MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december"];

  function langeDatum(iso) {
    var d = String(iso).split("-");
    return parseInt(d[2], 10) + " " + MAANDEN[parseInt(d[1], 10) - 1] + " " + parseInt(d[0], 10);
  }
  function bronDatum(datum) {
    if (datum === "z.d.") return "zonder datum";
    var delen = datum.split("-");
    if (delen.length === 3 && bestaandeDatum(+delen[0], +delen[1], +delen[2])) return langeDatum(datum);
    if (delen.length === 2 && +delen[1] >= 1 && +delen[1] <= 12) return MAANDEN[+delen[1] - 1] + " " + delen[0];
    return datum;
  }
  function bestaandeDatum(j, m, d) {
    if (!(j >= 1 && j <= 9999 && m >= 1 && m <= 12 && d >= 1)) return false;
    return d <= new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && !schrikkel(j) ? 1 : 0);
  }
  function schrikkel(j) { return (j % 4 === 0 && j % 100 !== 0) || j % 400 === 0; }

  /* urllib.parse.urlsplit(url).hostname, genoeg voor de adressen die het schema toelaat. */
  function hostnaam(url) {
    var m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(url);
    if (!m) return "";
    var netloc = m[1];
    var host = netloc.slice(netloc.lastIndexOf("@") + 1);
    if (host.indexOf("[") >= 0) {
      var b = /\[([^\]]*)\]/.exec(host);
      host = b ? b[1] : "";
    } else {
      host = host.split(":")[0];
    }
    return host.toLowerCase();
  }

  /* weergave.veilige_url() */
  function veiligeUrl(url) {
    if (typeof url !== "string") return null;
    url = strip(url);
    if (!url || /[\s\x00-\x1f]/.test(url) || new RegExp("[" + WIT + "]").test(url)) return null;
    var schema = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url);
    if (!schema || ["http", "https"].indexOf(schema[1].toLowerCase()) < 0) return null;
    if (!hostnaam(url)) return null;
    return tekst(url);
  }
  function link(url, inhoud) {
    var href = veiligeUrl(url);
    return href ? '<a href="' + href + '">' + inhoud + "</a>" : inhoud;
  }
  function kop(niveau, inhoud, anker, klasse) {
    var n = Math.max(1, Math.min(6, niveau));
    var attrs = (anker ? ' id="' + tekst(anker) + '"' : "") + (klasse ? ' class="' + klasse + '"' : "");
    return "<h" + n + attrs + ">" + inhoud + "</h" + n + ">";
  }
  function alineas(waarde, klasse) {
    var attr = klasse ? ' class="' + klasse + '"' : "";
    return strip(waarde).split(ALINEA_RE).filter(function (a) { return strip(a); })
      .map(function (a) { return "<p" + attr + ">" + tekst(eenRegel(a)) + "</p>"; });
  }
  function opsomming(lijst) { return lijst.map(tekst).join(", "); }

  function bronnenlijst(bronnen) {
    var r = ['<ul class="vzw-kaart__bronnen">'];
    bronnen.forEach(function (b) {
      r.push("<li>" + link(strip(b.url), tekst(strip(b.titel))) + " (" + tekst(bronDatum(String(b.datum))) + ")</li>");
    });
    r.push("</ul>");
    return r.join("\n");
  }
  function nagekeken(iso) {
    return '<p class="vzw-kaart__nagekeken">Laatst nagekeken: <time datetime="' + iso + '">' +
      langeDatum(iso) + "</time></p>";
  }
  function waar(gemeente, provincie, PROVINCIES) {
    if (gemeente && provincie && slug(gemeente) === slug(provincie)) return tekst(gemeente);
    if (gemeente && provincie) return tekst(gemeente) + " (" + tekst(PROVINCIES[provincie] || provincie) + ")";
    if (provincie) return tekst(PROVINCIES[provincie] || provincie);
    return gemeente ? tekst(gemeente) : "";
  }

  // ---------------------------------------------------------------------------------------------
  // De kaarten: kopie van draaiboek/weergave.py (zie boven: moeten gelijk blijven)
  // ---------------------------------------------------------------------------------------------

  /* praktijk_kaart(p, niveau, ankers=..., volledig=True, kaart_url=..., initiatieven=...) */
  function praktijkKaart(p, o) {
    var L = o.labels, niveau = o.niveau || 3, ankers = o.ankers !== false;
    var titel = tekst(strip(p.titel));
    if (!ankers) titel = '<a href="' + tekst(o.catalogusUrl || "") + "#praktijk-" + p.id + '">' + titel + "</a>";
    var r = [
      '<article class="vzw-kaart vzw-praktijk" data-fasen="' + tekst(p.fasen.join(" ")) + '" data-themas="' +
        tekst(p.themas.join(" ")) + '" data-provincie="' + (p.provincie ? tekst(slug(p.provincie)) : "") + '">',
      kop(niveau, titel, ankers ? "praktijk-" + p.id : null, "vzw-kaart__titel")
    ].concat(alineas(p.samenvatting, "vzw-kaart__samenvatting"));
    r.push('<dl class="vzw-kaart__feiten">');
    r.push("<dt>" + (p.fasen.length === 1 ? "Fase" : "Fasen") + "</dt><dd>" +
      opsomming(p.fasen.map(function (f) { return L.fasen[f]; })) + "</dd>");
    r.push("<dt>" + (p.themas.length === 1 ? "Thema" : "Thema\u2019s") + "</dt><dd>" +
      opsomming(p.themas.map(function (t) { return L.themas[t]; })) + "</dd>");
    var w = waar(p.gemeente ? strip(p.gemeente) : null, p.provincie, L.provincie);
    if (w) r.push("<dt>Waar</dt><dd>" + w + "</dd>");
    if (p.initiatief) {
      var naam = (o.initiatieven || {})[p.initiatief];
      r.push('<dt>Initiatief</dt><dd><a href="' + tekst(o.kaartUrl || "") + "#initiatief-" + p.initiatief + '">' +
        tekst(naam !== undefined ? naam : p.initiatief) + "</a> (op de sociale kaart)</dd>");
    }
    r.push("</dl>");
    var sub = niveau + 1;
    r.push('<details class="vzw-kaart__details" open>');
    r.push("<summary>Aanpak, wat werkt en valkuilen<span class=\"vzw-verborgen\"> van " + tekst(p.titel) +
      "</span></summary>");
    r.push(kop(sub, "Aanpak"));
    r = r.concat(alineas(String(p.aanpak)));
    r.push(kop(sub, "Wat werkt"), "<ul>");
    p.wat_werkt.forEach(function (x) { r.push("<li>" + tekst(eenRegel(x)) + "</li>"); });
    r.push("</ul>", kop(sub, "Valkuilen"), "<ul>");
    p.valkuilen.forEach(function (x) { r.push("<li>" + tekst(eenRegel(x)) + "</li>"); });
    r.push("</ul>", kop(sub, "Bronnen"), bronnenlijst(p.bronnen), nagekeken(p.laatst_nagekeken), "</details>",
      "</article>");
    return r.filter(function (x) { return x; }).join("\n");
  }

  function datumSleutel(d) {
    var x = String(d).split("-").map(Number).concat([0, 0]);
    return x[0] * 10000 + x[1] * 100 + x[2];
  }
  function maandJaar(d) {
    var x = String(d).split("-");
    return x.length >= 2 ? MAANDEN[+x[1] - 1] + " " + x[0] : x[0];
  }
  /* gegevens.afgeleide_status() */
  function afgeleideStatus(i, vandaag) {
    if (i.gestopt) return { code: "gestopt", tekst: "gestopt", datum: String(i.gestopt.datum) };
    var b = (i.bevestigd || []).map(function (x) { return String(x.datum); });
    if (!b.length) return { code: "niet-recent", tekst: "niet recent bevestigd", datum: null };
    var nieuwste = b.reduce(function (a, x) { return datumSleutel(x) > datumSleutel(a) ? x : a; });
    var d = nieuwste.split("-").map(Number);
    var leeftijd = (vandaag.getFullYear() - d[0]) * 12 + (vandaag.getMonth() + 1 - (d[1] || 1));
    if (leeftijd <= 24) return { code: "actief", tekst: "actief, bevestigd in " + maandJaar(nieuwste), datum: nieuwste };
    return { code: "niet-recent", tekst: "niet recent bevestigd", datum: nieuwste };
  }
  /* weergave.tel_href() en mailto_href() */
  function telHref(t) {
    var kaal = String(t).replace(/[^0-9+]/g, "");
    if (kaal.indexOf("00") === 0) kaal = "+" + kaal.slice(2);
    else if (kaal.indexOf("0") === 0) kaal = "+32" + kaal.slice(1);
    return /^\+?[0-9]{6,}$/.test(kaal) ? "tel:" + kaal : null;
  }
  function mailtoHref(e) {
    var w = strip(e);
    var re = new RegExp("^[^@" + WIT + "<>\"'?&#]+@[^@" + WIT + "<>\"'?&#/]+\\.[A-Za-z]{2,}$");
    return re.test(w) ? "mailto:" + tekst(w) : null;
  }
  function contactgegevens(i) {
    var r = ['<dl class="vzw-kaart__contact">'], ontbreekt = [];
    if (i.website && veiligeUrl(i.website)) r.push("<dt>Website</dt><dd>" + link(i.website, tekst(i.website)) + "</dd>");
    else ontbreekt.push("website");
    if (i.telefoon) {
      var th = telHref(i.telefoon);
      r.push("<dt>Telefoon</dt><dd>" + (th ? '<a href="' + tekst(th) + '">' + tekst(i.telefoon) + "</a>" : tekst(i.telefoon)) + "</dd>");
    } else ontbreekt.push("telefoon");
    if (i.email) {
      var mh = mailtoHref(i.email);
      r.push("<dt>E-mail</dt><dd>" + (mh ? '<a href="' + mh + '">' + tekst(i.email) + "</a>" : tekst(i.email)) + "</dd>");
    } else ontbreekt.push("e-mail");
    if (i.adres) r.push("<dt>Adres</dt><dd>" + tekst(i.adres) + "</dd>"); else ontbreekt.push("adres");
    if (i.bereikbaarheid) r.push("<dt>Bereikbaar</dt><dd>" + tekst(i.bereikbaarheid) + "</dd>");
    else ontbreekt.push("bereikbaarheid");
    if (ontbreekt.length) {
      var wat = ontbreekt.length === 1 ? ontbreekt[0] :
        ontbreekt.slice(0, -1).join(", ") + " en " + ontbreekt[ontbreekt.length - 1];
      r.push('<dt>Nog niet gekend</dt><dd class="vzw-onbekend">' + tekst(wat) + "</dd>");
    }
    r.push("</dl>");
    return r.join("\n");
  }
  function bevestiging(b) { return { datum: String(b.datum), hoe: eenRegel(b.hoe), url: strip(b.url) }; }
  function werking(i, vandaag, meewerkenUrl) {
    if (i.gestopt) {
      var g = bevestiging(i.gestopt);
      return "<dt>Gestopt</dt><dd>" + tekst(bronDatum(g.datum)) + ": " + link(g.url, tekst(g.hoe)) + "</dd>";
    }
    if (i.bevestigd && i.bevestigd.length) {
      var st = afgeleideStatus(i, vandaag);
      var b = bevestiging(i.bevestigd.filter(function (x) { return String(x.datum) === st.datum; })[0]);
      return "<dt>Laatst bevestigd</dt><dd>" + tekst(bronDatum(b.datum)) + ": " + link(b.url, tekst(b.hoe)) + "</dd>";
    }
    var meld = meewerkenUrl ? '<a href="' + tekst(meewerkenUrl) + '">Meld het</a>' : "Meld het via Meewerken";
    return "<dt>Laatst bevestigd</dt><dd>Nog geen bron bevestigt dat dit initiatief werkt. " +
      "Weet jij meer? " + meld + ".</dd>";
  }

  /* initiatief_kaart(i, niveau, ankers=..., praktijken=..., catalogus_url, kaart_url, vandaag) */
  function initiatiefKaart(ruw, o) {
    var L = o.labels, niveau = o.niveau || 3, ankers = o.ankers !== false, vandaag = o.vandaag;
    var i = {};
    Object.keys(ruw).forEach(function (k) { i[k] = ruw[k]; });
    ["naam", "beschrijving", "gemeente", "werkingsgebied", "verbonden_aan", "website", "email", "telefoon",
      "adres", "bereikbaarheid"].forEach(function (k) { if (i[k] !== undefined && i[k] !== null) i[k] = strip(i[k]); });
    var status = afgeleideStatus(i, vandaag);
    var naam = tekst(i.naam);
    if (!ankers && o.kaartUrl) naam = '<a href="' + tekst(o.kaartUrl) + "#initiatief-" + i.id + '">' + naam + "</a>";
    var r = [
      '<article class="vzw-kaart vzw-initiatief" data-provincie="' + tekst(slug(i.provincie)) + '" data-gemeente="' +
        tekst(slug(i.gemeente)) + '" data-vorm="' + tekst(slug(i.vorm)) + '" data-ondersteuning="' +
        tekst(i.ondersteuning.join(" ")) + '" data-status="' + tekst(status.code) + '"' +
        (i.provincie === "Heel Vlaanderen" ? " data-overal" : "") + ">",
      kop(niveau, naam, ankers ? "initiatief-" + i.id : null, "vzw-kaart__titel"),
      '<p class="vzw-status vzw-status--' + tekst(status.code) + '">' +
        tekst(status.tekst[0].toUpperCase() + status.tekst.slice(1)) + "</p>",
      contactgegevens(i)
    ].concat(alineas(i.beschrijving));
    r.push('<details class="vzw-kaart__details" open>',
      '<summary>Werkingsgebied, hulp en bronnen<span class="vzw-verborgen"> van ' + tekst(i.naam) + "</span></summary>");
    r.push('<dl class="vzw-kaart__feiten">',
      "<dt>Gemeente</dt><dd>" + waar(i.gemeente, i.provincie, L.provincie) + "</dd>",
      "<dt>Werkingsgebied</dt><dd>" + tekst(i.werkingsgebied) + "</dd>",
      "<dt>Vorm</dt><dd>" + tekst(L.vorm[i.vorm]) + "</dd>");
    if (i.verbonden_aan) r.push("<dt>Verbonden aan</dt><dd>" + tekst(i.verbonden_aan) + "</dd>");
    r.push("<dt>Hulp bij</dt><dd>" + opsomming(i.ondersteuning.map(function (x) { return L.ondersteuning[x]; })) + "</dd>");
    r.push(werking(i, vandaag, o.meewerkenUrl || ""));
    var eigen = (o.praktijken || []).slice();
    if (eigen.length) {
      eigen.sort(function (a, b) { return a.sleutel < b.sleutel ? -1 : a.sleutel > b.sleutel ? 1 : 0; });
      r.push("<dt>Praktijkvoorbeeld" + (eigen.length > 1 ? "en" : "") + "</dt><dd>" + eigen.map(function (p) {
        return '<a href="' + tekst(o.catalogusUrl || "") + "#praktijk-" + p.id + '">' + tekst(p.titel) + "</a>";
      }).join(", ") + "</dd>");
    }
    r.push("</dl>");
    r.push('<p class="vzw-kaart__label">' + (i.bronnen.length === 1 ? "Bron" : "Bronnen") + "</p>");
    r.push(bronnenlijst(i.bronnen), nagekeken(i.laatst_nagekeken), "</details>");
    if (o.formulierUrl !== undefined && o.formulierUrl !== null) {
      r.push('<p class="vzw-kaart__klopt"><a href="' + tekst(o.formulierUrl) + "?bewerk=" + tekst(i.id) + '">' +
        "Klopt dit nog? Bevestig of verbeter deze gegevens</a></p>");
    }
    r.push("</article>");
    return r.filter(function (x) { return x; }).join("\n");
  }

  // ---------------------------------------------------------------------------------------------
  // Controle: schema (ajv) + kruiscontroles, meldingen zoals draaiboek/gegevens.py
  // ---------------------------------------------------------------------------------------------

  var TYPES = { string: "tekst", array: "een lijst (regels die beginnen met '- ')",
    object: "een groep velden (veldnaam: waarde)", integer: "een geheel getal", number: "een getal",
    boolean: "true of false", "null": "leeg" };

  /* gegevens._veldnaam(): pad zonder het itemnummer */
  function veldnaam(delen) {
    if (!delen.length) return "dit item";
    if (delen.length >= 2 && typeof delen[1] === "number") {
      if (delen[0] === "bronnen") return delen.length >= 3 ? 'veld "' + delen[2] + '" van bron ' + (delen[1] + 1) : "bron " + (delen[1] + 1);
      if (delen[0] === "bevestigd") {
        return delen.length >= 3 ? 'veld "' + delen[2] + '" van bevestiging ' + (delen[1] + 1) + ' (onder "bevestigd")'
          : "bevestiging " + (delen[1] + 1) + ' (onder "bevestigd")';
      }
    }
    if (delen.length >= 2 && delen[0] === "gestopt" && typeof delen[1] === "string") return 'veld "' + delen[1] + '" van "gestopt"';
    return 'veld "' + delen[0] + '"';
  }
  function toon(w, max) {
    max = max || 60;
    if (w === null || w === undefined) return "leeg";
    if (typeof w === "boolean") return w ? "true" : "false";
    if (typeof w === "number") return "het getal " + w;
    if (Array.isArray(w)) return "een lijst";
    if (typeof w === "object") return "een groep velden";
    var t = Array.from(String(w).replace(/\n/g, " "));
    if (t.length > max) t = t.slice(0, max - 1).concat(["\u2026"]);
    return '"' + t.join("") + '"';
  }
  function opsommingKeuzes(w) {
    w = w.map(function (x) { return '"' + x + '"'; });
    return w.length === 1 ? w[0] : w.slice(0, -1).join(", ") + " of " + w[w.length - 1];
  }
  function getal(n) { return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, "."); }
  function lengte(s) { return Array.from(s).length; }
  function patroonSleutel(delen) { return delen.map(function (d) { return typeof d === "number" ? "*" : d; }).join("."); }
  function waardeOp(item, delen) {
    var x = item;
    for (var k = 0; k < delen.length && x !== undefined && x !== null; k++) x = x[delen[k]];
    return x;
  }

  /* gegevens._vertaal() voor één ajv-fout; geeft [{pad, tekst}] */
  function vertaal(fout, item, uitleg) {
    var delen = fout.instancePath.split("/").slice(2).map(function (d) {
      d = d.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^\d+$/.test(d) ? parseInt(d, 10) : d;
    });
    var naam = veldnaam(delen), w = waardeOp(item, delen), p = fout.params || {};
    var inDit = naam === "dit item" ? "" : " in " + naam;
    switch (fout.keyword) {
      case "required":
        return [{ pad: delen.concat([p.missingProperty]), tekst: 'het verplichte veld "' + p.missingProperty + '" ontbreekt' + inDit }];
      case "additionalProperties":
        return [{ pad: delen.concat([p.additionalProperty]), tekst: 'onbekend veld "' + p.additionalProperty + '"' + inDit }];
      case "enum":
        return [{ pad: delen, tekst: naam + " moet " + opsommingKeuzes(p.allowedValues) + " zijn, niet " + toon(w) }];
      case "type":
        return [{ pad: delen, tekst: naam + " moet " + p.type.split(",").map(function (t) { return TYPES[t] || t; }).join(" of ") + " zijn, niet " + toon(w) }];
      case "pattern":
        if (p.pattern === "\\S") return [{ pad: delen, tekst: naam + " mag niet leeg zijn" }];
        var u = uitleg[patroonSleutel(delen)];
        return [{ pad: delen, tekst: u ? naam + " " + u + ", niet " + toon(w) : naam + " heeft niet de juiste vorm: " + toon(w) }];
      case "minItems":
        return [{ pad: delen, tekst: naam + " moet minstens " + p.limit + " " + (p.limit === 1 ? "waarde" : "waarden") + " bevatten" }];
      case "maxItems":
        return [{ pad: delen, tekst: naam + " bevat " + getal(w.length) + " waarden, hoogstens " + getal(p.limit) + "; hou het kort of verdeel het over meer items" }];
      case "uniqueItems":
        return [{ pad: delen, tekst: naam + " bevat " + opsommingKeuzes([String(w[p.i])]) + " meer dan één keer" }];
      case "maxLength":
        return [{ pad: delen, tekst: naam + " is te lang: " + getal(lengte(w)) + " tekens, hoogstens " + getal(p.limit) + "; maak de tekst korter" }];
      case "minLength":
        return [{ pad: delen, tekst: naam + " mag niet leeg zijn" }];
      default:
        return [{ pad: delen, tekst: naam + " klopt niet (" + fout.keyword + ")" }];
    }
  }

  // --- draaiboek/veiligheid.py: tekens, webadressen en e-mailadressen ---
  var BIDI = "\\u202a-\\u202e\\u2066-\\u2069\\u200e\\u200f\\u061c";
  var VERBODEN = new RegExp("[\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f\\ud800-\\udfff" + BIDI +
    "\\u2028\\u2029\\ue000-\\uf8ff\\u{f0000}-\\u{10ffff}]|\\p{Noncharacter_Code_Point}", "u");
  var LEEG_TEKEN = /^[\p{Cf}\p{Mn}\p{Me}\p{Cc}\p{Zs}\p{Zl}\p{Zp}\p{Cn}\u115f\u1160\u3164\uffa0\u2800\u180e\u034f]$/u;
  var DOMEIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
  var ADRES_VELDEN = ["url", "website", "webadres", "formulier", "contactformulier", "link"];

  function isSpatie(s) { return s.length > 0 && new RegExp("^[" + WIT + "]+$").test(s); }
  function tekenProbleem(s) {
    var m = VERBODEN.exec(s);
    if (m) {
      return "bevat het onzichtbare teken U+" + m[0].codePointAt(0).toString(16).toUpperCase().padStart(4, "0") +
        ", dat niet in een tekst hoort. Verwijder het (typ de tekst opnieuw)";
    }
    if (s && !/[0-9A-Za-z]/.test(s) && !isSpatie(s) && Array.from(s).every(function (c) {
      return isSpatie(c) || LEEG_TEKEN.test(c);
    })) {
      return "bevat alleen onzichtbare tekens (zoals een spatie zonder breedte); schrijf er gewone tekst in of laat het veld weg";
    }
    return null;
  }
  function whatwgHost(url) {
    url = url.replace(/^[\x00- ]+|[\x00- ]+$/g, "").replace(/[\t\n\r]/g, "");
    if (url.slice(0, 6).toLowerCase() !== "https:") return null;
    var rest = url.slice(6).replace(/^[/\\]+/, "");
    var host = /^[^/\\?#]*/.exec(rest)[0];
    host = host.slice(host.lastIndexOf("@") + 1);
    if (host.charAt(0) === "[") host = host.indexOf("]") >= 0 ? host.slice(0, host.indexOf("]") + 1) : host;
    else host = host.split(":")[0];
    try { host = decodeURIComponent(host); } catch (e) { /* zoals unquote: laat ongeldige reeksen staan */ }
    return host.toLowerCase();
  }
  function isIp(host) {
    if (host.charAt(0) === "[" || host.indexOf(":") >= 0) return true;
    var delen = host.replace(/\.+$/, "").split(".");
    return /^(0[xX][0-9a-fA-F]*|[0-9]+)$/.test(delen[delen.length - 1]);
  }
  function urlProbleem(url) {
    if (typeof url !== "string" || url.indexOf("https://") !== 0) return null;
    if (url.indexOf("\\") >= 0) {
      return "bevat een backslash (\\); een browser leest die als / en kan dan naar een andere website gaan. Gebruik alleen /";
    }
    var netloc = /^https:\/\/([^/?#]*)/.exec(url)[1];
    var open = netloc.indexOf("[") >= 0, dicht = netloc.indexOf("]") >= 0;
    if (open || dicht) {
      return "is geen geldig webadres: na https:// moet een gewone domeinnaam komen (zonder [ ] of andere vreemde tekens)";
    }
    if (netloc.indexOf("@") >= 0) {
      return "bevat een gebruikersnaam of wachtwoord vóór de domeinnaam (een @); een browser gaat dan naar wat na de @ " +
        "staat. Schrijf alleen het adres, zoals https://www.organisatie.be/pagina";
    }
    var hostEnPoort = netloc.split(":"), host = hostEnPoort[0].toLowerCase();
    var poort = netloc.indexOf(":") >= 0 ? netloc.slice(netloc.indexOf(":") + 1) : "";
    if (poort && (!/^[0-9]+$/.test(poort) || +poort > 65535)) {
      return "heeft een ongeldig poortnummer na de dubbele punt; laat \":...\" na de domeinnaam weg";
    }
    if (isIp(host) || (host && /^[0-9]+$/.test(host.replace(/\./g, "")))) {
      return "wijst naar een IP-adres in plaats van een domeinnaam; gebruik het gewone adres van de website";
    }
    if (!DOMEIN.test(host)) return "bevat geen geldige domeinnaam (zoals www.organisatie.be)";
    var browser = whatwgHost(url);
    if (browser !== host) {
      return "zou in een browser naar een andere website gaan (" + browser + ") dan wat deze controle ziet (" + host +
        "); schrijf het adres zonder vreemde tekens";
    }
    return null;
  }
  function emailProbleem(e) {
    if (typeof e !== "string" || e.indexOf("@") < 0) return null;
    var m = /^[A-Za-z0-9._+-]+@([A-Za-z0-9.-]+)$/.exec(strip(e));
    if (!m) {
      return "mag alleen letters, cijfers, punten, koppeltekens, _ en + bevatten, met één @ (geen ?, &, = of andere " +
        "tekens die een mailprogramma anders leest)";
    }
    if (!DOMEIN.test(m[1].toLowerCase()) || isIp(m[1])) return "heeft na de @ geen geldige domeinnaam (zoals organisatie.be)";
    return null;
  }
  /* veiligheid.waarde_problemen() voor één item; meldingen zoals gegevens._waarde_melding() */
  function waardeProblemen(item, uit) {
    var stapel = [[item, []]];
    while (stapel.length) {
      var x = stapel.pop(), w = x[0], pad = x[1];
      if (Array.isArray(w)) {
        w.forEach(function (k, n) { stapel.push([k, pad.concat([n])]); });
      } else if (w && typeof w === "object") {
        Object.keys(w).forEach(function (k) { stapel.push([w[k], pad.concat([k])]); });
      } else if (typeof w === "string") {
        var laatste = pad[pad.length - 1];
        var p = tekenProbleem(w);
        if (!p && (w.indexOf("https://") === 0 || w.indexOf("http://") === 0 || ADRES_VELDEN.indexOf(laatste) >= 0)) {
          p = urlProbleem(strip(w));
        }
        if (!p && laatste === "email") p = emailProbleem(w);
        if (p) uit.push({ pad: pad, tekst: (pad.length ? veldnaam(pad) : "een veld van dit item") + " (" + toon(w) + ") " + p });
      }
    }
  }

  var DATUM_DEEL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

  /* gegevens._kruiscontroles() voor één item; `ctx`: {vandaag, ids, initiatiefIds, bewerkId} */
  function kruiscontroles(soort, item, ctx, uit) {
    function https(delen, w) {
      var p = typeof w === "string" ? urlProbleem(w) : null;
      if (p) uit.push({ pad: delen, tekst: veldnaam(delen) + " (" + toon(w) + ") " + p });
    }
    function datum(delen, w, bron) {
      if (typeof w !== "string" || w === "z.d.") return;
      var m = DATUM_DEEL.exec(w);
      if (!m || (!bron && !m[3])) return;
      var j = +m[1], mnd = m[2] ? +m[2] : 1, d = m[3] ? +m[3] : 1;
      if (!bestaandeDatum(j, mnd, d)) {
        uit.push({ pad: delen, tekst: veldnaam(delen) + " is geen bestaande datum: " + toon(w) });
        return;
      }
      var iso = String(j).padStart(4, "0") + "-" + String(mnd).padStart(2, "0") + "-" + String(d).padStart(2, "0");
      var vandaag = isoDatum(ctx.vandaag);
      var grens = bron ? 1900 : 1990;  // gegevens.VROEGSTE_BRONJAAR en VROEGSTE_NAKIJKJAAR
      if (iso > vandaag) uit.push({ pad: delen, tekst: veldnaam(delen) + " ligt in de toekomst: " + toon(w) + " (vandaag is " + vandaag + ")" });
      else if (j < grens) uit.push({ pad: delen, tekst: veldnaam(delen) + " ligt vóór " + grens + ": " + toon(w) + "; dat kan niet kloppen, kijk het jaar na" });
    }
    if (typeof item.id === "string" && item.id !== ctx.bewerkId && (ctx.ids || []).indexOf(item.id) >= 0) {
      uit.push({ pad: ["id"], tekst: 'veld "id": "' + item.id + '" bestaat al; elke id moet uniek zijn (kies een andere)' });
    }
    https(["website"], item.website);
    if (soort === "initiatief") {
      var paden = Array.isArray(item.bevestigd) ? item.bevestigd.map(function (x, b) { return [["bevestigd", b], x]; }) : [];
      paden.push([["gestopt"], item.gestopt]);
      paden.forEach(function (pw) {
        var x = pw[1];
        if (x && typeof x === "object" && !Array.isArray(x)) {
          https(pw[0].concat(["url"]), x.url);
          datum(pw[0].concat(["datum"]), x.datum, true);
        }
      });
    }
    datum(["laatst_nagekeken"], item.laatst_nagekeken, false);
    if (Array.isArray(item.bronnen)) {
      item.bronnen.forEach(function (bron, b) {
        if (bron && typeof bron === "object") {
          https(["bronnen", b, "url"], bron.url);
          datum(["bronnen", b, "datum"], bron.datum, true);
        }
      });
    }
    var v = item.initiatief;
    if (soort === "praktijk" && ctx.initiatiefIds && typeof v === "string" && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(v) &&
        ctx.initiatiefIds.indexOf(v) < 0) {
      uit.push({ pad: ["initiatief"], tekst: 'veld "initiatief" verwijst naar "' + v + '", maar dat initiatief staat niet in data/initiatives.yaml' });
    }
  }

  /* Alle problemen van één item, zoals `python -m draaiboek.check` ze zou melden. */
  function controleer(soort, item, ctx) {
    var valideer = window.vzwSchemacontrole && window.vzwSchemacontrole[soort];
    var uit = [];
    if (!valideer) return [{ pad: [], tekst: "de controle kon niet laden; herlaad de pagina" }];
    if (!valideer([item])) {
      (valideer.errors || []).forEach(function (f) { uit = uit.concat(vertaal(f, item, ctx.uitleg || {})); });
    }
    waardeProblemen(item, uit);
    kruiscontroles(soort, item, ctx, uit);
    var gezien = {};
    return uit.filter(function (m) {
      var k = m.pad.join("/") + "|" + m.tekst;
      if (gezien[k]) return false;
      gezien[k] = true;
      return true;
    });
  }

  // ---------------------------------------------------------------------------------------------
  // YAML: één item, in de stijl van de gegevensbestanden, zo dat de strenge lader van
  // draaiboek/gegevens.py precies dezelfde waarden terugleest
  // ---------------------------------------------------------------------------------------------

  var BREEDTE = 92;
  var GEEN_PLAIN = /^(?:y|yes|n|no|true|false|on|off|null|~)$/i;

  function plainMag(s) {
    return /^\p{L}/u.test(s) && !/[\n\t]/.test(s) && !/: |:$| #/.test(s) && s === s.trim() && !GEEN_PLAIN.test(s);
  }
  function dubbel(s) { return JSON.stringify(s); }
  function vouw(s, breedte) {
    // Breek alleen op één spatie tussen twee niet-spaties: `>-` leest dan exact dezelfde tekst terug.
    var regels = [], huidig = "", delen = s.split(/(?<=\S) (?=\S)/);
    delen.forEach(function (d) {
      if (huidig && huidig.length + 1 + d.length > breedte) { regels.push(huidig); huidig = d; }
      else huidig = huidig ? huidig + " " + d : d;
    });
    regels.push(huidig);
    return regels;
  }
  /* Een tekstwaarde na `voor` ("sleutel:" of "-"): één regel, of een blok. */
  function scalair(voor, sleutel, w, inspring) {
    var blok = " ".repeat(inspring + 2);
    if (sleutel === "datum") return [voor + " " + dubbel(w)];
    if (sleutel === "laatst_nagekeken" && /^\d{4}-\d{2}-\d{2}$/.test(w)) return [voor + " " + w];
    if (w.indexOf("\n") >= 0) {
      return [voor + " |-"].concat(w.split("\n").map(function (r) { return r ? blok + r : ""; }));
    }
    if (voor.length + 1 + w.length <= BREEDTE) return [voor + " " + (plainMag(w) ? w : dubbel(w))];
    if (/\S \S/.test(w) && w === w.trim()) {
      return [voor + " >-"].concat(vouw(w, BREEDTE - blok.length).map(function (r) { return blok + r; }));
    }
    return [voor + " " + (plainMag(w) ? w : dubbel(w))];
  }
  function yamlVeld(sleutel, w, inspring, eerste) {
    var ins = " ".repeat(inspring), voor = (eerste || ins) + sleutel + ":";
    if (Array.isArray(w)) {
      if (!w.length) return [voor + " []"];
      var r = [voor];
      w.forEach(function (x) {
        if (x && typeof x === "object") {
          Object.keys(x).forEach(function (k, n) {
            r = r.concat(yamlVeld(k, x[k], inspring + 4, n === 0 ? ins + "  - " : null));
          });
        } else {
          r = r.concat(scalair(ins + "  -", sleutel, String(x), inspring + 2));
        }
      });
      return r;
    }
    if (w && typeof w === "object") {
      var o = [voor];
      Object.keys(w).forEach(function (k) { o = o.concat(yamlVeld(k, w[k], inspring + 2)); });
      return o;
    }
    return scalair(voor, sleutel, String(w), inspring);
  }
  function naarYaml(item) {
    var r = [];
    Object.keys(item).forEach(function (k, n) { r = r.concat(yamlVeld(k, item[k], 2, n === 0 ? "- " : null)); });
    return r.join("\n") + "\n";
  }

  // ---------------------------------------------------------------------------------------------
  // GitHub-issue en e-mail
  // ---------------------------------------------------------------------------------------------

  // GitHub weigert te lange adressen (414). Past alles niet, dan gaan alleen titel en YAML mee;
  // de YAML bevat altijd het hele item.
  var GITHUB_MAX = 8000;

  function regelsVan(lijst, velden) {
    return (lijst || []).map(function (x) { return velden.map(function (v) { return x[v]; }).join(" \u2013 "); }).join("\n");
  }
  function issueVelden(soort, item) {
    var v = {};
    var tekstvelden = soort === "initiatief"
      ? ["naam", "beschrijving", "gemeente", "werkingsgebied", "verbonden_aan", "website", "telefoon", "email", "adres", "bereikbaarheid"]
      : ["titel", "samenvatting", "aanpak", "gemeente", "initiatief"];
    tekstvelden.forEach(function (k) { if (item[k]) v[k] = item[k]; });
    if (soort === "praktijk") {
      v.wat_werkt = (item.wat_werkt || []).join("\n");
      v.valkuilen = (item.valkuilen || []).join("\n");
    } else {
      if (item.bevestigd) v.bevestigd = regelsVan(item.bevestigd, ["datum", "hoe", "url"]);
      if (item.gestopt) v.gestopt = regelsVan([item.gestopt], ["datum", "hoe", "url"]);
    }
    v.bronnen = regelsVan(item.bronnen, ["titel", "url", "datum"]);
    return v;
  }
  function issueUrl(basis, sjabloon, soort, item, yaml, bewerk) {
    var titel = (soort === "initiatief" ? "Initiatief: " : "Praktijkvoorbeeld: ") + (item.naam || item.titel || item.id) +
      (bewerk ? " (bijgewerkt)" : "");
    function maak(metVelden) {
      var q = new URLSearchParams();
      q.set("template", sjabloon);
      q.set("title", titel);
      if (metVelden) {
        var v = issueVelden(soort, item);
        Object.keys(v).forEach(function (k) { q.set(k, v[k]); });
      }
      q.set("yaml", yaml);
      return basis + "?" + q.toString();
    }
    var vol = maak(true);
    return vol.length <= GITHUB_MAX ? vol : maak(false);
  }
  function mailUrl(adres, soort, item, yaml, bewerk) {
    var onderwerp = (bewerk ? "Bijgewerkt " : "Nieuw ") + (soort === "initiatief" ? "initiatief" : "praktijkvoorbeeld") +
      ": " + (item.naam || item.titel || item.id);
    var tekstMail = ["Dag redactie,", "",
      (bewerk ? "Hieronder staan de nagekeken gegevens van een item" : "Hieronder staat een nieuw item") +
        " voor " + (soort === "initiatief" ? "data/initiatives.yaml" : "data/practices.yaml") +
        ", gemaakt met het formulier op de site.", "",
      "--- begin YAML ---", yaml.replace(/\n$/, ""), "--- einde YAML ---", ""].join("\n");
    return "mailto:" + encodeURIComponent(adres).replace(/%40/g, "@") + "?subject=" + encodeURIComponent(onderwerp) +
      "&body=" + encodeURIComponent(tekstMail.replace(/\n/g, "\r\n"));
  }

  // ---------------------------------------------------------------------------------------------
  // Het formulier lezen en vullen
  // ---------------------------------------------------------------------------------------------

  // Wat niet in een YAML-bestand hoort (stuurtekens, tabs, regelscheidingen) wordt een spatie of valt weg.
  function schoon(w, meerRegels) {
    w = String(w).replace(/\r\n?/g, "\n").replace(/[\t\x85\u2028\u2029]/g, " ")
      .replace(/[\x00-\x08\x0b-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]/g, "")
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?:[^\ud800-\udbff]|^)[\udc00-\udfff]/g, "");
    if (!meerRegels) w = w.replace(/\n/g, " ");
    else w = w.split("\n").map(function (r) { return r.replace(/[ ]+$/, ""); }).join("\n");
    return w.trim();
  }

  var Formulier = api.Formulier, Pagina = api.Pagina;

  /* Wat de controle en de voorbeeldkaart uit het formulier halen (één keer). */
  Formulier.prototype.instellingen = function () {
    if (this.labels) return;
    var form = this.form, self = this;
    this.ids = (form.getAttribute("data-ids") || "").split(" ").filter(Boolean);
    var ini = form.getAttribute("data-initiatief-ids");
    this.initiatiefIds = ini === null ? null : ini.split(" ").filter(Boolean);
    this.uitleg = {};
    this.labels = { provincie: {}, vorm: {}, ondersteuning: {}, fasen: {}, themas: {} };
    this.initiatiefNamen = {};
    Array.prototype.forEach.call(form.querySelectorAll("[data-uitleg]"), function (el) {
      self.uitleg[el.getAttribute("data-pad")] = el.getAttribute("data-uitleg");
    });
    // Hoe een vaste waarde heet: de keuzes van het formulier dragen dezelfde woorden als de kaarten.
    Array.prototype.forEach.call(form.querySelectorAll("select option[value]"), function (o) {
      var naam = o.parentNode.getAttribute("name");
      if (!o.value) return;
      if (self.labels[naam]) self.labels[naam][o.value] = o.textContent;
      if (naam === "initiatief") self.initiatiefNamen[o.value] = o.textContent;
    });
    Array.prototype.forEach.call(form.querySelectorAll('input[type="checkbox"]'), function (c) {
      if (self.labels[c.name]) self.labels[c.name][c.value] = c.parentNode.textContent.trim();
    });
  };

  Formulier.prototype.topvelden = function () {
    return Array.prototype.filter.call(this.form.querySelectorAll("[data-veld]"), function (el) {
      return !el.parentNode.closest("[data-veld]");
    });
  };

  function leesGroep(wortel) {
    var uit = {}, leeg = true;
    Array.prototype.forEach.call(wortel.querySelectorAll("[name]"), function (el) {
      var w = schoon(el.value, false);
      if (w) { uit[el.name] = w; leeg = false; }
    });
    return leeg ? null : uit;
  }

  /* Het item zoals het in het gegevensbestand komt: velden in schemavolgorde, lege weg. */
  Formulier.prototype.lees = function () {
    var item = {};
    this.topvelden().forEach(function (veld) {
      var naam = veld.getAttribute("data-veld");
      if (veld.hasAttribute("data-lijst")) {
        var lijst = [];
        Array.prototype.forEach.call(veld.querySelectorAll("[data-item]"), function (it) {
          var g = leesGroep(it);
          if (g) lijst.push(g);
        });
        if (lijst.length) item[naam] = lijst;
      } else if (veld.hasAttribute("data-object")) {
        var g = leesGroep(veld);
        if (g) item[naam] = g;
      } else if (veld.classList.contains("vzw-keuzevakjes")) {
        var gekozen = Array.prototype.filter.call(veld.querySelectorAll("input:checked"), function (c) { return true; })
          .map(function (c) { return c.value; });
        if (gekozen.length) item[naam] = gekozen;
      } else {
        var el = veld.querySelector("[name]");
        if (el.hasAttribute("data-regels")) {
          var punten = el.value.split("\n").map(function (r) { return schoon(r, false); }).filter(Boolean);
          if (punten.length) item[naam] = punten;
        } else {
          var w = schoon(el.value, el.tagName === "TEXTAREA");
          if (w) item[naam] = w;
        }
      }
    });
    return item;
  };

  Formulier.prototype.vul = function (item) {
    var self = this;
    this.topvelden().forEach(function (veld) {
      var naam = veld.getAttribute("data-veld"), w = item[naam];
      if (veld.hasAttribute("data-lijst")) {
        veld.querySelector("[data-items]").innerHTML = "";
        (w || []).forEach(function (x) { self.voegToe(veld, x); });
        self.vulAan(veld);
      } else if (veld.hasAttribute("data-object")) {
        Array.prototype.forEach.call(veld.querySelectorAll("[name]"), function (el) { el.value = (w && w[el.name]) || ""; });
      } else if (veld.classList.contains("vzw-keuzevakjes")) {
        Array.prototype.forEach.call(veld.querySelectorAll("input"), function (c) { c.checked = (w || []).indexOf(c.value) >= 0; });
      } else {
        var el = veld.querySelector("[name]");
        el.value = w === undefined ? "" : Array.isArray(w) ? w.join("\n") : String(w);
      }
    });
  };

  Formulier.prototype.context = function () {
    this.instellingen();
    return { vandaag: new Date(), ids: this.ids, initiatiefIds: this.initiatiefIds, bewerkId: this.bewerkId, uitleg: this.uitleg };
  };

  /* Het invoerveld (of de groep) waar een melding over gaat. */
  Formulier.prototype.veldVoor = function (pad) {
    var top = this.form.querySelector('[data-veld="' + pad[0] + '"]');
    if (!top) return null;
    if (typeof pad[1] === "number") {
      var it = top.querySelectorAll("[data-item]")[pad[1]];
      if (it && pad[2]) return it.querySelector('[name="' + pad[2] + '"]') || it;
      return it || top;
    }
    if (pad[1] && top.hasAttribute("data-object")) return top.querySelector('[name="' + pad[1] + '"]') || top;
    var samengesteld = top.hasAttribute("data-lijst") || top.hasAttribute("data-object") ||
      top.classList.contains("vzw-keuzevakjes");
    return samengesteld ? top : top.querySelector("[name]");
  };

  function foutVak(el) {
    var id = el.id + "-fout";
    return document.getElementById(id);
  }

  Formulier.prototype.toonFouten = function (meldingen, alles) {
    var self = this;
    Array.prototype.forEach.call(this.form.querySelectorAll(".vzw-fout"), function (p) { p.hidden = true; p.textContent = ""; });
    Array.prototype.forEach.call(this.form.querySelectorAll("[aria-invalid]"), function (el) { el.removeAttribute("aria-invalid"); });
    meldingen.forEach(function (m) {
      var el = self.veldVoor(m.pad);
      if (!el) return;
      if (!alles && !el.hasAttribute("data-aangeraakt") && !el.closest("[data-aangeraakt]")) return;
      var vak = foutVak(el) || (el.closest("[data-veld]") && foutVak(el.closest("[data-veld]")));
      if (!vak) return;
      el.setAttribute("aria-invalid", "true");
      var zin = m.tekst.charAt(0).toUpperCase() + m.tekst.slice(1) + ".";
      vak.textContent = vak.textContent ? vak.textContent + " " + zin : zin;
      vak.hidden = false;
    });
  };

  // ---------------------------------------------------------------------------------------------
  // De pagina
  // ---------------------------------------------------------------------------------------------

  // ---------------------------------------------------------------------------------------------
  // De pagina: alles onder het formulier bijwerken
  // ---------------------------------------------------------------------------------------------

  Pagina.prototype.opties = function (F) {
    var b = this.el;
    F.instellingen();
    return { labels: F.labels, niveau: 3, ankers: true, vandaag: new Date(),
      kaartUrl: b.getAttribute("data-kaart-url") || "", catalogusUrl: b.getAttribute("data-catalogus-url") || "",
      formulierUrl: b.getAttribute("data-formulier-url") || "", meewerkenUrl: b.getAttribute("data-meewerken-url") || "",
      initiatieven: F.initiatiefNamen, praktijken: [] };
  };

  /* Nakijken en alles onder het formulier bijwerken; formulier.js roept dit na elke handeling. */
  Pagina.prototype.bijwerken = function () {
    var F = this.actief;
    var item = F.lees();
    var meldingen = controleer(F.soort, item, F.context());
    F.toonFouten(meldingen, false);
    var controle = this.el.querySelector("[data-controle]");
    var tel = this.el.querySelector("[data-controle-tel]");
    var voorbeeld = this.el.querySelector("[data-voorbeeld]");
    var versturen = this.el.querySelector("[data-versturen]");
    var uitleg = this.el.querySelector("[data-klaar-uitleg]");
    if (meldingen.length) {
      zet(tel, "Nog " + meldingen.length + (meldingen.length === 1 ? " punt" : " punten") + " om in orde te brengen:");
      controle.innerHTML = "<ul>" + meldingen.map(function (m) {
          var el = F.veldVoor(m.pad);
          var zin = tekst(m.tekst.charAt(0).toUpperCase() + m.tekst.slice(1));
          return "<li>" + (el && el.id ? '<a href="#' + tekst(el.id) + '">' + zin + "</a>" : zin) + "</li>";
        }).join("") + "</ul>";
      voorbeeld.innerHTML = '<p class="vzw-leeg">De kaart verschijnt hier zodra alle verplichte velden kloppen.</p>';
      versturen.hidden = true;
      uitleg.textContent = "Breng eerst de punten onder Controle in orde. Daarna kan je je bijdrage versturen.";
      this.yaml = null;
      return;
    }
    zet(tel, "Alles klopt. Kijk de kaart na en verstuur je bijdrage.");
    controle.innerHTML = "";
    var o = this.opties(F);
    voorbeeld.innerHTML = F.soort === "initiatief" ? initiatiefKaart(item, o) : praktijkKaart(item, o);
    var yaml = naarYaml(item);
    this.yaml = yaml;
    this.el.querySelector("[data-yaml]").value = yaml;
    var issue = this.el.querySelector("[data-issue-link]"), mail = this.el.querySelector("[data-mail-link]");
    var basis = this.el.getAttribute("data-issue");
    if (basis) issue.href = issueUrl(basis, F.form.getAttribute("data-issue-sjabloon"), F.soort, item, yaml, !!F.bewerkId);
    issue.hidden = !basis;
    var adres = this.el.getAttribute("data-redactie");
    mail.href = mailUrl(adres, F.soort, item, yaml, !!F.bewerkId);
    // Zolang het project geen adres van de redactie noemt, geen e-mail die terugkomt: verbergen.
    var geenAdres = !adres || adres === this.el.getAttribute("data-plaatshouder");
    mail.hidden = geenAdres;
    versturen.hidden = false;
    uitleg.textContent = "Alles klopt. Kies één manier om je bijdrage naar de redactie te sturen. " +
      "Er vertrekt niets voor je zelf klikt." +
      (geenAdres ? " Per e-mail kan het nog niet: het adres van de redactie is nog niet bekend." +
        " Kopieer de tekst of gebruik GitHub." : "");
  };

  /* Alleen een nieuwe tekst laten voorlezen, niet bij elke toetsaanslag dezelfde. */
  function zet(el, t) { if (el.textContent !== t) el.textContent = t; }

  Pagina.prototype.kopieer = function () {
    var vak = this.el.querySelector("[data-yaml]");
    var melding = this.el.querySelector("[data-gekopieerd]");
    function gelukt() { melding.textContent = "Gekopieerd. Plak de tekst in het gegevensbestand, een e-mail of een issue."; }
    function zelf() {
      vak.focus();
      vak.select();
      try {
        if (document.execCommand("copy")) { gelukt(); return; }
      } catch (e) { /* val terug op de melding hieronder */ }
      melding.textContent = "Kopiëren lukte niet. De tekst is geselecteerd: kopieer hem met Ctrl+C (of Cmd+C).";
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(vak.value).then(gelukt, zelf);
    } else {
      zelf();
    }
  };

  /* "Klopt dit nog?": ?bewerk=<id> vult het formulier met het huidige item en een nieuwe bevestiging. */
  Pagina.prototype.bewerk = function (id) {
    var self = this, F = this.formulieren.initiatief;
    var adres = this.el.getAttribute("data-bewerk-json");
    return fetch(adres, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(String(r.status));
      return r.json();
    }).then(function (alle) {
      var item = alle[id];
      var bericht = F.form.querySelector("[data-bewerkt]");
      if (!item) {
        bericht.textContent = 'Er staat geen initiatief met de id "' + id + '" op de sociale kaart. Je kan hier een nieuw toevoegen.';
        bericht.hidden = false;
        return;
      }
      item = JSON.parse(JSON.stringify(item));
      item.bevestigd = (item.bevestigd || []).concat([{
        datum: isoDatum(new Date()),
        hoe: "bevestigd door het initiatief via het formulier",
        url: item.website || ""
      }]);
      F.bewerkId = id;
      F.vul(item);
      var idVeld = F.form.querySelector('[name="id"]');
      idVeld.readOnly = true;
      bericht.textContent = "Je kijkt de gegevens van \u201c" + item.naam + "\u201d na. Pas aan wat niet meer klopt. " +
        "Onderaan bij \u201cBevestigingen\u201d staat al een bevestiging van vandaag: geef het adres van een pagina " +
        "die toont dat jullie werken (bijvoorbeeld jullie website of agenda).";
      bericht.hidden = false;
      self.werkBij();
    }).catch(function () {
      var bericht = F.form.querySelector("[data-bewerkt]");
      bericht.textContent = "De huidige gegevens konden niet laden. Je kan het formulier wel gewoon invullen.";
      bericht.hidden = false;
    });
  };

  api.controleer = controleer;
  api.naarYaml = naarYaml;
  api.praktijkKaart = praktijkKaart;
  api.initiatiefKaart = initiatiefKaart;
  api.issueUrl = issueUrl;
  api.mailUrl = mailUrl;
  api.schoon = schoon;
})();
