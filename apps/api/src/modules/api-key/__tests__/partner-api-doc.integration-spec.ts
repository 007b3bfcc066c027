import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { makeDealer, makeDealerAccount, makeEnterprise } from "../../../../test/support/factories";
import { signInDirectly } from "../../../../test/support/sessions";
import { startTestApp, type TestApp } from "../../../../test/support/test-app";

/**
 * docs/partner-api.md cannot rot: every ```sh block with curl in it runs as written (through
 * `sh`, with only the documented variables CRM_URL and CRM_API_KEY set) against the real API,
 * and its answer must be the ```json block the doc shows after it — value for value, except
 * ids and cursors, which differ on every installation.
 */
const DOC_PATH = path.resolve(__dirname, "../../../../../../docs/partner-api.md");
const PLACEHOLDERS = ["CRM_URL", "CRM_API_KEY"] as const;
/** Values that differ per installation: only their type must match. */
const VARYING_KEYS = new Set(["id", "cursor", "endCursor"]);

/** The data the doc's query example shows (npm start's demo dealer 华东), oldest first. */
const DEMO_ENTERPRISES = [
  { name: "上海云帆科技有限公司", mainDomain: "yunfan-tech.cn" },
  { name: "杭州青禾教育科技有限公司", mainDomain: "qinghe-edu.com" },
  { name: "苏州精工制造股份有限公司", mainDomain: "jinggong-mfg.com.cn" },
];

interface Fence {
  lang: string;
  body: string;
}

function fencedBlocks(markdown: string): Fence[] {
  return [...markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map((m) => ({ lang: m[1] ?? "", body: m[2] ?? "" }));
}

interface Example {
  command: string;
  answer: unknown;
}

/** Each curl block with the answer shown right after it (the next ```json block before another ```sh). */
function curlExamples(markdown: string): Example[] {
  const fences = fencedBlocks(markdown);
  const out: Example[] = [];
  fences.forEach((fence, i) => {
    if (fence.lang !== "sh" || !/^curl\b/m.test(fence.body)) return;
    const next = fences[i + 1];
    if (next?.lang !== "json") throw new Error(`the curl example #${out.length + 1} shows no answer:\n${fence.body}`);
    out.push({ command: fence.body, answer: JSON.parse(next.body) as unknown });
  });
  return out;
}

/** Differences between a documented answer and a real one ("" when they agree). */
function differences(documented: unknown, actual: unknown, at = "$"): string[] {
  const key = at.split(".").pop() ?? "";
  if (VARYING_KEYS.has(key)) {
    return typeof actual === typeof documented && actual !== "" && actual !== null
      ? []
      : [`${at}: expected a ${typeof documented}, got ${JSON.stringify(actual)}`];
  }
  if (Array.isArray(documented)) {
    if (!Array.isArray(actual)) return [`${at}: expected an array, got ${JSON.stringify(actual)}`];
    if (actual.length !== documented.length)
      return [`${at}: expected ${documented.length} items, got ${actual.length}: ${JSON.stringify(actual)}`];
    return documented.flatMap((d, i) => differences(d, actual[i], `${at}[${i}]`));
  }
  if (documented !== null && typeof documented === "object") {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual))
      return [`${at}: expected an object, got ${JSON.stringify(actual)}`];
    const docKeys = Object.keys(documented).sort();
    const actualKeys = Object.keys(actual).sort();
    if (docKeys.join() !== actualKeys.join()) return [`${at}: keys ${actualKeys.join()} instead of ${docKeys.join()}`];
    return docKeys.flatMap((k) =>
      differences((documented as Record<string, unknown>)[k], (actual as Record<string, unknown>)[k], `${at}.${k}`),
    );
  }
  return documented === actual ? [] : [`${at}: expected ${JSON.stringify(documented)}, got ${JSON.stringify(actual)}`];
}

const run = promisify(execFile);

describe("docs/partner-api.md: the curl examples work as written", () => {
  const doc = readFileSync(DOC_PATH, "utf8");
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it("sets only the documented variables, and names the scopes the examples need", () => {
    const setup = fencedBlocks(doc).filter((f) => f.lang === "sh" && !/^curl\b/m.test(f.body));
    expect(setup).toHaveLength(1);
    const assigned = [...(setup[0]?.body ?? "").matchAll(/^export (\w+)=/gm)].map((m) => m[1]);
    expect(assigned).toEqual([...PLACEHOLDERS]);
    // every variable a curl example uses is one of them
    // (shell variables: outside '…', where $first and $input are GraphQL's own)
    const shellText = (command: string) => command.replace(/'[^']*'/g, "''");
    const used = new Set(
      curlExamples(doc).flatMap((e) => [...shellText(e.command).matchAll(/\$\{?(\w+)/g)].map((m) => m[1])),
    );
    expect([...used].sort()).toEqual([...PLACEHOLDERS].sort());
    expect(doc).toContain("(`READ_ENTERPRISES`)");
    expect(doc).toContain("(`WRITE_LEADS`)");
  });

  it("every curl example answers exactly what the doc shows", async () => {
    // the doc's reader: a dealer admin with the demo dealer's three enterprises, who creates a
    // key in the console (the console's createApiKey mutation) with the scopes the doc names
    const dealer = await makeDealer(t.dataSource);
    const admin = await makeDealerAccount(t.dataSource, { dealer, preset: "ADMIN" });
    const start = Date.now() - 60_000;
    for (const [i, e] of DEMO_ENTERPRISES.entries()) {
      await makeEnterprise(t.dataSource, { dealer, owner: admin, ...e, createdAt: new Date(start + i * 1000) });
    }
    const adminConsole = await signInDirectly(t, admin.id);
    const { createApiKey } = await adminConsole.ok<{ createApiKey: { secret: string } }>(
      `mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
      { input: { name: "文档示例", scopes: ["READ_ENTERPRISES", "WRITE_LEADS"] } },
    );

    const examples = curlExamples(doc);
    expect(examples.length).toBeGreaterThanOrEqual(3);
    const env = {
      PATH: process.env.PATH ?? "/usr/bin:/bin",
      CRM_URL: new URL(t.url).origin,
      CRM_API_KEY: createApiKey.secret,
    };
    for (const example of examples) {
      const { stdout } = await run("sh", ["-c", example.command], { env });
      let answer: unknown;
      try {
        answer = JSON.parse(stdout);
      } catch {
        throw new Error(`not JSON from:\n${example.command}\n${stdout}`);
      }
      expect({ command: example.command, differences: differences(example.answer, answer) }).toEqual({
        command: example.command,
        differences: [],
      });
    }
  });
});
