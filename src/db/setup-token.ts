import type { EntityManager } from "typeorm";

/**
 * The one-time setup token (migration AuditCorrelationAndSetup, table `setup_token`): only its SHA-256 is stored.
 * While no unrevoked ADMIN client exists, each start replaces the unclaimed one with a new one (printed once);
 * `claimSetupToken` marks it claimed in the transaction that issues the first ADMIN token.
 */

/** Whether an unrevoked ADMIN client exists (then no setup token is valid). */
export async function adminExists(em: EntityManager): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM api_client WHERE role = 'ADMIN' AND revoked_at IS NULL LIMIT 1`,
  );
  return rows.length > 0;
}

/** Replaces every unclaimed setup token by this one (the previous ones stop working). */
export async function replaceSetupToken(em: EntityManager, tokenHash: string): Promise<void> {
  await em.query(`DELETE FROM setup_token WHERE claimed_at IS NULL`);
  await em.query(`INSERT INTO setup_token (token_hash) VALUES ($1)`, [tokenHash]);
}

/** Removes the unclaimed setup tokens (an ADMIN exists: none may be claimed any more). */
export async function dropSetupTokens(em: EntityManager): Promise<void> {
  await em.query(`DELETE FROM setup_token WHERE claimed_at IS NULL`);
}

/**
 * Claims the setup token with this hash: its id, or null when there is none or it was claimed already. The row lock
 * of the UPDATE makes a concurrent claim of the same token wait and then find it claimed.
 */
export async function claimSetupToken(em: EntityManager, tokenHash: string): Promise<number | null> {
  const rows: Array<{ id: number }> = await em.query(
    `WITH claimed AS (
       UPDATE setup_token SET claimed_at = clock_timestamp() WHERE token_hash = $1 AND claimed_at IS NULL RETURNING id
     ) SELECT id FROM claimed`,
    [tokenHash],
  );
  return rows[0]?.id ?? null;
}

/** Records which API client the claimed setup token became. */
export async function setClaimedBy(em: EntityManager, id: number, clientId: number): Promise<void> {
  await em.query(`UPDATE setup_token SET claimed_by_id = $2 WHERE id = $1`, [id, clientId]);
}
