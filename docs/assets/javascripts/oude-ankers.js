/* Oude ankers naar hun deelpagina.
 *
 * Een lang hoofdstuk is opgesplitst in deelpagina's; het overzicht staat nog op het oude adres
 * (bv. /woonzoektocht/). Een oude link als /woonzoektocht/#de-huurwaarborg wijst naar een kop die
 * nu op een deelpagina staat. De build (draaiboek/deelpaginas.py) zet dit script alleen op zo'n
 * overzicht, met de kaart anker -> deelpagina in data-vzw-ankers (uit de koppen van de
 * deelpagina's, bij elke build opnieuw). Voor een bekend anker gaan we met location.replace naar
 * de deelpagina en dat anker: de knop "terug" brengt je dan niet naar de lege plek van het oude
 * anker. Een onbekend anker of een anker op het overzicht zelf: niets.
 * Vanilla JavaScript, geen netwerk, geen inline script (de CSP laat alleen bestanden van de site toe).
 */
(function () {
  "use strict";

  var script = document.currentScript;
  var kaart = {};
  try {
    kaart = JSON.parse((script && script.getAttribute("data-vzw-ankers")) || "{}");
  } catch (fout) {
    return;
  }

  function doorsturen() {
    var anker = location.hash.slice(1);
    try {
      anker = decodeURIComponent(anker);
    } catch (fout) {
      return;
    }
    if (anker && Object.prototype.hasOwnProperty.call(kaart, anker)) {
      location.replace(kaart[anker] + "#" + encodeURIComponent(anker));
    }
  }

  doorsturen();
  window.addEventListener("hashchange", doorsturen);
})();
