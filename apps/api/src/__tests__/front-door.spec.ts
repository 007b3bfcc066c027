import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { startFrontDoor } from "../front-door";

/**
 * The one port a browser talks to: Next's internal `x-middleware-*` headers never cross it, in
 * either direction. A client can't send `x-middleware-subrequest` (CVE-2025-29927: skipping the
 * proxy), and `x-middleware-rewrite` — which names the API's internal address — never reaches it.
 */
describe("front door", () => {
  let upstream: Server;
  let door: Server;
  let seen: IncomingHttpHeaders = {};

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      seen = req.headers;
      res.writeHead(200, {
        "content-type": "application/json",
        "x-middleware-rewrite": "http://127.0.0.1:4000/graphql",
        "X-Middleware-Next": "1",
        "x-kept": "yes",
      });
      res.end("{}");
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", resolve));
    door = await startFrontDoor({ port: 0, host: "127.0.0.1", upstreamPort: (upstream.address() as AddressInfo).port });
  });
  afterAll(async () => {
    await new Promise((resolve) => door.close(resolve));
    await new Promise((resolve) => upstream.close(resolve));
  });

  it("drops x-middleware-* from requests and answers, and sets X-Forwarded-For itself", async () => {
    const response = await fetch(`http://127.0.0.1:${(door.address() as AddressInfo).port}/graphql`, {
      headers: {
        "x-middleware-subrequest": "src/proxy:src/proxy:src/proxy:src/proxy:src/proxy",
        "X-Middleware-Prefetch": "1",
        "x-forwarded-for": "6.6.6.6",
        "x-client": "kept",
      },
    });
    expect(response.status).toBe(200);
    expect(Object.keys(seen).filter((name) => name.startsWith("x-middleware-"))).toEqual([]);
    expect(seen["x-client"]).toBe("kept");
    expect(seen["x-forwarded-for"]).toBe("127.0.0.1");
    const names: string[] = [];
    response.headers.forEach((_value, name) => names.push(name));
    expect(names.filter((name) => name.startsWith("x-middleware-"))).toEqual([]);
    expect(response.headers.get("x-kept")).toBe("yes");
  });

  describe("behind a trusted load balancer (TRUSTED_PROXIES)", () => {
    async function forwardedThrough(trustedProxies: string[], headers: Record<string, string>) {
      const door2 = await startFrontDoor({
        port: 0,
        host: "127.0.0.1",
        upstreamPort: (upstream.address() as AddressInfo).port,
        trustedProxies,
      });
      try {
        await fetch(`http://127.0.0.1:${(door2.address() as AddressInfo).port}/graphql`, { headers });
        return { for: seen["x-forwarded-for"], proto: seen["x-forwarded-proto"], host: seen["x-forwarded-host"] };
      } finally {
        await new Promise((resolve) => door2.close(resolve));
      }
    }
    const fromBalancer = {
      "x-forwarded-for": "6.6.6.6, 203.0.113.9",
      "x-forwarded-proto": "https",
      "x-forwarded-host": "crm.example.com",
    };

    it("walks X-Forwarded-For back through trusted hops only, and keeps the balancer's proto and host", async () => {
      // the balancer (here on loopback) appended the client it saw; what the client wrote before it is not believed
      expect(await forwardedThrough(["loopback"], fromBalancer)).toEqual({
        for: "203.0.113.9",
        proto: "https",
        host: "crm.example.com",
      });
      expect(await forwardedThrough(["loopback", "203.0.113.0/24"], fromBalancer)).toMatchObject({ for: "6.6.6.6" });
    });

    it("believes nothing from a peer that is not on the list", async () => {
      const seenThrough = await forwardedThrough(["10.0.0.0/8"], fromBalancer);
      expect(seenThrough.for).toBe("127.0.0.1");
      expect(seenThrough.proto).toBe("http");
      expect(seenThrough.host).toMatch(/^127\.0\.0\.1:\d+$/);
    });
  });
});
