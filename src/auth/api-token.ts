import { createHash, randomBytes } from "node:crypto";

/** Every token starts with this, so that a leaked one is recognisable (secret scanners, logs). */
export const TOKEN_PREFIX = "smc_";
const TOKEN_SHAPE = /^smc_[A-Za-z0-9_-]{43}$/;

/** A new bearer token: the prefix and 256 random bits (base64url, 43 characters). Shown once, never stored. */
export function generateToken(): string {
  return `${TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

/**
 * What is stored: the SHA-256 of the token (hex, 64 characters). The token has 256 bits of entropy, so a fast
 * unsalted hash is sufficient (no dictionary to attack) and allows lookup by hash.
 */
export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Whether a string can be one of our tokens at all (checked before any database lookup). */
export function looksLikeToken(token: string): boolean {
  return TOKEN_SHAPE.test(token);
}
