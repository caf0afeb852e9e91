/* Oude ankers naar hun deelpagina.
 *
 * Een lang hoofdstuk is opgesplitst in deelpagina's; het overzicht staat nog op het oude adres
 * (bv. /woonzoektocht/). Een oude link als /woonzoektocht/#de-huurwaarborg wijst naar een kop die
 * nu op een deelpagina staat. De build (draaiboek/deelpaginas.py) zet dit script alleen op zo'n
 * overzicht, met de kaart anker -> deelpagina in data-vzw-ankers (uit de koppen van de
 * deelpagina's, bij elke build opnieuw). Voor een bekend anker gaan we met location.replace naar
 * de deelpagina en dat anker: de knop "terug" brengt je dan niet naar de lege plek van het oude
 * anker. Een onbekend anker of een anker op het overzicht zelf: niets.
 * Een grote kaart (de sociale kaart: honderden gemeenten en initiatieven) staat in een bestand naast
 * het overzicht (data-vzw-ankers-bestand). Dat halen we alleen op als het anker niet op het
 * overzicht zelf staat: wie gewoon de pagina opent, laadt het niet.
 * Vanilla JavaScript, geen inline script (de CSP laat alleen bestanden van de site toe); het enige
 * verzoek is dat bestand van de eigen site.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var bestand = script && script.getAttribute("data-vzw-ankers-bestand");
  var kaart = null;
  if (!bestand) {
    try {
      kaart = JSON.parse((script && script.getAttribute("data-vzw-ankers")) || "{}");
    } catch (fout) {
      return;
    }
  }
  var laden = null;

  function naar(kaart, anker) {
    if (Object.prototype.hasOwnProperty.call(kaart, anker)) {
      location.replace(kaart[anker] + "#" + encodeURIComponent(anker));
    }
  }

  function doorsturen() {
    var anker = location.hash.slice(1);
    try {
      anker = decodeURIComponent(anker);
    } catch (fout) {
      return;
    }
    if (!anker) return;
    if (kaart) {
      naar(kaart, anker);
      return;
    }
    if (document.getElementById(anker)) return;  // staat op het overzicht zelf
    // Het adres van het bestand geldt tegenover het overzicht (waar dit script staat).
    laden = laden || fetch(bestand, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    });
    laden.then(function (k) { naar(k, anker); }, function () { laden = null; });
  }

  if (document.readyState === "loading" && !kaart) {
    document.addEventListener("DOMContentLoaded", doorsturen);
  } else {
    doorsturen();
  }
  window.addEventListener("hashchange", doorsturen);
})();
