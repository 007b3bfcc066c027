import { randomBytes } from "node:crypto";
import { isValidVisitorId, pickUtm, UTM_KEYS } from "@crm/domain";
import type { NextRequest } from "next/server";
import { renderClosed, renderLive, type H5Page } from "@/features/campaign/h5/render-h5";
import { apiOrigin } from "@/shared/graphql/server-env";

/**
 * The public campaign page /c/<slug>?ch=<code> (SPEC §9). A route handler, not a React page: the
 * HTML is rendered on the server with no client JavaScript at all, and the sign-up form is a plain
 * POST to this same URL, answered with a 303 to the thank-you state (or back with the wrong field).
 * The API decides liveness, counts views (people's GETs only) and checks sign-ups.
 */
export const dynamic = "force-dynamic";

const VISITOR_COOKIE = "crm_vid";
const FIRST_TOUCH_COOKIE = "crm_ft";

function clientHeaders(request: NextRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ["user-agent", "x-forwarded-for", "purpose", "sec-purpose", "accept-language"]) {
    const value = request.headers.get(name);
    if (value) headers[name] = value;
  }
  return headers;
}

async function loadPage(request: NextRequest, slug: string, method: string, visitorId: string) {
  const ch = request.nextUrl.searchParams.get("ch") ?? "";
  const response = await fetch(
    `${apiOrigin()}/public/campaigns/${encodeURIComponent(slug)}?ch=${encodeURIComponent(ch)}`,
    {
      headers: { ...clientHeaders(request), "x-view-method": method, "x-visitor-id": visitorId },
      cache: "no-store",
    },
  );
  if (response.status >= 500) throw new Error(`campaign page: API answered ${response.status}`);
  return { status: response.status, page: (await response.json()) as H5Page };
}

function html(body: string | null, status: number, cookies: string[]): Response {
  const headers = new Headers({
    "content-type": "text/html; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    // No script runs on this page; inline styles only.
    "content-security-policy":
      "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(body, { status, headers });
}

async function render(request: NextRequest, slug: string, method: "GET" | "HEAD"): Promise<Response> {
  const cookies: string[] = [];
  let visitorId = request.cookies.get(VISITOR_COOKIE)?.value;
  if (!isValidVisitorId(visitorId)) {
    visitorId = randomBytes(16).toString("base64url");
    cookies.push(`${VISITOR_COOKIE}=${visitorId}; Path=/c; Max-Age=31536000; HttpOnly; SameSite=Lax`);
  }
  const params = request.nextUrl.searchParams;
  const utm = pickUtm((k) => params.get(k));
  if (utm && !request.cookies.get(FIRST_TOUCH_COOKIE)) {
    cookies.push(
      `${FIRST_TOUCH_COOKIE}=${encodeURIComponent(JSON.stringify(utm))}; Path=/c; Max-Age=2592000; HttpOnly; SameSite=Lax`,
    );
  }
  const { status, page } = await loadPage(request, slug, method, visitorId);
  if (page.liveness !== "LIVE") return html(method === "HEAD" ? null : renderClosed(page), status, cookies);
  const lastTouch = new URLSearchParams();
  for (const key of UTM_KEYS) {
    const value = params.get(key);
    if (value) lastTouch.set(key, value.slice(0, 100));
  }
  const body = renderLive(page, { done: params.get("done") === "1", error: params.get("error"), utm: lastTouch });
  return html(method === "HEAD" ? null : body, status, cookies);
}

type Params = { params: Promise<{ slug: string }> };

export async function GET(request: NextRequest, { params }: Params): Promise<Response> {
  return render(request, (await params).slug, "GET");
}

export async function HEAD(request: NextRequest, { params }: Params): Promise<Response> {
  return render(request, (await params).slug, "HEAD");
}

/** The form's plain POST: forwarded to the API with the client's IP and cookies, answered with a 303. */
export async function POST(request: NextRequest, { params }: Params): Promise<Response> {
  const slug = (await params).slug;
  const ch = request.nextUrl.searchParams.get("ch") ?? "";
  const form = await request.formData().catch(() => null);
  const body = new URLSearchParams();
  if (form) {
    for (const [key, value] of form.entries()) if (typeof value === "string") body.append(key, value.slice(0, 2000));
  }
  const response = await fetch(
    `${apiOrigin()}/public/campaigns/${encodeURIComponent(slug)}/signup?ch=${encodeURIComponent(ch)}`,
    {
      method: "POST",
      headers: {
        ...clientHeaders(request),
        "content-type": "application/x-www-form-urlencoded",
        cookie: request.headers.get("cookie") ?? "",
      },
      body,
      cache: "no-store",
    },
  );
  const outcome = (await response.json().catch(() => ({}))) as { result?: string; field?: string };
  const target = new URL(`/c/${encodeURIComponent(slug)}`, request.nextUrl.origin);
  if (ch) target.searchParams.set("ch", ch);
  if (outcome.result === "RECEIVED") target.searchParams.set("done", "1");
  else if (outcome.result === "INVALID" && outcome.field) target.searchParams.set("error", outcome.field);
  // Relative Location: right behind any front door, whatever host the visitor used.
  return new Response(null, {
    status: 303,
    headers: { location: `${target.pathname}${target.search}`, "cache-control": "no-store" },
  });
}
