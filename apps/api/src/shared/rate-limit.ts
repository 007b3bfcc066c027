import { createHash } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";
import { bearerToken } from "../modules/api-key/api-key.middleware";
import { clientIp } from "./client-ip";
import { readSessionToken } from "../modules/auth/session-cookie";
import type { ApiLimits } from "./api-limits";
import { sendGraphQLError } from "./graphql-http-error";

interface Logger {
  error(message: string, error: unknown): void;
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 40);
}

/**
 * Who a request counts against before anything is checked: its API key, else its session, else
 * its client IP. A credential is only what it claims to be here (checking it costs the database
 * work these limits shed); one that turns out not to be valid counts against the IP as well
 * (`chargeClientIp`), so made-up cookies or keys buy no fresh buckets.
 */
export function rateLimitSubject(req: Request): { kind: "apiKey" | "session" | "ip"; key: string } {
  const authorization = req.get("authorization");
  const token = authorization === undefined ? null : bearerToken(authorization);
  if (token) return { kind: "apiKey", key: digest(token) };
  const session = authorization === undefined ? readSessionToken(req) : null;
  if (session) return { kind: "session", key: digest(session) };
  return { kind: "ip", key: clientIpOf(req) };
}

function clientIpOf(req: Request): string {
  return clientIp(req) ?? "unknown";
}

interface PgQueryable {
  query(config: { text: string; values?: unknown[] }): Promise<unknown>;
}

/**
 * TypeORM's own pg pool as rate-limiter-flexible's store (storeType "pool"), minus the names of
 * its prepared statements. A named statement lives in one server session, and two setups hand
 * sessions around: the embedded database serves every pool client from one session (the same
 * name from the next client collides), and PgBouncer in transaction pooling gives each
 * transaction whichever server connection is free ("prepared statement … already exists" /
 * "… does not exist"; see docs/scaling.md). Unnamed statements live for one round trip only.
 */
export function rateLimiterStore(dataSource: DataSource): { storeType: "pool"; storeClient: PgQueryable } {
  const pool = (dataSource.driver as PostgresDriver).master as PgQueryable;
  return {
    storeType: "pool",
    storeClient: { query: (config) => pool.query({ text: config.text, values: config.values }) },
  };
}

export interface RateLimits {
  /** Before the body is read: counts the request against its key, session or client IP. */
  middleware: (req: Request, res: Response, next: NextFunction) => Promise<void>;
  /**
   * After a key or session turned out not to be valid: the request counts against its client IP
   * too. Over the limit it answers 429 itself and resolves false; otherwise true.
   */
  chargeClientIp: (req: Request, res: Response) => Promise<boolean>;
}

/**
 * Per-key, per-session and per-IP request limits on /graphql, counted in PostgreSQL
 * (rate-limiter-flexible's RateLimiterPostgres on the `rate_limit` table from the migrations)
 * so every API replica shares them. Over the limit: HTTP 429, a Retry-After header and
 * RATE_LIMITED with `extensions.retryAfterSeconds`. If the count itself fails (database
 * trouble), the request goes through and the failure is logged: the limit is no reason for an outage.
 */
export function rateLimits(dataSource: DataSource, limits: ApiLimits, logger: Logger): RateLimits {
  const store = rateLimiterStore(dataSource);
  const limiter = (keyPrefix: string, points: number) =>
    new RateLimiterPostgres({
      ...store,
      tableName: "rate_limit",
      tableCreated: true,
      keyPrefix,
      points,
      duration: limits.rateWindowSeconds,
    });
  const limiters = {
    apiKey: limiter("gql-key", limits.ratePerApiKey),
    session: limiter("gql-session", limits.ratePerSession),
    ip: limiter("gql-ip", limits.ratePerIp),
  };
  /** false (and a 429 sent) when over the limit */
  const consume = async (kind: keyof typeof limiters, key: string, res: Response): Promise<boolean> => {
    try {
      await limiters[kind].consume(key);
    } catch (error) {
      if (error instanceof RateLimiterRes) {
        const retryAfterSeconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
        res.setHeader("Retry-After", String(retryAfterSeconds));
        sendGraphQLError(res, 429, "RATE_LIMITED", { retryAfterSeconds });
        return false;
      }
      logger.error("rate limit store failed; letting the request through", error);
    }
    return true;
  };
  return {
    middleware: async (req, res, next) => {
      const subject = rateLimitSubject(req);
      if (await consume(subject.kind, subject.key, res)) next();
    },
    chargeClientIp: (req, res) => consume("ip", clientIpOf(req), res),
  };
}
