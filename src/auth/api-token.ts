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

/** The one-time setup token's prefix (printed at the first start, exchanged once by `claimSetupToken`). */
export const SETUP_TOKEN_PREFIX = "smc_setup_";
const SETUP_TOKEN_SHAPE = /^smc_setup_[A-Za-z0-9_-]{43}$/;

/** A new setup token: the prefix and 256 random bits. Stored as its SHA-256 (`hashToken`), like API tokens. */
export function generateSetupToken(): string {
  return `${SETUP_TOKEN_PREFIX}${randomBytes(32).toString("base64url")}`;
}

export function looksLikeSetupToken(token: string): boolean {
  return SETUP_TOKEN_SHAPE.test(token);
}
