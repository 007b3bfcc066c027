import { headers } from "next/headers";

/**
 * The address the reader uses for the console, from the request (the front door forwards the
 * browser's Host as X-Forwarded-Host; a TLS proxy in front sets X-Forwarded-Proto).
 */
export async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000").split(",")[0]?.trim();
  const proto = (h.get("x-forwarded-proto") ?? "http").split(",")[0]?.trim() === "https" ? "https" : "http";
  // a Host header is client input: accept only a host name or address with an optional port
  return /^[A-Za-z0-9.[\]:-]+$/.test(host ?? "") ? `${proto}://${host}` : "http://localhost:3000";
}
