// The playground page of function-return-contract: checks a return value as it is typed, with
// POST /v1/validate, /v1/lint and /v1/explain on the server that serves the page, and marks
// in the text where each error, finding and step comes from (their JSON Pointers).
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const editor = $("editor");
  const highlight = $("highlight");
  const configInput = $("config");
  const configStatus = $("config-status");
  const statusBox = $("status");
  const lists = {
    errors: $("errors"),
    findings: $("findings"),
    steps: $("steps"),
    notes: $("notes"),
  };

  const DEBOUNCE_MS = 120;
  const MAX_DEPTH = 900;

  // ------------------------------------------------------------ JSON, with where each part is

  class JsonSyntaxError extends Error {
    constructor(message, offset) {
      super(message);
      this.offset = offset;
    }
  }

  const escapeToken = (token) => token.replace(/~/g, "~0").replace(/\//g, "~1");
  const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;

  // Read `text` as one strict JSON document (RFC 8259, as the server reads it) and return a
  // Map from the JSON Pointer of each part to where it is: {start, end}; a member of an object
  // starts at its key. Throws JsonSyntaxError with the offset of the first mistake.
  function locate(text) {
    const spans = new Map();
    let i = 0;
    const fail = (message, at = i) => {
      throw new JsonSyntaxError(message, at);
    };
    const space = () => {
      while (i < text.length && " \t\n\r".includes(text[i])) i += 1;
    };
    const string = () => {
      const start = i;
      i += 1;
      for (;;) {
        if (i >= text.length) fail("a string is not closed", start);
        const code = text.charCodeAt(i);
        if (code === 0x22) {
          i += 1;
          break;
        }
        if (code === 0x5c) {
          const next = text[i + 1];
          if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
          else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
          else fail("invalid escape in a string");
          continue;
        }
        if (code < 0x20) fail("a control character in a string (write it escaped, like \\n)");
        i += 1;
      }
      return JSON.parse(text.slice(start, i));
    };
    const value = (pointer, depth, memberStart) => {
      space();
      if (depth > MAX_DEPTH) fail("nested too deeply");
      const start = i;
      const char = text[i];
      if (char === "{") {
        i += 1;
        space();
        if (text[i] === "}") i += 1;
        else {
          for (;;) {
            space();
            if (text[i] !== '"') fail("expected a key in double quotes");
            const keyStart = i;
            const key = string();
            space();
            if (text[i] !== ":") fail('expected ":" after the key');
            i += 1;
            value(`${pointer}/${escapeToken(key)}`, depth + 1, keyStart);
            space();
            if (text[i] === ",") {
              i += 1;
              continue;
            }
            if (text[i] === "}") {
              i += 1;
              break;
            }
            fail('expected "," or "}"');
          }
        }
      } else if (char === "[") {
        i += 1;
        space();
        if (text[i] === "]") i += 1;
        else {
          for (let index = 0; ; index += 1) {
            value(`${pointer}/${index}`, depth + 1);
            space();
            if (text[i] === ",") {
              i += 1;
              continue;
            }
            if (text[i] === "]") {
              i += 1;
              break;
            }
            fail('expected "," or "]"');
          }
        }
      } else if (char === '"') {
        string();
      } else if (char === "-" || (char >= "0" && char <= "9")) {
        NUMBER.lastIndex = i;
        const match = NUMBER.exec(text);
        if (!match || match[0] === "-") fail("not a number");
        i += match[0].length;
      } else if (text.startsWith("true", i)) i += 4;
      else if (text.startsWith("false", i)) i += 5;
      else if (text.startsWith("null", i)) i += 4;
      else if (i >= text.length) fail(pointer === "" ? "empty: type a JSON value" : "the text ends too soon");
      else fail(`unexpected ${JSON.stringify(char)}`);
      spans.set(pointer, { start: memberStart ?? start, end: i });
    };
    value("", 0);
    space();
    if (i < text.length) fail("more text after the value");
    return spans;
  }

  // A Python literal (what print() shows of a dict: 'single quotes', True, False, None, tuples,
  // trailing commas) as JSON text, or null when `text` is not one. Only literals are read:
  // nothing is run.
  function pythonToJson(text) {
    let out = "";
    let i = 0;
    let python = false; // whether anything was Python rather than JSON
    const ESCAPES = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0" };
    while (i < text.length) {
      const char = text[i];
      if (char === "'" || char === '"') {
        let decoded = "";
        let k = i + 1;
        for (;;) {
          if (k >= text.length || text[k] === "\n") return null;
          if (text[k] === char) break;
          if (text[k] === "\\") {
            const next = text[k + 1];
            if (next in ESCAPES) decoded += ESCAPES[next];
            else if (next === "u" && /^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) {
              decoded += String.fromCharCode(parseInt(text.slice(k + 2, k + 6), 16));
              k += 4;
            } else return null;
            k += 2;
            continue;
          }
          decoded += text[k];
          k += 1;
        }
        if (char === "'") python = true;
        out += JSON.stringify(decoded);
        i = k + 1;
        continue;
      }
      const number = /^[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i));
      if (number) {
        out += number[0].replace(/_/g, "");
        i += number[0].length;
        continue;
      }
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(i));
      if (word) {
        const json = { True: "true", False: "false", None: "null", true: "true", false: "false", null: "null" }[word[0]];
        if (json === undefined) return null;
        if (json !== word[0]) python = true;
        out += json;
        i += word[0].length;
        continue;
      }
      if (char === "(" || char === ")") {
        python = true;
        out += char === "(" ? "[" : "]";
        i += 1;
        continue;
      }
      if (char === ",") {
        const rest = /^,\s*([\]})]|$)/.exec(text.slice(i));
        if (rest) {
          python = true; // a trailing comma
          i += 1;
          continue;
        }
      }
      if (char === "#") return null;
      out += char;
      i += 1;
    }
    if (!python) return null;
    try {
      locate(out);
    } catch (error) {
      if (error instanceof JsonSyntaxError) return null;
      throw error;
    }
    return out;
  }

  function lineAndColumn(text, offset) {
    const before = text.slice(0, offset);
    const line = before.split("\n").length;
    return { line, column: offset - before.lastIndexOf("\n") };
  }

  // The span of `pointer`, or of the nearest part above it that exists in the text.
  function spanOf(spans, pointer) {
    for (let p = pointer; ; p = p.slice(0, p.lastIndexOf("/"))) {
      const span = spans.get(p);
      if (span) return span;
      if (p === "") return null;
    }
  }

  // ------------------------------------------------------------ the marks under the text

  const state = {
    text: "",
    spans: null, // Map of the current text, or null when it is not JSON
    syntax: null, // the JsonSyntaxError of the current text
    marked: [], // JSON Pointers of the errors shown
    active: null, // {start, end} of the item the person is looking at
  };

  const escapeHtml = (text) =>
    text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

  function paint() {
    const text = `${state.text} `; // the space gives a last empty line its height
    const flags = new Uint8Array(text.length);
    const mark = (start, end, bit) => {
      const stop = Math.max(end, start + 1);
      for (let k = start; k < stop && k < flags.length; k += 1) flags[k] |= bit;
    };
    if (state.syntax) mark(state.syntax.offset, state.syntax.offset + 1, 1);
    if (state.spans) {
      for (const pointer of state.marked) {
        const span = spanOf(state.spans, pointer);
        if (span) mark(span.start, span.end, 1);
      }
    }
    if (state.active) mark(state.active.start, state.active.end, 2);
    let html = "";
    let from = 0;
    for (let k = 1; k <= text.length; k += 1) {
      if (k < text.length && flags[k] === flags[from]) continue;
      const piece = escapeHtml(text.slice(from, k));
      const flag = flags[from];
      if (flag === 0) html += piece;
      else html += `<mark${flag & 2 ? ' class="active"' : ""}>${piece}</mark>`;
      from = k;
    }
    highlight.innerHTML = html;
  }

  // Read the editor's text again: where each part is now, so the marks follow the edits.
  function reread() {
    state.text = editor.value;
    state.active = null;
    try {
      state.spans = locate(state.text);
      state.syntax = null;
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      state.spans = null;
      state.syntax = error;
    }
    paint();
  }

  function select(start, end, item) {
    for (const li of document.querySelectorAll(".items li.active")) li.classList.remove("active");
    if (item) item.classList.add("active");
    state.active = { start, end };
    paint();
    editor.focus({ preventScroll: true });
    editor.setSelectionRange(start, end);
  }

  // ------------------------------------------------------------ the lists

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // An item of a list, tied to the part of the value at `pointer` (click: select it).
  function item(pointer) {
    const li = element("li");
    if (pointer !== undefined && state.spans) {
      const span = spanOf(state.spans, pointer);
      if (span) {
        li.dataset.start = span.start;
        li.dataset.end = span.end;
        li.dataset.pointer = pointer;
        li.tabIndex = 0;
        const where = lineAndColumn(state.text, span.start);
        li.title = `line ${where.line}, column ${where.column}`;
      }
    }
    return li;
  }

  function fill(list, items, emptyText) {
    list.replaceChildren(...(items.length ? items : [element("li", "empty", emptyText)]));
  }

  function pointerLabel(pointer) {
    return element("span", "pointer", pointer === "" ? "(root)" : pointer);
  }

  function badge(severity) {
    return element("span", `badge ${severity}`, severity);
  }

  function setStatus(kind, text) {
    statusBox.className = `status ${kind}`;
    statusBox.textContent = text;
  }

  function showErrors(errors) {
    state.marked = errors.map((error) => error.path);
    const items = errors.map((error) => {
      const li = item(error.path);
      li.append(pointerLabel(error.path), element("span", "message", error.message));
      const where = li.title ? `${li.title} · ${error.keyword}` : error.keyword;
      li.append(element("span", "where", where));
      return li;
    });
    fill(lists.errors, items, "None.");
    $("errors-count").textContent = errors.length ? `(${errors.length})` : "";
  }

  function showFindings(findings) {
    const items = findings.map((finding) => {
      const li = item(finding.path);
      li.append(badge(finding.severity), element("span", "code", finding.code));
      li.append(pointerLabel(finding.path), element("span", "message", finding.message));
      li.append(element("span", "hint", finding.hint));
      return li;
    });
    fill(lists.findings, items, "Nothing to say.");
    $("findings-count").textContent = findings.length ? `(${findings.length})` : "";
  }

  function showExplanation(explanation) {
    if (!explanation.valid) {
      fill(lists.steps, [], "No plan: the value breaks the contract (see the errors above).");
      lists.notes.replaceChildren();
      return;
    }
    const steps = explanation.steps.map((step) => {
      const li = item(step.source);
      li.dataset.action = step.action;
      li.append(element("span", "detail", step.detail));
      return li;
    });
    fill(lists.steps, steps, "Nothing.");
    const notes = explanation.notes.map((note) => {
      const li = item(note.source);
      li.append(badge(note.severity), element("span", "code", note.code));
      li.append(pointerLabel(note.source), element("span", "message", note.detail));
      li.append(element("span", "hint", note.hint));
      return li;
    });
    lists.notes.replaceChildren(...notes);
  }

  function clearResults(reason) {
    showErrors([]);
    clearFindings(reason);
    clearExplanation(reason);
  }

  function clearFindings(reason) {
    fill(lists.findings, [], reason);
    $("findings-count").textContent = "";
  }

  function clearExplanation(reason) {
    fill(lists.steps, [], reason);
    lists.notes.replaceChildren();
  }

  // The banner's verdict: the schema's, and lint's errors (the CLI fails on them too).
  function verdictStatus(verdict, linted) {
    const count = verdict.errors.length;
    if (!verdict.valid) {
      setStatus("invalid", `Invalid: ${count} error${count === 1 ? "" : "s"}.`);
      return;
    }
    if (linted.status !== "fulfilled") {
      setStatus("lint-failed", "Valid under the schema, but lint could not run (see below).");
      return;
    }
    const errors = linted.value.findings.filter((finding) => finding.severity === "error");
    if (errors.length) {
      const codes = [...new Set(errors.map((finding) => finding.code))].join(", ");
      setStatus(
        "lint-failed",
        `Valid under the schema, but lint finds ${errors.length} error${errors.length === 1 ? "" : "s"} (${codes}): it will not work as written.`,
      );
      return;
    }
    setStatus("valid", "Valid: this return follows the contract.");
  }

  // ------------------------------------------------------------ talking to the server

  class ProblemError extends Error {
    constructor(message, problem) {
      super(message);
      this.problem = problem;
    }
  }

  async function post(path, body, signal) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      signal,
    });
    const document = await response.json().catch(() => null);
    if (!response.ok) {
      const detail = document && document.detail ? document.detail : response.statusText;
      throw new ProblemError(`${response.status}: ${detail}`, document);
    }
    return document;
  }

  // The agent configuration, as typed: {text} to send, or {error} when it is not JSON.
  function readConfig() {
    const text = configInput.value.trim();
    if (!text) return { text: null };
    try {
      locate(text);
      return { text };
    } catch (error) {
      if (!(error instanceof JsonSyntaxError)) throw error;
      const where = lineAndColumn(text, error.offset);
      return { text: null, error: `not JSON: ${error.message} (line ${where.line}, column ${where.column})` };
    }
  }

  let generation = 0;
  let controller = null;

  async function check() {
    const mine = ++generation;
    if (controller) controller.abort();
    controller = new AbortController();
    const { signal } = controller;
    reread();
    convertButton.hidden = true;
    if (state.syntax) {
      const where = lineAndColumn(state.text, state.syntax.offset);
      const converted = pythonToJson(state.text);
      if (converted !== null) {
        setStatus(
          "not-json",
          "Not JSON, but a Python literal (True/False/None, 'single quotes', tuples or trailing commas): convert it to check it.",
        );
        convertButton.hidden = false;
        pendingJson = converted;
      } else {
        setStatus("not-json", `Not JSON: ${state.syntax.message} (line ${where.line}, column ${where.column}).`);
      }
      clearResults("—");
      paint();
      return;
    }
    const config = readConfig();
    configStatus.textContent = config.error ? `Agent configuration ${config.error}; not used.` : "";
    // The text goes to the server as typed, so it reads every number as written.
    const valueBody = `{"value":${state.text}}`;
    const checkBody = config.text ? `{"value":${state.text},"config":${config.text}}` : valueBody;
    setStatus("checking", "Checking…");
    const [validated, linted, explained] = await Promise.allSettled([
      post("/v1/validate", valueBody, signal),
      post("/v1/lint", checkBody, signal),
      post("/v1/explain", checkBody, signal),
    ]);
    if (mine !== generation) return;
    if (validated.status === "rejected") {
      setStatus("problem", `The server could not check it: ${validated.reason.message}`);
      clearResults("—");
      paint();
      return;
    }
    const verdict = validated.value;
    showErrors(verdict.errors);
    verdictStatus(verdict, linted);
    const configProblem = [linted, explained].find(
      (result) => result.status === "rejected" && result.reason.problem,
    );
    if (configProblem) {
      const problem = configProblem.reason.problem;
      const listed = (problem.errors || []).map((e) => `${e.pointer}: ${e.detail}`).join("; ");
      configStatus.textContent = `Agent configuration rejected: ${listed || problem.detail}`;
    }
    // A request that fails clears what an earlier one showed: no stale findings, steps or notes.
    if (linted.status === "fulfilled") showFindings(linted.value.findings);
    else clearFindings(`Lint could not run: ${linted.reason.message}`);
    if (explained.status === "fulfilled") showExplanation(explained.value);
    else clearExplanation(`No plan: ${explained.reason.message}`);
    paint();
  }

  let timer = null;
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  // The value lives in the URL fragment (#value=...), so a reload or a shared link keeps it;
  // the fragment never reaches the server.
  const FRAGMENT = "#value=";
  function remember() {
    const fragment = FRAGMENT + encodeURIComponent(editor.value);
    if (location.hash !== fragment) history.replaceState(null, "", fragment);
  }
  function remembered() {
    if (!location.hash.startsWith(FRAGMENT)) return null;
    try {
      return decodeURIComponent(location.hash.slice(FRAGMENT.length));
    } catch {
      return null; // a fragment that is not ours
    }
  }

  const convertButton = $("convert");
  let pendingJson = null;
  convertButton.addEventListener("click", () => {
    if (pendingJson === null) return;
    editor.value = JSON.stringify(JSON.parse(pendingJson), null, 2);
    pendingJson = null;
    remember();
    markPressed();
    check();
  });

  // ------------------------------------------------------------ the examples

  let examples = [];

  function label(example) {
    if (example === null) return "null";
    if (typeof example === "string") return "string (the system prompt)";
    const keys = Object.keys(example);
    return keys.length ? keys.join(" + ") : "{}";
  }

  function detailedLabel(example) {
    const parts = Object.entries(example).map(([key, part]) =>
      part && typeof part === "object" && !Array.isArray(part) && Object.keys(part).length
        ? `${key} (${Object.keys(part).join(", ")})`
        : key,
    );
    return parts.join(" + ");
  }

  const formatted = (example) => JSON.stringify(example, null, 2);

  function markPressed() {
    for (const button of document.querySelectorAll("#examples button")) {
      const example = examples[Number(button.dataset.index)];
      button.setAttribute("aria-pressed", String(formatted(example) === editor.value));
    }
  }

  function load(index) {
    editor.value = formatted(examples[index]);
    remember();
    markPressed();
    check();
  }

  async function loadExamples() {
    const response = await fetch("/openapi.json");
    const bundle = await response.json();
    examples = bundle.components.schemas.FunctionReturnValue.examples;
    const labels = examples.map(label);
    const box = $("examples");
    examples.forEach((example, index) => {
      const clash = labels.filter((text) => text === labels[index]).length > 1;
      const button = element("button", "", clash ? detailedLabel(example) : labels[index]);
      button.type = "button";
      button.dataset.index = index;
      button.title = JSON.stringify(example);
      button.addEventListener("click", () => load(index));
      box.append(button);
    });
  }

  // ------------------------------------------------------------ wiring

  editor.addEventListener("input", () => {
    reread(); // the marks stay on the parts they point at, wherever those are now
    remember();
    markPressed();
    schedule();
  });
  configInput.addEventListener("input", schedule);

  for (const list of Object.values(lists)) {
    const choose = (event) => {
      const li = event.target.closest("li[data-start]");
      if (li) select(Number(li.dataset.start), Number(li.dataset.end), li);
    };
    list.addEventListener("click", choose);
    list.addEventListener("keydown", (event) => {
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        choose(event);
      }
    });
  }

  const kept = remembered();
  loadExamples()
    .then(() => {
      if (kept === null) load(examples.length - 1);
      else {
        editor.value = kept;
        markPressed();
        check();
      }
    })
    .catch((error) => {
      setStatus("problem", `Could not load the examples from /openapi.json: ${error.message}`);
      check();
    });
})();
