/** One row of a before/after comparison of an audit entry. */
export interface DiffRow {
  key: string;
  before: unknown;
  after: unknown;
  changed: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Field-by-field view of two JSON snapshots. Either may be missing (a create has no "before",
 * a delete no "after"); then nothing is flagged as changed — the whole snapshot is the news.
 */
export function diffSnapshots(before: unknown, after: unknown): DiffRow[] {
  const b = isRecord(before) ? before : {};
  const a = isRecord(after) ? after : {};
  const both = isRecord(before) && isRecord(after);
  const keys = Array.from(new Set([...Object.keys(b), ...Object.keys(a)])).sort();
  const rows = keys.map((key) => {
    const bv = b[key];
    const av = a[key];
    return { key, before: bv, after: av, changed: both && JSON.stringify(bv) !== JSON.stringify(av) };
  });
  // What changed comes first; the unchanged rest follows for context.
  return [...rows.filter((r) => r.changed), ...rows.filter((r) => !r.changed)];
}
