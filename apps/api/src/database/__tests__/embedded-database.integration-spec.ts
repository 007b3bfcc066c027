import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * With no DATABASE_URL the product runs on the embedded PostgreSQL (PGlite) under the data
 * dir: `npm run seed` (dist/seed.js, the same path `npm start` takes) migrates and seeds it
 * once, and the data persists for the next start.
 */
function runSeed(dataDir: string): Promise<{ code: number | null; output: string }> {
  const env: Record<string, string | undefined> = { ...process.env, CRM_DATA_DIR: dataDir };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(__dirname, "..", "..", "..", "dist", "seed.js")], { env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("embedded database (no DATABASE_URL)", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "crm-embedded-"));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it("migrates and seeds the demo data once, and keeps it across restarts", async () => {
    const first = await runSeed(dataDir);
    expect(first).toEqual({ code: 0, output: expect.stringContaining("demo data seeded") as string });
    const second = await runSeed(dataDir);
    expect(second.code).toBe(0);
    expect(second.output).toContain("already has accounts");
  }, 120_000);
});
