import type { Response } from "express";
import { ErrorCode, httpErrorBody } from "../errors/error-codes";
import { writeErrorHead } from "../errors/http-status";
import { requestOf } from "./request-id";

/**
 * Refuses a request before GraphQL runs (batch, body size, rate limit, timeout, ...): the code's status and headers
 * (errors/http-status.ts), the outcome recorded for the log and the metrics, and a GraphQL-over-HTTP error body.
 */
export function refuse(res: Response, code: ErrorCode, message: string, extra: Record<string, unknown> = {}): void {
  const outcome = writeErrorHead(res, code);
  const state = requestOf(res);
  if (state) state.outcome = outcome;
  res.json(httpErrorBody(code, message, extra));
}
