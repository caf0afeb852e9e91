/* Tabellen die breder zijn dan het scherm (scrollable-region-focusable, axe, WCAG 2.1.1): een
   tabel schuift horizontaal in .md-typeset__scrollwrap; zonder tabindex kan wie alleen een
   toetsenbord gebruikt niet schuiven. Alleen de tabellen die echt schuiven worden focusbaar, met
   een naam. Alleen geladen op pagina's met een tabel of codeblok (draaiboek/paginabestanden.py). */
(function () {
  /* Naam van de tabel: de kop erboven; elk gebied krijgt een unieke naam (landmark-unique). */
  function naam(el, gebruikt) {
    var kop = "";
    for (var n = el.previousElementSibling; n && !kop; n = n.previousElementSibling) {
      if (/^H[1-6]$/.test(n.tagName)) kop = n.textContent.replace(/#\s*$/, "").trim();
    }
    var basis = "Tabel" + (kop ? ": " + kop : "") + " (schuift horizontaal)";
    var uit = basis, i = 2;
    while (gebruikt[uit]) uit = basis + " " + i++;
    gebruikt[uit] = true;
    return uit;
  }
  function markeer() {
    /* content.code.copy zet bij elk codeblok een <nav> met alleen de kopieerknop: geen
       herkenningspunt (landmark-unique), dus role="none"; de knop zelf blijft bereikbaar. */
    var navs = document.querySelectorAll(".md-code__nav");
    for (var j = 0; j < navs.length; j++) navs[j].setAttribute("role", "none");
    var lijst = document.querySelectorAll(".md-typeset__scrollwrap");
    var gebruikt = {};
    for (var i = 0; i < lijst.length; i++) {
      var el = lijst[i];
      if (el.scrollWidth > el.clientWidth + 1) {
        el.setAttribute("tabindex", "0");
        el.setAttribute("role", "region");
        el.setAttribute("aria-label", naam(el, gebruikt));
      } else if (el.getAttribute("role") === "region") {
        el.removeAttribute("tabindex");
        el.removeAttribute("role");
        el.removeAttribute("aria-label");
      }
    }
  }
  var wacht;
  window.addEventListener("resize", function () { clearTimeout(wacht); wacht = setTimeout(markeer, 150); });
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { setTimeout(markeer, 0); });
  } else {
    document.addEventListener("DOMContentLoaded", markeer);
  }
  window.addEventListener("load", markeer);
})();
