import { DomainError, ErrorCode } from "../errors/error-codes";
import { httpOf } from "../errors/http-status";

/**
 * Why an authentication or authorization attempt was refused: the `reason` label of `smc_refused_total` and the
 * `refused` field of the request log (docs/operations.md). A small fixed set.
 * - `missing_token`: no `Authorization` header under `PUBLIC_READ=false`;
 * - `malformed_authorization`: not `Bearer <token>`;
 * - `unknown_token`, `revoked_token`: a token of no client, or of a revoked one;
 * - `token_required`: an anonymous caller asked for a write or the audit trail (UNAUTHENTICATED inside an operation);
 * - `forbidden`: a token whose role or province does not allow it (FORBIDDEN);
 * - `setup_token`: `claimSetupToken` with a wrong, used or superseded setup token, or once an ADMIN exists;
 * - `metrics_token`: `GET /metrics` without the right `METRICS_TOKEN`.
 */
export type RefusalReason =
  | "missing_token"
  | "malformed_authorization"
  | "unknown_token"
  | "revoked_token"
  | "token_required"
  | "forbidden"
  | "setup_token"
  | "metrics_token";

/** Who was refused, as far as known: an API client (also a revoked one), or null for anonymous. */
export interface RefusedCaller {
  id: number;
  name: string;
}

/**
 * A refused token or setup token: UNAUTHENTICATED with HTTP 401 (errors/http-status.ts), carrying why and, for a
 * revoked token, whose it was (for the log and the metrics; never sent to the client).
 */
export class TokenRefused extends DomainError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    readonly caller: RefusedCaller | null = null,
  ) {
    super(ErrorCode.UNAUTHENTICATED, message, { http: httpOf(ErrorCode.UNAUTHENTICATED) });
  }
}
