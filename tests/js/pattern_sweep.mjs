// Sweep code points through the schema's patterns with ECMA-262 regular expressions
// (tests/core/test_patterns.py builds the same probes in Python and compares).
//
// Usage: node tests/js/pattern_sweep.mjs REQUEST.json
// REQUEST: {"patterns": [{"pattern": "...", "carriers": ["...", ...]}, ...], "codes": [0, ...]}
// For each pattern, each carrier and each code point c of `codes` (BMP only), five probes:
// c alone, c before the carrier, c in its middle, c after it, and c in place of its middle
// character. Prints {"u": [...], "plain": [...]}: per pattern and carrier, a string of "0" and
// "1" (one per probe, code point by code point), with the "u" flag (as ajv compiles patterns)
// and without it.
import { readFileSync } from "node:fs";

export function probes(carrier, c) {
  const middle = Math.floor(carrier.length / 2);
  return [
    c,
    c + carrier,
    carrier.slice(0, middle) + c + carrier.slice(middle),
    carrier + c,
    carrier.slice(0, middle) + c + carrier.slice(middle + 1),
  ];
}

const request = JSON.parse(readFileSync(process.argv[2], "utf-8"));
const answer = { u: [], plain: [] };
for (const [flag, key] of [["u", "u"], ["", "plain"]]) {
  for (const { pattern, carriers } of request.patterns) {
    const regex = new RegExp(pattern, flag);
    answer[key].push(
      carriers.map((carrier) => {
        const bits = [];
        for (const code of request.codes) {
          for (const probe of probes(carrier, String.fromCharCode(code))) {
            bits.push(regex.test(probe) ? "1" : "0");
          }
        }
        return bits.join("");
      }),
    );
  }
}
process.stdout.write(JSON.stringify(answer));
