import { searchBigram } from "@crm/domain";
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { Pool, type PoolClient } from "pg";

/**
 * The baseline: what a person would write by hand for each scenario — bare node:http, `pg`,
 * one pool of the same size as the API's, the SQL written out. It serves the same data as the
 * API and answers the same question. Its auth shortcut: one query from the session cookie's
 * token hash to the account (no rate limiting, no sliding expiry, no acting-as, no field
 * permissions); no GraphQL parsing, validation or per-field resolution.
 *
 * Started by the runner: `tsx baseline-server.ts` with BASELINE_PORT, DATABASE_URL, POOL_SIZE.
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.POOL_SIZE ?? 10) });

interface Viewer {
  id: string;
  dealerId: string | null;
  kind: string;
  wholeDealer: boolean;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

async function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? (JSON.parse(Buffer.concat(chunks).toString("utf8")) as Record<string, unknown>) : {};
}

async function viewerOf(req: IncomingMessage): Promise<Viewer | null> {
  const match = /(?:^|;\s*)crm_session=([^;]+)/.exec(req.headers.cookie ?? "");
  if (!match?.[1]) return null;
  const hash = createHash("sha256").update(match[1]).digest("hex");
  const { rows } = await pool.query<{ id: string; dealer_id: string | null; kind: string; whole: boolean }>(
    `SELECT a.id, a.dealer_id, a.kind,
            (a.account_type IN ('ADMIN', 'ASSISTANT') OR a.permissions && ARRAY['ADMIN', 'ASSISTANT']) AS whole
       FROM session s JOIN account a ON a.id = s.account_id AND a.status = 'ACTIVE'
      WHERE s.token_hash = $1 AND s.expires_at > now()`,
    [hash],
  );
  const row = rows[0];
  return row ? { id: row.id, dealerId: row.dealer_id, kind: row.kind, wholeDealer: row.whole } : null;
}

/** P1 and P4: one statement — scope (the 隶属 subtree), filters, count, the page with owner and services. */
const LIST_SQL = `
WITH RECURSIVE tree AS (
  SELECT id FROM account WHERE id = $1
  UNION SELECT a.id FROM account a JOIN tree t ON a.superior_id = t.id WHERE a.dealer_id = $2
),
f AS (
  SELECT e.* FROM enterprise e
   WHERE ($3::boolean OR (e.dealer_id = $2 AND ($4::boolean OR e.owner_account_id IN (SELECT id FROM tree))))
     AND ($5::text[] IS NULL OR e.status = ANY($5))
     AND ($6::text[] IS NULL OR e.scale = ANY($6))
     AND ($7::text[] IS NULL OR e.source = ANY($7))
     AND ($8::text IS NULL OR e.search_text ILIKE $8)
     AND ($10::text IS NULL OR e.search_bigrams @> ARRAY[$10])
),
page AS (SELECT * FROM f ORDER BY created_at DESC, id DESC LIMIT $9)
SELECT (SELECT count(*) FROM f)::int AS total,
       coalesce((SELECT json_agg(json_build_object(
         'id', p.id, 'name', p.name, 'mainDomain', p.main_domain, 'regionCode', p.region_code, 'source', p.source,
         'status', p.status, 'scale', p.scale, 'createdAt', p.created_at, 'lastFollowUpAt', p.last_follow_up_at,
         'owner', (SELECT json_build_object('id', o.id, 'loginName', o.login_name, 'realName', o.real_name)
                     FROM account o WHERE o.id = p.owner_account_id),
         'services', coalesce((SELECT json_agg(json_build_object('id', s.id, 'kind', s.kind, 'domain', s.domain,
                        'seats', s.seats, 'expiresAt', s.expires_at,
                        'productLine', json_build_object('id', pl.id, 'name', pl.name),
                        'edition', CASE WHEN ed.id IS NULL THEN NULL ELSE json_build_object('id', ed.id, 'name', ed.name) END) ORDER BY s.expires_at DESC, s.id)
                      FROM service s JOIN product_line pl ON pl.id = s.product_line_id LEFT JOIN edition ed ON ed.id = s.edition_id
                     WHERE s.enterprise_id = p.id AND s.dealer_id = p.dealer_id), '[]'::json)
       ) ORDER BY p.created_at DESC, p.id DESC) FROM page p), '[]'::json) AS rows`;

