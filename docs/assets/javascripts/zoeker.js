/* Gemeentezoeker op de sociale kaart: "Zoek je gemeente of postcode".
 *
 * Alleen op sociale-kaart.md geladen (front matter `zoeker: true`, zie overrides/main.html).
 * Vanilla JavaScript, geen afhankelijkheden, geen netwerk. De gegevens staan al op de pagina:
 * - elke gemeente is een rij in de tabel van haar provincie (tr[data-slug] met naam, postcodes,
 *   provincie; de cellen linken naar de kaarten van de lokale diensten: a[data-dienst]);
 * - verborgen lijsten met de OCMW-regel, de initiatieven en de praktijkvoorbeelden;
 * - de korte lijst van de diensten voor heel Vlaanderen (#vzw-vlaamse-diensten).
 * Het zoekveld is een combobox volgens het ARIA-patroon (listbox, aria-activedescendant):
 * pijltjes kiezen, Enter neemt over, Escape sluit of wist. Het resultaat wordt uit gekloonde
 * stukken van de pagina opgebouwd (nooit innerHTML met tekst uit het adres). De keuze staat in
 * het adres (?gemeente=hasselt), zodat je ze kunt delen. Zonder JavaScript blijft het formulier
 * verborgen en staan alle gemeenten in de ingeklapte tabellen.
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

  /* Leest de gemeenten uit de tabellen. Apart, zodat bench.py de zoektijd kan meten. */
  function lees_gemeenten(root) {
    var rijen = root.ownerDocument.querySelectorAll("table.vzw-gemeenten tr[data-slug]");
    var uit = [];
    for (var i = 0; i < rijen.length; i++) {
      var tr = rijen[i];
      var naam = tr.getAttribute("data-naam");
      var fr = tr.getAttribute("data-naam-fr") || "";
      uit.push({
        tr: tr,
        slug: tr.getAttribute("data-slug"),
        naam: naam,
        fr: fr,
        provincie: tr.getAttribute("data-provincie"),
        postcodes: (tr.getAttribute("data-postcodes") || "").split(" ").filter(Boolean),
        sleutel: normaal(naam),
        woorden: normaal(naam).split(" "),
        sleutel_fr: normaal(fr)
      });
    }
    return uit;
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
    var gemeenten = lees_gemeenten(root);
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

    function initiatieven_lijst(filter) {
      var bron = document.getElementById("vzw-zoeker-initiatieven");
      var ul = maak("ul", "vzw-zoeker__lijst");
      if (!bron) return ul;
      var items = bron.querySelectorAll("li");
      for (var i = 0; i < items.length; i++) {
        if (filter(items[i])) ul.appendChild(items[i].cloneNode(true));
      }
      return ul;
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
      var koppen = g.tr.closest("table").querySelectorAll("thead th");
      var cellen = g.tr.children;
      for (var c = 1; c < cellen.length; c++) {
        var soort = koppen[c] ? koppen[c].textContent : "";
        dl.appendChild(maak("dt", null, soort));
        dd = maak("dd");
        var links = cellen[c].querySelectorAll("a[data-dienst]");
        if (!links.length) dd.appendChild(help_link(soort, g));
        for (var l = 0; l < links.length; l++) {
          // Het anker dienst-<id> staat op de kop van de kaart; we klonen de hele kaart.
          var anker = document.getElementById("dienst-" + links[l].getAttribute("data-dienst"));
          var kaart = anker && anker.closest("article");
          if (!kaart) continue;
          var kloon = zonder_ids(kaart.cloneNode(true));
          var oud = kloon.querySelector(".vzw-kaart__titel");
          var naam = maak("p", "vzw-resultaat__dienst");
          var sterk = maak("strong");
          var meer = maak("a", null, kaart.querySelector(".vzw-kaart__titel").textContent.replace(/#\s*$/, "").trim());
          meer.href = "#dienst-" + links[l].getAttribute("data-dienst");
          sterk.appendChild(meer);
          naam.appendChild(sterk);
          if (oud) oud.parentNode.replaceChild(naam, oud);
          dd.appendChild(kloon);
        }
        dl.appendChild(dd);
      }
      doel.appendChild(dl);

      // 2. Diensten voor heel Vlaanderen
      doel.appendChild(kop(niveau + 1, brussel ? "Voor heel Vlaanderen (soms ook Brussel)" : "Voor heel Vlaanderen"));
      var vlaams = document.getElementById("vzw-vlaamse-diensten");
      if (vlaams) doel.appendChild(zonder_ids(vlaams.cloneNode(true)));

      // 3. Initiatieven: in de gemeente, in de provincie, in heel Vlaanderen
      doel.appendChild(kop(niveau + 1, "Initiatieven"));
      groep(doel, "In " + g.naam, initiatieven_lijst(function (li) {
        return li.getAttribute("data-gemeente") === g.slug;
      }), "Nog geen initiatief uit " + g.naam + " op de kaart.");
      groep(doel, brussel ? "Elders in Brussel" : "Elders in de provincie " + g.provincie, initiatieven_lijst(function (li) {
        return li.getAttribute("data-provincie") === g.provincie && li.getAttribute("data-gemeente") !== g.slug;
      }), brussel ? "Geen andere initiatieven in Brussel op de kaart." : "Geen andere initiatieven in " + g.provincie + " op de kaart.");
      groep(doel, "In heel Vlaanderen", initiatieven_lijst(function (li) {
        return li.getAttribute("data-provincie") === "Heel Vlaanderen";
      }), "Geen initiatieven voor heel Vlaanderen op de kaart.");

      // 4. Praktijkvoorbeelden uit de gemeente en de provincie
      var voorbeelden = document.getElementById("vzw-zoeker-praktijken");
      var ul = maak("ul", "vzw-zoeker__lijst");
      if (voorbeelden) {
        var items = Array.prototype.slice.call(voorbeelden.querySelectorAll("li"));
        items.filter(function (li) { return li.getAttribute("data-gemeente") === g.slug; })
          .concat(items.filter(function (li) {
            return li.getAttribute("data-gemeente") !== g.slug && li.getAttribute("data-provincie") === g.provincie;
          }))
          .forEach(function (li) { ul.appendChild(li.cloneNode(true)); });
      }
      doel.appendChild(kop(niveau + 1, "Praktijkvoorbeelden uit " + (brussel ? "Brussel" : g.naam + " en " + g.provincie)));
      if (ul.children.length) doel.appendChild(ul);
      else doel.appendChild(maak("p", "vzw-leeg", "Nog geen praktijkvoorbeeld uit deze buurt."));

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

    invoer.addEventListener("input", toon_opties);
    invoer.addEventListener("focus", function () { if (invoer.value.trim() && !opties.length) toon_opties(); });
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
    });

    form.hidden = false;

    // Een gedeeld adres: ?gemeente=hasselt (of een naam of postcode)
    if (window.URLSearchParams) {
      var gevraagd = new URLSearchParams(window.location.search).get("gemeente");
      if (gevraagd) {
        var g = vind(gemeenten, gevraagd);
        if (g) {
          kies(g, false);
          root.scrollIntoView();
        } else {
          invoer.value = gevraagd;
          status.textContent = "De gemeente uit het adres (" + gevraagd + ") kennen we niet. Typ een naam of een postcode.";
          root.scrollIntoView();
        }
      }
    }
  }

  /* Een link naar #gemeente-hasselt (zoals uit de zoekfunctie van de site) opent de tabel van de provincie. */
  function open_anker() {
    var id = decodeURIComponent((window.location.hash || "").slice(1));
    if (!id) return;
    var doel = document.getElementById(id);
    if (!doel) return;
    var details = doel.closest("details");
    if (details && !details.open) {
      details.open = true;
      doel.scrollIntoView();
    }
  }

  function start() {
    var roots = document.querySelectorAll("[data-vzw-zoeker]");
    for (var i = 0; i < roots.length; i++) init(roots[i]);
    open_anker();
  }

  window.vzwZoeker = { normaal: normaal, zoek: zoek, lees_gemeenten: lees_gemeenten };
  window.addEventListener("hashchange", open_anker);
  if (typeof window.document$ !== "undefined" && window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
