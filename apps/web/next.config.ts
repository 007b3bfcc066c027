import path from "node:path";
import type { NextConfig } from "next";

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
  experimental: {
    agentUpgrade: false,
    // The proxy buffers request bodies up to this size: a 10 MB contract upload plus its multipart framing.
    proxyClientMaxBodySize: "11mb",
  },
};

export default nextConfig;
