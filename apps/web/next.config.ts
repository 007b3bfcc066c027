import path from "node:path";
import type { NextConfig } from "next";

const dev = process.env.NODE_ENV !== "production";

/**
 * The console's Content-Security-Policy. Scripts only from this origin; 'unsafe-inline' stays for
 * scripts because the App Router inlines its flight data in <script> tags (nonces would make every
 * page dynamic) and for styles because antd writes its CSS-in-JS into <style> tags. What the policy
 * still buys: no script, style, image, font or connection from another origin, no plugins, no
 * <base> hijack, forms post only here, and no framing (clickjacking). `next dev` also needs eval
 * and its websocket. The public H5 page (/c/…) sends its own stricter policy (no script at all).
 */
const CONSOLE_CSP = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${dev ? " ws: wss:" : ""}`,
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** On every response of the console (pages, the proxied API and files, the public H5 page). */
const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Share links keep working: other sites see only the origin, never the path and query.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
];

// `/graphql` is proxied to the API by src/proxy.ts at request time (not by `rewrites()` here,
// which `next build` would freeze with the build machine's API port).
const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // npm workspaces: the lockfile and hoisted node_modules live two levels up.
  outputFileTracingRoot: path.join(__dirname, "../.."),
  turbopack: { root: path.join(__dirname, "../..") },
  // Don't let `next dev` write AGENTS.md / upgrade notes into the workspace.
  agentRules: false,
  headers: () =>
    Promise.resolve([
      { source: "/:path*", headers: SECURITY_HEADERS },
      // everything but the public H5 page, which sets its own
      { source: "/:path((?!c/).*)", headers: [{ key: "Content-Security-Policy", value: CONSOLE_CSP }] },
    ]),
  experimental: {
    agentUpgrade: false,
    // The proxy buffers request bodies up to this size: a 10 MB contract upload plus its multipart framing.
    proxyClientMaxBodySize: "11mb",
  },
};

export default nextConfig;
