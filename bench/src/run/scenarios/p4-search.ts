import { findVendorViewer } from "../fixtures";
import { alternate, graphqlCheck } from "../compare";
import { signIn } from "../sessions";
import type { Pool } from "pg";
import type { Scenario, ScenarioResult } from "../types";

/** The console's search box: a substring of the Chinese name or of a domain, first page of 20. */
export const P4_QUERY = `query BenchSearch($text: String!) {
  list: enterprises(filter: { text: $text }, sort: CREATED_AT, direction: DESC, first: 20) {
    totalCount
    edges { node { id name mainDomain status owner { id realName } } }
  }
}`;

/**
 * Search terms drawn from the data (seeded by the row order, so reproducible on the same data):
 * 3 Chinese characters from inside a random enterprise's name (the trigram index needs 3), and
 * 5 characters from inside a main domain's first label.
 */
export async function searchTerms(pool: Pool, count: number): Promise<string[]> {
  const { rows } = await pool.query<{ name: string; main_domain: string }>(
    `SELECT name, main_domain FROM enterprise ORDER BY md5(id::text) LIMIT $1`,
    [count * 8],
  );
  const terms: string[] = [];
  rows.forEach((row, i) => {
    if (i % 2 === 0) {
      const chars = [...row.name].filter((c) => /\p{Script=Han}/u.test(c));
      if (chars.length >= 3) {
        const at = (i * 7) % (chars.length - 2);
        terms.push(chars.slice(at, at + 3).join(""));
      }
    } else {
      const label = row.main_domain.split(".")[0] ?? "";
      if (label.length >= 5) {
        const at = (i * 5) % (label.length - 4);
        terms.push(label.slice(at, at + 5));
      }
    }
  });
  // What someone types to find one company: terms matching at most SPECIFIC rows (counted with a
  // bound). Broad terms (a city, an industry word) are measured by EXPLAIN in bench/plans instead.
  const specific: string[] = [];
  for (const term of terms) {
    if (specific.length >= count) break;
    const { rows: hit } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM enterprise WHERE search_text ILIKE $1 LIMIT ${SPECIFIC + 1}) x`,
      [`%${term}%`],
    );
    if ((hit[0]?.n ?? 0) <= SPECIFIC) specific.push(term);
  }
  return specific;
}

/** At most this many matches make a term specific. */
export const SPECIFIC = 1000;

export const p4: Scenario = {
  id: "P4",
  title: "search: Chinese name / domain substring",
  async run(ctx): Promise<ScenarioResult> {
    const connections = ctx.options.connections ?? 4;
    const vendor = await findVendorViewer(ctx.pool);
    const cookie = await signIn(ctx.api, ctx.pool, ctx.repoRoot, vendor.loginName, ctx.passwords);
    // The generator's terms when there is a manifest: trade names (2+ characters, as people type
    // them), pinyin domain stems and IDN labels; else terms sampled from the rows.
    const listed = [
      ...(ctx.manifest?.search?.chineseNames ?? []),
      ...(ctx.manifest?.search?.domainSubstrings ?? []),
      ...(ctx.manifest?.search?.idn ?? []),
    ].map((t) => t.term);
    const terms = listed.length > 0 ? listed : await searchTerms(ctx.pool, 100);
    if (terms.length === 0) throw new Error("P4: no enterprise names or domains to search for");
    const { rows: size } = await ctx.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM enterprise`);
    const notes = [
      `viewer ${vendor.loginName} (vendor staff: every dealer's enterprises, ${size[0]?.n ?? 0} rows), ${terms.length} terms ${listed.length > 0 ? "from the manifest" : `sampled, ≤ ${SPECIFIC} matches each`}, e.g. ${terms.slice(0, 4).join(" ")}`,
    ];
    const bodies = terms.map((text) => JSON.stringify({ query: P4_QUERY, variables: { text } }));
    const baseBodies = terms.map((text) => JSON.stringify({ filter: { text }, first: 20 }));
    const { product, baseline } = await alternate(
      ctx,
      connections,
      {
        url: ctx.api,
        next: (i) => ({ method: "POST", path: "/graphql", headers: { cookie }, body: bodies[i % bodies.length] }),
        check: graphqlCheck,
      },
      {
        url: ctx.baseline,
        next: (i) => ({
          method: "POST",
          path: "/enterprises",
          headers: { cookie },
          body: baseBodies[i % baseBodies.length],
        }),
      },
    );
    return {
      id: "P4",
      title: this.title,
      rows: [
        { target: "graphql", label: "enterprises(filter: {text})", connections, load: product },
        { target: "baseline", label: "POST /enterprises (1 SQL)", connections, load: baseline },
      ],
      ratio: product.rps / baseline.rps,
      goal: `p95 ≤ 20 ms @ ${connections} conn`,
      met: product.p95 <= 20,
      violations: [],
      notes,
      details: { viewer: vendor.loginName, terms: terms.slice(0, 20), enterprises: size[0]?.n ?? 0 },
    };
  },
};
