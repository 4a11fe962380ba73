#!/usr/bin/env node
// An implementation of the remote function endpoint on Node's built-in modules alone.
//
// It serves five functions of its own (collect_zip, end_chat, lookup_order, record_rating,
// schedule_callback) under schema/openapi.yaml's function operations:
//
//   GET  /v1/agents/{agent_id}/branches/{branch_id}/functions                       the list
//   POST /v1/agents/{agent_id}/branches/{branch_id}/functions/{function_id}/execute
//   GET  /healthz
//
// It is a test subject for `function-return contract-test`: --mode conforming (the default)
// follows the document, every other mode plants one contract bug (README.md next to this file
// lists them).
//
//   node tests/endpoints/node_endpoint.mjs --port 0 [--mode MODE] [--token TOKEN]

import http from "node:http";
import { timingSafeEqual } from "node:crypto";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";

const MODES = [
  "conforming",
  "misspelt-key",
  "runtime-string",
  "missing-logs",
  "text-plain-errors",
  "500-for-bad-args",
  "extra-envelope-field",
  "invalid-boundary-body",
  "wrong-unknown-status",
  "list-omits-param-type",
];

const MAX_BODY = 1024 * 1024;
const PROBLEM_BASE = "https://function-return-contract.dev/problems/";
const JSON_TYPE = "application/json";
const PROBLEM_TYPE = "application/problem+json";
const TITLES = new Map([
  [400, "Bad Request"],
  [401, "Unauthorized"],
  [404, "Not Found"],
  [405, "Method Not Allowed"],
  [413, "Content Too Large"],
  [415, "Unsupported Media Type"],
  [422, "Unprocessable Content"],
  [500, "Internal Server Error"],
]);
const ID_PATTERN = /^[A-Za-z0-9_.-]{1,128}$/;
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;

// ----------------------------------------------------------------------------- errors

class Problem extends Error {
  constructor(status, kind, detail, { errors = null, headers = {} } = {}) {
    super(detail);
    this.status = status;
    this.kind = kind;
    this.detail = detail;
    this.errors = errors;
    this.headers = headers;
  }
}

const pointer = (...tokens) =>
  tokens.map((t) => "/" + t.replaceAll("~", "~0").replaceAll("/", "~1")).join("");

const quoted = (text) => JSON.stringify(text);

function describe(value) {
  if (value === null) return "null";
  if (typeof value === "boolean") return `boolean ${value}`;
  if (typeof value === "number") {
    return Number.isInteger(value) ? `integer ${value}` : `number ${value}`;
  }
  if (typeof value === "string") return value.length <= 40 ? `string ${quoted(value)}` : "string";
  if (Array.isArray(value)) return "array";
  return "object";
}

const isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);

// -------------------------------------------------------------------------- functions
// Each function gets its arguments (every parameter present, defaults filled in), a log
// function, and the mode; it returns the return value.

const ORDERS = new Map([
  ["A-1001", { status: "shipped", eta: "tomorrow" }],
  ["A-1002", { status: "being packed", eta: "in three days" }],
]);

