import type { DataSource } from "typeorm";

/**
 * Hand-made fixtures, inserted with plain SQL (history tables are append-only: a correction is a new row with an
 * explicit, later `recorded_at`). Every helper takes natural keys and returns the new row's id.
 */
export interface SnapshotFixture {
  province: string;
  platform: string;
  status: "ACTIVE" | "INACTIVE" | "LEFT" | "NOT_PRESENT";
  validFrom: string;
  recordedAt: string;
  commentsEnabled?: boolean | null;
  engagement?: boolean | null;
  purposes?: string[];
  paidContent?: string | null;
}

export async function insertSnapshot(ds: DataSource, s: SnapshotFixture): Promise<number> {
  const [presence]: Array<{ id: number }> = await ds.query(
    `INSERT INTO presence (province_id, platform_id)
     SELECT pr.id, pl.id FROM province pr, platform pl WHERE pr.code = $1 AND pl.slug = $2
     ON CONFLICT (province_id, platform_id) DO UPDATE SET accounts = presence.accounts RETURNING id`,
    [s.province, s.platform],
  );
  if (!presence) throw new Error(`fixture: unknown province ${s.province} or platform ${s.platform}`);
  const [row]: Array<{ id: number }> = await ds.query(
    `INSERT INTO platform_status (presence_id, status, valid_from, comments_enabled, engagement, purposes, paid_content, recorded_at)
     VALUES ($1, $2, $3, $4, $5, $6::purpose[], $7, $8) RETURNING id`,
    [
      presence.id,
      s.status,
      s.validFrom,
      s.commentsEnabled ?? null,
      s.engagement ?? null,
      `{${(s.purposes ?? []).join(",")}}`,
      s.paidContent ?? null,
      s.recordedAt,
    ],
  );
  return row.id;
}

export async function insertPosition(
  ds: DataSource,
  p: { province: string; framework: string; stance: string; since: string; recordedAt: string; note?: string },
): Promise<number> {
  const [row]: Array<{ id: number }> = await ds.query(
    `INSERT INTO framework_position (province_id, framework_id, stance, since, note, recorded_at)
     SELECT pr.id, f.id, $3, $4, $5, $6 FROM province pr, framework f WHERE pr.code = $1 AND f.slug = $2 RETURNING id`,
    [p.province, p.framework, p.stance, p.since, p.note ?? null, p.recordedAt],
  );
  return row.id;
}

export interface AssessmentFixture {
  province: string;
  heldOn: string;
  state?: "DRAFT" | "PUBLISHED" | "WITHDRAWN";
  publishedAt?: string | null;
  withdrawnAt?: string | null;
  /** value slug -> impact; `slug@platform` for a platform-specific rating. */
  ratings: Record<string, "NONE" | "MODERATE" | "HIGH">;
}

export async function insertAssessment(ds: DataSource, a: AssessmentFixture): Promise<number> {
  const state = a.state ?? "PUBLISHED";
  const [row]: Array<{ id: number }> = await ds.query(
    `INSERT INTO assessment (province_id, held_on, method, state, published_at, withdrawn_at)
     SELECT id, $2, 'Toets (fixture)', $3, $4, $5 FROM province WHERE code = $1 RETURNING id`,
    [
      a.province,
      a.heldOn,
      state,
      state === "DRAFT" ? null : (a.publishedAt ?? "2026-01-15T10:00:00Z"),
      a.withdrawnAt ?? null,
    ],
  );
  for (const [key, impact] of Object.entries(a.ratings)) {
    const [value, platform] = key.split("@");
    await ds.query(
      `INSERT INTO value_rating (assessment_id, value_id, platform_id, impact)
       SELECT $1, v.id, (SELECT id FROM platform WHERE slug = $3), $4 FROM value v WHERE v.slug = $2`,
      [row.id, value, platform ?? null, impact],
    );
  }
  return row.id;
}
