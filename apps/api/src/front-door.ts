import { createServer, request, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The one port a browser talks to. It forwards every request to the console (`next start` on a
 * loopback port) and sets X-Forwarded-For to the real peer address, replacing whatever the client
 * sent — the console's /graphql proxy passes it on, and the API trusts it from loopback only. So a
 * client can't pick its own IP for sign-in throttling or the audit log.
 *
 * Next's internal `x-middleware-*` headers never cross it: a client can't send
 * `x-middleware-subrequest` (the CVE-2025-29927 class: skipping src/proxy.ts), and answers lose
 * `x-middleware-rewrite` & co., which would tell the world the API's internal address.
 */
export function startFrontDoor(options: { port: number; host?: string; upstreamPort: number }): Promise<Server> {
  const server = createServer((req, res) => {
    const headers = {
      ...withoutInternalHeaders(req.headers),
      "x-forwarded-for": req.socket.remoteAddress ?? "unknown",
      "x-forwarded-proto": "http",
      ...(req.headers.host ? { "x-forwarded-host": req.headers.host } : {}),
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
