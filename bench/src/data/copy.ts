import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import type { Writable } from "node:stream";
import type { MultiBar, SingleBar } from "cli-progress";
import type { PoolClient } from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** COPY text format: NULL, and the characters that must be escaped in a value. */
export const NULL = "\\N";
const SPECIAL = /[\\\t\n\r]/;

export function esc(value: string | null | undefined): string {
  if (value === null || value === undefined) return NULL;
  if (!SPECIAL.test(value)) return value;
  return value.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

/** A text[] literal of plain words: {A,B}. */
export function textArray(values: readonly string[]): string {
  return `{${values.join(",")}}`;
}

const TWO = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));
const dayCache = new Map<number, string>();

/** "YYYY-MM-DD" (UTC) of a day number since the epoch; cached (data spans a few thousand days). */
export function utcDay(day: number): string {
  let text = dayCache.get(day);
  if (text === undefined) {
    text = new Date(day * 86_400_000).toISOString().slice(0, 10);
    dayCache.set(day, text);
  }
  return text;
}

/** A timestamp for COPY, in UTC: "2026-12-04 03:04:05.678+00" (as fast as string building gets). */
export function iso(ms: number | null): string {
  if (ms === null) return NULL;
  const t = Math.floor(ms);
  const day = Math.floor(t / 86_400_000);
  let rest = t - day * 86_400_000;
  const h = Math.floor(rest / 3_600_000);
  rest -= h * 3_600_000;
  const m = Math.floor(rest / 60_000);
  rest -= m * 60_000;
  const s = Math.floor(rest / 1000);
  return `${utcDay(day)} ${TWO[h]}:${TWO[m]}:${TWO[s]}.${THREE[rest - s * 1000]}+00`;
}

/** Where generated rows go: a COPY stream or a spool file, with backpressure, buffered. */
export class RowSink {
  rows = 0;
  private buffer: string[] = [];
  private size = 0;

  constructor(
    private readonly out: Writable,
    readonly table: string,
    private readonly bar?: SingleBar,
  ) {}

  /** Adds one row (columns joined by tabs). When `full`, await `flush()` before adding more. */
  add(line: string): void {
    this.buffer.push(line, "\n");
    this.size += line.length;
    this.rows += 1;
  }

  get full(): boolean {
    return this.size >= 1 << 20;
  }

  /** Hands the buffered rows to the stream; resolves when the stream can take more. */
  async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const chunk = this.buffer.join("");
    this.buffer = [];
    this.size = 0;
    this.bar?.update(this.rows);
    if (!this.out.write(chunk)) await once(this.out, "drain");
  }

  async end(): Promise<void> {
    await this.flush();
    this.bar?.update(this.rows);
    const done = new Promise<void>((resolve, reject) => {
      this.out.once("finish", resolve);
      this.out.once("error", reject);
    });
    this.out.end();
    await done;
  }
}

export function fileSink(path: string, table: string): RowSink {
  return new RowSink(createWriteStream(path, { highWaterMark: 1 << 20 }), table);
}

/** A COPY … FROM STDIN stream on the client; resolves `end()` when PostgreSQL has taken every row. */
export function copySink(client: PoolClient, table: string, columns: readonly string[], bar?: SingleBar): RowSink {
  const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
  return new RowSink(stream, table, bar);
}

/**
 * Loads a spool file into a table, `chunkRows` rows per COPY (each its own short transaction, so
 * this connection never holds back the cleanup of rows other loads update), counting for the bar.
 */
export async function copyFile(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  path: string,
  bar?: SingleBar,
  chunkRows = 10_000,
): Promise<number> {
  let rows = 0;
  let pending: Buffer[] = [];
  let pendingRows = 0;
  const send = async (buffers: Buffer[]) => {
    const stream = client.query(copyFrom(`COPY ${table} (${columns.join(", ")}) FROM STDIN`));
    await new Promise<void>((resolve, reject) => {
      stream.on("finish", resolve);
      stream.on("error", reject);
      for (const b of buffers) stream.write(b);
      stream.end();
    });
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) {
      pendingRows += 1;
      if (pendingRows >= chunkRows) {
        pending.push(chunk.subarray(start, i + 1));
        start = i + 1;
        await send(pending);
        rows += pendingRows;
        bar?.update(rows);
        pending = [];
        pendingRows = 0;
      }
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) {
    await send(pending);
    rows += pendingRows;
  }
  bar?.update(rows);
  return rows;
}

/** Progress bars, one per table, with rows per second. */
export class Progress {
  private readonly started = new Map<SingleBar, number>();

  constructor(private readonly multi: MultiBar) {}

  bar(table: string, total: number): SingleBar {
    const bar = this.multi.create(Math.max(1, total), 0, { table: table.padEnd(22), rate: "0" });
    const start = Date.now();
    this.started.set(bar, start);
    const update = bar.update.bind(bar);
    bar.update = ((value: number) => {
      const seconds = Math.max(0.001, (Date.now() - start) / 1000);
      update(value, { table: table.padEnd(22), rate: Math.round(value / seconds).toLocaleString("en-US") });
    }) as SingleBar["update"];
    return bar;
  }

  stop(): void {
    this.multi.stop();
  }
}
