import fs from "node:fs";
import path from "node:path";
import express, { Router } from "express";

/**
 * The dashboard's page may load only from the service itself (the bundle has no CDN, no remote font); Observable Plot
 * sets inline `style` attributes on its SVG; the live updates use a WebSocket to the same host.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws: wss:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join("; ");

/**
 * The built dashboard (web/, bundled by Vite into web/dist, committed): next to the sources (`src/http` →
 * `web/dist`) or to the compiled service (`dist/src/http` → `web/dist`).
 */
export function dashboardDirectory(): string | undefined {
  return [path.join(__dirname, "..", "..", "web", "dist"), path.join(__dirname, "..", "..", "..", "web", "dist")].find(
    (dir) => fs.existsSync(path.join(dir, "index.html")),
  );
}

/**
 * The reference dashboard at `/` (issue 14): index.html (never cached: it names the current bundle) and the
 * content-hashed bundle under `/assets/` (cached for a year). It uses only the public API (`/graphql`, `/export`).
 * Routing is in the URL's hash, so no other path needs index.html.
 */
export function dashboardRoutes(directory = dashboardDirectory()): Router {
  const router = Router();
  if (!directory) {
    router.get("/", (_req, res) => void res.status(404).json({ status: "not found", graphql: "/graphql" }));
    return router;
  }
  router.get(["/", "/index.html"], (_req, res) => {
    res
      .set({ "Content-Security-Policy": CONTENT_SECURITY_POLICY, "Cache-Control": "no-cache" })
      .sendFile(path.join(directory, "index.html"));
  });
  router.use(
    "/assets",
    express.static(path.join(directory, "assets"), {
      index: false,
      fallthrough: true,
      immutable: true,
      maxAge: "365d",
    }),
  );
  return router;
}
