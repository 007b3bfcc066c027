import type { NextFunction, Request, Response } from "express";

/**
 * Security headers on every API response (the console passes them through its proxy): nothing the
 * API answers may be sniffed into another type, framed, or run script. Routes that serve files set
 * their own Content-Type, Content-Disposition and a sandboxing CSP on top of these.
 *
 * The one exception is Apollo's sandbox page on GET /graphql outside production (it loads its own
 * scripts); production disables that page.
 */
export function securityHeaders(options: { production: boolean }) {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.set({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
    });
    const landingPage = !options.production && req.method === "GET" && req.path === "/graphql";
    if (!landingPage) res.set("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    next();
  };
}
