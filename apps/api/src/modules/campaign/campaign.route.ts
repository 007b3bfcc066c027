import { pipeline } from "node:stream/promises";
import type { Readable } from "node:stream";
import { CAMPAIGN_BANNER_MAX_BYTES, pickUtm, type Utm } from "@crm/domain";
import { parse as parseCookies } from "cookie";
import express, { Router, type Request, type Response } from "express";
import { isbot } from "isbot";
import multer from "multer";
import QRCode from "qrcode";
import type { DataSource } from "typeorm";
import { createContext } from "../../context";
import { clientIp } from "../../shared/client-ip";
import type { Services } from "../../services";
import { DomainError, invalid } from "../../shared/domain-error";

const STATUS: Partial<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_NOT_ALLOWED: 415,
  INTERNAL: 500,
};

function sendError(res: Response, error: DomainError): void {
  res
    .status(STATUS[error.code] ?? 400)
    .set("Cache-Control", "no-store")
    .json({ error: { code: error.code, messageZh: error.messageZh, messageEn: error.messageEn } });
}

function fail(res: Response, error: unknown, what: string): void {
  if (error instanceof DomainError) return sendError(res, error);
  console.error(`${what} failed`, error);
  sendError(res, new DomainError("INTERNAL"));
}

const readBanner = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: CAMPAIGN_BANNER_MAX_BYTES, files: 1, fields: 2, parts: 3, headerPairs: 50 },
}).single("file");

function receiveBanner(req: Request, res: Response): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    void readBanner(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError && error.code === "LIMIT_FILE_SIZE") {
        reject(new DomainError("FILE_TOO_LARGE"));
      } else if (error || !req.file) {
        reject(invalid("file", "请选择一张图片（字段名 file）", "send one image in the field `file`"));
      } else resolve(req.file.buffer);
    });
  });
}

function queryText(req: Request, key: string): string {
  const value = req.query[key];
  return typeof value === "string" ? value.slice(0, 64) : "";
}

function text(body: unknown, key: string): string {
  if (typeof body !== "object" || body === null) return "";
  const value = (body as Record<string, unknown>)[key];
  return typeof value === "string" ? value.slice(0, 2000) : "";
}

/** First-touch UTM as the page's cookie keeps it (JSON, set on the first visit with UTM parameters). */
function firstTouchOf(req: Request): Utm | null {
  const raw = parseCookies(req.headers.cookie ?? "").crm_ft;
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return null;
    return pickUtm((k) => {
      const v = (parsed as Record<string, unknown>)[k];
      return typeof v === "string" ? v : null;
    });
  } catch {
    return null;
  }
}

/** http(s)://host[:port] only: the console's origin for share links in QR codes. */
function checkOrigin(raw: unknown): string {
  if (typeof raw !== "string") throw invalid("origin", "缺少站点地址", "the origin is missing");
  try {
    const url = new URL(raw);
    if ((url.protocol === "http:" || url.protocol === "https:") && url.origin === raw) return url.origin;
  } catch {
    // fall through
  }
  throw invalid("origin", "站点地址无效", "the origin is not valid");
}

/**
 * 推广平台 over HTTP:
 *
 * Public (the console's /c/<slug> route handler calls these from the server, passing the
 * visitor's user agent, IP and first-party visitor ID):
 * - GET|HEAD /public/campaigns/:slug?ch=<code> — the page model as JSON with the HTTP status of
 *   the page (200 live, 410 ended, 404 otherwise). A GET by a person counts one view; HEAD,
 *   bots and link previews (isbot), prefetches (Purpose / Sec-Purpose) and `X-View-Method`
 *   other than GET never count.
 * - POST /public/campaigns/:slug/signup?ch=<code> — urlencoded or JSON fields company, contact,
 *   mobile, domain, scale, region, note, the form token `t`, the honeypot `website`, utm_*
 *   (last touch). 200 RECEIVED (also for every quiet refusal), 422 INVALID with the field,
 *   404/410 CLOSED.
 *
 * Console (same session cookie as /graphql):
 * - POST /campaign-files/banner/:id — multipart `file` (JPG/PNG/WebP ≤ 5 MB; resized), needs
 *   X-Requested-With: XMLHttpRequest.
 * - GET /campaign-files/banner/:id/:version — the banner, public (the page is public).
 * - GET /campaign-files/qr/:id/:code.(png|svg)?origin=<console origin> — a channel's QR code.
 */
