import type { Pool } from "pg";
import type { Manifest } from "./fixtures";
import type { LoadResult } from "./load";

export interface RunOptions {
  /** Seconds per target for duration-based scenarios (split into alternating rounds). */
  duration: number;
  /** Connections; null: each scenario's own default. */
  connections: number | null;
  rounds: number;
}

export interface ScenarioContext {
  api: string;
  baseline: string;
  pool: Pool;
  repoRoot: string;
  databaseUrl: string;
  manifest: Manifest | null;
  passwords: string[];
  options: RunOptions;
  log: (line: string) => void;
}

export interface Row {
  target: "graphql" | "baseline" | "http";
  label: string;
  connections: number;
  load: LoadResult;
}

export interface ScenarioResult {
  id: string;
  title: string;
  rows: Row[];
  /** Throughput of the product over its baseline, when the scenario has one. */
  ratio: number | null;
  goal: string;
  /** null: nothing to meet (reported only). */
  met: boolean | null;
  /** Correctness violations (the run exits non-zero on any). */
  violations: string[];
  /** Fixtures, configuration and findings worth printing. */
  notes: string[];
  details: Record<string, unknown>;
}

export interface Scenario {
  id: string;
  title: string;
  run(ctx: ScenarioContext): Promise<ScenarioResult>;
}
