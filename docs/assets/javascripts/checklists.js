/* Afvinklijsten: de vinkjes blijven bewaard in deze browser, per lijst.
 *
 * Vanilla JavaScript, geen netwerk: alles staat in localStorage van dit toestel, niets gaat naar
 * een server. De build (draaiboek/checklists.py) maakt van elk punt van een takenlijst een echt
 * vakje in een <label>, en geeft elke lijst een sleutel (data-vzw-lijst; de lijsten van één
 * checklist delen haar sleutel). Per sleutel bewaren we de teksten van de aangevinkte punten,
 * zodat een vinkje bij zijn punt blijft als de volgorde verandert.
 * Onder elke lijst (of onder de laatste lijst van een checklist) komt een knop "Vinkjes wissen".
 * Zonder JavaScript kun je de vakjes aanvinken, maar onthoudt de browser niets.
 * Op de afdrukpagina (#print-site-page) doet het script niets: daar staan getekende vakjes.
 */
(function () {
  "use strict";

  var VOORVOEGSEL = "vzw-vinkjes:";

  function tekst(vakje) {
    var label = vakje.closest("label") || vakje.parentNode;
    return (label.textContent || "").replace(/\s+/g, " ").trim();
  }

  function lees(sleutel) {
    try {
      var waarde = JSON.parse(window.localStorage.getItem(VOORVOEGSEL + sleutel) || "[]");
      return Array.isArray(waarde) ? waarde : [];
    } catch (e) {
      return [];
    }
  }

  function bewaar(sleutel, lijst) {
    try {
      if (lijst.length) window.localStorage.setItem(VOORVOEGSEL + sleutel, JSON.stringify(lijst));
      else window.localStorage.removeItem(VOORVOEGSEL + sleutel);
    } catch (e) { /* privévenster of vol: dan onthouden we niets */ }
  }

  function titel(lijst) {
    var checklist = lijst.closest("[data-vzw-checklist]");
    var el = checklist ? checklist.querySelector("h2, h3, h4, h5, h6") : null;
    for (var n = lijst.previousElementSibling; !el && n; n = n.previousElementSibling) {
      if (/^H[1-6]$/.test(n.tagName)) el = n;
    }
    return el ? el.textContent.replace(/#\s*$/, "").trim() : "";
  }

  function init() {
    if (document.getElementById("print-site-page")) return;
    var lijsten = document.querySelectorAll("ul.task-list[data-vzw-lijst]");
    var groepen = {};
    var volgorde = [];
    for (var i = 0; i < lijsten.length; i++) {
      var sleutel = lijsten[i].getAttribute("data-vzw-lijst");
      if (!groepen[sleutel]) { groepen[sleutel] = []; volgorde.push(sleutel); }
      groepen[sleutel].push(lijsten[i]);
    }
    volgorde.forEach(function (sleutel) {
      var uls = groepen[sleutel];
      if (uls[0].hasAttribute("data-vzw-klaar")) return;
      var vakjes = [];
      uls.forEach(function (ul) {
        ul.setAttribute("data-vzw-klaar", "");
        vakjes = vakjes.concat(Array.prototype.slice.call(ul.querySelectorAll("input.vzw-vink__vakje")));
      });
      if (!vakjes.length) return;
      var aan = lees(sleutel);
      vakjes.forEach(function (v) {
        v.checked = aan.indexOf(tekst(v)) !== -1;
        v.addEventListener("change", function () {
          bewaar(sleutel, vakjes.filter(function (x) { return x.checked; }).map(tekst));
          knop.disabled = !vakjes.some(function (x) { return x.checked; });
        });
      });
      var houder = uls[uls.length - 1].closest("[data-vzw-checklist]") || uls[uls.length - 1];
      var knop = document.createElement("button");
      knop.type = "button";
      knop.className = "md-button vzw-vinkjes-wis vzw-scherm-alleen";
      var naam = titel(uls[0]);
      knop.textContent = "Vinkjes wissen";
      if (naam) knop.setAttribute("aria-label", "Vinkjes wissen: " + naam);
      knop.disabled = !vakjes.some(function (x) { return x.checked; });
      knop.addEventListener("click", function () {
        vakjes.forEach(function (x) { x.checked = false; });
        bewaar(sleutel, []);
        knop.disabled = true;
        vakjes[0].focus();
      });
      if (houder.matches("[data-vzw-checklist]")) houder.appendChild(knop);
      else houder.insertAdjacentElement("afterend", knop);
    });
  }

  if (typeof window.document$ !== "undefined" && window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
