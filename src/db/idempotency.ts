import { createHash } from "node:crypto";
import type { EntityManager } from "typeorm";

/** How long a key is remembered: a retry later than this runs as a new write. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/** What a keyed write answered, as stored: the written row (entity name and id) and the payload's other fields. */
export interface StoredResult {
  type: string;
  id: number;
  payload: Record<string, unknown>;
}

export type Claim =
  | { kind: "new" }
  | { kind: "replay"; result: StoredResult }
  /** The key was used for another request (another mutation or other input). */
  | { kind: "mismatch" };

/** The fingerprint of a request a key may stand for: the mutation and its input (as coerced by GraphQL). */
export function requestHash(action: string, input: unknown): string {
  return createHash("sha256")
    .update(JSON.stringify([action, input]))
    .digest("hex");
}

/**
 * Claims `key` for this client inside the write's transaction: a new key is inserted (a concurrent request with the
 * same key waits on it until this transaction ends, then finds it); a known one answers what it stored. Keys older
 * than the TTL are dropped first.
 */
export async function claimIdempotencyKey(
  em: EntityManager,
  clientId: number,
  key: string,
  hash: string,
): Promise<Claim> {
  await em.query(
    `DELETE FROM idempotency_key WHERE created_at < now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`,
  );
  const inserted: unknown[] = await em.query(
    `INSERT INTO idempotency_key (client_id, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT (client_id, key) DO NOTHING RETURNING 1`,
    [clientId, key, hash],
  );
  if (inserted.length) return { kind: "new" };
  const [stored]: Array<{ request_hash: string; result: StoredResult | null }> = await em.query(
    `SELECT request_hash, result FROM idempotency_key WHERE client_id = $1 AND key = $2`,
    [clientId, key],
  );
  if (!stored || stored.request_hash !== hash || !stored.result) return { kind: "mismatch" };
  return { kind: "replay", result: stored.result };
}

/** Stores what the keyed write answers, in its transaction (committed with the write, or not at all). */
export async function storeIdempotentResult(
  em: EntityManager,
  clientId: number,
  key: string,
  result: StoredResult,
): Promise<void> {
  await em.query(`UPDATE idempotency_key SET result = $3 WHERE client_id = $1 AND key = $2`, [
    clientId,
    key,
    JSON.stringify(result),
  ]);
}