function list(value: unknown): string[] | null {
  return Array.isArray(value) && value.length ? value.map(String) : null;
}

async function enterprises(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const viewer = await viewerOf(req);
  if (!viewer) return send(res, 401, { error: "UNAUTHENTICATED" });
  const body = await readBody(req);
  const filter = (body.filter ?? {}) as Record<string, unknown>;
  const text = typeof filter.text === "string" && filter.text ? `%${filter.text.replace(/[\\%_]/g, "\\$&")}%` : null;
  const first = Number(body.first ?? 20);
  // two Chinese characters: the bigram index narrows what trigrams cannot (as the API does)
  const pair = typeof filter.text === "string" ? searchBigram(filter.text) : null;
  const { rows } = await pool.query(LIST_SQL, [
    viewer.id,
    viewer.dealerId,
    viewer.kind === "VENDOR",
    viewer.wholeDealer,
    list(filter.statuses),
    list(filter.scales),
    list(filter.sources),
    text,
    first,
    pair,
  ]);
  send(res, 200, rows[0]);
}

/** P3: the public page model and one counted view, as the API's GET /public/campaigns/:slug does. */
let salt: { day: string; value: string } | null = null;
async function campaignPage(res: ServerResponse, slug: string, channelCode: string, visitorId: string | null) {
  const { rows } = await pool.query<{
    id: string;
    title: string;
    body_html: string;
    form_fields: string[];
    valid_to: Date;
    live: boolean;
  }>(
    `SELECT id, title, body_html, form_fields, valid_to,
            (review_status = 'APPROVED' AND enabled AND valid_from <= now() AND valid_to > now()) AS live
       FROM campaign WHERE slug = $1`,
    [slug],
  );
  const campaign = rows[0];
  if (!campaign?.live) return send(res, 404, { liveness: "UNAVAILABLE" });
  const { rows: channels } = await pool.query<{ code: string; name: string }>(
    `SELECT code, name FROM campaign_channel WHERE campaign_id = $1 AND code = $2`,
    [campaign.id, channelCode],
  );
  const day = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (salt?.day !== day) {
    const { rows: s } = await pool.query<{ salt: string }>(
      `INSERT INTO campaign_day_salt (day, salt) VALUES ($1, $2) ON CONFLICT (day) DO UPDATE SET day = EXCLUDED.day RETURNING salt`,
      [day, randomBytes(16).toString("hex")],
    );
    salt = { day, value: s[0]?.salt ?? "" };
  }
  const hash = createHash("sha256")
    .update(`${salt.value}\u0000${campaign.id}\u0000${visitorId ?? randomBytes(16).toString("base64url")}`)
    .digest("base64url")
    .slice(0, 22);
  await pool.query(
    `INSERT INTO campaign_view_event (campaign_id, channel_code, day, visitor_hash, at) VALUES ($1, $2, $3, $4, now())`,
    [campaign.id, channels[0]?.code ?? "", day, hash],
  );
  send(res, 200, {
    liveness: "LIVE",
    slug,
    title: campaign.title,
    bodyHtml: campaign.body_html,
    formFields: campaign.form_fields,
    channel: channels[0] ?? null,
    validTo: campaign.valid_to.toISOString(),
  });
}

