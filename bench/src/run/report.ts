import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { ScenarioResult } from "./types";

function pad(value: string, width: number, right = false): string {
  // CJK characters take two columns in a terminal
  const shown = [...value].reduce((w, c) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
  const fill = " ".repeat(Math.max(0, width - shown));
  return right ? fill + value : value + fill;
}

const ms = (v: number) => v.toFixed(1);

/** One table: a row per target of each scenario; ratio, goal and verdict on the scenario's first row. */
export function table(results: ScenarioResult[]): string {
  const header = [
    "scenario",
    "target",
    "conn",
    "req/s",
    "p50 ms",
    "p95 ms",
    "p99 ms",
    "errors",
    "ratio",
    "goal",
    "met?",
  ];
  const lines: string[][] = [];
  for (const r of results) {
    r.rows.forEach((row, i) => {
      lines.push([
        i === 0 ? r.id : "",
        row.label,
        String(row.connections),
        row.load.rps.toFixed(0),
        ms(row.load.p50),
        ms(row.load.p95),
        ms(row.load.p99),
        String(row.load.errors),
        i === 0 && r.ratio !== null ? r.ratio.toFixed(2) : "",
        i === 0 ? r.goal : "",
        i === 0 ? (r.violations.length ? "VIOLATION" : r.met === null ? "—" : r.met ? "yes" : "NO") : "",
      ]);
    });
  }
  const widths = header.map((h, c) =>
    Math.max(
      [...h].length,
      ...lines.map((l) =>
        [...(l[c] ?? "")].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0),
      ),
    ),
  );
  const numeric = new Set([2, 3, 4, 5, 6, 7, 8]);
  const render = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c] ?? 0, numeric.has(c))).join(" | ");
  return [render(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...lines.map(render)].join("\n");
}

export function writeJson(dir: string, payload: unknown): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(
    file,
    JSON.stringify(payload, (key, value: unknown) => (key === "latencies" ? undefined : value), 2) + "\n",
  );
  return file;
}
