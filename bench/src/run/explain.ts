import { searchBigram } from "@crm/domain";
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { Pool } from "pg";
import { findSalesManager, findVendorViewer, readManifest, subtreeOf } from "./fixtures";
import { commonValues } from "./scenarios/p1-console-list";
import { searchTerms } from "./scenarios/p4-search";

/**
 * `npm run bench:explain -- --label before|after`: EXPLAIN (ANALYZE, BUFFERS) of each hot query of
 * the scenarios, with the scenarios' own fixtures, into bench/plans/<query>.<label>.txt. The SQL
 * is what the API sends (as TypeORM writes it, columns abbreviated to e.* where it lists them all).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { label: { type: "string", default: "after" } } });
  const benchDir = resolve(__dirname, "../..");
  const out = join(benchDir, "plans");
  mkdirSync(out, { recursive: true });
  const pool = new Pool({
    connectionString: process.env.BENCH_DATABASE_URL || "postgres://postgres@127.0.0.1:5432/crm_bench",
    max: 1,
  });
  const { rows: size } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprise`);
  const header = (name: string) =>
    `-- ${name} (${values.label}), ${new Date().toISOString()}, ${size[0]?.n ?? 0} enterprises\n`;
  const explain = async (name: string, sql: string, params: unknown[], rollback = false) => {
    const client = await pool.connect();
    try {
      // run once so the plan shows the warm (cached) case the load sees
      if (rollback) await client.query("BEGIN");
      await client.query(sql, params);
      const { rows } = await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
      if (rollback) await client.query("ROLLBACK");
      const text =
        header(name) +
        `-- ${sql.replace(/\s+/g, " ").trim()}\n-- params: ${JSON.stringify(params).slice(0, 400)}\n\n` +
        rows.map((r) => r["QUERY PLAN"]).join("\n") +
        "\n";
      writeFileSync(join(out, `${name}.${values.label}.txt`), text);
      const time = /Execution Time: ([\d.]+)/.exec(text)?.[1];
      console.log(`${name}: ${time} ms`);
    } finally {
      client.release();
    }
  };

  // P1: the sales manager's list
  const manifest = readManifest(benchDir);
  const manager = await findSalesManager(pool, 40, manifest);
  const accounts = await subtreeOf(pool, manager.id, manager.dealerId);
  const q = (column: string) => commonValues(pool, column, manager.dealerId, accounts);
  const [statuses, scales, sources] = [await q("status"), await q("scale"), await q("source")];
  const where = `(e.dealer_id = $1 AND e.owner_account_id = ANY($2)) AND e.source = ANY($3) AND e.scale = ANY($4) AND e.status = ANY($5)`;
  const p1 = [manager.dealerId, accounts, sources, scales, statuses];
  await explain(
    "p1-scope",
    `WITH RECURSIVE tree AS (SELECT id FROM account WHERE id = $1 UNION SELECT a.id FROM account a JOIN tree t ON a.superior_id = t.id WHERE a.dealer_id = $2) SELECT id FROM tree`,
    [manager.id, manager.dealerId],
  );
  await explain("p1-count", `SELECT count(*) AS n FROM enterprise e WHERE ${where}`, p1);
  await explain(
    "p1-page",
    `SELECT e.id AS id, to_json(e.created_at) #>> '{}' AS sort_value FROM enterprise e WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT 21`,
    p1,
  );
  const { rows: page } = await pool.query<{ id: string; owner_account_id: string }>(
    `SELECT e.id, e.owner_account_id FROM enterprise e WHERE ${where} ORDER BY e.created_at DESC, e.id DESC LIMIT 20`,
    p1,
  );
  await explain(
    "p1-services",
    `SELECT s.* FROM service s INNER JOIN enterprise e ON e.id = s.enterprise_id AND e.dealer_id = s.dealer_id
      WHERE s.enterprise_id = ANY($3) AND (e.dealer_id = $1 AND e.owner_account_id = ANY($2)) ORDER BY s.expires_at DESC, s.id ASC`,
    [manager.dealerId, accounts, page.map((r) => r.id)],
  );
  await explain(`p1-owners`, `SELECT a.* FROM account a WHERE a.id = ANY($1)`, [
    [...new Set(page.map((r) => r.owner_account_id))],
  ]);

  // P4: search over every enterprise (vendor staff)
  await findVendorViewer(pool);
  const terms = [
    ...(manifest?.search?.chineseNames ?? []).map((t) => t.term),
    ...(manifest?.search?.domainSubstrings ?? []).map((t) => t.term),
  ];
  if (terms.length === 0) terms.push(...(await searchTerms(pool, 20)));
  const chinese = terms.find((t) => /\p{Script=Han}/u.test(t)) ?? terms[0] ?? "科技";
  const domain = terms.find((t) => /^[a-z0-9-]+$/.test(t)) ?? "abc";
  for (const [name, text] of [
    ["p4-count-chinese", chinese],
    ["p4-count-domain", domain],
  ] as const) {
    await explain(name, `SELECT count(*) AS n FROM enterprise e WHERE e.search_text ILIKE $1`, [`%${text}%`]);
  }
  // two Chinese characters (a 字号): the product adds the bigram lookup (enterprise.search_bigrams)
  const pair = terms.find((t) => searchBigram(t) !== null) ?? [...chinese].slice(0, 2).join("");
  await explain(
    "p4-pair-count",
    `SELECT count(*) AS n FROM enterprise e WHERE e.search_text ILIKE $1 AND e.search_bigrams @> ARRAY[$2]::text[]`,
    [`%${pair}%`, pair],
  );
  await explain(
    "p4-pair-page",
    `SELECT e.id AS id, to_json(e.created_at) #>> '{}' AS sort_value FROM enterprise e WHERE e.search_text ILIKE $1 AND e.search_bigrams @> ARRAY[$2]::text[] ORDER BY e.created_at DESC, e.id DESC LIMIT 21`,
    [`%${pair}%`, pair],
  );
  for (const [name, text] of [
    ["p4-page-chinese", chinese],
    ["p4-page-domain", domain],
  ] as const) {
    await explain(
      name,
      `SELECT e.id AS id, to_json(e.created_at) #>> '{}' AS sort_value FROM enterprise e WHERE e.search_text ILIKE $1 ORDER BY e.created_at DESC, e.id DESC LIMIT 21`,
      [`%${text}%`],
    );
  }

  // P3: the public page's row and the counted view
  const { rows: live } = await pool.query<{ id: string; slug: string }>(
    `SELECT id, slug FROM campaign WHERE review_status = 'APPROVED' AND enabled ORDER BY created_at LIMIT 1`,
  );
  if (live[0]) {
    await explain(
      "p3-page-row",
      `SELECT c.id, c.title, c.body_html, c.form_fields, c.banner_key, c.banner_version, c.valid_from, c.valid_to, c.review_status, c.enabled, ch.code, ch.name
         FROM campaign c LEFT JOIN campaign_channel ch ON ch.campaign_id = c.id AND ch.code = $2 WHERE c.slug = $1`,
      [live[0].slug, "bench"],
    );
    await explain(
      "p3-view-insert",
      `INSERT INTO campaign_view_event (campaign_id, channel_code, day, visitor_hash, at) VALUES ($1, 'bench', current_date, 'explain', now())`,
      [live[0].id],
      true,
    );
  }

  // P2: the registration's holder check and quota count
  const { rows: reg } = await pool.query<{
    dealer_id: string;
    account_id: string;
    product_line_id: string;
    domain: string;
  }>(`SELECT dealer_id, account_id, product_line_id, domain FROM registration ORDER BY created_at DESC LIMIT 1`);
  if (reg[0]) {
    const r = reg[0];
    await explain(
      "p2-holder",
      `SELECT id, dealer_id, expires_at FROM registration WHERE product_line_id = $1 AND domain = $2 AND held_during && tstzrange($3, $4, '[]') LIMIT 1`,
      [r.product_line_id, r.domain, new Date(), new Date(Date.now() + 90 * 86_400_000)],
    );
    await explain(
      "p2-usage",
      `SELECT (SELECT count(*)::int FROM registration WHERE dealer_id = $1 AND product_line_id = $2 AND ended_at IS NULL AND expires_at > $4) AS dealer_used,
              (SELECT count(*)::int FROM registration WHERE account_id = $3 AND product_line_id = $2 AND ended_at IS NULL AND expires_at > $4) AS account_used,
              (SELECT max_count FROM account_quota WHERE account_id = $3 AND product_line_id = $2) AS account_max`,
      [r.dealer_id, r.product_line_id, r.account_id, new Date()],
    );
  }
  await pool.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
