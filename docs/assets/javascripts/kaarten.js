/* Lange lijsten op een telefoon (issue 13): het tweede deel van elke kaart gaat dicht (in de
   catalogus: aanpak, wat werkt, valkuilen en bronnen; op de sociale kaart: werkingsgebied, hulp en
   bronnen, terwijl naam, status, contact en beschrijving zichtbaar blijven); wie het wil lezen,
   tikt op de samenvatting.
   Zonder JavaScript, op een breed scherm, op papier en op de afdrukpagina blijft alles open
   (de HTML heeft het attribuut open, zie draaiboek/weergave.py). Een link naar een kaart
   (#praktijk-..., #initiatief-...) opent die kaart. */
(function () {
  "use strict";
  var SMAL = "(max-width: 44.9375em)"; /* dezelfde grens als Material voor een telefoon */
  var KIES = "details.vzw-kaart__details";

  function openKaartVan(id) {
    if (!id) return;
    var doel = document.getElementById(id);
    var kaart = doel && doel.closest(".vzw-kaart");
    var details = kaart && kaart.querySelector(KIES);
    if (details) details.open = true;
  }

  function hash() {
    try {
      return decodeURIComponent(window.location.hash.slice(1));
    } catch (e) {
      return "";
    }
  }

  function start() {
    if (document.getElementById("print-site-page")) return; /* afdrukpagina: alles open */
    if (!window.matchMedia(SMAL).matches) return;
    document.querySelectorAll(KIES).forEach(function (d) { d.open = false; });
    openKaartVan(hash());
  }

  window.addEventListener("hashchange", function () { openKaartVan(hash()); });
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(KIES).forEach(function (d) { d.open = true; });
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
