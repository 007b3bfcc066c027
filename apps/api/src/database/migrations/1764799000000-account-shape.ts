import type { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Account type and permissions agree (packages/domain accountShapeProblem): 管理员 holds the admin
 * permission, 助理 the assistant one, staff neither, and only 管理员 holds the admin permission.
 */
export class AccountShape1764799000000 implements MigrationInterface {
  name = "AccountShape1764799000000";

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE account ADD CONSTRAINT account_type_matches_permissions CHECK (
        kind = 'VENDOR'
        OR (account_type = 'ADMIN' AND 'ADMIN' = ANY (permissions))
        OR (account_type = 'ASSISTANT' AND 'ASSISTANT' = ANY (permissions) AND NOT 'ADMIN' = ANY (permissions))
        OR (account_type = 'STAFF' AND NOT 'ADMIN' = ANY (permissions) AND NOT 'ASSISTANT' = ANY (permissions)))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE account DROP CONSTRAINT account_type_matches_permissions`);
  }
}
