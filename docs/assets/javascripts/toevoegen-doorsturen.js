/* Oude adressen van het bijdrageformulier. Vroeger stonden beide formulieren op /toevoegen/; nu
 * heeft elke soort een eigen pagina (toevoegen/initiatief/ en toevoegen/praktijkvoorbeeld/).
 * Deze keuzepagina stuurt een oud adres door naar het juiste formulier, met de rest erbij:
 *   /toevoegen/?bewerk=<id>      ("Klopt dit nog?")       -> initiatief/?bewerk=<id>
 *   /toevoegen/?soort=praktijk   en  #pra-... , #vzw-kop-pra -> praktijkvoorbeeld/
 *   /toevoegen/?soort=initiatief en  #ini-... , #vzw-kop-ini -> initiatief/
 * Zonder een van die aanwijzingen blijft de keuzepagina staan. Alleen overrides/main.html laadt
 * dit script, op de pagina met `doorsturen: true` (docs/toevoegen/index.md).
 */
(function () {
  "use strict";
  var q = new URLSearchParams(window.location.search), hash = window.location.hash;
  var doel = null;
  if (q.has("bewerk") || q.get("soort") === "initiatief" || /^#(ini-|vzw-kop-ini$)/.test(hash)) doel = "initiatief/";
  else if (q.get("soort") === "praktijk" || /^#(pra-|vzw-kop-pra$)/.test(hash)) doel = "praktijkvoorbeeld/";
  if (doel) window.location.replace(doel + window.location.search + hash);
})();
