{#- Omslag van het afdrukbare draaiboek (print-site-plugin). Staat buiten docs/ en overrides/,
    zodat het niet als losse pagina gepubliceerd wordt. Waarden komen uit mkdocs.yml (extra). -#}
<div class="vzw-omslag">
  <h1 class="vzw-omslag__titel">{{ config.site_name }}</h1>
  <p class="vzw-omslag__ondertitel">Online draaiboek voor wie erkende vluchtelingen in Vlaanderen helpt
    om een woning te vinden: een initiatief opstarten, bijsturen en evalueren.</p>
  <p class="vzw-omslag__editie">Editie van {{ config.extra.editie_tekst }}</p>
  <p>Met praktijkvoorbeelden, een sociale kaart van initiatieven, checklists en een woordenlijst.
    De meest recente versie staat online op {{ config.site_url }}</p>
  <div class="vzw-omslag__bron">
    <p>Dit draaiboek bouwt verder op het onderzoek en het draaiboek van 2019:<br>
      D'Eer, L., Robeyns, L. &amp; Geldof, D. (2019). <em>Vluchteling zkt. woning. Een draaiboek voor wie werkt aan
      woonondersteuning met vluchtelingen.</em> Brussel: Odisee, Kenniscentrum Gezinswetenschappen. 82 p.</p>
    <p>De tekst van deze editie is nieuw geschreven op basis van dat onderzoek en van openbare bronnen.
      Tekst onder licentie CC BY 4.0. Dit draaiboek is geen juridisch advies: controleer altijd de regels
      die vandaag gelden.</p>
  </div>
</div>
