/* Filters voor de catalogus van praktijkvoorbeelden en de sociale kaart.
 *
 * Vanilla JavaScript, geen afhankelijkheden, geen netwerk. Werkt op HTML die de build al maakte:
 * elke kaart (.vzw-kaart) draagt data-attributen (bv. data-fasen="opstarten bijsturen"); een
 * <select data-vzw-veld="fasen"> kiest één waarde. Filteren = het attribuut `hidden` zetten,
 * niets opnieuw opbouwen (snel, ook voor 1.000 kaarten).
 * Zonder JavaScript blijft het formulier verborgen en staat alles er. De keuze staat in het
 * adres (?fase=...&thema=...), zodat je een gefilterde lijst kunt delen.
 * Op de afdrukpagina (#print-site-page) doet het script niets: daar moet alles zichtbaar zijn.
 */
(function () {
  "use strict";

  function tokens(waarde) {
    return (waarde || "").split(/\s+/).filter(Boolean);
  }

  function init(wrapper) {
    if (wrapper.hasAttribute("data-vzw-klaar")) return;
    if (wrapper.closest("#print-site-page")) return;
    var form = wrapper.querySelector(".vzw-filter__form");
    if (!form) return;
    wrapper.setAttribute("data-vzw-klaar", "");

    var status = wrapper.querySelector(".vzw-filter__status");
    var geen = wrapper.querySelector(".vzw-filter__geen");
    var wis = wrapper.querySelector("[data-vzw-wis]");
    var meervoud = wrapper.getAttribute("data-vzw-meervoud") || "resultaten";
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-vzw-veld]"));
    var velden = selects.map(function (s) { return s.getAttribute("data-vzw-veld"); });

    // Eén keer de tokens van elke kaart lezen.
    var kaarten = Array.prototype.slice.call(wrapper.querySelectorAll(".vzw-kaart")).map(function (el) {
      var waarden = {};
      velden.forEach(function (v) { waarden[v] = tokens(el.getAttribute("data-" + v)); });
      return { el: el, waarden: waarden };
    });
    var groepen = Array.prototype.slice.call(wrapper.querySelectorAll("[data-vzw-groep]")).map(function (el) {
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
      selects.forEach(function (s) {
        if (s.value) uit.push({ veld: s.getAttribute("data-vzw-veld"), waarde: s.value });
      });
      return uit;
    }

    function pas_toe(bewaar) {
      var actief = keuzes();
      var zichtbaar = 0;
      kaarten.forEach(function (k) {
        var ok = actief.every(function (c) { return k.waarden[c.veld].indexOf(c.waarde) !== -1; });
        k.zichtbaar = ok;
        if (ok) zichtbaar++;
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
      if (status) status.textContent = zichtbaar + " van " + totaal + " " + meervoud;
      if (geen) geen.hidden = zichtbaar !== 0;
      if (wis) wis.disabled = actief.length === 0;
      if (bewaar) bewaar_in_adres();
    }

    function bewaar_in_adres() {
      if (!window.history || !window.history.replaceState || !window.URLSearchParams) return;
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (s) {
        if (s.value) params.set(s.name, s.value);
        else params.delete(s.name);
      });
      var query = params.toString();
      var adres = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      window.history.replaceState(window.history.state, "", adres);
    }

    function lees_adres() {
      if (!window.URLSearchParams) return;
      var params = new URLSearchParams(window.location.search);
      selects.forEach(function (s) {
        var w = params.get(s.name);
        if (w === null) return;
        var bestaat = Array.prototype.some.call(s.options, function (o) { return o.value === w; });
        s.value = bestaat ? w : "";
      });
    }

    selects.forEach(function (s) {
      s.addEventListener("change", function () { pas_toe(true); });
    });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    if (wis) {
      wis.addEventListener("click", function () {
        selects.forEach(function (s) { s.value = ""; });
        pas_toe(true);
        if (selects[0]) selects[0].focus();
      });
    }

    lees_adres();
    form.hidden = false;
    if (status) status.hidden = false;
    pas_toe(false);
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
