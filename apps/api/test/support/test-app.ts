import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { DataSource } from "typeorm";
import { createApp, type App } from "../../src/app";
import { createDataSource } from "../../src/database/data-source";
import { seedProductLines } from "../../src/database/seeds/seed";
import type { ServiceSettings } from "../../src/services";
import type { ApiLimits } from "../../src/shared/api-limits";
import { GraphQLTestClient } from "./graphql-client";

export interface TestApp {
  url: string;
  dataSource: DataSource;
  app: App;
  /** A new anonymous client with its own cookie jar. */
  client(options?: { ip?: string }): GraphQLTestClient;
  close(): Promise<void>;
}

/** The real API over real HTTP against the run's fresh PostgreSQL database. */
/**
 * Rate limits are counted in the shared database, so by default tests get limits no suite
 * reaches; a test of the limits passes its own (and may lower the query limits too).
 */
const TEST_RATE_LIMITS: Partial<ApiLimits> = {
  ratePerApiKey: 1_000_000,
  ratePerSession: 1_000_000,
  ratePerIp: 1_000_000,
};

export async function startTestApp(
  settings: Partial<ServiceSettings> = {},
  limits: Partial<ApiLimits> = {},
): Promise<TestApp> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  if (!databaseUrl) throw new Error("TEST_DATABASE_URL is not set: run through jest's integration project");
  const dataSource = await createDataSource(databaseUrl, 5).initialize();
  await seedProductLines(dataSource);
  const app = await createApp({ dataSource, production: false, settings, limits: { ...TEST_RATE_LIMITS, ...limits } });
  const server: Server = createServer(app.express);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}/graphql`;
  return {
    url,
    dataSource,
    app,
    client: (options) => new GraphQLTestClient(url, options?.ip),
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await app.stop();
      await dataSource.destroy();
    },
  };
}
