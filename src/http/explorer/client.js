// The GraphiQL explorer's browser entry, bundled by esbuild at run time (src/http/explorer/build.ts).
// Plain JavaScript with React.createElement: no JSX step. Everything comes from node_modules: no CDN.
import React from "react";
import { createRoot } from "react-dom/client";
import { GraphiQL } from "graphiql";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import "graphiql/style.css";

const base = new URL(".", document.currentScript ? document.currentScript.src : window.location.href);
globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === "json" ? "json.worker.js" : label === "graphql" ? "graphql.worker.js" : "editor.worker.js";
    return new Worker(new URL(file, base));
  },
};

const config = JSON.parse(document.getElementById("explorer-config").textContent);
const fetcher = createGraphiQLFetcher({ url: new URL(config.endpoint, window.location.href).href });
const tabs = config.examples.map((example) => ({ query: example.query }));

createRoot(document.getElementById("graphiql")).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultTabs: tabs,
    defaultEditorToolsVisibility: true,
    shouldPersistHeaders: false,
  }),
);
