import path from "node:path";
import { build, stop } from "esbuild";

export interface ExplorerAsset {
  contentType: string;
  body: Uint8Array;
}

const CONTENT_TYPES: Record<string, string> = {
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".ttf": "font/ttf",
  ".woff": "font/woff",
  ".woff2": "font/woff2",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

let cached: Promise<Map<string, ExplorerAsset>> | undefined;

/**
 * Bundles GraphiQL 5 (React 19, Monaco and its three web workers: editor, JSON, GraphQL) from node_modules with
 * esbuild, in memory, once per process (about two seconds; started on the first request for the explorer or at
 * start-up when enabled). Nothing is fetched from a CDN: the explorer works on a closed network.
 */
export function buildExplorerAssets(): Promise<Map<string, ExplorerAsset>> {
  cached ??= bundle().catch((error: unknown) => {
    cached = undefined;
    throw error;
  });
  return cached;
}

async function bundle(): Promise<Map<string, ExplorerAsset>> {
  const resolve = (specifier: string) => require.resolve(specifier);
  const result = await build({
    entryPoints: {
      // Beside this file, in src/ and in dist/ (`npm run build` copies it there: scripts/build.js).
      explorer: path.join(__dirname, "client.js"),
      "editor.worker": resolve("monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": resolve("monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": resolve("monaco-graphql/esm/graphql.worker.js"),
    },
    bundle: true,
    write: false,
    outdir: "/explorer-assets",
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
    define: { "process.env.NODE_ENV": '"production"' },
    loader: { ".ttf": "file", ".woff": "file", ".woff2": "file", ".svg": "dataurl", ".png": "dataurl" },
    assetNames: "[name]-[hash]",
  }).finally(() => {
    // esbuild keeps its service process (~360 MiB after this bundle) alive for further builds; there are none (the
    // bundle is kept), so it goes. A failed build stops it too; a retry starts a new one.
    void stop();
  });
  const assets = new Map<string, ExplorerAsset>();
  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    assets.set(name, {
      contentType: CONTENT_TYPES[path.extname(name)] ?? "application/octet-stream",
      body: file.contents,
    });
  }
  return assets;
}
