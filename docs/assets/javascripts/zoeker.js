/* Gemeentezoeker op het overzicht van de sociale kaart: "Zoek je gemeente of postcode".
 *
 * Alleen op sociale-kaart/index.md geladen (front matter `zoeker: true`, zie overrides/main.html).
 * Vanilla JavaScript, geen afhankelijkheden. De gegevens staan als compacte JSON in een bestand van
 * de site naast de pagina (data-gegevens; draaiboek/zoeker.py, zoeker_gegevens: gemeenten met
 * postcodes en lokale diensten, de lokale diensten met hun contact, de initiatieven en de
 * praktijkvoorbeelden). Dat bestand halen we pas op als iemand de zoeker gebruikt (focus, typen,
 * of een gedeeld adres). De OCMW-regel staat verborgen op de pagina (#vzw-zoeker-ocmw), de
 * diensten voor heel Vlaanderen in hun korte lijst (#vzw-vlaamse-diensten).
 * Het zoekveld is een combobox volgens het ARIA-patroon (listbox, aria-activedescendant):
 * pijltjes kiezen, Enter neemt over, Escape sluit of wist. Het resultaat wordt met
 * createElement en textContent opgebouwd (nooit innerHTML met tekst uit het adres of de
 * gegevens). Het linkt naar de kaarten op de deelpagina's per provincie. De keuze staat in het
 * adres (?gemeente=hasselt), zodat je ze kunt delen. Zonder JavaScript blijft het formulier
 * verborgen en staat elke gemeente in de tabel op de deelpagina van haar provincie.
 */