export function campaignRoutes(dataSource: DataSource, services: Services): Router {
  const router = Router();

  router.get("/public/campaigns/:slug", async (req: Request, res: Response) => {
    try {
      const userAgent = req.get("user-agent") ?? null;
      const purpose = `${req.get("purpose") ?? ""} ${req.get("sec-purpose") ?? ""}`.toLowerCase();
      const forwardedMethod = (req.get("x-view-method") ?? req.method).toUpperCase();
      const page = await services.campaignPublic.page(String(req.params.slug), queryText(req, "ch"), {
        method: req.method === "GET" ? forwardedMethod : req.method,
        userAgent,
        prefetch: purpose.includes("prefetch") || purpose.includes("preview"),
        visitorId: req.get("x-visitor-id") ?? null,
        isBot: !userAgent || isbot(userAgent),
      });
      const status = page.liveness === "LIVE" ? 200 : page.liveness === "ENDED" ? 410 : 404;
      res.status(status).set("Cache-Control", "no-store").json(page);
    } catch (error) {
      fail(res, error, "campaign page");
    }
  });

  router.post(
    "/public/campaigns/:slug/signup",
    express.urlencoded({ extended: false, limit: "16kb", parameterLimit: 30 }),
    express.json({ limit: "16kb" }),
    async (req: Request, res: Response) => {
      try {
        const body: unknown = req.body;
        const outcome = await services.campaignPublic.signup({
          slug: String(req.params.slug),
          channelCode: queryText(req, "ch") || text(body, "ch"),
          values: {
            company: text(body, "company"),
            contact: text(body, "contact"),
            mobile: text(body, "mobile"),
            domain: text(body, "domain"),
            scale: text(body, "scale"),
            region: text(body, "region"),
            note: text(body, "note"),
          },
          honeypot: text(body, "website"),
          formToken: text(body, "t"),
          ip: clientIp(req) ?? "unknown",
          firstTouch: firstTouchOf(req),
          lastTouch: pickUtm((k) => text(body, k)),
        });
        const status =
          outcome.result === "RECEIVED"
            ? 200
            : outcome.result === "INVALID"
              ? 422
              : outcome.liveness === "ENDED"
                ? 410
                : 404;
        res.status(status).set("Cache-Control", "no-store").json(outcome);
      } catch (error) {
        fail(res, error, "campaign sign-up");
      }
    },
  );

  router.post("/campaign-files/banner/:id", async (req: Request, res: Response) => {
    try {
      if (req.get("x-requested-with") !== "XMLHttpRequest") {
        throw invalid("X-Requested-With", "请求缺少 X-Requested-With 头", "send X-Requested-With: XMLHttpRequest");
      }
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      await services.campaign.get(ctx.scope, String(req.params.id));
      const bytes = await receiveBanner(req, res);
      const campaign = await services.campaign.setBanner(ctx.viewer, ctx.scope, String(req.params.id), bytes);
      res
        .status(201)
        .set("Cache-Control", "no-store")
        .json({ bannerUrl: `/campaign-files/banner/${campaign.id}/${campaign.bannerVersion}` });
    } catch (error) {
      fail(res, error, "banner upload");
    }
  });

  router.get("/campaign-files/banner/:id/:version", async (req: Request, res: Response) => {
    try {
      const file = await services.campaign.openBanner(String(req.params.id));
      if (!file) throw new DomainError("NOT_FOUND");
      res.status(200).set({
        "Content-Type": file.contentType,
        "Content-Length": String(file.size),
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; sandbox",
        // The URL carries the version: a new banner gets a new URL.
        "Cache-Control": "public, max-age=31536000, immutable",
      });
      await pipeline(file.stream as Readable, res);
    } catch (error) {
      if (res.headersSent) return void res.destroy();
      fail(res, error, "banner download");
    }
  });

  router.get("/campaign-files/qr/:id/:file", async (req: Request, res: Response) => {
    try {
      const ctx = await createContext(dataSource, services, req, res);
      if (!ctx.viewer) throw new DomainError("UNAUTHENTICATED");
      const campaign = await services.campaign.get(ctx.scope, String(req.params.id));
      const match = /^([a-z0-9][a-z0-9-]{0,31})\.(png|svg)$/.exec(String(req.params.file));
      const channels = await services.campaign.channels(campaign.id);
      const channel = match ? channels.find((c) => c.code === match[1]) : undefined;
      if (!match || !channel) throw new DomainError("NOT_FOUND");
      const url = `${checkOrigin(req.query.origin)}/c/${campaign.slug}?ch=${encodeURIComponent(channel.code)}`;
      const name = `qr-${campaign.slug}-${channel.code}.${match[2]}`;
      // An SVG is a document that can carry script: it is only ever downloaded (an <img> still shows
      // it). The PNG is generated here, so it may be shown inline.
      const inline = match[2] === "png" && !req.query.download;
      res.set({
        "Cache-Control": "private, no-store",
        "Content-Disposition": `${inline ? "inline" : "attachment"}; filename="${name}"`,
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
      });
      if (match[2] === "svg") {
        res.type("image/svg+xml").send(await QRCode.toString(url, { type: "svg", margin: 2, width: 512 }));
      } else {
        res.type("image/png").send(await QRCode.toBuffer(url, { type: "png", margin: 2, width: 512 }));
      }
    } catch (error) {
      fail(res, error, "QR code");
    }
  });

  return router;
}