const FUNCTIONS = new Map(
  [
    {
      name: "collect_zip",
      description: "Ask the customer to key in their ZIP code.",
      params: [{ name: "length", type: "integer", required: true }],
      run({ length }, log, mode) {
        let digits = length >= 1 && length <= 32 ? length : -1;
        if (mode === "invalid-boundary-body" && length === 0) digits = 0;
        log(`collecting ${digits} digits`);
        return {
          utterance: "Please key in your ZIP code.",
          listen: { channel: "SPEECH_AND_DTMF", dtmf: { num_digits: digits, inter_digit_timeout: 3 } },
        };
      },
    },
    {
      name: "end_chat",
      description: "Thank the customer and close the chat.",
      params: [],
      run(args, log, mode) {
        const key = mode === "misspelt-key" ? "utterence" : "utterance";
        log("chat closed");
        return { [key]: "Thanks for chatting with us. Bye!", hangup: true };
      },
    },
    {
      name: "lookup_order",
      description: "Tell the customer where their order is.",
      params: [
        { name: "order_id", type: "string", required: true },
        { name: "verbose", type: "boolean", required: false, default: false },
      ],
      run({ order_id, verbose }, log) {
        const order = ORDERS.get(order_id.trim().toUpperCase());
        if (order === undefined) {
          log(`no order ${quoted(order_id)}`);
          return "The order number was not found; ask the customer to read it out again.";
        }
        log(`order ${order_id} is ${order.status}`);
        const said = `Your order is ${order.status}.`;
        return verbose
          ? { utterance: said, content: `Tell the customer it should arrive ${order.eta}.` }
          : { utterance: said };
      },
    },
    {
      name: "record_rating",
      description: "Record the customer's rating of the chat; no instruction for the agent.",
      params: [
        { name: "stars", type: "number", required: true },
        { name: "comment", type: "string", required: false, default: "" },
      ],
      run({ stars, comment }, log) {
        if (!Number.isFinite(stars)) throw new RangeError("the rating is not a finite number");
        log(`rated ${stars}${comment ? `: ${comment}` : ""}`);
        return null;
      },
    },
    {
      name: "schedule_callback",
      description: "Book a call back in some minutes.",
      params: [
        { name: "minutes", type: "integer", required: true },
        { name: "note", type: "string", required: false, default: "" },
      ],
      run({ minutes, note }, log) {
        if (minutes <= 0) {
          return { utterance: "When would you like us to call you back?", listen: { channel: "SPEECH" } };
        }
        log(`callback in ${minutes} min${note ? ` (${note})` : ""}`);
        return {
          utterance: `We will call you back in about ${minutes} minutes.`,
          content: "The callback is booked; ask if there is anything else.",
        };
      },
    },
  ].map((f) => [f.name, f]),
);

function listing(mode) {
  const functions = [...FUNCTIONS.keys()].sort().map((name) => {
    const f = FUNCTIONS.get(name);
    let params = f.params.map(({ name, type, required }) => ({ name, type, required }));
    if (mode === "list-omits-param-type" && name === "collect_zip") {
      params = params.filter((p) => p.name !== "length");
    }
    return { name, description: f.description, parameters: params };
  });
  return { functions };
}

// -------------------------------------------------------------------------- arguments

function fits(type, value) {
  switch (type) {
    case "string":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "integer":
      return Number.isInteger(value); // false for booleans; true for 3.0, which JSON reads as 3
    case "number":
      return typeof value === "number";
    default:
      return false;
  }
}

