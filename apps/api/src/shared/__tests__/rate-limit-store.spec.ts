import { RateLimiterPostgres } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import { rateLimiterStore } from "../rate-limit";

/**
 * rate-limiter-flexible names its statements (`rate_limit:rlflx-upsert`, …). Behind PgBouncer in
 * transaction pooling a named statement is prepared on whichever server connection the
 * transaction got, so the next use fails with "prepared statement … already exists" or "… does
 * not exist". The store must hand every query to the pool unnamed.
 */
describe("the rate limiter's store", () => {
  function fakeDataSource(): { dataSource: DataSource; sent: Array<Record<string, unknown>> } {
    const sent: Array<Record<string, unknown>> = [];
    const master = {
      query: (config: Record<string, unknown>) => {
        sent.push(config);
        return Promise.resolve({ rows: [{ points: 1, expire: Date.now() + 60_000 }] });
      },
    };
    return { dataSource: { driver: { master } } as unknown as DataSource, sent };
  }

  it("sends the limiter's upsert, get and delete without statement names", async () => {
    const { dataSource, sent } = fakeDataSource();
    const limiter = new RateLimiterPostgres({
      ...rateLimiterStore(dataSource),
      tableName: "rate_limit",
      tableCreated: true,
      clearExpiredByTimeout: false,
      points: 5,
      duration: 60,
    });
    const result = await limiter.consume("subject");
    await limiter.get("subject");
    await limiter.delete("subject");

    expect(result.consumedPoints).toBe(1);
    expect(sent.map((config) => String(config.text).trim().split(/\s+/)[0])).toEqual(["INSERT", "SELECT", "DELETE"]);
    for (const config of sent) {
      expect(Object.keys(config).sort()).toEqual(["text", "values"]);
    }
  });
});
