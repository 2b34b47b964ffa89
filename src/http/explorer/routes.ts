import { Router } from "express";
import { buildExplorerAssets } from "./build";
import { EXPLORER_EXAMPLES } from "./examples";
import { logger } from "../../logger";

/** Only the service's own origin: the page loads nothing from elsewhere (Monaco needs inline styles and blob workers). */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
].join("; ");

/**
 * With the explorer off (production by default): `/explorer` (linked from the dashboard) answers 404 with a short page
 * that says so and where the API is, instead of a bare "not found".
 */
export function explorerOffRoute(): Router {
  const router = Router();
  router.get("/explorer", (_req, res) => {
    res
      .status(404)
      .set({ "Content-Security-Policy": "default-src 'none'", "Cache-Control": "no-cache" })
      .type("html")
      .send(
        '<!doctype html><html lang="nl"><meta charset="utf-8"><title>GraphQL-verkenner staat uit</title>' +
          "<h1>De GraphQL-verkenner staat uit</h1>" +
          "<p>Op deze server staat de verkenner uit (in productie standaard; <code>EXPLORER=true</code> zet hem aan). " +
          'De API zelf is bereikbaar op <code>/graphql</code>; het dashboard op <a href="/">/</a>.</p></html>',
      );
  });
  return router;
}

/**
 * The GraphiQL explorer at `/explorer` (the dashboard has `/`), its bundle at `/explorer/assets/*` (built from node_modules, see build.ts),
 * preloaded with EXPLORER_EXAMPLES. Enabled outside production, or with EXPLORER=true.
 */
export function explorerRoutes(): Router {
  const router = Router();
  router.get("/explorer", (_req, res) => {
    res
      .set({ "Content-Security-Policy": CONTENT_SECURITY_POLICY, "Cache-Control": "no-cache" })
      .type("html")
      .send(page());
  });
  router.get("/explorer/assets/:name", async (req, res, next) => {
    try {
      const asset = (await buildExplorerAssets()).get(req.params.name);
      if (!asset) return next();
      res
        .set({ "Content-Type": asset.contentType, "Cache-Control": "public, max-age=3600" })
        .send(Buffer.from(asset.body));
    } catch (error) {
      next(error);
    }
  });
  return router;
}

/** Starts bundling in the background so that the first visitor does not wait (errors are logged, and retried then). */
export function warmExplorer(): void {
  buildExplorerAssets().catch((error: unknown) => logger.error({ err: error }, "explorer bundle failed"));
}

function page(): string {
  const config = JSON.stringify({ endpoint: "/graphql", examples: EXPLORER_EXAMPLES }).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Explorer — interprovincial social media comparison API</title>
  <link rel="stylesheet" href="/explorer/assets/explorer.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading the explorer…</div>
  <script type="application/json" id="explorer-config">${config}</script>
  <script src="/explorer/assets/explorer.js"></script>
</body>
</html>
`;
}
