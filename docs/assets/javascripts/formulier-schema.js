/* GEMAAKT door scripts/validatie.mjs met ajv 8.20.0: niet met de hand aanpassen.
 * Schema's (SHA-256):
 *   data/initiatives.schema.json 3432b6a08d64d996c003cf9e573fa4f672c0a027120b0240614bf900f6c82aa1
 *   data/practices.schema.json c29a601ddccb63d897fc87cba3d497456859997f31f37ff9a6a3609125999555
 *
 * Bevat code van ajv (https://ajv.js.org), met deze licentie:
 *
 * The MIT License (MIT)
 *
 * Copyright (c) 2015-2021 Evgeny Poberezkin
 *
 * Permission is hereby granted, free of charge, to any person obtaining a copy
 * of this software and associated documentation files (the "Software"), to deal
 * in the Software without restriction, including without limitation the rights
 * to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
 * copies of the Software, and to permit persons to whom the Software is
 * furnished to do so, subject to the following conditions:
 *
 * The above copyright notice and this permission notice shall be included in all
 * copies or substantial portions of the Software.
 *
 * THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
 * IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
 * FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
 * AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
 * LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
 * OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
 * SOFTWARE.
 */
(function () {
  "use strict";
  var bronnen = {
    "ajv/dist/runtime/ucs2length": function (module, exports, require) {
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports.default = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';

    }
  };
  var geladen = {};
  function require(naam) {
    if (!geladen[naam]) {
      var module = { exports: {} };
      geladen[naam] = module;
      bronnen[naam](module, module.exports, require);
    }
    return geladen[naam].exports;
  }
  var module = { exports: {} };
  var exports = module.exports;
"use strict";
exports.initiatief = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Sociale kaart – Vluchteling zkt. woning","description":"Lijst van organisaties en initiatieven (data/initiatives.yaml), gesorteerd op id. Alleen organisaties, nooit privépersonen. Gewone tekst: geen HTML, geen Markdown.","type":"array","minItems":1,"maxItems":20000,"items":{"$ref":"#/$defs/initiatief"},"$defs":{"initiatief":{"type":"object","description":"Eén organisatie of initiatief op de sociale kaart.","additionalProperties":false,"required":["id","naam","beschrijving","gemeente","provincie","werkingsgebied","vorm","ondersteuning","bronnen","laatst_nagekeken"],"properties":{"id":{"title":"Korte naam (id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80,"description":"Unieke naam in kleine letters, cijfers en koppeltekens; wordt het anker initiatief-<id>.","examples":["huizen-van-vrede"]},"naam":{"title":"Naam","type":"string","minLength":1,"maxLength":150,"pattern":"\\S","description":"Naam van de organisatie of het initiatief.","examples":["Huizen van Vrede vzw"]},"beschrijving":{"title":"Beschrijving","type":"string","minLength":1,"maxLength":600,"pattern":"\\S","description":"Een tot drie zinnen: wat doet het voor huisvesting (hoogstens 600 tekens).","examples":["Huurt woningen en verhuurt ze door aan erkende vluchtelingen."]},"gemeente":{"title":"Gemeente","type":"string","minLength":1,"maxLength":120,"pattern":"\\S","description":"Gemeente waar het werkt of zijn zetel heeft; \"meerdere gemeenten\" als het in een regio werkt zonder gekende zetel.","examples":["Brugge","meerdere gemeenten"]},"provincie":{"title":"Provincie","type":"string","enum":["Antwerpen","Limburg","Oost-Vlaanderen","Vlaams-Brabant","West-Vlaanderen","Brussel","Heel Vlaanderen"],"description":"Provincie; \"Heel Vlaanderen\" voor organisaties die in heel Vlaanderen werken.","examples":["West-Vlaanderen","Heel Vlaanderen"]},"werkingsgebied":{"title":"Werkingsgebied","type":"string","minLength":1,"maxLength":200,"pattern":"\\S","description":"Waar het initiatief werkt, in gewone woorden.","examples":["regio Brugge","Vlaanderen en Brussel"]},"vorm":{"title":"Vorm","type":"string","enum":["feitelijke vereniging","vzw","lokaal bestuur","OCMW","CAW","netwerk","project","platform","onbekend"],"description":"Rechtsvorm of soort organisatie; \"onbekend\" als geen bron het zegt.","examples":["vzw"]},"verbonden_aan":{"title":"Verbonden aan","type":"string","minLength":1,"maxLength":200,"pattern":"\\S","description":"Organisatie waaraan het initiatief verbonden is (mag weg).","examples":["Vluchtelingenwerk Vlaanderen"]},"ondersteuning":{"title":"Hulp bij","type":"array","minItems":1,"maxItems":16,"uniqueItems":true,"items":{"type":"string","enum":["zoeken","contact-verhuurders","bezichtigen","administratie","verhuizen","meubels","inhuren-en-onderverhuren","buddy","samenwonen","juridisch-advies","doorverwijzing","vorming-en-coaching","netwerk-van-initiatieven","woningaanbod","sensibilisering","beleidssignalen"]},"description":"Welke hulp bij wonen het biedt (minstens één).","examples":[["inhuren-en-onderverhuren","woningaanbod"]]},"website":{"title":"Website","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Website van de organisatie; begint met https:// (mag weg).","examples":["https://denieuweburen.be/"]},"email":{"title":"E-mail","type":"string","maxLength":200,"pattern":"^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[A-Za-z]{2,}$","description":"Algemeen e-mailadres van de organisatie, nooit van een privépersoon (mag weg).","examples":["info@example.org"]},"telefoon":{"title":"Telefoon","type":"string","maxLength":40,"pattern":"^\\+?[0-9][0-9 ./()-]{5,}$","description":"Algemeen telefoonnummer van de organisatie (mag weg).","examples":["+32 X XXX XX XX"]},"adres":{"title":"Adres","type":"string","minLength":1,"maxLength":200,"pattern":"\\S","description":"Postadres van de organisatie (straat, nummer, postcode, gemeente), alleen uit een openbare bron (mag weg).","examples":["Straat 1, 1000 Brussel"]},"bereikbaarheid":{"title":"Bereikbaarheid","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Wanneer en hoe je hen bereikt (openingsuren, permanentie), zoals de bron het geeft (mag weg).","examples":["ma-vr 9-12 u"]},"bevestigd":{"title":"Bevestigingen dat het werkt","type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/$defs/bevestiging"},"description":"Bevestigingen dat het initiatief werkt: datum, wat de bron toont en het adres van de bron (mag weg). De site toont 'actief' als de nieuwste hoogstens 24 maanden oud is.","examples":[[{"datum":"2025-09","hoe":"De website toont activiteiten van september 2025.","url":"https://example.org/agenda"}]]},"gestopt":{"title":"Gestopt","$ref":"#/$defs/bevestiging","description":"Alleen als een bron zegt dat het initiatief stopte: datum, wat de bron zegt en het adres van de bron (mag weg).","examples":[{"datum":"2019-10","hoe":"De partner meldt dat het project in oktober 2019 afliep.","url":"https://example.org/project"}]},"bronnen":{"title":"Bronnen","type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/$defs/bron"},"description":"Openbare bronnen voor alles wat over dit item gezegd wordt (minstens één).","examples":[[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]]},"laatst_nagekeken":{"title":"Laatst nagekeken","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date","description":"Datum (JJJJ-MM-DD) waarop de redactie dit item het laatst met de bronnen vergeleek; niet in de toekomst.","examples":["2026-11-27"]}}},"bron":{"type":"object","description":"Eén openbare bron: titel, adres (https) en de datum die de bron zelf toont.","additionalProperties":false,"required":["titel","url","datum"],"properties":{"titel":{"title":"Titel van de bron","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Uitgever en titel van de bron, zoals ze op de pagina staan.","examples":["De Nieuwe Buren, Frank Vangaever over zijn engagement als huizenzoeker"]},"url":{"title":"Adres (URL)","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Volledig adres van de bron; begint met https://.","examples":["https://denieuweburen.be/over/"]},"datum":{"title":"Datum van de bron","type":"string","pattern":"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$","description":"Datum die de bron toont: \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\", tussen aanhalingstekens; \"z.d.\" als de bron geen datum toont.","examples":["2023-03-27","2019","z.d."]}},"examples":[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]},"bevestiging":{"type":"object","description":"Een datum met de bron die iets toont: dat het initiatief werkt (bevestigd) of dat het stopte (gestopt).","additionalProperties":false,"required":["datum","hoe","url"],"properties":{"datum":{"title":"Datum","type":"string","pattern":"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$","description":"Datum die de bron toont: \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\", tussen aanhalingstekens.","examples":["2025-09","2021"],"x-uitleg":"moet \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\" zijn (een datum die de bron toont)"},"hoe":{"title":"Wat de bron toont","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Wat de bron toont, in eigen woorden (hoogstens 300 tekens).","examples":["Jaarverslag 2021 met de cijfers van het infopunt."]},"url":{"title":"Adres (URL)","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Volledig adres van de bron; begint met https://.","examples":["https://example.org/jaarverslag"],"x-uitleg":"moet een volledig adres zijn dat begint met \"https://\" (geen http://, javascript: of iets anders)"}}}}};
const schema32 = {"type":"object","description":"Eén organisatie of initiatief op de sociale kaart.","additionalProperties":false,"required":["id","naam","beschrijving","gemeente","provincie","werkingsgebied","vorm","ondersteuning","bronnen","laatst_nagekeken"],"properties":{"id":{"title":"Korte naam (id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80,"description":"Unieke naam in kleine letters, cijfers en koppeltekens; wordt het anker initiatief-<id>.","examples":["huizen-van-vrede"]},"naam":{"title":"Naam","type":"string","minLength":1,"maxLength":150,"pattern":"\\S","description":"Naam van de organisatie of het initiatief.","examples":["Huizen van Vrede vzw"]},"beschrijving":{"title":"Beschrijving","type":"string","minLength":1,"maxLength":600,"pattern":"\\S","description":"Een tot drie zinnen: wat doet het voor huisvesting (hoogstens 600 tekens).","examples":["Huurt woningen en verhuurt ze door aan erkende vluchtelingen."]},"gemeente":{"title":"Gemeente","type":"string","minLength":1,"maxLength":120,"pattern":"\\S","description":"Gemeente waar het werkt of zijn zetel heeft; \"meerdere gemeenten\" als het in een regio werkt zonder gekende zetel.","examples":["Brugge","meerdere gemeenten"]},"provincie":{"title":"Provincie","type":"string","enum":["Antwerpen","Limburg","Oost-Vlaanderen","Vlaams-Brabant","West-Vlaanderen","Brussel","Heel Vlaanderen"],"description":"Provincie; \"Heel Vlaanderen\" voor organisaties die in heel Vlaanderen werken.","examples":["West-Vlaanderen","Heel Vlaanderen"]},"werkingsgebied":{"title":"Werkingsgebied","type":"string","minLength":1,"maxLength":200,"pattern":"\\S","description":"Waar het initiatief werkt, in gewone woorden.","examples":["regio Brugge","Vlaanderen en Brussel"]},"vorm":{"title":"Vorm","type":"string","enum":["feitelijke vereniging","vzw","lokaal bestuur","OCMW","CAW","netwerk","project","platform","onbekend"],"description":"Rechtsvorm of soort organisatie; \"onbekend\" als geen bron het zegt.","examples":["vzw"]},"verbonden_aan":{"title":"Verbonden aan","type":"string","minLength":1,"maxLength":200,"pattern":"\\S","description":"Organisatie waaraan het initiatief verbonden is (mag weg).","examples":["Vluchtelingenwerk Vlaanderen"]},"ondersteuning":{"title":"Hulp bij","type":"array","minItems":1,"maxItems":16,"uniqueItems":true,"items":{"type":"string","enum":["zoeken","contact-verhuurders","bezichtigen","administratie","verhuizen","meubels","inhuren-en-onderverhuren","buddy","samenwonen","juridisch-advies","doorverwijzing","vorming-en-coaching","netwerk-van-initiatieven","woningaanbod","sensibilisering","beleidssignalen"]},"description":"Welke hulp bij wonen het biedt (minstens één).","examples":[["inhuren-en-onderverhuren","woningaanbod"]]},"website":{"title":"Website","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Website van de organisatie; begint met https:// (mag weg).","examples":["https://denieuweburen.be/"]},"email":{"title":"E-mail","type":"string","maxLength":200,"pattern":"^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[A-Za-z]{2,}$","description":"Algemeen e-mailadres van de organisatie, nooit van een privépersoon (mag weg).","examples":["info@example.org"]},"telefoon":{"title":"Telefoon","type":"string","maxLength":40,"pattern":"^\\+?[0-9][0-9 ./()-]{5,}$","description":"Algemeen telefoonnummer van de organisatie (mag weg).","examples":["+32 X XXX XX XX"]},"adres":{"title":"Adres","type":"string","minLength":1,"maxLength":200,"pattern":"\\S","description":"Postadres van de organisatie (straat, nummer, postcode, gemeente), alleen uit een openbare bron (mag weg).","examples":["Straat 1, 1000 Brussel"]},"bereikbaarheid":{"title":"Bereikbaarheid","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Wanneer en hoe je hen bereikt (openingsuren, permanentie), zoals de bron het geeft (mag weg).","examples":["ma-vr 9-12 u"]},"bevestigd":{"title":"Bevestigingen dat het werkt","type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/$defs/bevestiging"},"description":"Bevestigingen dat het initiatief werkt: datum, wat de bron toont en het adres van de bron (mag weg). De site toont 'actief' als de nieuwste hoogstens 24 maanden oud is.","examples":[[{"datum":"2025-09","hoe":"De website toont activiteiten van september 2025.","url":"https://example.org/agenda"}]]},"gestopt":{"title":"Gestopt","$ref":"#/$defs/bevestiging","description":"Alleen als een bron zegt dat het initiatief stopte: datum, wat de bron zegt en het adres van de bron (mag weg).","examples":[{"datum":"2019-10","hoe":"De partner meldt dat het project in oktober 2019 afliep.","url":"https://example.org/project"}]},"bronnen":{"title":"Bronnen","type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/$defs/bron"},"description":"Openbare bronnen voor alles wat over dit item gezegd wordt (minstens één).","examples":[[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]]},"laatst_nagekeken":{"title":"Laatst nagekeken","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date","description":"Datum (JJJJ-MM-DD) waarop de redactie dit item het laatst met de bronnen vergeleek; niet in de toekomst.","examples":["2026-11-27"]}}};
const schema33 = {"type":"object","description":"Een datum met de bron die iets toont: dat het initiatief werkt (bevestigd) of dat het stopte (gestopt).","additionalProperties":false,"required":["datum","hoe","url"],"properties":{"datum":{"title":"Datum","type":"string","pattern":"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$","description":"Datum die de bron toont: \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\", tussen aanhalingstekens.","examples":["2025-09","2021"],"x-uitleg":"moet \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\" zijn (een datum die de bron toont)"},"hoe":{"title":"Wat de bron toont","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Wat de bron toont, in eigen woorden (hoogstens 300 tekens).","examples":["Jaarverslag 2021 met de cijfers van het infopunt."]},"url":{"title":"Adres (URL)","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Volledig adres van de bron; begint met https://.","examples":["https://example.org/jaarverslag"],"x-uitleg":"moet een volledig adres zijn dat begint met \"https://\" (geen http://, javascript: of iets anders)"}}};
const schema35 = {"type":"object","description":"Eén openbare bron: titel, adres (https) en de datum die de bron zelf toont.","additionalProperties":false,"required":["titel","url","datum"],"properties":{"titel":{"title":"Titel van de bron","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Uitgever en titel van de bron, zoals ze op de pagina staan.","examples":["De Nieuwe Buren, Frank Vangaever over zijn engagement als huizenzoeker"]},"url":{"title":"Adres (URL)","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Volledig adres van de bron; begint met https://.","examples":["https://denieuweburen.be/over/"]},"datum":{"title":"Datum van de bron","type":"string","pattern":"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$","description":"Datum die de bron toont: \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\", tussen aanhalingstekens; \"z.d.\" als de bron geen datum toont.","examples":["2023-03-27","2019","z.d."]}},"examples":[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]};
const func1 = Object.prototype.hasOwnProperty;
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern4 = new RegExp("^[a-z0-9]+(-[a-z0-9]+)*$", "u");
const pattern5 = new RegExp("\\S", "u");
const pattern10 = new RegExp("^https://[^\\s\"'<>]+$", "u");
const pattern11 = new RegExp("^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[A-Za-z]{2,}$", "u");
const pattern12 = new RegExp("^\\+?[0-9][0-9 ./()-]{5,}$", "u");
const pattern15 = new RegExp("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$", "u");
const pattern23 = new RegExp("^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$", "u");
const pattern24 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.naam === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "naam"},message:"must have required property '"+"naam"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.beschrijving === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "beschrijving"},message:"must have required property '"+"beschrijving"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.gemeente === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "gemeente"},message:"must have required property '"+"gemeente"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.provincie === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "provincie"},message:"must have required property '"+"provincie"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.werkingsgebied === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "werkingsgebied"},message:"must have required property '"+"werkingsgebied"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.vorm === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "vorm"},message:"must have required property '"+"vorm"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.ondersteuning === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "ondersteuning"},message:"must have required property '"+"ondersteuning"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.bronnen === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bronnen"},message:"must have required property '"+"bronnen"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.laatst_nagekeken === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "laatst_nagekeken"},message:"must have required property '"+"laatst_nagekeken"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema32.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 80){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.naam !== undefined){
let data1 = data.naam;
if(typeof data1 === "string"){
if(func2(data1) > 150){
const err14 = {instancePath:instancePath+"/naam",schemaPath:"#/properties/naam/maxLength",keyword:"maxLength",params:{limit: 150},message:"must NOT have more than 150 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data1) < 1){
const err15 = {instancePath:instancePath+"/naam",schemaPath:"#/properties/naam/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern5.test(data1)){
const err16 = {instancePath:instancePath+"/naam",schemaPath:"#/properties/naam/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/naam",schemaPath:"#/properties/naam/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.beschrijving !== undefined){
let data2 = data.beschrijving;
if(typeof data2 === "string"){
if(func2(data2) > 600){
const err18 = {instancePath:instancePath+"/beschrijving",schemaPath:"#/properties/beschrijving/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data2) < 1){
const err19 = {instancePath:instancePath+"/beschrijving",schemaPath:"#/properties/beschrijving/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern5.test(data2)){
const err20 = {instancePath:instancePath+"/beschrijving",schemaPath:"#/properties/beschrijving/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/beschrijving",schemaPath:"#/properties/beschrijving/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.gemeente !== undefined){
let data3 = data.gemeente;
if(typeof data3 === "string"){
if(func2(data3) > 120){
const err22 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data3) < 1){
const err23 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern5.test(data3)){
const err24 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
if(data.provincie !== undefined){
let data4 = data.provincie;
if(typeof data4 !== "string"){
const err26 = {instancePath:instancePath+"/provincie",schemaPath:"#/properties/provincie/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!(((((((data4 === "Antwerpen") || (data4 === "Limburg")) || (data4 === "Oost-Vlaanderen")) || (data4 === "Vlaams-Brabant")) || (data4 === "West-Vlaanderen")) || (data4 === "Brussel")) || (data4 === "Heel Vlaanderen"))){
const err27 = {instancePath:instancePath+"/provincie",schemaPath:"#/properties/provincie/enum",keyword:"enum",params:{allowedValues: schema32.properties.provincie.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.werkingsgebied !== undefined){
let data5 = data.werkingsgebied;
if(typeof data5 === "string"){
if(func2(data5) > 200){
const err28 = {instancePath:instancePath+"/werkingsgebied",schemaPath:"#/properties/werkingsgebied/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(func2(data5) < 1){
const err29 = {instancePath:instancePath+"/werkingsgebied",schemaPath:"#/properties/werkingsgebied/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(!pattern5.test(data5)){
const err30 = {instancePath:instancePath+"/werkingsgebied",schemaPath:"#/properties/werkingsgebied/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
else {
const err31 = {instancePath:instancePath+"/werkingsgebied",schemaPath:"#/properties/werkingsgebied/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data.vorm !== undefined){
let data6 = data.vorm;
if(typeof data6 !== "string"){
const err32 = {instancePath:instancePath+"/vorm",schemaPath:"#/properties/vorm/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if(!(((((((((data6 === "feitelijke vereniging") || (data6 === "vzw")) || (data6 === "lokaal bestuur")) || (data6 === "OCMW")) || (data6 === "CAW")) || (data6 === "netwerk")) || (data6 === "project")) || (data6 === "platform")) || (data6 === "onbekend"))){
const err33 = {instancePath:instancePath+"/vorm",schemaPath:"#/properties/vorm/enum",keyword:"enum",params:{allowedValues: schema32.properties.vorm.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.verbonden_aan !== undefined){
let data7 = data.verbonden_aan;
if(typeof data7 === "string"){
if(func2(data7) > 200){
const err34 = {instancePath:instancePath+"/verbonden_aan",schemaPath:"#/properties/verbonden_aan/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data7) < 1){
const err35 = {instancePath:instancePath+"/verbonden_aan",schemaPath:"#/properties/verbonden_aan/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern5.test(data7)){
const err36 = {instancePath:instancePath+"/verbonden_aan",schemaPath:"#/properties/verbonden_aan/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/verbonden_aan",schemaPath:"#/properties/verbonden_aan/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.ondersteuning !== undefined){
let data8 = data.ondersteuning;
if(Array.isArray(data8)){
if(data8.length > 16){
const err38 = {instancePath:instancePath+"/ondersteuning",schemaPath:"#/properties/ondersteuning/maxItems",keyword:"maxItems",params:{limit: 16},message:"must NOT have more than 16 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data8.length < 1){
const err39 = {instancePath:instancePath+"/ondersteuning",schemaPath:"#/properties/ondersteuning/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
let data9 = data8[i0];
if(typeof data9 !== "string"){
const err40 = {instancePath:instancePath+"/ondersteuning/" + i0,schemaPath:"#/properties/ondersteuning/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(!((((((((((((((((data9 === "zoeken") || (data9 === "contact-verhuurders")) || (data9 === "bezichtigen")) || (data9 === "administratie")) || (data9 === "verhuizen")) || (data9 === "meubels")) || (data9 === "inhuren-en-onderverhuren")) || (data9 === "buddy")) || (data9 === "samenwonen")) || (data9 === "juridisch-advies")) || (data9 === "doorverwijzing")) || (data9 === "vorming-en-coaching")) || (data9 === "netwerk-van-initiatieven")) || (data9 === "woningaanbod")) || (data9 === "sensibilisering")) || (data9 === "beleidssignalen"))){
const err41 = {instancePath:instancePath+"/ondersteuning/" + i0,schemaPath:"#/properties/ondersteuning/items/enum",keyword:"enum",params:{allowedValues: schema32.properties.ondersteuning.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
let i1 = data8.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data8[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err42 = {instancePath:instancePath+"/ondersteuning",schemaPath:"#/properties/ondersteuning/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err43 = {instancePath:instancePath+"/ondersteuning",schemaPath:"#/properties/ondersteuning/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data.website !== undefined){
let data10 = data.website;
if(typeof data10 === "string"){
if(func2(data10) > 500){
const err44 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(!pattern10.test(data10)){
const err45 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s\"'<>]+$"},message:"must match pattern \""+"^https://[^\\s\"'<>]+$"+"\""};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/website",schemaPath:"#/properties/website/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data.email !== undefined){
let data11 = data.email;
if(typeof data11 === "string"){
if(func2(data11) > 200){
const err47 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(!pattern11.test(data11)){
const err48 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/pattern",keyword:"pattern",params:{pattern: "^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[A-Za-z]{2,}$"},message:"must match pattern \""+"^[^@\\s<>\"']+@[^@\\s<>\"']+\\.[A-Za-z]{2,}$"+"\""};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
else {
const err49 = {instancePath:instancePath+"/email",schemaPath:"#/properties/email/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
if(data.telefoon !== undefined){
let data12 = data.telefoon;
if(typeof data12 === "string"){
if(func2(data12) > 40){
const err50 = {instancePath:instancePath+"/telefoon",schemaPath:"#/properties/telefoon/maxLength",keyword:"maxLength",params:{limit: 40},message:"must NOT have more than 40 characters"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(!pattern12.test(data12)){
const err51 = {instancePath:instancePath+"/telefoon",schemaPath:"#/properties/telefoon/pattern",keyword:"pattern",params:{pattern: "^\\+?[0-9][0-9 ./()-]{5,}$"},message:"must match pattern \""+"^\\+?[0-9][0-9 ./()-]{5,}$"+"\""};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
else {
const err52 = {instancePath:instancePath+"/telefoon",schemaPath:"#/properties/telefoon/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
if(data.adres !== undefined){
let data13 = data.adres;
if(typeof data13 === "string"){
if(func2(data13) > 200){
const err53 = {instancePath:instancePath+"/adres",schemaPath:"#/properties/adres/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
if(func2(data13) < 1){
const err54 = {instancePath:instancePath+"/adres",schemaPath:"#/properties/adres/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!pattern5.test(data13)){
const err55 = {instancePath:instancePath+"/adres",schemaPath:"#/properties/adres/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/adres",schemaPath:"#/properties/adres/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
if(data.bereikbaarheid !== undefined){
let data14 = data.bereikbaarheid;
if(typeof data14 === "string"){
if(func2(data14) > 300){
const err57 = {instancePath:instancePath+"/bereikbaarheid",schemaPath:"#/properties/bereikbaarheid/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
if(func2(data14) < 1){
const err58 = {instancePath:instancePath+"/bereikbaarheid",schemaPath:"#/properties/bereikbaarheid/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern5.test(data14)){
const err59 = {instancePath:instancePath+"/bereikbaarheid",schemaPath:"#/properties/bereikbaarheid/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/bereikbaarheid",schemaPath:"#/properties/bereikbaarheid/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.bevestigd !== undefined){
let data15 = data.bevestigd;
if(Array.isArray(data15)){
if(data15.length > 30){
const err61 = {instancePath:instancePath+"/bevestigd",schemaPath:"#/properties/bevestigd/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data15.length < 1){
const err62 = {instancePath:instancePath+"/bevestigd",schemaPath:"#/properties/bevestigd/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len1 = data15.length;
for(let i2=0; i2<len1; i2++){
let data16 = data15[i2];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.datum === undefined){
const err63 = {instancePath:instancePath+"/bevestigd/" + i2,schemaPath:"#/$defs/bevestiging/required",keyword:"required",params:{missingProperty: "datum"},message:"must have required property '"+"datum"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data16.hoe === undefined){
const err64 = {instancePath:instancePath+"/bevestigd/" + i2,schemaPath:"#/$defs/bevestiging/required",keyword:"required",params:{missingProperty: "hoe"},message:"must have required property '"+"hoe"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data16.url === undefined){
const err65 = {instancePath:instancePath+"/bevestigd/" + i2,schemaPath:"#/$defs/bevestiging/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key1 in data16){
if(!(((key1 === "datum") || (key1 === "hoe")) || (key1 === "url"))){
const err66 = {instancePath:instancePath+"/bevestigd/" + i2,schemaPath:"#/$defs/bevestiging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data16.datum !== undefined){
let data17 = data16.datum;
if(typeof data17 === "string"){
if(!pattern15.test(data17)){
const err67 = {instancePath:instancePath+"/bevestigd/" + i2+"/datum",schemaPath:"#/$defs/bevestiging/properties/datum/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"+"\""};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
}
else {
const err68 = {instancePath:instancePath+"/bevestigd/" + i2+"/datum",schemaPath:"#/$defs/bevestiging/properties/datum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
}
if(data16.hoe !== undefined){
let data18 = data16.hoe;
if(typeof data18 === "string"){
if(func2(data18) > 300){
const err69 = {instancePath:instancePath+"/bevestigd/" + i2+"/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
if(func2(data18) < 1){
const err70 = {instancePath:instancePath+"/bevestigd/" + i2+"/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
if(!pattern5.test(data18)){
const err71 = {instancePath:instancePath+"/bevestigd/" + i2+"/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/bevestigd/" + i2+"/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
if(data16.url !== undefined){
let data19 = data16.url;
if(typeof data19 === "string"){
if(func2(data19) > 500){
const err73 = {instancePath:instancePath+"/bevestigd/" + i2+"/url",schemaPath:"#/$defs/bevestiging/properties/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
if(!pattern10.test(data19)){
const err74 = {instancePath:instancePath+"/bevestigd/" + i2+"/url",schemaPath:"#/$defs/bevestiging/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s\"'<>]+$"},message:"must match pattern \""+"^https://[^\\s\"'<>]+$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/bevestigd/" + i2+"/url",schemaPath:"#/$defs/bevestiging/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/bevestigd/" + i2,schemaPath:"#/$defs/bevestiging/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/bevestigd",schemaPath:"#/properties/bevestigd/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.gestopt !== undefined){
let data20 = data.gestopt;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.datum === undefined){
const err78 = {instancePath:instancePath+"/gestopt",schemaPath:"#/$defs/bevestiging/required",keyword:"required",params:{missingProperty: "datum"},message:"must have required property '"+"datum"+"'"};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
if(data20.hoe === undefined){
const err79 = {instancePath:instancePath+"/gestopt",schemaPath:"#/$defs/bevestiging/required",keyword:"required",params:{missingProperty: "hoe"},message:"must have required property '"+"hoe"+"'"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
if(data20.url === undefined){
const err80 = {instancePath:instancePath+"/gestopt",schemaPath:"#/$defs/bevestiging/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
for(const key2 in data20){
if(!(((key2 === "datum") || (key2 === "hoe")) || (key2 === "url"))){
const err81 = {instancePath:instancePath+"/gestopt",schemaPath:"#/$defs/bevestiging/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
}
if(data20.datum !== undefined){
let data21 = data20.datum;
if(typeof data21 === "string"){
if(!pattern15.test(data21)){
const err82 = {instancePath:instancePath+"/gestopt/datum",schemaPath:"#/$defs/bevestiging/properties/datum/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"},message:"must match pattern \""+"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"+"\""};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
}
else {
const err83 = {instancePath:instancePath+"/gestopt/datum",schemaPath:"#/$defs/bevestiging/properties/datum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
if(data20.hoe !== undefined){
let data22 = data20.hoe;
if(typeof data22 === "string"){
if(func2(data22) > 300){
const err84 = {instancePath:instancePath+"/gestopt/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if(func2(data22) < 1){
const err85 = {instancePath:instancePath+"/gestopt/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(!pattern5.test(data22)){
const err86 = {instancePath:instancePath+"/gestopt/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
}
else {
const err87 = {instancePath:instancePath+"/gestopt/hoe",schemaPath:"#/$defs/bevestiging/properties/hoe/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
if(data20.url !== undefined){
let data23 = data20.url;
if(typeof data23 === "string"){
if(func2(data23) > 500){
const err88 = {instancePath:instancePath+"/gestopt/url",schemaPath:"#/$defs/bevestiging/properties/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if(!pattern10.test(data23)){
const err89 = {instancePath:instancePath+"/gestopt/url",schemaPath:"#/$defs/bevestiging/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s\"'<>]+$"},message:"must match pattern \""+"^https://[^\\s\"'<>]+$"+"\""};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
}
else {
const err90 = {instancePath:instancePath+"/gestopt/url",schemaPath:"#/$defs/bevestiging/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
}
}
else {
const err91 = {instancePath:instancePath+"/gestopt",schemaPath:"#/$defs/bevestiging/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
if(data.bronnen !== undefined){
let data24 = data.bronnen;
if(Array.isArray(data24)){
if(data24.length > 30){
const err92 = {instancePath:instancePath+"/bronnen",schemaPath:"#/properties/bronnen/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if(data24.length < 1){
const err93 = {instancePath:instancePath+"/bronnen",schemaPath:"#/properties/bronnen/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
const len2 = data24.length;
for(let i3=0; i3<len2; i3++){
let data25 = data24[i3];
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.titel === undefined){
const err94 = {instancePath:instancePath+"/bronnen/" + i3,schemaPath:"#/$defs/bron/required",keyword:"required",params:{missingProperty: "titel"},message:"must have required property '"+"titel"+"'"};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
if(data25.url === undefined){
const err95 = {instancePath:instancePath+"/bronnen/" + i3,schemaPath:"#/$defs/bron/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
if(data25.datum === undefined){
const err96 = {instancePath:instancePath+"/bronnen/" + i3,schemaPath:"#/$defs/bron/required",keyword:"required",params:{missingProperty: "datum"},message:"must have required property '"+"datum"+"'"};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
for(const key3 in data25){
if(!(((key3 === "titel") || (key3 === "url")) || (key3 === "datum"))){
const err97 = {instancePath:instancePath+"/bronnen/" + i3,schemaPath:"#/$defs/bron/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
}
if(data25.titel !== undefined){
let data26 = data25.titel;
if(typeof data26 === "string"){
if(func2(data26) > 300){
const err98 = {instancePath:instancePath+"/bronnen/" + i3+"/titel",schemaPath:"#/$defs/bron/properties/titel/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
if(func2(data26) < 1){
const err99 = {instancePath:instancePath+"/bronnen/" + i3+"/titel",schemaPath:"#/$defs/bron/properties/titel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
if(!pattern5.test(data26)){
const err100 = {instancePath:instancePath+"/bronnen/" + i3+"/titel",schemaPath:"#/$defs/bron/properties/titel/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
else {
const err101 = {instancePath:instancePath+"/bronnen/" + i3+"/titel",schemaPath:"#/$defs/bron/properties/titel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
}
if(data25.url !== undefined){
let data27 = data25.url;
if(typeof data27 === "string"){
if(func2(data27) > 500){
const err102 = {instancePath:instancePath+"/bronnen/" + i3+"/url",schemaPath:"#/$defs/bron/properties/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
if(!pattern10.test(data27)){
const err103 = {instancePath:instancePath+"/bronnen/" + i3+"/url",schemaPath:"#/$defs/bron/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s\"'<>]+$"},message:"must match pattern \""+"^https://[^\\s\"'<>]+$"+"\""};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/bronnen/" + i3+"/url",schemaPath:"#/$defs/bron/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data25.datum !== undefined){
let data28 = data25.datum;
if(typeof data28 === "string"){
if(!pattern23.test(data28)){
const err105 = {instancePath:instancePath+"/bronnen/" + i3+"/datum",schemaPath:"#/$defs/bron/properties/datum/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$"},message:"must match pattern \""+"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$"+"\""};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
}
else {
const err106 = {instancePath:instancePath+"/bronnen/" + i3+"/datum",schemaPath:"#/$defs/bron/properties/datum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
else {
const err107 = {instancePath:instancePath+"/bronnen/" + i3,schemaPath:"#/$defs/bron/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
}
else {
const err108 = {instancePath:instancePath+"/bronnen",schemaPath:"#/properties/bronnen/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data.laatst_nagekeken !== undefined){
let data29 = data.laatst_nagekeken;
if(typeof data29 === "string"){
if(!pattern24.test(data29)){
const err109 = {instancePath:instancePath+"/laatst_nagekeken",schemaPath:"#/properties/laatst_nagekeken/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/laatst_nagekeken",schemaPath:"#/properties/laatst_nagekeken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 20000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

exports.praktijk = validate23;
const schema36 = {"$schema":"https://json-schema.org/draft/2020-12/schema","title":"Praktijkvoorbeelden – Vluchteling zkt. woning","description":"Lijst van praktijkvoorbeelden (data/practices.yaml), gesorteerd op id. Gewone tekst: geen HTML, geen Markdown.","type":"array","minItems":1,"maxItems":20000,"items":{"$ref":"#/$defs/praktijk"},"$defs":{"praktijk":{"type":"object","description":"Eén praktijkvoorbeeld: kort, gestructureerd en afdrukbaar.","additionalProperties":false,"required":["id","titel","samenvatting","fasen","themas","aanpak","wat_werkt","valkuilen","bronnen","laatst_nagekeken"],"properties":{"id":{"title":"Korte naam (id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80,"description":"Unieke naam in kleine letters, cijfers en koppeltekens; wordt het anker praktijk-<id>.","examples":["huren-en-onderverhuren-brugge"]},"titel":{"title":"Titel","type":"string","minLength":1,"maxLength":120,"pattern":"\\S","description":"Korte titel van het voorbeeld (hoogstens 120 tekens).","examples":["Woningen huren en onderverhuren aan erkende vluchtelingen"]},"samenvatting":{"title":"Samenvatting","type":"string","minLength":1,"maxLength":400,"pattern":"\\S","description":"Een of twee zinnen: wat gebeurt er en voor wie (hoogstens 400 tekens).","examples":["Een vzw huurt woningen en verhuurt ze door aan erkende vluchtelingen."]},"fasen":{"title":"Fasen","type":"array","minItems":1,"maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["opstarten","bijsturen","evalueren"]},"description":"In welke fase(n) van een initiatief dit voorbeeld helpt: opstarten, bijsturen, evalueren.","examples":[["opstarten"]]},"themas":{"title":"Thema's","type":"array","minItems":1,"maxItems":12,"uniqueItems":true,"items":{"type":"string","enum":["woning-zoeken","contact-verhuurders","bezichtigen","huurcontract-en-waarborg","verhuizen-en-inrichten","inhuren-en-onderverhuren","samenwonen","buddywerking","samenwerking","vrijwilligers","financiering-en-logistiek","evaluatie"]},"description":"Thema's van het draaiboek waarover dit voorbeeld gaat (minstens één).","examples":[["inhuren-en-onderverhuren","contact-verhuurders"]]},"aanpak":{"title":"Aanpak","type":"string","minLength":1,"maxLength":3000,"pattern":"\\S","description":"Hoe het werkt, in gewone tekst. Met een | blok mag je alinea's scheiden door een lege regel (hoogstens 3000 tekens).","examples":["Vrijwilligers zoeken eigenaars die willen verhuren aan de vzw.\n\nDe vzw verhuurt de woning door."]},"wat_werkt":{"title":"Wat werkt","type":"array","minItems":1,"maxItems":15,"items":{"type":"string","minLength":1,"maxLength":600,"pattern":"\\S"},"description":"Wat goed werkt, één punt per regel (minstens één).","examples":[["Eigenaars weten wie de huur betaalt."]]},"valkuilen":{"title":"Valkuilen","type":"array","minItems":1,"maxItems":15,"items":{"type":"string","minLength":1,"maxLength":600,"pattern":"\\S"},"description":"Valkuilen en aandachtspunten, één punt per regel (minstens één).","examples":[["Spreek vooraf af wie instaat voor schade."]]},"provincie":{"title":"Provincie","type":"string","enum":["Antwerpen","Limburg","Oost-Vlaanderen","Vlaams-Brabant","West-Vlaanderen","Brussel","Heel Vlaanderen"],"description":"Provincie waar het voorbeeld speelt (mag weg).","examples":["West-Vlaanderen"]},"gemeente":{"title":"Gemeente","type":"string","minLength":1,"maxLength":120,"pattern":"\\S","description":"Gemeente waar het voorbeeld speelt (mag weg).","examples":["Brugge"]},"initiatief":{"title":"Initiatief op de sociale kaart","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80,"description":"De id van het initiatief op de sociale kaart (data/initiatives.yaml) dat dit voorbeeld uitvoert (mag weg).","examples":["huizen-van-vrede"]},"bronnen":{"title":"Bronnen","type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/$defs/bron"},"description":"Openbare bronnen voor alles wat over dit item gezegd wordt (minstens één).","examples":[[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]]},"laatst_nagekeken":{"title":"Laatst nagekeken","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date","description":"Datum (JJJJ-MM-DD) waarop de redactie dit item het laatst met de bronnen vergeleek; niet in de toekomst.","examples":["2026-11-27"]}}},"bron":{"type":"object","description":"Eén openbare bron: titel, adres (https) en de datum die de bron zelf toont.","additionalProperties":false,"required":["titel","url","datum"],"properties":{"titel":{"title":"Titel van de bron","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Uitgever en titel van de bron, zoals ze op de pagina staan.","examples":["De Nieuwe Buren, Frank Vangaever over zijn engagement als huizenzoeker"]},"url":{"title":"Adres (URL)","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Volledig adres van de bron; begint met https://.","examples":["https://denieuweburen.be/over/"]},"datum":{"title":"Datum van de bron","type":"string","pattern":"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$","description":"Datum die de bron toont: \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\", tussen aanhalingstekens; \"z.d.\" als de bron geen datum toont.","examples":["2023-03-27","2019","z.d."]}},"examples":[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]}}};
const schema37 = {"type":"object","description":"Eén praktijkvoorbeeld: kort, gestructureerd en afdrukbaar.","additionalProperties":false,"required":["id","titel","samenvatting","fasen","themas","aanpak","wat_werkt","valkuilen","bronnen","laatst_nagekeken"],"properties":{"id":{"title":"Korte naam (id)","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80,"description":"Unieke naam in kleine letters, cijfers en koppeltekens; wordt het anker praktijk-<id>.","examples":["huren-en-onderverhuren-brugge"]},"titel":{"title":"Titel","type":"string","minLength":1,"maxLength":120,"pattern":"\\S","description":"Korte titel van het voorbeeld (hoogstens 120 tekens).","examples":["Woningen huren en onderverhuren aan erkende vluchtelingen"]},"samenvatting":{"title":"Samenvatting","type":"string","minLength":1,"maxLength":400,"pattern":"\\S","description":"Een of twee zinnen: wat gebeurt er en voor wie (hoogstens 400 tekens).","examples":["Een vzw huurt woningen en verhuurt ze door aan erkende vluchtelingen."]},"fasen":{"title":"Fasen","type":"array","minItems":1,"maxItems":3,"uniqueItems":true,"items":{"type":"string","enum":["opstarten","bijsturen","evalueren"]},"description":"In welke fase(n) van een initiatief dit voorbeeld helpt: opstarten, bijsturen, evalueren.","examples":[["opstarten"]]},"themas":{"title":"Thema's","type":"array","minItems":1,"maxItems":12,"uniqueItems":true,"items":{"type":"string","enum":["woning-zoeken","contact-verhuurders","bezichtigen","huurcontract-en-waarborg","verhuizen-en-inrichten","inhuren-en-onderverhuren","samenwonen","buddywerking","samenwerking","vrijwilligers","financiering-en-logistiek","evaluatie"]},"description":"Thema's van het draaiboek waarover dit voorbeeld gaat (minstens één).","examples":[["inhuren-en-onderverhuren","contact-verhuurders"]]},"aanpak":{"title":"Aanpak","type":"string","minLength":1,"maxLength":3000,"pattern":"\\S","description":"Hoe het werkt, in gewone tekst. Met een | blok mag je alinea's scheiden door een lege regel (hoogstens 3000 tekens).","examples":["Vrijwilligers zoeken eigenaars die willen verhuren aan de vzw.\n\nDe vzw verhuurt de woning door."]},"wat_werkt":{"title":"Wat werkt","type":"array","minItems":1,"maxItems":15,"items":{"type":"string","minLength":1,"maxLength":600,"pattern":"\\S"},"description":"Wat goed werkt, één punt per regel (minstens één).","examples":[["Eigenaars weten wie de huur betaalt."]]},"valkuilen":{"title":"Valkuilen","type":"array","minItems":1,"maxItems":15,"items":{"type":"string","minLength":1,"maxLength":600,"pattern":"\\S"},"description":"Valkuilen en aandachtspunten, één punt per regel (minstens één).","examples":[["Spreek vooraf af wie instaat voor schade."]]},"provincie":{"title":"Provincie","type":"string","enum":["Antwerpen","Limburg","Oost-Vlaanderen","Vlaams-Brabant","West-Vlaanderen","Brussel","Heel Vlaanderen"],"description":"Provincie waar het voorbeeld speelt (mag weg).","examples":["West-Vlaanderen"]},"gemeente":{"title":"Gemeente","type":"string","minLength":1,"maxLength":120,"pattern":"\\S","description":"Gemeente waar het voorbeeld speelt (mag weg).","examples":["Brugge"]},"initiatief":{"title":"Initiatief op de sociale kaart","type":"string","pattern":"^[a-z0-9]+(-[a-z0-9]+)*$","maxLength":80,"description":"De id van het initiatief op de sociale kaart (data/initiatives.yaml) dat dit voorbeeld uitvoert (mag weg).","examples":["huizen-van-vrede"]},"bronnen":{"title":"Bronnen","type":"array","minItems":1,"maxItems":30,"items":{"$ref":"#/$defs/bron"},"description":"Openbare bronnen voor alles wat over dit item gezegd wordt (minstens één).","examples":[[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]]},"laatst_nagekeken":{"title":"Laatst nagekeken","type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$","format":"date","description":"Datum (JJJJ-MM-DD) waarop de redactie dit item het laatst met de bronnen vergeleek; niet in de toekomst.","examples":["2026-11-27"]}}};
const schema38 = {"type":"object","description":"Eén openbare bron: titel, adres (https) en de datum die de bron zelf toont.","additionalProperties":false,"required":["titel","url","datum"],"properties":{"titel":{"title":"Titel van de bron","type":"string","minLength":1,"maxLength":300,"pattern":"\\S","description":"Uitgever en titel van de bron, zoals ze op de pagina staan.","examples":["De Nieuwe Buren, Frank Vangaever over zijn engagement als huizenzoeker"]},"url":{"title":"Adres (URL)","type":"string","pattern":"^https://[^\\s\"'<>]+$","maxLength":500,"description":"Volledig adres van de bron; begint met https://.","examples":["https://denieuweburen.be/over/"]},"datum":{"title":"Datum van de bron","type":"string","pattern":"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$","description":"Datum die de bron toont: \"JJJJ\", \"JJJJ-MM\" of \"JJJJ-MM-DD\", tussen aanhalingstekens; \"z.d.\" als de bron geen datum toont.","examples":["2023-03-27","2019","z.d."]}},"examples":[{"titel":"De Nieuwe Buren, Over ons","url":"https://denieuweburen.be/over/","datum":"z.d."}]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.titel === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "titel"},message:"must have required property '"+"titel"+"'"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.samenvatting === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "samenvatting"},message:"must have required property '"+"samenvatting"+"'"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.fasen === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fasen"},message:"must have required property '"+"fasen"+"'"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.themas === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "themas"},message:"must have required property '"+"themas"+"'"};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.aanpak === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "aanpak"},message:"must have required property '"+"aanpak"+"'"};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data.wat_werkt === undefined){
const err6 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "wat_werkt"},message:"must have required property '"+"wat_werkt"+"'"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(data.valkuilen === undefined){
const err7 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "valkuilen"},message:"must have required property '"+"valkuilen"+"'"};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data.bronnen === undefined){
const err8 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "bronnen"},message:"must have required property '"+"bronnen"+"'"};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data.laatst_nagekeken === undefined){
const err9 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "laatst_nagekeken"},message:"must have required property '"+"laatst_nagekeken"+"'"};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema37.properties, key0))){
const err10 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(func2(data0) > 80){
const err11 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!pattern4.test(data0)){
const err12 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/id",schemaPath:"#/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.titel !== undefined){
let data1 = data.titel;
if(typeof data1 === "string"){
if(func2(data1) > 120){
const err14 = {instancePath:instancePath+"/titel",schemaPath:"#/properties/titel/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(func2(data1) < 1){
const err15 = {instancePath:instancePath+"/titel",schemaPath:"#/properties/titel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!pattern5.test(data1)){
const err16 = {instancePath:instancePath+"/titel",schemaPath:"#/properties/titel/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/titel",schemaPath:"#/properties/titel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.samenvatting !== undefined){
let data2 = data.samenvatting;
if(typeof data2 === "string"){
if(func2(data2) > 400){
const err18 = {instancePath:instancePath+"/samenvatting",schemaPath:"#/properties/samenvatting/maxLength",keyword:"maxLength",params:{limit: 400},message:"must NOT have more than 400 characters"};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
if(func2(data2) < 1){
const err19 = {instancePath:instancePath+"/samenvatting",schemaPath:"#/properties/samenvatting/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(!pattern5.test(data2)){
const err20 = {instancePath:instancePath+"/samenvatting",schemaPath:"#/properties/samenvatting/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/samenvatting",schemaPath:"#/properties/samenvatting/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.fasen !== undefined){
let data3 = data.fasen;
if(Array.isArray(data3)){
if(data3.length > 3){
const err22 = {instancePath:instancePath+"/fasen",schemaPath:"#/properties/fasen/maxItems",keyword:"maxItems",params:{limit: 3},message:"must NOT have more than 3 items"};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(data3.length < 1){
const err23 = {instancePath:instancePath+"/fasen",schemaPath:"#/properties/fasen/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
const len0 = data3.length;
for(let i0=0; i0<len0; i0++){
let data4 = data3[i0];
if(typeof data4 !== "string"){
const err24 = {instancePath:instancePath+"/fasen/" + i0,schemaPath:"#/properties/fasen/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(!(((data4 === "opstarten") || (data4 === "bijsturen")) || (data4 === "evalueren"))){
const err25 = {instancePath:instancePath+"/fasen/" + i0,schemaPath:"#/properties/fasen/items/enum",keyword:"enum",params:{allowedValues: schema37.properties.fasen.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
let i1 = data3.length;
let j0;
if(i1 > 1){
const indices0 = {};
for(;i1--;){
let item0 = data3[i1];
if(typeof item0 !== "string"){
continue;
}
if(typeof indices0[item0] == "number"){
j0 = indices0[item0];
const err26 = {instancePath:instancePath+"/fasen",schemaPath:"#/properties/fasen/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)"};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
break;
}
indices0[item0] = i1;
}
}
}
else {
const err27 = {instancePath:instancePath+"/fasen",schemaPath:"#/properties/fasen/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
if(data.themas !== undefined){
let data5 = data.themas;
if(Array.isArray(data5)){
if(data5.length > 12){
const err28 = {instancePath:instancePath+"/themas",schemaPath:"#/properties/themas/maxItems",keyword:"maxItems",params:{limit: 12},message:"must NOT have more than 12 items"};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if(data5.length < 1){
const err29 = {instancePath:instancePath+"/themas",schemaPath:"#/properties/themas/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(typeof data6 !== "string"){
const err30 = {instancePath:instancePath+"/themas/" + i2,schemaPath:"#/properties/themas/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(!((((((((((((data6 === "woning-zoeken") || (data6 === "contact-verhuurders")) || (data6 === "bezichtigen")) || (data6 === "huurcontract-en-waarborg")) || (data6 === "verhuizen-en-inrichten")) || (data6 === "inhuren-en-onderverhuren")) || (data6 === "samenwonen")) || (data6 === "buddywerking")) || (data6 === "samenwerking")) || (data6 === "vrijwilligers")) || (data6 === "financiering-en-logistiek")) || (data6 === "evaluatie"))){
const err31 = {instancePath:instancePath+"/themas/" + i2,schemaPath:"#/properties/themas/items/enum",keyword:"enum",params:{allowedValues: schema37.properties.themas.items.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
let i3 = data5.length;
let j1;
if(i3 > 1){
const indices1 = {};
for(;i3--;){
let item1 = data5[i3];
if(typeof item1 !== "string"){
continue;
}
if(typeof indices1[item1] == "number"){
j1 = indices1[item1];
const err32 = {instancePath:instancePath+"/themas",schemaPath:"#/properties/themas/uniqueItems",keyword:"uniqueItems",params:{i: i3, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i3+" are identical)"};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
break;
}
indices1[item1] = i3;
}
}
}
else {
const err33 = {instancePath:instancePath+"/themas",schemaPath:"#/properties/themas/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
}
if(data.aanpak !== undefined){
let data7 = data.aanpak;
if(typeof data7 === "string"){
if(func2(data7) > 3000){
const err34 = {instancePath:instancePath+"/aanpak",schemaPath:"#/properties/aanpak/maxLength",keyword:"maxLength",params:{limit: 3000},message:"must NOT have more than 3000 characters"};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(data7) < 1){
const err35 = {instancePath:instancePath+"/aanpak",schemaPath:"#/properties/aanpak/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern5.test(data7)){
const err36 = {instancePath:instancePath+"/aanpak",schemaPath:"#/properties/aanpak/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
else {
const err37 = {instancePath:instancePath+"/aanpak",schemaPath:"#/properties/aanpak/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.wat_werkt !== undefined){
let data8 = data.wat_werkt;
if(Array.isArray(data8)){
if(data8.length > 15){
const err38 = {instancePath:instancePath+"/wat_werkt",schemaPath:"#/properties/wat_werkt/maxItems",keyword:"maxItems",params:{limit: 15},message:"must NOT have more than 15 items"};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(data8.length < 1){
const err39 = {instancePath:instancePath+"/wat_werkt",schemaPath:"#/properties/wat_werkt/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
const len2 = data8.length;
for(let i4=0; i4<len2; i4++){
let data9 = data8[i4];
if(typeof data9 === "string"){
if(func2(data9) > 600){
const err40 = {instancePath:instancePath+"/wat_werkt/" + i4,schemaPath:"#/properties/wat_werkt/items/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters"};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
if(func2(data9) < 1){
const err41 = {instancePath:instancePath+"/wat_werkt/" + i4,schemaPath:"#/properties/wat_werkt/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(!pattern5.test(data9)){
const err42 = {instancePath:instancePath+"/wat_werkt/" + i4,schemaPath:"#/properties/wat_werkt/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/wat_werkt/" + i4,schemaPath:"#/properties/wat_werkt/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
}
else {
const err44 = {instancePath:instancePath+"/wat_werkt",schemaPath:"#/properties/wat_werkt/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data.valkuilen !== undefined){
let data10 = data.valkuilen;
if(Array.isArray(data10)){
if(data10.length > 15){
const err45 = {instancePath:instancePath+"/valkuilen",schemaPath:"#/properties/valkuilen/maxItems",keyword:"maxItems",params:{limit: 15},message:"must NOT have more than 15 items"};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
if(data10.length < 1){
const err46 = {instancePath:instancePath+"/valkuilen",schemaPath:"#/properties/valkuilen/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
const len3 = data10.length;
for(let i5=0; i5<len3; i5++){
let data11 = data10[i5];
if(typeof data11 === "string"){
if(func2(data11) > 600){
const err47 = {instancePath:instancePath+"/valkuilen/" + i5,schemaPath:"#/properties/valkuilen/items/maxLength",keyword:"maxLength",params:{limit: 600},message:"must NOT have more than 600 characters"};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(data11) < 1){
const err48 = {instancePath:instancePath+"/valkuilen/" + i5,schemaPath:"#/properties/valkuilen/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern5.test(data11)){
const err49 = {instancePath:instancePath+"/valkuilen/" + i5,schemaPath:"#/properties/valkuilen/items/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
else {
const err50 = {instancePath:instancePath+"/valkuilen/" + i5,schemaPath:"#/properties/valkuilen/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
else {
const err51 = {instancePath:instancePath+"/valkuilen",schemaPath:"#/properties/valkuilen/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
}
if(data.provincie !== undefined){
let data12 = data.provincie;
if(typeof data12 !== "string"){
const err52 = {instancePath:instancePath+"/provincie",schemaPath:"#/properties/provincie/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(!(((((((data12 === "Antwerpen") || (data12 === "Limburg")) || (data12 === "Oost-Vlaanderen")) || (data12 === "Vlaams-Brabant")) || (data12 === "West-Vlaanderen")) || (data12 === "Brussel")) || (data12 === "Heel Vlaanderen"))){
const err53 = {instancePath:instancePath+"/provincie",schemaPath:"#/properties/provincie/enum",keyword:"enum",params:{allowedValues: schema37.properties.provincie.enum},message:"must be equal to one of the allowed values"};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
if(data.gemeente !== undefined){
let data13 = data.gemeente;
if(typeof data13 === "string"){
if(func2(data13) > 120){
const err54 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/maxLength",keyword:"maxLength",params:{limit: 120},message:"must NOT have more than 120 characters"};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(func2(data13) < 1){
const err55 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if(!pattern5.test(data13)){
const err56 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
else {
const err57 = {instancePath:instancePath+"/gemeente",schemaPath:"#/properties/gemeente/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.initiatief !== undefined){
let data14 = data.initiatief;
if(typeof data14 === "string"){
if(func2(data14) > 80){
const err58 = {instancePath:instancePath+"/initiatief",schemaPath:"#/properties/initiatief/maxLength",keyword:"maxLength",params:{limit: 80},message:"must NOT have more than 80 characters"};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
if(!pattern4.test(data14)){
const err59 = {instancePath:instancePath+"/initiatief",schemaPath:"#/properties/initiatief/pattern",keyword:"pattern",params:{pattern: "^[a-z0-9]+(-[a-z0-9]+)*$"},message:"must match pattern \""+"^[a-z0-9]+(-[a-z0-9]+)*$"+"\""};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
}
else {
const err60 = {instancePath:instancePath+"/initiatief",schemaPath:"#/properties/initiatief/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
}
if(data.bronnen !== undefined){
let data15 = data.bronnen;
if(Array.isArray(data15)){
if(data15.length > 30){
const err61 = {instancePath:instancePath+"/bronnen",schemaPath:"#/properties/bronnen/maxItems",keyword:"maxItems",params:{limit: 30},message:"must NOT have more than 30 items"};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
if(data15.length < 1){
const err62 = {instancePath:instancePath+"/bronnen",schemaPath:"#/properties/bronnen/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
const len4 = data15.length;
for(let i6=0; i6<len4; i6++){
let data16 = data15[i6];
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.titel === undefined){
const err63 = {instancePath:instancePath+"/bronnen/" + i6,schemaPath:"#/$defs/bron/required",keyword:"required",params:{missingProperty: "titel"},message:"must have required property '"+"titel"+"'"};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
if(data16.url === undefined){
const err64 = {instancePath:instancePath+"/bronnen/" + i6,schemaPath:"#/$defs/bron/required",keyword:"required",params:{missingProperty: "url"},message:"must have required property '"+"url"+"'"};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
if(data16.datum === undefined){
const err65 = {instancePath:instancePath+"/bronnen/" + i6,schemaPath:"#/$defs/bron/required",keyword:"required",params:{missingProperty: "datum"},message:"must have required property '"+"datum"+"'"};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
for(const key1 in data16){
if(!(((key1 === "titel") || (key1 === "url")) || (key1 === "datum"))){
const err66 = {instancePath:instancePath+"/bronnen/" + i6,schemaPath:"#/$defs/bron/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data16.titel !== undefined){
let data17 = data16.titel;
if(typeof data17 === "string"){
if(func2(data17) > 300){
const err67 = {instancePath:instancePath+"/bronnen/" + i6+"/titel",schemaPath:"#/$defs/bron/properties/titel/maxLength",keyword:"maxLength",params:{limit: 300},message:"must NOT have more than 300 characters"};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if(func2(data17) < 1){
const err68 = {instancePath:instancePath+"/bronnen/" + i6+"/titel",schemaPath:"#/$defs/bron/properties/titel/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(!pattern5.test(data17)){
const err69 = {instancePath:instancePath+"/bronnen/" + i6+"/titel",schemaPath:"#/$defs/bron/properties/titel/pattern",keyword:"pattern",params:{pattern: "\\S"},message:"must match pattern \""+"\\S"+"\""};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
}
else {
const err70 = {instancePath:instancePath+"/bronnen/" + i6+"/titel",schemaPath:"#/$defs/bron/properties/titel/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
if(data16.url !== undefined){
let data18 = data16.url;
if(typeof data18 === "string"){
if(func2(data18) > 500){
const err71 = {instancePath:instancePath+"/bronnen/" + i6+"/url",schemaPath:"#/$defs/bron/properties/url/maxLength",keyword:"maxLength",params:{limit: 500},message:"must NOT have more than 500 characters"};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
if(!pattern10.test(data18)){
const err72 = {instancePath:instancePath+"/bronnen/" + i6+"/url",schemaPath:"#/$defs/bron/properties/url/pattern",keyword:"pattern",params:{pattern: "^https://[^\\s\"'<>]+$"},message:"must match pattern \""+"^https://[^\\s\"'<>]+$"+"\""};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
else {
const err73 = {instancePath:instancePath+"/bronnen/" + i6+"/url",schemaPath:"#/$defs/bron/properties/url/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data16.datum !== undefined){
let data19 = data16.datum;
if(typeof data19 === "string"){
if(!pattern23.test(data19)){
const err74 = {instancePath:instancePath+"/bronnen/" + i6+"/datum",schemaPath:"#/$defs/bron/properties/datum/pattern",keyword:"pattern",params:{pattern: "^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$"},message:"must match pattern \""+"^([0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|z\\.d\\.)$"+"\""};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/bronnen/" + i6+"/datum",schemaPath:"#/$defs/bron/properties/datum/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/bronnen/" + i6,schemaPath:"#/$defs/bron/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/bronnen",schemaPath:"#/properties/bronnen/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data.laatst_nagekeken !== undefined){
let data20 = data.laatst_nagekeken;
if(typeof data20 === "string"){
if(!pattern24.test(data20)){
const err78 = {instancePath:instancePath+"/laatst_nagekeken",schemaPath:"#/properties/laatst_nagekeken/pattern",keyword:"pattern",params:{pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},message:"must match pattern \""+"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"+"\""};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
else {
const err79 = {instancePath:instancePath+"/laatst_nagekeken",schemaPath:"#/properties/laatst_nagekeken/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
}
else {
const err80 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate23.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
if(data.length > 20000){
const err0 = {instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 20000},message:"must NOT have more than 20000 items"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate24(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}
validate23.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

  window.vzwSchemacontrole = { initiatief: module.exports.initiatief, praktijk: module.exports.praktijk };
})();
