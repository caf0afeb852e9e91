/* Filters voor de catalogus van praktijkvoorbeelden en de sociale kaart.
 *
 * Vanilla JavaScript, geen afhankelijkheden, geen netwerk. Werkt op HTML die de build al maakte:
 * elke kaart (.vzw-kaart) draagt data-attributen (bv. data-fasen="opstarten bijsturen").
 * - <select data-vzw-veld="fasen"> kiest één waarde; <input type="checkbox" data-vzw-veld="status"
 *   data-vzw-waarde="actief"> houdt alleen de kaarten met die waarde over ("alleen actieve").
 * - Een keuzelijst met data-vzw-plaats (provincie, gemeente) laat kaarten met data-overal staan:
 *   organisaties voor heel Vlaanderen helpen ook in die provincie. Ze blijven in hun eigen groep.
 * - De aantallen bij elke keuze volgen de andere keuzes: "Limburg (2)" = zoveel kaarten in Limburg
 *   die ook bij de andere filters passen.
 * - Filteren = het attribuut `hidden` zetten, niets opnieuw opbouwen (snel, ook voor 1.000 kaarten).
 * Zonder JavaScript blijft het formulier verborgen en staat alles er. De keuze staat in het
 * adres (?fase=...&thema=...), zodat je een gefilterde lijst kunt delen. Een waarde in het adres
 * die de pagina niet kent, staat uit, en een zichtbare melding zegt dat.
 * Afdrukken toont wat op het scherm staat, met de gekozen filters erboven (CSS: @media print).
 * Op de afdrukpagina (#print-site-page, de bron van de PDF) doet het script niets: alles blijft staan.
 */
