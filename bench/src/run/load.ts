import autocannon from "autocannon";

/** One request of a load: everything autocannon sends (the body as a string). */
export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  /** Base URL of the target (http://127.0.0.1:port). */
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is given. */
  duration: number;
  /** A fixed number of requests instead of a duration. */
  amount?: number;
  /** The next request; called once per request sent (index counts from 0). */
  next: (index: number) => LoadRequest;
  /** Checks each response body; returns an error label or null. */
  check?: (status: number, body: string) => string | null;
}

export interface LoadResult {
  requests: number;
  durationSeconds: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /** Transport errors, timeouts, non-2xx answers and failed body checks. */
  errors: number;
  errorKinds: Record<string, number>;
  statusCounts: Record<string, number>;
  /** Every response's latency in ms (sorted); not written to the JSON. */
  latencies: number[];
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? 0;
}

/**
 * Drives one load with autocannon and measures every response itself: autocannon's histogram has
 * no p95, so latencies are collected per response and the percentiles computed from all of them.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const errorKinds: Record<string, number> = {};
  const statusCounts: Record<string, number> = {};
  let sent = 0;
  const countError = (kind: string) => {
    errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
  };
  const started = process.hrtime.bigint();
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration }),
    timeout: 30,
    requests: [
      {
        setupRequest: (request) => {
          const next = options.next(sent++);
          return {
            ...request,
            method: next.method,
            path: next.path,
            headers: { ...next.headers, ...(next.body ? { "content-type": "application/json" } : {}) },
            body: next.body,
          };
        },
        onResponse: (status, body) => {
          statusCounts[status] = (statusCounts[status] ?? 0) + 1;
          if (status < 200 || status >= 300) {
            countError(`HTTP ${status}`);
            return;
          }
          const problem = options.check?.(status, body) ?? null;
          if (problem) countError(problem);
        },
      },
    ],
  });
  (instance as unknown as NodeJS.EventEmitter).on(
    "response",
    (_client: unknown, _status: number, _bytes: number, ms: number) => {
      latencies.push(ms);
    },
  );
  const result = await instance;
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.errors > 0) errorKinds.transport = result.errors;
  if (result.timeouts > 0) errorKinds.timeout = result.timeouts;
  latencies.sort((a, b) => a - b);
  const errors = Object.values(errorKinds).reduce((a, b) => a + b, 0);
  return {
    requests: latencies.length,
    durationSeconds: seconds,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
    errorKinds,
    statusCounts,
    latencies,
  };
}

function mergeCounts(list: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const counts of list) for (const [k, v] of Object.entries(counts)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** Several rounds of one target as one result (throughput over their summed time). */
export function mergeLoads(loads: LoadResult[]): LoadResult {
  const latencies = loads.flatMap((l) => l.latencies).sort((a, b) => a - b);
  const seconds = loads.reduce((t, l) => t + l.durationSeconds, 0);
  const errorKinds = mergeCounts(loads.map((l) => l.errorKinds));
  return {
    requests: latencies.length,
    durationSeconds: seconds,
    rps: seconds > 0 ? latencies.length / seconds : 0,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: Object.values(errorKinds).reduce((a, b) => a + b, 0),
    errorKinds,
    statusCounts: mergeCounts(loads.map((l) => l.statusCounts)),
    latencies,
  };
}
