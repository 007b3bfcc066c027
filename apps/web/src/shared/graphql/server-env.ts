/**
 * The one place the console's server code reads the environment.
 * The launcher (apps/api/src/launch.ts) passes API_URL (e.g. http://127.0.0.1:4000);
 * otherwise the API is at 127.0.0.1:${API_PORT:-4000}.
 */
export function apiOrigin(): string {
  const explicit = process.env.API_URL;
  if (explicit && explicit.length > 0) return explicit.replace(/\/+$/, "");
  return `http://127.0.0.1:${process.env.API_PORT ?? "4000"}`;
}

export const SESSION_COOKIE = "crm_session";
