import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from "@crm/domain";

/**
 * The 操作日志 shows every action and entity type by its label (AUDIT_ACTION_LABELS and
 * AUDIT_ENTITY_LABELS in @crm/domain). This reads the API's source for the codes its
 * audit.record calls write, so a module that writes a new code without a label fails here
 * instead of showing the raw code on the audit page.
 */
const SRC = join(__dirname, "..", "..", "..");

/**
 * Actions passed to audit.record through a variable, by the file that computes them. Each is
 * written out by hand from the code around the call; the test checks every one still appears
 * in that file, and that every `"<prefix>.…"` literal in the file with one of these prefixes is
 * listed, so a new transition cannot slip past.
 */
const COMPUTED_ACTIONS: Record<string, string[]> = {
  // OrderService.recordTransition(m, viewer, order, action): confirm, reject, close, and on
  // settlement "order.activate" for a trial order, else "order.pay".
  "modules/order/order.service.ts": ["order.confirm", "order.reject", "order.close", "order.activate", "order.pay"],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "__tests__" ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|integration-spec|test)\.ts$/.test(entry.name) ? [path] : [];
  });
}

/** The argument text of each `.record(` call: up to its closing parenthesis. */
function recordCalls(source: string): string[] {
  const calls: string[] = [];
  const opener = /\.record\(/g;
  for (let match = opener.exec(source); match; match = opener.exec(source)) {
    let depth = 1;
    let quote: string | null = null;
    let i = match.index + match[0].length;
    for (; i < source.length && depth > 0; i++) {
      const c = source[i];
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = null;
      } else if (c === '"' || c === "'" || c === "`") quote = c;
      else if (c === "(" || c === "{" || c === "[") depth++;
      else if (c === ")" || c === "}" || c === "]") depth--;
    }
    calls.push(source.slice(match.index + match[0].length, i - 1));
  }
  return calls;
}

/** The expression given for `key` in a call's object literal ("" when absent, "key" for shorthand). */
function property(call: string, key: string): string | null {
  const explicit = new RegExp(`\\b${key}\\s*:\\s*([^,\\n]+)`).exec(call);
  if (explicit) return (explicit[1] ?? "").trim();
  return new RegExp(`(^|[{,\\s])${key}\\s*(,|\\n|})`).test(call) ? key : null;
}

/** The plain string literals an expression yields: itself, or a ternary's two branches (not its test). */
function literals(expression: string): string[] {
  const ternary = /\s\?\s/.exec(expression);
  const values = ternary ? expression.slice(ternary.index + ternary[0].length) : expression;
  return Array.from(values.matchAll(/"([^"\\]*)"/g), (m) => m[1] ?? "");
}

interface Scan {
  actions: Map<string, string>;
  entityTypes: Map<string, string>;
  computed: string[];
}

function scan(): Scan {
  const result: Scan = { actions: new Map(), entityTypes: new Map(), computed: [] };
  for (const path of sourceFiles(SRC)) {
    const file = relative(SRC, path).split("\\").join("/");
    const source = readFileSync(path, "utf8");
    for (const call of recordCalls(source)) {
      const action = property(call, "action");
      const entityType = property(call, "entityType");
      if (action === null || entityType === null) continue; // not an audit entry
      const actionLiterals = action.includes("`") ? [] : literals(action);
      if (actionLiterals.length === 0) result.computed.push(`${file}: action ${action}`);
      for (const a of actionLiterals) result.actions.set(a, file);
      const typeLiterals = entityType.includes("`") ? [] : literals(entityType);
      if (typeLiterals.length === 0) result.computed.push(`${file}: entityType ${entityType}`);
      for (const t of typeLiterals) result.entityTypes.set(t, file);
    }
  }
  return result;
}

describe("audit log labels", () => {
  const found = scan();

  it("finds the audit entries the API writes", () => {
    // A sanity floor: if the scan breaks, it must not pass by finding nothing.
    expect(found.actions.size).toBeGreaterThan(50);
    expect(found.entityTypes.size).toBeGreaterThan(15);
  });

  it("labels every literal action the API writes", () => {
    const missing = [...found.actions].filter(([a]) => !(a in AUDIT_ACTION_LABELS)).map(([a, f]) => `${a} (${f})`);
    expect(missing).toEqual([]);
  });

  it("labels every entity type the API writes", () => {
    const missing = [...found.entityTypes].filter(([t]) => !(t in AUDIT_ENTITY_LABELS)).map(([t, f]) => `${t} (${f})`);
    expect(missing).toEqual([]);
  });

  it("labels nothing the API no longer writes", () => {
    const written = new Set([...found.actions.keys(), ...Object.values(COMPUTED_ACTIONS).flat()]);
    expect(Object.keys(AUDIT_ACTION_LABELS).filter((a) => !written.has(a))).toEqual([]);
    expect(Object.keys(AUDIT_ENTITY_LABELS).filter((t) => !found.entityTypes.has(t))).toEqual([]);
  });

  it("knows every computed action, and labels them", () => {
    const unknown = found.computed.filter(
      (site) => !((site.split(":")[0] ?? "") in COMPUTED_ACTIONS) || site.includes("entityType"),
    );
    expect(unknown).toEqual([]);
    for (const [file, actions] of Object.entries(COMPUTED_ACTIONS)) {
      const source = readFileSync(join(SRC, file), "utf8");
      const prefixes = new Set(actions.map((a) => a.slice(0, a.indexOf(".") + 1)));
      const inFile = Array.from(source.matchAll(/"([a-z][\w-]*\.[\w.-]+)"/g), (m) => m[1] ?? "").filter((s) =>
        [...prefixes].some((p) => s.startsWith(p)),
      );
      expect({ file, unlisted: inFile.filter((s) => !actions.includes(s) && !found.actions.has(s)) }).toEqual({
        file,
        unlisted: [],
      });
      expect({ file, gone: actions.filter((a) => !source.includes(`"${a}"`)) }).toEqual({ file, gone: [] });
      expect({ file, unlabelled: actions.filter((a) => !(a in AUDIT_ACTION_LABELS)) }).toEqual({
        file,
        unlabelled: [],
      });
    }
  });
});
