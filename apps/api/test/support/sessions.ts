import { createHash, randomBytes } from "node:crypto";
import type { DataSource } from "typeorm";
import { SESSION_COOKIE } from "../../src/modules/auth/session-cookie";
import type { GraphQLTestClient } from "./graphql-client";
import type { TestApp } from "./test-app";

/**
 * A signed-in client without the password check: a session row like the one login writes.
 * For tests that need many signed-in accounts at once (scrypt makes 100 real logins slow);
 * sign-in itself is tested through `login`.
 */
export async function signInDirectly(t: TestApp, accountId: string): Promise<GraphQLTestClient> {
  const token = randomBytes(32).toString("base64url");
  await insertSession(t.dataSource, accountId, token);
  return t.client().useCookie(`${SESSION_COOKIE}=${token}`);
}

async function insertSession(dataSource: DataSource, accountId: string, token: string): Promise<void> {
  const now = new Date();
  await dataSource.query(
    `INSERT INTO session (token_hash, account_id, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $3, $4)`,
    [createHash("sha256").update(token).digest("hex"), accountId, now, new Date(now.getTime() + 3_600_000)],
  );
}
