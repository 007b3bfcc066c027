import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import proxyaddr from "proxy-addr";

/**
 * The one port a browser talks to. It forwards every request to the console (`next start` on a
 * loopback port) and sets X-Forwarded-For to the client's address, replacing whatever the client
 * sent — the console's /graphql proxy passes it on, and the API trusts it from loopback only. So a
 * client can't pick its own IP for sign-in throttling, rate limits or the audit log.
 *
 * The client is the peer, unless the peer is one of `trustedProxies` (a load balancer in front of
 * replicas): then X-Forwarded-For is walked back through trusted hops (proxy-addr, as Express
 * does) and the peer's X-Forwarded-Proto and -Host are kept, so the docs page shows https:// behind TLS.
 *
 * Next's internal `x-middleware-*` headers never cross it: a client can't send
 * `x-middleware-subrequest` (the CVE-2025-29927 class: skipping src/proxy.ts), and answers lose
 * `x-middleware-rewrite` & co., which would tell the world the API's internal address.
 */
export function startFrontDoor(options: {
  port: number;
  host?: string;
  upstreamPort: number;
  trustedProxies?: string[];
}): Promise<Server> {
  const trust = proxyaddr.compile(options.trustedProxies ?? []);
  const server = createServer((req, res) => {
    const peerTrusted = trust(req.socket.remoteAddress ?? "", 0);
    const proto = peerTrusted ? firstValue(req.headers["x-forwarded-proto"]) : undefined;
    const host = (peerTrusted ? firstValue(req.headers["x-forwarded-host"]) : undefined) ?? req.headers.host;
    const headers = {
      ...withoutInternalHeaders(req.headers),
      "x-forwarded-for": proxyaddr(req, trust),
      "x-forwarded-proto": proto === "https" ? "https" : "http",
      ...(host ? { "x-forwarded-host": host } : {}),
    };
    const upstream = request(
      { host: "127.0.0.1", port: options.upstreamPort, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutInternalHeaders(answer.headers));
        answer.pipe(res);
      },
    );
    upstream.on("error", () => {
      if (!res.headersSent) res.writeHead(502, { "content-type": "text/plain; charset=utf-8" });
      res.end("console unavailable");
    });
    req.pipe(upstream);
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve(server));
  });
}

/** The first (client-side) entry of a forwarded header that a trusted proxy may have appended to. */
function firstValue(header: string | string[] | undefined): string | undefined {
  const value = (Array.isArray(header) ? header[0] : header)?.split(",")[0]?.trim();
  return value ? value : undefined;
}

function withoutInternalHeaders(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const kept: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (!name.toLowerCase().startsWith("x-middleware-")) kept[name] = value;
  }
  return kept;
}

/** A free loopback port for an internal listener. */
export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}
