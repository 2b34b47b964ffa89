import { defineConfig } from "vite";

/**
 * The dashboard's build (`npm run build:web`): web/src → web/dist, served by the service at `/` (src/http/dashboard.ts).
 * The bundle is committed (test/unit/dashboard-bundle.test.ts checks it is up to date), so `npm ci && npm start` serves
 * it without a build step. esbuild (Vite's own transform) compiles the TSX; no React plugin is needed.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  logLevel: "warn",
  esbuild: { jsx: "automatic" },
  // React's production build whatever NODE_ENV the shell (or Jest: `test`) has, so that every build is the same.
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    target: "es2022",
    // No source maps in the committed bundle (it stays small and reviewable).
    sourcemap: false,
    reportCompressedSize: false,
  },
});
