import type { DataSource } from "typeorm";
import { ApiClient } from "../entities";
import { TokenRefused } from "./refusal";
import { hashToken, looksLikeToken } from "./api-token";
import { ANONYMOUS, type Viewer } from "./viewer";

/**
 * The viewer of a request from its `Authorization` header: none → anonymous (refused with UNAUTHENTICATED when
 * `publicRead` is false); `Bearer <token>` of a valid, unrevoked token → that client; anything else (another scheme,
 * an unknown or revoked token) → UNAUTHENTICATED, refusing the request (HTTP 401; `TokenRefused` says why and, for a
 * revoked token, whose it was). One SQL statement per authenticated request.
 */
export async function resolveViewer(
  dataSource: DataSource,
  authorization: string | undefined,
  options: { publicRead: boolean },
): Promise<Viewer> {
  if (authorization === undefined || authorization.trim() === "") {
    if (!options.publicRead)
      throw new TokenRefused("missing_token", "This service requires a token: send `Authorization: Bearer <token>`.");
    return ANONYMOUS;
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  if (!match) throw new TokenRefused("malformed_authorization", "The Authorization header must be `Bearer <token>`.");
  const token = match[1];
  const client = looksLikeToken(token)
    ? await dataSource
        .getRepository(ApiClient)
        .findOne({ where: { tokenHash: hashToken(token) }, relations: { province: true } })
    : null;
  if (!client) throw new TokenRefused("unknown_token", "The token is unknown or revoked.");
  // The same answer as for an unknown token (the client learns nothing); the log and metrics say whose it was.
  if (client.revokedAt)
    throw new TokenRefused("revoked_token", "The token is unknown or revoked.", { id: client.id, name: client.name });
  return { client, role: client.role, provinceId: client.provinceId };
}
