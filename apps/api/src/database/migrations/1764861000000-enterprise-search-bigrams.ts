import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Searching a two-character Chinese 字号 ("方永") scanned every enterprise: a trigram index has
 * nothing to narrow with on two characters (bench/plans/p4-search-bigram.*.txt: ~2 s over 1M
 * rows before). search_bigrams holds the distinct non-ASCII character pairs of search_text,
 * kept by PostgreSQL itself (a generated column), behind a GIN index; the service adds
 * `search_bigrams @> ARRAY[text]` to the usual ILIKE when the text is such a pair.
 */
export class EnterpriseSearchBigrams1764861000000 implements MigrationInterface {
  name = "EnterpriseSearchBigrams1764861000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE FUNCTION enterprise_cjk_bigrams(t text) RETURNS text[]
         LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
         AS $$ SELECT coalesce(array_agg(DISTINCT g), '{}')
                 FROM (SELECT substr(t, i, 2) AS g FROM generate_series(1, length(t) - 1) AS i) pairs
                WHERE g ~ '^[^\\x01-\\x7f]{2}$' $$`,
    );
    await q.query(
      `ALTER TABLE enterprise
         ADD COLUMN search_bigrams text[] GENERATED ALWAYS AS (enterprise_cjk_bigrams(search_text)) STORED`,
    );
    await q.query(`CREATE INDEX enterprise_search_bigrams_idx ON enterprise USING gin (search_bigrams)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE enterprise DROP COLUMN search_bigrams`);
    await q.query(`DROP FUNCTION enterprise_cjk_bigrams(text)`);
  }
}
