import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * The one port a browser talks to. It forwards every request to the console (`next start` on a
 * loopback port) and sets X-Forwarded-For to the real peer address, replacing whatever the client
 * sent — the console's /graphql proxy passes it on, and the API trusts it from loopback only. So a
 * client can't pick its own IP for sign-in throttling or the audit log.
 */
export function startFrontDoor(options: { port: number; host?: string; upstreamPort: number }): Promise<Server> {
  const server = createServer((req, res) => {
    const headers = {
      ...req.headers,
      "x-forwarded-for": req.socket.remoteAddress ?? "unknown",
      "x-forwarded-proto": "http",
      ...(req.headers.host ? { "x-forwarded-host": req.headers.host } : {}),
    };
    const upstream = request(
      { host: "127.0.0.1", port: options.upstreamPort, method: req.method, path: req.url, headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
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
