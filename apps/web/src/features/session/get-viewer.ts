import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { serverGraphql, ServerGraphqlError } from "@/shared/graphql/server-graphql";
import { SESSION_COOKIE } from "@/shared/graphql/server-env";
import { MeQuery } from "./graphql/session.operations";
import type { Viewer } from "./viewer";

const SIGNED_OUT_CODES = new Set(["UNAUTHENTICATED", "ACCOUNT_DISABLED"]);

/**
 * Server side: who is signed in, asked of the API with the incoming `crm_session` cookie.
 * Deduplicated per request (layout and page share one call); never cached across requests.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const store = await cookies();
  if (!store.get(SESSION_COOKIE)?.value) return null;
  try {
    const data = await serverGraphql(MeQuery);
    return data.me ?? null;
  } catch (error) {
    if (
      error instanceof ServerGraphqlError &&
      error.errors.some((e) => SIGNED_OUT_CODES.has(String(e.extensions?.code)))
    ) {
      return null;
    }
    throw error;
  }
});

/** Every console page and the console layout call this: no session, no page. */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/login");
  return viewer;
}