(function () {
  "use strict";

  function tokens(waarde) {
    return (waarde || "").split(/\s+/).filter(Boolean);
  }

  function lijst(nodes) {
    return Array.prototype.slice.call(nodes);
  }

  function labeltekst(el) {
    var label = el.closest("label");
    var span = label ? label.querySelector(".vzw-filter__label") : null;
    return ((span || label || {}).textContent || el.name || "").replace(/\s*\(\d+\)\s*$/, "").trim();
  }

  function init(wrapper) {
    if (wrapper.hasAttribute("data-vzw-klaar")) return;
    if (wrapper.closest("#print-site-page")) return;
    var form = wrapper.querySelector(".vzw-filter__form");
    if (!form) return;
    wrapper.setAttribute("data-vzw-klaar", "");

    var status = wrapper.querySelector(".vzw-filter__status");
    var geen = wrapper.querySelector(".vzw-filter__geen");
    var melding = wrapper.querySelector(".vzw-filter__melding");
    var overal = wrapper.querySelector(".vzw-filter__overal");
    var afdruk = wrapper.querySelector(".vzw-filter__afdruk");
    var wis = wrapper.querySelector("[data-vzw-wis]");
    var meervoud = wrapper.getAttribute("data-vzw-meervoud") || "resultaten";
    var overalNaam = wrapper.getAttribute("data-vzw-overal") || "heel Vlaanderen";

    // Elk filter: een keuzelijst of een vinkje, met het data-attribuut van de kaart dat het leest.
    var filters = lijst(form.querySelectorAll("[data-vzw-veld]")).map(function (el) {
      var vink = el.type === "checkbox";
      var f = {
        el: el, naam: el.name, veld: el.getAttribute("data-vzw-veld"), vink: vink,
        plaats: el.hasAttribute("data-vzw-plaats"), label: labeltekst(el),
        aantal: vink ? el.closest("label").querySelector(".vzw-filter__aantal") : null,
        opties: vink ? [] : lijst(el.options).map(function (o) {
          return { el: o, waarde: o.value, label: o.getAttribute("data-label") || o.textContent };
        })
      };
      f.waarde = function () {
        if (vink) return el.checked ? el.getAttribute("data-vzw-waarde") : "";
        return el.value;
      };
      return f;
    });

    // Eén keer de tokens van elke kaart lezen.
    var kaarten = lijst(wrapper.querySelectorAll(".vzw-kaart")).map(function (el) {
      var waarden = {};
      filters.forEach(function (f) { waarden[f.veld] = tokens(el.getAttribute("data-" + f.veld)); });
      return { el: el, waarden: waarden, overal: el.hasAttribute("data-overal") };
    });
    var groepen = lijst(wrapper.querySelectorAll("[data-vzw-groep]")).map(function (el) {
      var teller = el.querySelector(".vzw-groep__aantal");
      return {
        el: el,
        kaarten: kaarten.filter(function (k) { return el.contains(k.el); }),
        teller: teller,
        origineel: teller ? teller.textContent : ""
      };
    });
    var totaal = kaarten.length;

    function keuzes() {
      var uit = [];
      filters.forEach(function (f) {
        var w = f.waarde();
        if (w) uit.push({ f: f, veld: f.veld, waarde: w, plaats: f.plaats });
      });
      return uit;
    }

    function past(k, actief, zonder) {
      for (var i = 0; i < actief.length; i++) {
        var c = actief[i];
        if (c.f === zonder) continue;
        if (c.plaats && k.overal) continue;
        if (k.waarden[c.veld].indexOf(c.waarde) === -1) return false;
      }
      return true;
    }

    // Past de kaart zelf bij de gekozen provincie of gemeente (niet alleen omdat ze overal helpt)?
    function eigen_plaats(k, actief) {
      return actief.every(function (c) { return !c.plaats || k.waarden[c.veld].indexOf(c.waarde) !== -1; });
    }

    // De aantallen bij elke keuze: de kaarten die bij alle andere filters passen.
    function tel(actief) {
      filters.forEach(function (f) {
        var n = {};
        kaarten.forEach(function (k) {
          if (!past(k, actief, f)) return;
          k.waarden[f.veld].forEach(function (t) { n[t] = (n[t] || 0) + 1; });
        });
        if (f.vink) {
          if (f.aantal) f.aantal.textContent = "(" + (n[f.el.getAttribute("data-vzw-waarde")] || 0) + ")";
          return;
        }
        f.opties.forEach(function (o) {
          if (!o.waarde) return;
          var tekst = o.label + " (" + (n[o.waarde] || 0) + ")";
          if (o.el.textContent !== tekst) o.el.textContent = tekst;
        });
      });
    }

    function beschrijf(actief) {
      return actief.map(function (c) {
        if (c.f.vink) return c.f.label;
        var o = c.f.opties.filter(function (x) { return x.waarde === c.waarde; })[0];
        return c.f.label + ": " + (o ? o.label : c.waarde);
      }).join("; ");
    }

    function pas_toe(bewaar) {
      var actief = keuzes();
      var zichtbaar = 0;
      var extra = 0;
      var plaats = actief.some(function (c) { return c.plaats; });
      kaarten.forEach(function (k) {
        var ok = past(k, actief, null);
        k.zichtbaar = ok;
        if (ok) {
          zichtbaar++;
          // Een kaart voor heel Vlaanderen die er alleen staat omdat ze overal helpt.
          if (plaats && k.overal && !eigen_plaats(k, actief)) extra++;
        }
        if (k.el.hidden === ok) k.el.hidden = !ok;
      });
      groepen.forEach(function (g) {
        var n = 0;
        g.kaarten.forEach(function (k) { if (k.zichtbaar) n++; });
        var verberg = n === 0;
        if (g.el.hidden !== verberg) g.el.hidden = verberg;
        if (g.teller) {
          g.teller.textContent = actief.length ? "(" + n + " van " + g.kaarten.length + ")" : g.origineel;
        }
      });
      tel(actief);
      if (status) {
        var tekst = zichtbaar + " van " + totaal + " " + meervoud;
        if (extra) tekst += ", waarvan " + extra + " voor " + overalNaam;
        status.textContent = tekst;
      }
      if (overal) {
        overal.hidden = extra === 0;
        if (extra) {
          overal.textContent = (zichtbaar === extra
            ? "Voor deze keuze staat er nog geen lokaal initiatief op de kaart. "
            : "") + "De organisaties voor " + overalNaam + " blijven staan in hun eigen groep: ze helpen ook hier.";
        }
      }
      if (afdruk) {
        afdruk.hidden = actief.length === 0;
        afdruk.textContent = actief.length
          ? "Gefilterde lijst (" + beschrijf(actief) + "): " + zichtbaar + " van " + totaal + " " + meervoud + "."
          : "";
      }
      if (geen) geen.hidden = zichtbaar !== 0;
      if (wis) wis.disabled = actief.length === 0;
      if (bewaar) {
        if (melding) melding.hidden = true;
        bewaar_in_adres();
      }
    }

    function bewaar_in_adres() {
      if (!window.history || !window.history.replaceState || !window.URLSearchParams) return;
      var params = new URLSearchParams(window.location.search);
      filters.forEach(function (f) {
        var w = f.vink ? (f.el.checked ? f.el.value : "") : f.el.value;
        if (w) params.set(f.naam, w);
        else params.delete(f.naam);
      });
      var query = params.toString();
      var adres = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      window.history.replaceState(window.history.state, "", adres);
    }

    // Leest de keuzes uit het adres; geeft de waarden die niet bestaan terug.
    function lees_adres() {
      var onbekend = [];
      if (!window.URLSearchParams) return onbekend;
      var params = new URLSearchParams(window.location.search);
      filters.forEach(function (f) {
        var w = params.get(f.naam);
        if (w === null || w === "") return;
        if (f.vink) {
          f.el.checked = w === f.el.value;
          if (!f.el.checked) onbekend.push({ f: f, waarde: w });
          return;
        }
        var bestaat = f.opties.some(function (o) { return o.waarde === w; });
        f.el.value = bestaat ? w : "";
        if (!bestaat) onbekend.push({ f: f, waarde: w });
      });
      return onbekend;
    }

    function meld_onbekend(onbekend) {
      if (!melding) return;
      melding.hidden = onbekend.length === 0;
      if (!onbekend.length) return;
      var delen = onbekend.map(function (o) { return o.f.label.toLowerCase() + " \u201c" + o.waarde + "\u201d"; });
      melding.textContent = "Het adres van deze pagina vraagt " + delen.join(" en ") +
        ", maar die keuze bestaat hier niet. " + (onbekend.length === 1 ? "Die filter staat" : "Die filters staan") +
        " daarom uit. Kies hieronder zelf.";
    }

    filters.forEach(function (f) {
      f.el.addEventListener("change", function () { pas_toe(true); });
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    if (wis) {
      wis.addEventListener("click", function () {
        filters.forEach(function (f) {
          if (f.vink) f.el.checked = false;
          else f.el.value = "";
        });
        pas_toe(true);
        if (filters[0]) filters[0].el.focus();
      });
    }

    var onbekend = lees_adres();
    form.hidden = false;
    if (status) status.hidden = false;
    pas_toe(false);
    meld_onbekend(onbekend);
  }

  function start() {
    var wrappers = document.querySelectorAll("[data-vzw-filter]");
    for (var i = 0; i < wrappers.length; i++) init(wrappers[i]);
  }

  if (typeof window.document$ !== "undefined" && window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
