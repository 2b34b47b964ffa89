import { useEffect, useState } from "react";

/**
 * Hash routing: `#/overzicht?asOf=2025-07-01&platforms=x`. Every view and its filters live in the URL, so a view can be
 * linked in a meeting invitation, and the server needs no fallback route (it serves one index.html at `/`).
 */
export interface Route {
  /** Path segments after `#/`, e.g. `["provincie", "PV23"]`. */
  path: string[];
  params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, "");
  const [pathPart, query = ""] = raw.split("?", 2);
  const path = pathPart.split("/").filter(Boolean).map(decodeURIComponent);
  return { path: path.length ? path : ["overzicht"], params: new URLSearchParams(query) };
}

export function hrefFor(path: string[], params?: Record<string, string | undefined> | URLSearchParams): string {
  const query = new URLSearchParams();
  if (params instanceof URLSearchParams) params.forEach((v, k) => query.set(k, v));
  else if (params) for (const [k, v] of Object.entries(params)) if (v) query.set(k, v);
  const q = query.toString();
  return `#/${path.map(encodeURIComponent).join("/")}${q ? `?${q}` : ""}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(window.location.hash));
    window.addEventListener("hashchange", onChange);
    return () => window.removeEventListener("hashchange", onChange);
  }, []);
  return route;
}

/** Changes some parameters of the current view (empty values are removed); replaces the history entry. */
export function setParams(route: Route, changes: Record<string, string | undefined>): void {
  const params = new URLSearchParams(route.params);
  for (const [k, v] of Object.entries(changes)) {
    if (v) params.set(k, v);
    else params.delete(k);
  }
  const href = hrefFor(route.path, params);
  history.replaceState(null, "", href);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}

/** A comma-separated list parameter. */
export function listParam(params: URLSearchParams, name: string): string[] {
  return (params.get(name) ?? "").split(",").filter(Boolean);
}

/** A list parameter with one item added or removed, comma-separated (empty: the parameter is removed). */
export function toggleListItem(list: string[], item: string, on: boolean): string {
  const next = on ? [...new Set([...list, item])] : list.filter((x) => x !== item);
  return next.join(",");
}
