import { join } from "node:path";
import type { Pool } from "pg";
import { login } from "./graphql";

type Verify = (password: string, stored: string) => Promise<boolean>;

/**
 * Signs in once per viewer through the real `login` mutation; every request of the load reuses
 * the cookie. The password is picked beforehand with the API's own verifyPassword against the
 * stored hash, so a wrong guess never counts as a failed login (which would lock the account).
 */
export async function signIn(
  api: string,
  pool: Pool,
  repoRoot: string,
  loginName: string,
  passwords: string[],
): Promise<string> {
  const { verifyPassword } = (await import(join(repoRoot, "apps/api/dist/shared/password.js"))) as {
    verifyPassword: Verify;
  };
  const { rows } = await pool.query<{ password_hash: string }>(
    `SELECT password_hash FROM account WHERE login_name = $1`,
    [loginName],
  );
  const stored = rows[0]?.password_hash;
  if (!stored) throw new Error(`no account ${loginName}`);
  for (const password of passwords) {
    if (await verifyPassword(password, stored)) return login(api, loginName, password);
  }
  throw new Error(`none of the known passwords (${passwords.length}) is ${loginName}'s`);
}
