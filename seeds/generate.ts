import type { DataSource } from "typeorm";
import { AssessmentState, PaidContent, PresenceStatus, Purpose, Stance, Impact } from "../src/domain/enums";

/**
 * A synthetic data set for statement-count tests and the benchmark — never for the real register. It adds
 * `bodies - 12` generated public bodies (CBS-style municipality codes `GM0001`…, named "(gegenereerd)") next to the
 * twelve provinces, and for each generated body (and, with `includeProvinces`, each province too):
 * a presence on `platformsPerBody` platforms with `snapshotsPerPresence` status snapshots spread over 2015–2026
 * (one in ten future-dated, one in ten a correction with the same `validFrom`), one published assessment rating
 * every value, and stances on up to three frameworks.
 *
 * Deterministic (seeded PRNG), set-based (a handful of INSERT … SELECT FROM unnest statements), in one transaction.
 * Run it on a seeded database (it uses the seeded platforms, values and frameworks).
 */
export interface GenerateOptions {
  bodies: number;
  platformsPerBody?: number;
  snapshotsPerPresence?: number;
  includeProvinces?: boolean;
  seed?: number;
}

export interface GeneratedCounts {
  bodies: number;
  presences: number;
  snapshots: number;
  ratings: number;
}

export async function generateDataSet(dataSource: DataSource, options: GenerateOptions): Promise<GeneratedCounts> {
  const platformsPerBody = options.platformsPerBody ?? 10;
  const snapshotsPerPresence = options.snapshotsPerPresence ?? 10;
  const random = mulberry32(options.seed ?? 42);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];

  return dataSource.transaction(async (m) => {
    const extra = Math.max(0, options.bodies - 12);
    const codes = Array.from({ length: extra }, (_, i) => `GM${String(i + 1).padStart(4, "0")}`);
    if (codes.length > 0) {
      await m.query(
        `INSERT INTO province (code, name, slug, iso_code, tooi_id)
         SELECT c, 'Overheid ' || c || ' (gegenereerd)', lower(c), NULL, 'urn:generated:' || lower(c) FROM unnest($1::text[]) AS c
         ON CONFLICT (code) DO NOTHING`,
        [codes],
      );
    }
    const bodyRows: Array<{ id: number }> = await m.query(
      `SELECT id FROM province WHERE code = ANY($1) ${options.includeProvinces ? "OR code LIKE 'PV%'" : ""} ORDER BY code`,
      [codes],
    );
    const platformRows: Array<{ id: number }> = await m.query(`SELECT id FROM platform ORDER BY id LIMIT $1`, [
      platformsPerBody,
    ]);
    const valueRows: Array<{ id: number }> = await m.query(`SELECT id FROM value ORDER BY id`);
    const frameworkRows: Array<{ id: number }> = await m.query(`SELECT id FROM framework ORDER BY id`);

    // Presences (existing ones, e.g. a province's seeded presence, are reused).
    const pairs = bodyRows.flatMap((b) => platformRows.map((p) => [b.id, p.id] as const));
    await m.query(
      `INSERT INTO presence (province_id, platform_id)
       SELECT * FROM unnest($1::int[], $2::int[]) ON CONFLICT (province_id, platform_id) DO NOTHING`,
      [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
    );
    const presences: Array<{ id: number }> = await m.query(
      `SELECT id FROM presence WHERE province_id = ANY($1) AND platform_id = ANY($2) ORDER BY id`,
      [bodyRows.map((b) => b.id), platformRows.map((p) => p.id)],
    );

    const statuses = Object.values(PresenceStatus);
    const purposes = Object.values(Purpose);
    const paid = Object.values(PaidContent);
    const s = {
      presence: [] as number[],
      status: [] as string[],
      validFrom: [] as string[],
      comments: [] as Array<boolean | null>,
      engagement: [] as Array<boolean | null>,
      purposes: [] as string[],
      paid: [] as Array<string | null>,
      recordedAt: [] as string[],
    };
    const day = 86_400_000;
    const start = Date.UTC(2015, 0, 1);
    for (const presence of presences) {
      let previous = "";
      for (let i = 0; i < snapshotsPerPresence; i++) {
        const correction = i > 0 && random() < 0.1;
        const validFrom = correction
          ? previous
          : isoDate(start + Math.floor(((i + random()) / snapshotsPerPresence) * 12 * 365) * day);
        previous = validFrom;
        s.presence.push(presence.id);
        s.status.push(pick(statuses));
        s.validFrom.push(validFrom);
        s.comments.push(random() < 0.2 ? null : random() < 0.5);
        s.engagement.push(random() < 0.2 ? null : random() < 0.5);
        s.purposes.push(`{${[pick(purposes), pick(purposes)].filter((v, k, a) => a.indexOf(v) === k).join(",")}}`);
        s.paid.push(random() < 0.3 ? null : pick(paid));
        s.recordedAt.push(new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString());
      }
    }
    await m.query(
      `INSERT INTO platform_status (presence_id, status, valid_from, comments_enabled, engagement, purposes, paid_content, reason, recorded_at)
       SELECT p, st::presence_status, vf, c, e, pu::purpose[], pc::paid_content, 'gegenereerd', ra
       FROM unnest($1::int[], $2::text[], $3::date[], $4::bool[], $5::bool[], $6::text[], $7::text[], $8::timestamptz[]) AS t(p, st, vf, c, e, pu, pc, ra)`,
      [s.presence, s.status, s.validFrom, s.comments, s.engagement, s.purposes, s.paid, s.recordedAt],
    );

    // One published assessment per body, rating every value.
    const assessments: Array<{ id: number }> = await m.query(
      `INSERT INTO assessment (province_id, held_on, method, state, published_at)
       SELECT b, $2::date, 'Gegenereerde toetsing', $3::assessment_state, $4::timestamptz FROM unnest($1::int[]) AS b
       RETURNING id`,
      [bodyRows.map((b) => b.id), "2024-06-01", AssessmentState.PUBLISHED, "2024-06-02T10:00:00Z"],
    );
    const impacts = Object.values(Impact);
    const r = { assessment: [] as number[], value: [] as number[], impact: [] as string[] };
    for (const a of assessments) {
      for (const v of valueRows) {
        r.assessment.push(a.id);
        r.value.push(v.id);
        r.impact.push(pick(impacts));
      }
    }
    await m.query(
      `INSERT INTO value_rating (assessment_id, value_id, impact)
       SELECT a, v, i::impact FROM unnest($1::int[], $2::int[], $3::text[]) AS t(a, v, i)`,
      [r.assessment, r.value, r.impact],
    );

    // Stances on up to three frameworks.
    const stances = Object.values(Stance);
    const f = { province: [] as number[], framework: [] as number[], stance: [] as string[], since: [] as string[] };
    for (const b of bodyRows) {
      for (const fw of frameworkRows.slice(0, 3)) {
        if (random() < 0.3) continue;
        f.province.push(b.id);
        f.framework.push(fw.id);
        f.stance.push(pick(stances));
        f.since.push(isoDate(start + Math.floor(random() * 10 * 365) * day));
      }
    }
    await m.query(
      `INSERT INTO framework_position (province_id, framework_id, stance, since)
       SELECT p, fw, st::stance, si FROM unnest($1::int[], $2::int[], $3::text[], $4::date[]) AS t(p, fw, st, si)`,
      [f.province, f.framework, f.stance, f.since],
    );
    return {
      bodies: bodyRows.length,
      presences: presences.length,
      snapshots: s.presence.length,
      ratings: r.assessment.length,
    };
  });
}

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Small deterministic PRNG (public-domain mulberry32). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
