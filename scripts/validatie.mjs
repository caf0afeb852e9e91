// Maakt de schemacontrole van het bijdrageformulier: de JSON Schema's uit data/ gecompileerd met ajv
// (standalone code) tot gewone JavaScript-functies, zodat het formulier in de browser dezelfde
// regels toepast als `python -m draaiboek.check`, zonder eval, zonder iets van een andere host.
// Eén bestand per schema, zodat elke formulierpagina alleen het hare laadt:
//
//   docs/assets/javascripts/formulier-schema-initiatief.min.js   (data/initiatives.schema.json)
//   docs/assets/javascripts/formulier-schema-praktijk.min.js     (data/practices.schema.json)
//
//   node scripts/validatie.mjs          (na `npm ci`; opnieuw na elke wijziging in data/*.schema.json;
//                                        `make validatie` doet dit)
//   node scripts/validatie.mjs MAP      (schrijft naar een andere map; de test vergelijkt zo)
//
// ".min.js": ajv schrijft compacte code zonder regeleinden (`lines: false`); draaiboek/verkleinen.py
// laat *.min.* na de build met rust, zodat de licentie van ajv bovenaan blijft staan.
// Elk bestand draagt de SHA-256 van zijn schema; tests/test_formulier.py faalt als een schema
// veranderde zonder dat dit bestand opnieuw gemaakt werd.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(ROOT, "package.json"));
const Ajv2020 = require("ajv/dist/2020").default;
const standaloneCode = require("ajv/dist/standalone").default;
const ajvVersie = require("ajv/package.json").version;

const SCHEMAS = { initiatief: "data/initiatives.schema.json", praktijk: "data/practices.schema.json" };
const doelmap = process.argv[2] || join(ROOT, "docs/assets/javascripts");
mkdirSync(doelmap, { recursive: true });
const licentie = readFileSync(require.resolve("ajv/LICENSE"), "utf8").trim();

for (const [soort, pad] of Object.entries(SCHEMAS)) {
  // Zoals jsonschema's Draft202012Validator in draaiboek/gegevens.py: alle fouten, `format` is
  // alleen een aantekening (datums controleert de kruiscontrole, in Python en in
  // formulier-controle.js). Zonder Engelse foutzinnen van ajv (`messages: false`):
  // formulier-controle.js schrijft de Nederlandse melding uit het soort fout en zijn gegevens.
  const ajv = new Ajv2020({
    allErrors: true,
    validateFormats: false,
    strict: true,
    messages: false,
    code: { source: true, esm: false, lines: false },
  });
  ajv.addKeyword({ keyword: "x-uitleg", schemaType: "string" }); // uitleg voor meldingen, geen regel
  const tekst = readFileSync(join(ROOT, pad));
  const som = createHash("sha256").update(tekst).digest("hex");
  ajv.addSchema(JSON.parse(tekst.toString("utf8")), pad);
  const code = standaloneCode(ajv, { [soort]: pad });

  // De paar hulpfuncties van ajv die de code vraagt (bv. ucs2length: lengte in tekens zoals
  // Python), als kleine modules in hetzelfde bestand.
  const modules = {};
  const wachtrij = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
  while (wachtrij.length) {
    const naam = wachtrij.shift();
    if (modules[naam]) continue;
    const bron = readFileSync(require.resolve(naam), "utf8").replace(/\/\/# sourceMappingURL=.*$/m, "");
    modules[naam] = bron;
    for (const m of bron.matchAll(/require\("([^"]+)"\)/g)) wachtrij.push(m[1]);
  }

  const uit = `/* GEMAAKT door scripts/validatie.mjs met ajv ${ajvVersie}: niet met de hand aanpassen.
 * Schema (SHA-256):
 *   ${pad} ${som}
 *
 * Bevat code van ajv (https://ajv.js.org), met deze licentie:
 *
${licentie.split("\n").map((r) => (" * " + r).trimEnd()).join("\n")}
 */
(function () {
  "use strict";
  var bronnen = {
${Object.entries(modules).map(([n, b]) => `    ${JSON.stringify(n)}: function (module, exports, require) {\n${b}\n    }`).join(",\n")}
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
${code}
  window.vzwSchemacontrole = window.vzwSchemacontrole || {};
  window.vzwSchemacontrole[${JSON.stringify(soort)}] = module.exports[${JSON.stringify(soort)}];
})();
`;
  const doel = join(doelmap, `formulier-schema-${soort}.min.js`);
  writeFileSync(doel, uit);
  console.log(doel + " geschreven (ajv " + ajvVersie + ")");
}
