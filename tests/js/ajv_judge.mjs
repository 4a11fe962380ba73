// ajv 8 as a second judge of the contract (tests/core/test_ajv.py runs it once per test).
//
// Usage: node tests/js/ajv_judge.mjs REQUEST.json
// REQUEST: {"schemas": {"name": schema, ...}, "bundle": {...OpenAPI document...} | null,
//           "values": [value, ...]}
// Prints one JSON object:
//   {"complaints": [...strict-mode messages...], "components": [names compiled],
//    "verdicts": {"name": [true | false, ...], ...}}
//
// Every schema (and every component schema of the bundle) is compiled twice: once with each
// strict option set to "log" to collect every complaint, and once with `strict: true`, which
// throws on the first. The verdicts come from the strict compilation, and the JSON-form rule
// that numbers fit a double (see fitsDoubles).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const Ajv2020 = require("ajv/dist/2020").default;
const addFormats = require("ajv-formats").default;

const BUNDLE_ID = "https://function-return-contract.dev/openapi.bundled.json";

function makeAjv(strict, complaints) {
  const logger = {
    log() {},
    warn: (...parts) => complaints.push(parts.join(" ")),
    error: (...parts) => complaints.push(parts.join(" ")),
  };
  const options = strict
    ? { strict: true }
    : { strict: "log", strictTypes: "log", strictTuples: "log", strictRequired: "log" };
  const ajv = new Ajv2020({ ...options, logger });
  addFormats(ajv);
  return ajv;
}

function bundleSchemas(bundle) {
  // The components, their references rewritten from the document's to a schema's own $defs.
  const text = JSON.stringify(bundle.components.schemas).replaceAll(
    '"#/components/schemas/',
    '"#/$defs/',
  );
  return { $id: BUNDLE_ID, $defs: JSON.parse(text) };
}

function compileAll(request, strict, complaints) {
  const validators = {};
  for (const [name, schema] of Object.entries(request.schemas)) {
    validators[name] = makeAjv(strict, complaints).compile(schema); // one $id per instance
  }
  const components = [];
  if (request.bundle) {
    const ajv = makeAjv(strict, complaints);
    const wrapper = bundleSchemas(request.bundle);
    ajv.addSchema(wrapper);
    for (const name of Object.keys(wrapper.$defs)) {
      ajv.getSchema(`${BUNDLE_ID}#/$defs/${name}`);
      components.push(name);
    }
  }
  return { validators, components };
}

function fitsDoubles(value) {
  // The contract's JSON-form rule, as in Python: every number fits a double. JSON.parse reads
  // a number past that range (1e309) as Infinity, which no schema keyword can see inside
  // free-form data.
  if (typeof value === "number") return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(fitsDoubles);
  if (value !== null && typeof value === "object") return Object.values(value).every(fitsDoubles);
  return true;
}

const request = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const complaints = [];
compileAll(request, false, complaints);
const unused = [];
const { validators, components } = compileAll(request, true, unused); // throws on a complaint
const verdicts = {};
for (const [name, validate] of Object.entries(validators)) {
  verdicts[name] = request.values.map((value) => validate(value) === true && fitsDoubles(value));
}
process.stdout.write(JSON.stringify({ complaints: [...new Set(complaints)], components, verdicts }));