(function () {
  "use strict";

  var MAX_OPTIES = 8;

  function normaal(s) {
    return (s || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase()
      .replace(/[^a-z0-9]+/g, " ").trim();
  }

  function maak(tag, klasse, tekst) {
    var el = document.createElement(tag);
    if (klasse) el.className = klasse;
    if (tekst) el.textContent = tekst;
    return el;
  }

  function zonder_ids(el) {
    el.removeAttribute("id");
    var binnen = el.querySelectorAll("[id]");
    for (var i = 0; i < binnen.length; i++) binnen[i].removeAttribute("id");
    return el;
  }

  /* De gegevens (draaiboek/zoeker.py, zoeker_gegevens) staan in het bestand uit data-gegevens. We
     halen ze pas op als iemand de zoeker gebruikt (of een gedeeld adres opent): wie de pagina
     alleen leest, laadt ze niet. Eén keer per pagina; daarna staat data-vzw-geladen op de zoeker. */
  function laad(root) {
    if (!root.vzwLaden) {
      root.vzwLaden = fetch(root.getAttribute("data-gegevens"), { credentials: "same-origin" })
        .then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.json();
        })
        .then(function (d) {
          root.vzwGegevens = d;
          root.setAttribute("data-vzw-geladen", "");
          return d;
        });
    }
    return root.vzwLaden;
  }

  function gegevens(root) {
    return root.vzwGegevens || {};
  }

  /* De gemeenten als objecten om te zoeken (na laad). Apart, zodat bench.py de zoektijd kan meten. */
  function lees_gemeenten(root) {
    var d = gegevens(root);
    return (d.g || []).map(function (r) {
      var naam = r[0], fr = r[4] || "";
      return {
        slug: r[1] || normaal(naam).replace(/ /g, "-"),
        naam: naam,
        fr: fr,
        provincie: d.p[r[3]],
        pagina: d.u[r[3]],
        postcodes: (r[2] || "").split(" ").filter(Boolean),
        diensten: r[5],
        sleutel: normaal(naam),
        woorden: normaal(naam).split(" "),
        sleutel_fr: normaal(fr)
      };
    });
  }

  /* De beste gemeenten voor wat iemand typt: exacte naam, begin van de naam, begin van een
     woord, Franse naam, ergens in de naam; cijfers zoeken op postcode. */
  function zoek(gemeenten, vraag, max) {
    var q = normaal(vraag);
    if (!q) return [];
    var gevonden = [];
    var cijfers = /^[0-9]+$/.test(q);
    for (var i = 0; i < gemeenten.length; i++) {
      var g = gemeenten[i], score = -1, postcode = "";
      if (cijfers) {
        for (var j = 0; j < g.postcodes.length; j++) {
          if (g.postcodes[j].indexOf(q) === 0) {
            var s = g.postcodes[j] === q ? 0 : 1;
            if (score === -1 || s < score) { score = s; postcode = g.postcodes[j]; }
          }
        }
      } else if (g.sleutel === q || g.sleutel_fr === q) {
        score = 0;
      } else if (g.sleutel.indexOf(q) === 0) {
        score = 1;
      } else if (g.woorden.some(function (w) { return w.indexOf(q) === 0; })) {
        score = 2;
      } else if (g.sleutel_fr && g.sleutel_fr.indexOf(q) === 0) {
        score = 3;
      } else if (q.length >= 3 && g.sleutel.indexOf(q) !== -1) {
        score = 4;
      }
      if (score !== -1) gevonden.push({ g: g, score: score, postcode: postcode });
    }
    gevonden.sort(function (a, b) {
      return a.score - b.score || (a.postcode < b.postcode ? -1 : a.postcode > b.postcode ? 1 : 0) ||
        a.g.sleutel.localeCompare(b.g.sleutel);
    });
    return max ? gevonden.slice(0, max) : gevonden;
  }

  function vind(gemeenten, waarde) {
    var q = normaal(waarde);
    if (!q) return null;
    for (var i = 0; i < gemeenten.length; i++) {
      if (gemeenten[i].slug === waarde || gemeenten[i].sleutel === q || gemeenten[i].sleutel_fr === q) return gemeenten[i];
    }
    var treffers = zoek(gemeenten, waarde, 2);
    if (treffers.length && treffers[0].score === 0 && (treffers.length === 1 || treffers[1].score > 0)) return treffers[0].g;
    return null;
  }

  function init(root) {
    if (root.hasAttribute("data-vzw-klaar") || root.closest("#print-site-page")) return;
    root.setAttribute("data-vzw-klaar", "");
    var form = root.querySelector(".vzw-zoeker__form");
    var invoer = root.querySelector("#vzw-gemeente");
    var lijst = root.querySelector("#vzw-gemeente-opties");
    var status = root.querySelector(".vzw-zoeker__status");
    var resultaat = root.querySelector(".vzw-zoeker__resultaat");
    var meewerken = root.getAttribute("data-meewerken") || "";
    var niveau = parseInt(root.getAttribute("data-kopniveau") || "3", 10);
    var gemeenten = [];
    var opties = [];
    var actief = -1;

    function sluit() {
      lijst.hidden = true;
      lijst.textContent = "";
      invoer.setAttribute("aria-expanded", "false");
      invoer.removeAttribute("aria-activedescendant");
      opties = [];
      actief = -1;
    }

    function markeer(i) {
      actief = i;
      for (var k = 0; k < opties.length; k++) {
        var el = lijst.children[k];
        var aan = k === i;
        el.setAttribute("aria-selected", aan ? "true" : "false");
        el.classList.toggle("vzw-zoeker__optie--actief", aan);
      }
      if (i >= 0) {
        invoer.setAttribute("aria-activedescendant", lijst.children[i].id);
        lijst.children[i].scrollIntoView({ block: "nearest" });
      } else {
        invoer.removeAttribute("aria-activedescendant");
      }
    }

    function toon_opties() {
      var treffers = zoek(gemeenten, invoer.value, MAX_OPTIES);
      lijst.textContent = "";
      opties = treffers;
      actief = -1;
      invoer.removeAttribute("aria-activedescendant");
      if (!invoer.value.trim()) {
        sluit();
        status.textContent = "";
        return;
      }
      treffers.forEach(function (t, i) {
        var li = maak("li", "vzw-zoeker__optie");
        li.id = "vzw-gemeente-optie-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        li.appendChild(maak("span", "vzw-zoeker__optie-naam", t.g.naam));
        var extra = (t.postcode ? t.postcode + ", " : "") +
          (t.g.provincie === "Brussel" ? "Brussel" : "provincie " + t.g.provincie);
        li.appendChild(document.createTextNode(" "));
        li.appendChild(maak("span", "vzw-zoeker__optie-extra", "(" + extra + ")"));
        li.addEventListener("mousedown", function (e) { e.preventDefault(); });
        li.addEventListener("click", function () { kies(t.g, true); });
        lijst.appendChild(li);
      });
      var open = treffers.length > 0;
      lijst.hidden = !open;
      invoer.setAttribute("aria-expanded", open ? "true" : "false");
      status.textContent = open
        ? (treffers.length === 1 ? "1 gemeente gevonden." : treffers.length + " gemeenten gevonden.") +
          " Kies met pijltje omlaag."
        : "Geen gemeente gevonden voor " + invoer.value.trim() + ". Typ een naam of een postcode.";
    }

    function kop(n, tekst) {
      return maak("h" + Math.min(6, n), null, tekst);
    }

    var d = {};

    /* Haalt de gegevens op en voert daarna `verder` uit; zegt het als dat mislukt. */
    function met_gegevens(verder) {
      if (root.vzwGegevens) {
        verder();
        return;
      }
      if (!status.textContent) status.textContent = "De gemeenten worden geladen.";
      laad(root).then(function () {
        d = gegevens(root);
        gemeenten = lees_gemeenten(root);
        if (status.textContent === "De gemeenten worden geladen.") status.textContent = "";
        verder();
      }, function () {
        status.textContent = "De lijst van de gemeenten kon niet laden. Elke gemeente staat ook in de tabel " +
          "op de pagina van haar provincie.";
      });
    }

    function lijst_link(tekst, href, extra) {
      var li = maak("li");
      var a = maak("a", null, tekst);
      a.href = href;
      li.appendChild(a);
      if (extra) li.appendChild(document.createTextNode(" (" + extra + ")"));
      return li;
    }

    /* Initiatieven die aan `filter` voldoen: [naam, id, provincie, waar, gemeente]. */
    function initiatieven_lijst(filter) {
      var ul = maak("ul", "vzw-zoeker__lijst");
      (d.i || []).forEach(function (r) {
        if (filter(d.p[r[2]], r[4])) ul.appendChild(lijst_link(r[0], d.u[r[2]] + "#initiatief-" + r[1], r[3]));
      });
      return ul;
    }

    /* Eén lokale dienst: naam (link naar haar kaart met werkgebied en bronnen) en hoe je haar bereikt. */
    function dienst(r) {
      var blok = maak("div", "vzw-resultaat__dienst");
      var p = maak("p");
      var sterk = maak("strong");
      var a = maak("a", null, r[1]);
      a.href = d.w + "#dienst-" + r[0];
      sterk.appendChild(a);
      p.appendChild(sterk);
      blok.appendChild(p);
      var dl = maak("dl", "vzw-kaart__feiten");
      function rij(label, waarde, href) {
        if (!waarde) return;
        dl.appendChild(maak("dt", null, label));
        var dd = maak("dd");
        if (href) {
          var l = maak("a", null, waarde);
          l.href = href;
          dd.appendChild(l);
        } else {
          dd.textContent = waarde;
        }
        dl.appendChild(dd);
      }
      rij("Website", r[2].replace(/^https?:\/\/(www\.)?/, "").replace(/\/$/, ""), /^https?:\/\//.test(r[2]) ? r[2] : "");
      rij("Telefoon", r[3], r[3] ? "tel:" + r[3].replace(/[^0-9+]/g, "").replace(/^0(?!0)/, "+32") : "");
      rij("E-mail", r[4], r[4] ? "mailto:" + r[4] : "");
      rij("Adres", r[5]);
      rij("Bereikbaar", r[6]);
      blok.appendChild(dl);
      var meer = maak("p", "vzw-resultaat__meer");
      var m = maak("a", null, "Wat ze doet, werkgebied en bronnen");
      m.href = a.href;
      m.setAttribute("aria-label", "Wat ze doet, werkgebied en bronnen: " + r[1]);
      meer.appendChild(m);
      blok.appendChild(meer);
      return blok;
    }

    function groep(doel, titel, ul, leeg) {
      doel.appendChild(kop(niveau + 2, titel));
      if (ul.children.length) doel.appendChild(ul);
      else doel.appendChild(maak("p", "vzw-leeg", leeg));
    }

    /* "Nog niet gekend" met een link naar het formulier, al ingevuld met soort en gemeente. */
    function help_link(soort, g) {
      var p = maak("p", "vzw-onbekend");
      p.appendChild(document.createTextNode("Nog niet gekend. "));
      if (meewerken) {
        var a = maak("a", null, "Help aanvullen");
        var href = meewerken;
        if (/[?&]template=/.test(href)) {
          href += "&title=" + encodeURIComponent("Dienst: " + soort.toLowerCase() + " voor " + g.naam) +
            "&werkgebied=" + encodeURIComponent(g.naam);
        }
        a.href = href;
        a.setAttribute("aria-label", "Help aanvullen: " + soort.toLowerCase() + " voor " + g.naam);
        p.appendChild(a);
      }
      return p;
    }

    function bouw_resultaat(g) {
      var doel = maak("section", "vzw-resultaat");
      doel.setAttribute("aria-labelledby", "vzw-resultaat-titel");
      var titel = kop(niveau, "Wie helpt in " + g.naam + "?");
      titel.id = "vzw-resultaat-titel";
      titel.setAttribute("tabindex", "-1");
      doel.appendChild(titel);
      var brussel = g.provincie === "Brussel";
      var waar = brussel ? "Brussels Hoofdstedelijk Gewest" : "Provincie " + g.provincie;
      doel.appendChild(maak("p", "vzw-resultaat__waar",
        waar + " · postcode" + (g.postcodes.length > 1 ? "s " : " ") + g.postcodes.join(", ")));

      // 1. Openbare diensten van de gemeente
      doel.appendChild(kop(niveau + 1, "Openbare diensten in " + g.naam));
      var dl = maak("dl", "vzw-resultaat__diensten");
      dl.appendChild(maak("dt", null, "OCMW van " + g.naam));
      var ocmw = document.getElementById("vzw-zoeker-ocmw");
      var dd = maak("dd");
      if (ocmw) {
        for (var o = 0; o < ocmw.children.length; o++) dd.appendChild(ocmw.children[o].cloneNode(true));
      }
      dl.appendChild(dd);
      (d.s || []).forEach(function (soort, c) {
        dl.appendChild(maak("dt", null, soort));
        var dd = maak("dd");
        var ids = g.diensten[c] || [];
        if (!ids.length) dd.appendChild(help_link(soort, g));
        ids.forEach(function (n) { dd.appendChild(dienst(d.d[n])); });
        dl.appendChild(dd);
      });
      doel.appendChild(dl);

      // 2. Diensten voor heel Vlaanderen
      doel.appendChild(kop(niveau + 1, brussel ? "Voor heel Vlaanderen (soms ook Brussel)" : "Voor heel Vlaanderen"));
      var vlaams = document.getElementById("vzw-vlaamse-diensten");
      if (vlaams) doel.appendChild(zonder_ids(vlaams.cloneNode(true)));

      // 3. Initiatieven: in de gemeente, in de provincie, in heel Vlaanderen
      doel.appendChild(kop(niveau + 1, "Initiatieven"));
      groep(doel, "In " + g.naam, initiatieven_lijst(function (provincie, gemeente) {
        return gemeente === g.slug;
      }), "Nog geen initiatief uit " + g.naam + " op de kaart.");
      groep(doel, brussel ? "Elders in Brussel" : "Elders in de provincie " + g.provincie, initiatieven_lijst(function (provincie, gemeente) {
        return provincie === g.provincie && gemeente !== g.slug;
      }), brussel ? "Geen andere initiatieven in Brussel op de kaart." : "Geen andere initiatieven in " + g.provincie + " op de kaart.");
      groep(doel, "In heel Vlaanderen", initiatieven_lijst(function (provincie) {
        return provincie === "Heel Vlaanderen";
      }), "Geen initiatieven voor heel Vlaanderen op de kaart.");

      // 4. Praktijkvoorbeelden uit de gemeente en de provincie
      // [titel, adres, provincie, gemeente]: eerst die uit de gemeente, dan de rest van de provincie
      var ul = maak("ul", "vzw-zoeker__lijst");
      var voorbeelden = d.v || [];
      voorbeelden.filter(function (r) { return r[3] === g.slug; })
        .concat(voorbeelden.filter(function (r) { return r[3] !== g.slug && d.p[r[2]] === g.provincie; }))
        .forEach(function (r) { ul.appendChild(lijst_link(r[0], r[1])); });
      doel.appendChild(kop(niveau + 1, "Praktijkvoorbeelden uit " + (brussel ? "Brussel" : g.naam + " en " + g.provincie)));
      if (ul.children.length) doel.appendChild(ul);
      else doel.appendChild(maak("p", "vzw-leeg", "Nog geen praktijkvoorbeeld uit deze buurt."));

      var rij = maak("p", "vzw-resultaat__deel");
      var naar = maak("a", null, g.naam + " in de tabel van " + (brussel ? "Brussel" : "de provincie " + g.provincie));
      naar.href = g.pagina + "#gemeente-" + g.slug;
      rij.appendChild(naar);
      doel.appendChild(rij);
      var deel = maak("p", "vzw-resultaat__deel");
      var a = maak("a", null, "Link naar deze gemeente (om te delen)");
      a.href = "?gemeente=" + encodeURIComponent(g.slug);
      deel.appendChild(a);
      doel.appendChild(deel);
      return doel;
    }

    function kies(g, focus) {
      sluit();
      invoer.value = g.naam;
      resultaat.textContent = "";
      resultaat.appendChild(bouw_resultaat(g));
      resultaat.hidden = false;
      status.textContent = "Hulp in " + g.naam + " staat onder het zoekveld.";
      if (window.history && window.history.replaceState && window.URLSearchParams) {
        var params = new URLSearchParams(window.location.search);
        params.set("gemeente", g.slug);
        window.history.replaceState(window.history.state, "", window.location.pathname + "?" + params.toString());
      }
      if (focus) {
        var titel = resultaat.querySelector("#vzw-resultaat-titel");
        if (titel) titel.focus();
      }
    }

    invoer.addEventListener("input", function () { met_gegevens(toon_opties); });
    invoer.addEventListener("focus", function () {
      met_gegevens(function () { if (invoer.value.trim() && !opties.length) toon_opties(); });
    });
    invoer.addEventListener("blur", function () { setTimeout(sluit, 0); });
    invoer.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown" || e.key === "Down") {
        e.preventDefault();
        if (lijst.hidden) toon_opties();
        if (opties.length) markeer(actief < opties.length - 1 ? actief + 1 : 0);
      } else if (e.key === "ArrowUp" || e.key === "Up") {
        e.preventDefault();
        if (opties.length) markeer(actief > 0 ? actief - 1 : opties.length - 1);
      } else if (e.key === "Enter") {
        if (actief >= 0 && opties[actief]) {
          e.preventDefault();
          kies(opties[actief].g, true);
        }
      } else if (e.key === "Escape" || e.key === "Esc") {
        if (!lijst.hidden) { e.preventDefault(); sluit(); }
        else if (invoer.value) { e.preventDefault(); invoer.value = ""; status.textContent = ""; }
      } else if (e.key === "Tab") {
        sluit();
      }
    });
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      met_gegevens(toon);
    });

    function toon() {
      var g = vind(gemeenten, invoer.value);
      if (!g) {
        var treffers = zoek(gemeenten, invoer.value, 2);
        if (treffers.length === 1) g = treffers[0].g;
      }
      if (g) kies(g, true);
      else {
        toon_opties();
        if (opties.length) status.textContent = "Kies een gemeente uit de lijst: " + opties.length +
          (opties.length === 1 ? " mogelijkheid." : " mogelijkheden.");
      }
    }

    form.hidden = false;

    // Een gedeeld adres: ?gemeente=hasselt (of een naam of postcode)
    if (window.URLSearchParams) {
      var gevraagd = new URLSearchParams(window.location.search).get("gemeente");
      if (gevraagd) {
        met_gegevens(function () {
          var g = vind(gemeenten, gevraagd);
          if (g) {
            kies(g, false);
            root.scrollIntoView();
          } else {
            invoer.value = gevraagd;
            status.textContent = "De gemeente uit het adres (" + gevraagd + ") kennen we niet. Typ een naam of een postcode.";
            root.scrollIntoView();
          }
        });
      }
    }
  }

  function start() {
    var roots = document.querySelectorAll("[data-vzw-zoeker]");
    for (var i = 0; i < roots.length; i++) init(roots[i]);
  }

  window.vzwZoeker = { normaal: normaal, zoek: zoek, laad: laad, lees_gemeenten: lees_gemeenten };
  if (typeof window.document$ !== "undefined" && window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