/** P2: 报备锁定 with the quota counted under the dealer's quota row lock, as a person would write it. */
async function register(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const viewer = await viewerOf(req);
  if (!viewer?.dealerId) return send(res, 401, { error: "UNAUTHENTICATED" });
  const body = await readBody(req);
  const domain = String(body.domain).toLowerCase();
  const productLineId = String(body.productLineId);
  let client: PoolClient | null = null;
  try {
    client = await pool.connect();
    await client.query("BEGIN");
    const quota = await client.query<{ max_count: number }>(
      `SELECT max_count FROM dealer_quota WHERE dealer_id = $1 AND product_line_id = $2 FOR UPDATE`,
      [viewer.dealerId, productLineId],
    );
    const holder = await client.query(
      `SELECT 1 FROM registration WHERE product_line_id = $1 AND domain = $2
          AND held_during && tstzrange(now(), now() + interval '90 days', '[]') LIMIT 1`,
      [productLineId, domain],
    );
    if (holder.rowCount) {
      await client.query("ROLLBACK");
      return send(res, 200, { result: "DOMAIN_LOCKED" });
    }
    const usage = await client.query<{ dealer_used: number; account_used: number; account_max: number | null }>(
      `SELECT (SELECT count(*)::int FROM registration WHERE dealer_id = $1 AND product_line_id = $2
                 AND ended_at IS NULL AND expires_at > now()) AS dealer_used,
              (SELECT count(*)::int FROM registration WHERE account_id = $3 AND product_line_id = $2
                 AND ended_at IS NULL AND expires_at > now()) AS account_used,
              (SELECT max_count FROM account_quota WHERE account_id = $3 AND product_line_id = $2) AS account_max`,
      [viewer.dealerId, productLineId, viewer.id],
    );
    const u = usage.rows[0];
    if (!u || u.account_used >= (u.account_max ?? 0) || u.dealer_used >= (quota.rows[0]?.max_count ?? 0)) {
      await client.query("ROLLBACK");
      return send(res, 200, { result: "QUOTA_EXCEEDED" });
    }
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO registration (dealer_id, account_id, product_line_id, domain, starts_at, expires_at)
       VALUES ($1, $2, $3, $4, now(), now() + interval '90 days') RETURNING id`,
      [viewer.dealerId, viewer.id, productLineId, domain],
    );
    await client.query(
      `INSERT INTO audit_log (dealer_id, actor_id, actor_name, action, entity_type, entity_id, after)
       VALUES ($1, $2, 'baseline', 'registration.create', 'registration', $3, $4)`,
      [viewer.dealerId, viewer.id, inserted.rows[0]?.id, JSON.stringify({ domain })],
    );
    await client.query("COMMIT");
    send(res, 200, { result: "REGISTERED", id: inserted.rows[0]?.id });
  } catch (error) {
    await client?.query("ROLLBACK").catch(() => undefined);
    // 23P01: the exclusion constraint — another registration of the domain committed first
    if ((error as { code?: string }).code === "23P01") return send(res, 200, { result: "DOMAIN_LOCKED" });
    throw error;
  } finally {
    client?.release();
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? "/", "http://localhost");
  const route = async () => {
    if (url.pathname === "/healthz") return send(res, 200, { ok: true });
    if (req.method === "POST" && url.pathname === "/enterprises") return enterprises(req, res);
    if (req.method === "POST" && url.pathname === "/register") return register(req, res);
    const page = /^\/public\/campaigns\/([a-z2-9]{8})$/.exec(url.pathname);
    if (req.method === "GET" && page?.[1]) {
      return campaignPage(res, page[1], url.searchParams.get("ch") ?? "", req.headers["x-visitor-id"] as string | null);
    }
    send(res, 404, { error: "NOT_FOUND" });
  };
  route().catch((error: unknown) => {
    // a load tool closing its connections at the end aborts requests still being read
    if ((error as { code?: string }).code === "ECONNRESET") return;
    console.error("[baseline]", error);
    if (!res.headersSent) send(res, 500, { error: "INTERNAL" });
  });
});

server.listen(Number(process.env.BASELINE_PORT), "127.0.0.1", () => {
  console.log(`[baseline] ready on ${process.env.BASELINE_PORT}`);
});
process.on("SIGTERM", () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
