/* Bijdrageformulier, het deel dat de pagina meteen laadt (docs/toevoegen/initiatief.md en
 * praktijkvoorbeeld.md; overrides/main.html zet het alleen daar).
 *
 * Dit script zet het formulier klaar: de verplichte groepen velden (bv. één bron), de datum van
 * vandaag, de id uit de naam, de knoppen om een bron toe te voegen of weg te halen. De rest
 * (nakijken, voorbeeldkaart, YAML, GitHub en e-mail) staat in formulier-controle.js, met de
 * schemacontrole van ajv (formulier-schema-<soort>.min.js). Die laadt dit script pas als je begint in
 * te vullen (je eerste klik of toets in het formulier) of bij "Klopt dit nog?" (?bewerk=<id>):
 * zo blijft de pagina licht voor wie ze alleen bekijkt (issue 13: hoogstens 80 kB gzip).
 *
 * Geen inline script, niets van een andere host (CSP).
 */
(function () {
  "use strict";

  /* weergave.slug() */
  function slug(w) {
    var kaal = String(w).normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
    return kaal.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "x";
  }
  function isoDatum(d) {
    function twee(n) { return (n < 10 ? "0" : "") + n; }
    return String(d.getFullYear()).padStart(4, "0") + "-" + twee(d.getMonth() + 1) + "-" + twee(d.getDate());
  }
  function geheel(el, attr) { return parseInt(el.getAttribute(attr) || "0", 10) || 0; }

  // ---------------------------------------------------------------------------------------------
  // Eén formulier (draaiboek/formulier.py maakt de velden uit het schema)
  // ---------------------------------------------------------------------------------------------

  function Formulier(form) {
    this.form = form;
    this.soort = form.getAttribute("data-vzw-formulier");
    this.bewerkId = null;
    this.idAangeraakt = false;
  }

  /* Een herhaalbare groep (bv. een bron) erbij: een kopie van het verborgen sjabloon. */
  Formulier.prototype.voegToe = function (lijstVeld, waarden) {
    var nr = geheel(lijstVeld, "data-teller") + 1;
    lijstVeld.setAttribute("data-teller", String(nr));
    var houder = document.createElement("div");
    houder.innerHTML = lijstVeld.querySelector("[data-sjabloon]").innerHTML.replace(/__N__/g, String(nr))
      .replace("data-item-sjabloon", "data-item");
    var it = houder.firstElementChild;
    lijstVeld.querySelector("[data-items]").appendChild(it);
    Object.keys(waarden || {}).forEach(function (k) {
      var el = it.querySelector('[name="' + k + '"]');
      if (el) el.value = waarden[k];
    });
    this.nummer(lijstVeld);
    return it;
  };
  Formulier.prototype.nummer = function (lijstVeld) {
    var items = lijstVeld.querySelectorAll("[data-item]");
    Array.prototype.forEach.call(items, function (it, n) {
      it.querySelector("[data-nr]").textContent = String(n + 1);
      it.querySelector("[data-weg]").hidden = items.length <= geheel(lijstVeld, "data-min");
    });
  };
  /* Zoveel groepen als het schema minstens vraagt. */
  Formulier.prototype.vulAan = function (lijstVeld) {
    while (lijstVeld.querySelectorAll("[data-item]").length < geheel(lijstVeld, "data-min")) this.voegToe(lijstVeld);
  };

  // ---------------------------------------------------------------------------------------------
  // De pagina
  // ---------------------------------------------------------------------------------------------

  function Pagina(bijdrage) {
    var self = this;
    var f = bijdrage.querySelector("[data-vzw-formulier]");
    var F = new Formulier(f);
    this.el = bijdrage;
    this.formulieren = {};
    this.formulieren[F.soort] = F;
    this.actief = F;
    Array.prototype.forEach.call(f.querySelectorAll("[data-lijst]"), function (l) { F.vulAan(l); });
    function handeling(e) { self.aangeraakt(e.target); self.werkBij(); }
    f.addEventListener("input", handeling);
    f.addEventListener("change", handeling);
    f.addEventListener("focusout", handeling);
    // Wie het formulier binnengaat, gaat invullen: laad dan al de controle.
    f.addEventListener("focusin", function () { self.laad().catch(function () { /* melding staat er al */ }); });
    f.addEventListener("click", function (e) {
      var knop = e.target.closest("button");
      if (!knop) return;
      var lijst = knop.closest("[data-lijst]");
      if (knop.hasAttribute("data-erbij")) {
        F.voegToe(lijst).querySelector("[name]").focus();
      } else if (knop.hasAttribute("data-weg")) {
        knop.closest("[data-item]").remove();
        F.nummer(lijst);
        lijst.querySelector("[data-erbij]").focus();
      }
      self.werkBij();
    });
    f.addEventListener("submit", function (e) { e.preventDefault(); });
    var id = f.querySelector('[name="id"]'), naam = f.querySelector(F.soort === "initiatief" ? '[name="naam"]' : '[name="titel"]');
    id.addEventListener("input", function () { F.idAangeraakt = true; });
    naam.addEventListener("input", function () {
      if (!F.idAangeraakt && !F.bewerkId) id.value = slug(naam.value).slice(0, 80).replace(/-+$/, "");
    });
    var nagekeken = f.querySelector('[name="laatst_nagekeken"]');
    if (nagekeken && !nagekeken.value) nagekeken.value = isoDatum(new Date());
    bijdrage.querySelector("[data-kopieer]").addEventListener("click", function () { self.kopieer(); });
    bijdrage.querySelector("[data-zonder-js]").hidden = true;
    f.hidden = false;
    bijdrage.querySelector("[data-uit]").hidden = false;
  }

  Pagina.prototype.aangeraakt = function (el) {
    if (!el || !el.closest) return;
    var veld = el.closest("[data-item]") || el.closest("[data-veld]");
    if (el.name) el.setAttribute("data-aangeraakt", "");
    if (veld && (veld.classList.contains("vzw-keuzevakjes") || veld.hasAttribute("data-item"))) veld.setAttribute("data-aangeraakt", "");
  };

  /* De rest van het formulier laden (één keer): formulier-controle.js, de schemacontrole en de
     stijl van de voorbeeldkaart (data-bijladen). */
  Pagina.prototype.laad = function () {
    var self = this;
    if (!this.geladen) {
      var adressen = (this.el.getAttribute("data-bijladen") || "").split(" ").filter(Boolean);
      this.geladen = Promise.all(adressen.map(function (adres) {
        return new Promise(function (klaar, mislukt) {
          var css = /\.css$/.test(adres), s = document.createElement(css ? "link" : "script");
          if (css) { s.rel = "stylesheet"; s.href = adres; } else s.src = adres;
          s.onload = klaar;
          s.onerror = mislukt;
          document.head.appendChild(s);
        });
      })).then(function () { self.volledig = true; }, function () {
        self.el.querySelector("[data-controle-tel]").textContent =
          "De controle kon niet laden. Herlaad de pagina om verder te gaan.";
        throw new Error("formulier-controle.js of de schemacontrole laadde niet");
      });
    }
    return this.geladen;
  };

  /* Na elke handeling: nakijken en alles onder het formulier bijwerken (formulier-controle.js). */
  Pagina.prototype.werkBij = function () {
    var self = this;
    if (this.volledig) {
      this.bijwerken();
    } else if (!this.wachtOpLaden) {  // handelingen tijdens het laden: één keer bijwerken daarna
      this.wachtOpLaden = true;
      this.laad().then(function () { self.bijwerken(); }, function () { /* melding staat er al */ });
    }
  };

  var api = { Formulier: Formulier, Pagina: Pagina, slug: slug, isoDatum: isoDatum };
  window.vzwFormulier = api;

  function start() {
    var bijdrage = document.querySelector("[data-vzw-bijdrage]");
    if (!bijdrage) return;
    var pagina = new Pagina(bijdrage);
    api.pagina = pagina;
    /* "Klopt dit nog?": ?bewerk=<id> vult het formulier met het huidige initiatief. */
    var bewerk = new URLSearchParams(window.location.search).get("bewerk");
    api.klaar = bewerk && pagina.formulieren.initiatief && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(bewerk)
      ? pagina.laad().then(function () { return pagina.bewerk(bewerk); }) : Promise.resolve();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
