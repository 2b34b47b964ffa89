import type { RequestHandler } from "express";
import packageJson from "../../package.json";

/** The API's version: package.json's `version` (semantic versioning). */
export const API_VERSION: string = packageJson.version;

/** `API-Version` on every response, as the Dutch government's REST API design rules ask (API-57). */
export function apiVersionHeader(): RequestHandler {
  return (_req, res, next) => {
    res.setHeader("API-Version", API_VERSION);
    next();
  };
}