function fitArguments(f, args) {
  const errors = [];
  const fitted = {};
  for (const p of f.params) {
    const where = pointer("args", p.name);
    if (!Object.hasOwn(args, p.name)) {
      if (p.required) {
        errors.push({ pointer: where, detail: `missing required argument ${quoted(p.name)} (${p.type})` });
      } else {
        fitted[p.name] = p.default;
      }
      continue;
    }
    const value = args[p.name];
    if (!fits(p.type, value)) {
      const article = p.type === "integer" ? "an" : "a";
      errors.push({
        pointer: where,
        detail: `argument ${quoted(p.name)} expects ${article} ${p.type}; got ${describe(value)}`,
      });
    }
    fitted[p.name] = value;
  }
  const known = f.params.map((p) => p.name);
  for (const name of Object.keys(args)) {
    if (!known.includes(name)) {
      const names = known.map(quoted).join(", ") || "none";
      errors.push({
        pointer: pointer("args", name),
        detail: `unknown argument ${quoted(name)}; the parameters are: ${names}`,
      });
    }
  }
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.pointer}: ${e.detail}`).join("; ");
    throw new Problem(422, "invalid-arguments", detail, { errors });
  }
  return fitted;
}

function checkRequest(document) {
  const errors = [];
  const bad = (where, detail) => errors.push({ pointer: where, detail });
  if (!isObject(document)) {
    bad("", `expected an object; got ${describe(document)}`);
  } else {
    if (!Object.hasOwn(document, "args")) bad("", 'missing required key "args"');
    for (const key of Object.keys(document)) {
      if (key !== "args" && key !== "conversation") {
        bad(pointer(key), `unknown key ${quoted(key)}; the keys are: "args", "conversation"`);
      }
    }
    if (Object.hasOwn(document, "args")) {
      const args = document.args;
      if (!isObject(args)) {
        bad("/args", `expected an object; got ${describe(args)}`);
      } else {
        for (const [name, value] of Object.entries(args)) {
          if (!NAME_PATTERN.test(name)) {
            bad(pointer("args", name), `${quoted(name)} is not a parameter name`);
          } else if (value === null || typeof value === "object") {
            bad(pointer("args", name), `expected a string, integer, number or boolean; got ${describe(value)}`);
          }
        }
      }
    }
    if (Object.hasOwn(document, "conversation")) checkConversation(document.conversation, bad);
  }
  if (errors.length > 0) {
    const detail = errors.map((e) => `${e.pointer || "(root)"}: ${e.detail}`).join("; ");
    throw new Problem(422, "invalid-request", `not an execute request: ${detail}`, { errors });
  }
  return document.args;
}

function checkConversation(conv, bad) {
  if (!isObject(conv)) {
    bad("/conversation", `expected an object; got ${describe(conv)}`);
    return;
  }
  for (const [key, value] of Object.entries(conv)) {
    const where = pointer("conversation", key);
    if (key === "id" || key === "channel") {
      if (typeof value !== "string") bad(where, `expected a string; got ${describe(value)}`);
    } else if (key === "caller_number" || key === "callee_number") {
      if (value !== null && typeof value !== "string") {
        bad(where, `expected a string or null; got ${describe(value)}`);
      }
    } else if (key === "state") {
      if (!isObject(value)) bad(where, `expected an object; got ${describe(value)}`);
    } else {
      bad(where, `unknown key ${quoted(key)}`);
    }
  }
}

// ----------------------------------------------------------------------------- server

function send(res, status, payload, mediaType, headers = {}) {
  const bytes = Buffer.from(payload, "utf8");
  res.writeHead(status, { "Content-Type": mediaType, "Content-Length": bytes.length, ...headers });
  res.end(res.req.method === "HEAD" ? undefined : bytes);
}

const sendJson = (res, status, document) => send(res, status, JSON.stringify(document), JSON_TYPE);

function sendProblem(res, problem, path, mode) {
  let status = problem.status;
  if (mode === "500-for-bad-args" && status === 422) status = 500;
  const title = TITLES.get(status) ?? "Error";
  if (mode === "text-plain-errors" && (status === 422 || status === 500)) {
    send(res, status, `${status} ${title}: ${problem.detail}\n`, "text/plain; charset=utf-8", problem.headers);
    return;
  }
  const document = { type: PROBLEM_BASE + problem.kind, title, status, detail: problem.detail, instance: path };
  if (problem.errors !== null) document.errors = problem.errors;
  send(res, status, JSON.stringify(document), PROBLEM_TYPE, problem.headers);
}

function authorize(req, token) {
  if (token === null) return;
  const header = req.headers.authorization ?? "";
  const space = header.indexOf(" ");
  const scheme = space < 0 ? header : header.slice(0, space);
  const given = Buffer.from(space < 0 ? "" : header.slice(space + 1).trim(), "utf8");
  const expected = Buffer.from(token, "utf8");
  let detail;
  if (scheme.toLowerCase() !== "bearer" || given.length === 0) {
    detail = "a bearer token is required";
  } else if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    detail = "the bearer token is wrong";
  } else {
    return;
  }
  throw new Problem(401, "unauthorized", detail, { headers: { "WWW-Authenticate": "Bearer" } });
}

function allow(req, method) {
  const methods = method === "GET" ? ["GET", "HEAD"] : ["POST"];
  if (!methods.includes(req.method)) {
    throw new Problem(405, "method-not-allowed", "method not allowed", {
      headers: { Allow: methods.join(", ") },
    });
  }
}

function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

// The request body, or null when it is over MAX_BODY.
function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on("end", () => resolve(size > MAX_BODY ? null : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function parseJson(body) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    throw new Problem(400, "not-json", "the request body is not JSON: it is not UTF-8");
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Problem(400, "not-json", `the request body is not JSON: ${error.message}`);
  }
}

function execute(req, res, name, body, mode) {
  const f = FUNCTIONS.get(name);
  if (f === undefined) {
    if (mode === "wrong-unknown-status") {
      sendJson(res, 200, { body: null, logs: [], runtime: 0 });
      return;
    }
    throw new Problem(404, "not-found", `no function ${quoted(name)}`);
  }
  const contentType = req.headers["content-type"];
  const mediaType = (contentType ?? "").split(";")[0].trim().toLowerCase();
  if (mediaType !== JSON_TYPE) {
    const got = contentType === undefined ? "none" : quoted(contentType);
    throw new Problem(415, "unsupported-media-type", `expected content type ${JSON_TYPE}; got ${got}`);
  }
  if (body === null) {
    throw new Problem(413, "content-too-large", `the request body is over ${MAX_BODY} bytes`);
  }
  const args = fitArguments(f, checkRequest(parseJson(body)));
  const logs = [];
  const started = performance.now();
  let value;
  try {
    value = f.run(args, (line) => logs.push(String(line)), mode);
  } catch (error) {
    console.error(error);
    throw new Problem(500, "function-error", `function ${quoted(name)} raised ${error.name}`);
  }
  const runtime = Math.round((performance.now() - started) * 1000) / 1000;
  const envelope = { body: value, logs, runtime };
  if (mode === "runtime-string") envelope.runtime = runtime.toFixed(3);
  if (mode === "missing-logs" && name === "schedule_callback") delete envelope.logs;
  if (mode === "extra-envelope-field") envelope.function = name;
  sendJson(res, 200, envelope);
}

async function handle(req, res, { mode, token }) {
  const rawPath = (req.url ?? "/").split("?")[0];
  try {
    const body = await readBody(req);
    if (rawPath !== "/healthz") authorize(req, token);
    if (rawPath === "/healthz") {
      allow(req, "GET");
      sendJson(res, 200, { status: "ok", functions: FUNCTIONS.size });
      return;
    }
    // v1 / agents / {agent_id} / branches / {branch_id} / functions [/ {function_id} / execute]
    const s = rawPath.split("/").slice(1).map(decodeSegment);
    const matches =
      (s.length === 6 || s.length === 8) &&
      s[0] === "v1" &&
      s[1] === "agents" &&
      s[3] === "branches" &&
      s[5] === "functions" &&
      (s.length === 6 || s[7] === "execute");
    if (!matches) throw new Problem(404, "not-found", `no such path ${quoted(rawPath)}`);
    for (const [label, value] of [["agent", s[2]], ["branch", s[4]]]) {
      if (!ID_PATTERN.test(value)) throw new Problem(404, "not-found", `no ${label} ${quoted(value)}`);
    }
    if (s.length === 6) {
      allow(req, "GET");
      sendJson(res, 200, listing(mode));
    } else {
      allow(req, "POST");
      execute(req, res, s[6], body, mode);
    }
  } catch (error) {
    if (res.headersSent) return;
    if (error instanceof Problem) {
      sendProblem(res, error, rawPath, mode);
    } else {
      console.error(error);
      sendProblem(res, new Problem(500, "internal-error", "unexpected server error"), rawPath, mode);
    }
  }
}

function main() {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "8080" },
      mode: { type: "string", default: "conforming" },
      token: { type: "string" },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port: not a port: ${values.port}`);
    process.exit(2);
  }
  if (!MODES.includes(values.mode)) {
    console.error(`--mode: expected one of ${MODES.join(", ")}; got ${values.mode}`);
    process.exit(2);
  }
  const settings = { mode: values.mode, token: values.token ? values.token : null };
  const server = http.createServer((req, res) => {
    handle(req, res, settings);
  });
  server.listen(port, "127.0.0.1", () => {
    console.log(`listening on http://127.0.0.1:${server.address().port}`);
  });
  for (const signal of ["SIGINT", "SIGTERM"]) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}

main();
