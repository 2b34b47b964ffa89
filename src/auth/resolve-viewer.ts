import type { DataSource } from "typeorm";
import { IsNull } from "typeorm";
import { ApiClient } from "../entities";
import { ErrorCode } from "../errors/error-codes";
import { refusal } from "../errors/http-status";
import { hashToken, looksLikeToken } from "./api-token";
import { ANONYMOUS, type Viewer } from "./viewer";

/**
 * The viewer of a request from its `Authorization` header: none → anonymous (refused with UNAUTHENTICATED when
 * `publicRead` is false); `Bearer <token>` of a valid, unrevoked token → that client; anything else (another scheme,
 * an unknown or revoked token) → UNAUTHENTICATED, refusing the request (HTTP 401). One SQL statement per authenticated request.
 */
export async function resolveViewer(
  dataSource: DataSource,
  authorization: string | undefined,
  options: { publicRead: boolean },
): Promise<Viewer> {
  if (authorization === undefined || authorization.trim() === "") {
    if (!options.publicRead)
      throw refusal(ErrorCode.UNAUTHENTICATED, "This service requires a token: send `Authorization: Bearer <token>`.");
    return ANONYMOUS;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw refusal(ErrorCode.UNAUTHENTICATED, "The Authorization header must be `Bearer <token>`.");
  const token = match[1];
  const client = looksLikeToken(token)
    ? await dataSource
        .getRepository(ApiClient)
        .findOne({ where: { tokenHash: hashToken(token), revokedAt: IsNull() }, relations: { province: true } })
    : null;
  if (!client) throw refusal(ErrorCode.UNAUTHENTICATED, "The token is unknown or revoked.");
  return { client, role: client.role, provinceId: client.provinceId };
}
