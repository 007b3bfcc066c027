import { NextResponse, type NextRequest } from "next/server";
import { apiOrigin } from "./shared/graphql/server-env";

/**
 * The browser only talks to the console's origin: `/graphql`, the downloads under `/export/…` and
 * the contract files (`POST /orders/:id/contracts`, `GET /contracts/:id`) and the business-request
 * attachments (`POST /requests/:id/attachments`, `GET /request-attachments/:id`), and the campaign
 * banners and QR codes (`/campaign-files/…`) are proxied to the API,
 * so the httpOnly `crm_session` cookie stays first-party and flows both ways (Set-Cookie included).
 *
 * This is a runtime rewrite on purpose: `rewrites()` in next.config.ts is frozen into the
 * routes manifest at `next build`, but the launcher and the e2e harness choose API_URL / API_PORT
 * when they start `next start`. Sessions are checked by the API and by the server components,
 * never here.
 */
export function proxy(request: NextRequest): NextResponse {
  // /orders/:id/… and /requests/:id/… are the console's own route space: only the uploads go to the API.
  const { pathname } = request.nextUrl;
  if ((pathname.startsWith("/orders/") || pathname.startsWith("/requests/")) && request.method !== "POST") {
    return NextResponse.next();
  }
  const target = new URL(request.nextUrl.pathname, apiOrigin());
  target.search = request.nextUrl.search;
  return NextResponse.rewrite(target);
}

export const config = {
  matcher: [
    "/graphql",
    "/export/:path*",
    "/orders/:id/contracts",
    "/contracts/:id",
    "/requests/:id/attachments",
    "/request-attachments/:id",
    "/campaign-files/:path*",
  ],
};
