import { Assessment, PlatformStatus, ValueRating } from "../entities";
import { entityRows, hotQuery, queryJsonRows } from "../db/entity-rows";
import type { Context } from "../context";
import { ComparisonImpact, ComparisonStatus } from "../schema/enums";
import { StatusCell, StatusMatrix, StatusMatrixRow, ValueCell, ValueMatrix, ValueMatrixRow } from "../schema/comparison.types";
import { resolvePlatforms, resolveProvinces, resolveValues } from "./scope.service";

export interface StatusMatrixArgs {
  asOf?: string | null;
  knownAt?: Date | null;
  provinces?: string[] | null;
  platforms?: string[] | null;
}

export interface ValueMatrixArgs {
  asOf?: string | null;
  knownAt?: Date | null;
  provinces?: string[] | null;
  values?: string[] | null;
  platform?: string | null;
}

/**
 * The comparisons. Each runs a fixed number of SQL statements whatever the number of provinces, platforms or
 * values: one per dimension (provinces, platforms/values) and one for the facts, all set-based.
 */
export class ComparisonService {
  /** Presence status of every province in scope on every platform in scope: 3 statements (+1 if `source` is asked). */
  static async statusMatrix(ctx: Context, args: StatusMatrixArgs): Promise<StatusMatrix> {
    const asOf = args.asOf ?? ctx.today;
    const knownAt = args.knownAt ?? ctx.now;
    const provinces = await resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces);
    const platforms = await resolvePlatforms(ctx.dataSource, ctx.loaders, args.platforms);
    // Raw SQL mapped to entities (see db/entity-rows.ts), without the query builder's per-row hydration cost. The
    // latest snapshot per presence (latest validFrom, then latest recordedAt, then id) as one backward step on
    // platform_status_latest_idx per presence (LATERAL … LIMIT 1): DISTINCT ON sorted every snapshot of every
    // presence in scope, 4x slower at 420 bodies (and spilling to disk with the default work_mem).
    const byCell = new Map<string, PlatformStatus>();
    if (provinces.length > 0 && platforms.length > 0) {
      const snapshot = entityRows(ctx.dataSource, PlatformStatus, "s");
      const cells = await queryJsonRows(
        ctx.dataSource,
        `SELECT COALESCE(json_agg(json_build_array("p"."province_id", "p"."platform_id", ${snapshot.jsonColumns})), '[]')::text AS "json"
         FROM "presence" "p"
         CROSS JOIN LATERAL (
           SELECT * FROM "platform_status" "x"
           WHERE "x"."presence_id" = "p"."id" AND "x"."valid_from" <= $3 AND "x"."recorded_at" <= $4
           ORDER BY "x"."valid_from" DESC, "x"."recorded_at" DESC, "x"."id" DESC
           LIMIT 1
         ) "s"
         WHERE "p"."province_id" = ANY($1) AND "p"."platform_id" = ANY($2)`,
        [provinces.map((p) => p.id), platforms.map((p) => p.id), asOf, knownAt],
      );
      for (const c of cells) byCell.set(`${c[0]}:${c[1]}`, snapshot.fromJson(c, 2));
    }
    const rows = provinces.map((province) => {
      const row = new StatusMatrixRow();
      row.province = province;
      row.cells = platforms.map((platform) => toStatusCell(platform, byCell.get(`${province.id}:${platform.id}`) ?? null));
      return row;
    });
    return Object.assign(new StatusMatrix(), { asOf, knownAt, platforms, rows });
  }

  /**
   * Latest published rating per province and value on `asOf` (assessments held on or before it, published and not
   * withdrawn at `knownAt`). Without `platform`: ratings that apply to all platforms. With `platform`: ratings for
   * that platform or for all platforms, the most recent assessment first and, on the same day, the platform-specific
   * rating. 3 statements (4 with `platform`).
   */
  static async valueMatrix(ctx: Context, args: ValueMatrixArgs): Promise<ValueMatrix> {
    const asOf = args.asOf ?? ctx.today;
    const knownAt = args.knownAt ?? ctx.now;
    const provinces = await resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces);
    const values = await resolveValues(ctx.dataSource, ctx.loaders, args.values);
    const platform = args.platform ? (await resolvePlatforms(ctx.dataSource, ctx.loaders, [args.platform]))[0] : null;
    // Raw SQL mapped to entities (see db/entity-rows.ts): per province and value the latest assessment's rating;
    // on the same day the platform-specific one; then the latest published; then the latest rating.
    const byCell = new Map<string, ValueRating>();
    if (provinces.length > 0 && values.length > 0) {
      const rating = entityRows(ctx.dataSource, ValueRating, "r");
      const assessment = entityRows(ctx.dataSource, Assessment, "a");
      const params: unknown[] = [provinces.map((p) => p.id), values.map((v) => v.id), asOf, knownAt];
      let platformCondition = `COALESCE("r"."platform_id", "a"."platform_id") IS NULL`;
      if (platform) {
        params.push(platform.id);
        platformCondition = `(COALESCE("r"."platform_id", "a"."platform_id") IS NULL OR COALESCE("r"."platform_id", "a"."platform_id") = $5)`;
      }
      // One statement: the chosen ratings, then each of their assessments once (not once per rating).
      const result = await hotQuery<{ ratings: string; assessments: string }>(
        ctx.dataSource,
        `WITH "picked" AS (
           SELECT DISTINCT ON ("a"."province_id", "r"."value_id") "r"."id" AS "rating_id", "a"."id" AS "assessment_id"
           FROM "value_rating" "r" INNER JOIN "assessment" "a" ON "a"."id" = "r"."assessment_id"
           WHERE "a"."province_id" = ANY($1) AND "r"."value_id" = ANY($2) AND "a"."held_on" <= $3
             AND "a"."published_at" <= $4 AND ("a"."withdrawn_at" IS NULL OR "a"."withdrawn_at" > $4) AND ${platformCondition}
           ORDER BY "a"."province_id", "r"."value_id", "a"."held_on" DESC,
                    CASE WHEN COALESCE("r"."platform_id", "a"."platform_id") IS NULL THEN 0 ELSE 1 END DESC,
                    "a"."published_at" DESC, "r"."id" DESC
         )
         SELECT
           (SELECT COALESCE(json_agg(json_build_array(${rating.jsonColumns})), '[]') FROM "value_rating" "r"
             WHERE "r"."id" IN (SELECT "rating_id" FROM "picked"))::text AS "ratings",
           (SELECT COALESCE(json_agg(json_build_array(${assessment.jsonColumns})), '[]') FROM "assessment" "a"
             WHERE "a"."id" IN (SELECT "assessment_id" FROM "picked"))::text AS "assessments"`,
        params,
      );
      const { ratings, assessments } = result[0];
      const byId = new Map<number, Assessment>();
      for (const values of JSON.parse(assessments) as unknown[][]) {
        const a = assessment.fromJson(values);
        byId.set(a.id, a);
        ctx.loaders.assessment.prime(a.id, a);
      }
      for (const values of JSON.parse(ratings) as unknown[][]) {
        const row = rating.fromJson(values);
        const a = byId.get(row.assessmentId)!;
        row.assessment = a;
        byCell.set(`${a.provinceId}:${row.valueId}`, row);
      }
    }
    const rows = provinces.map((province) => {
      const row = new ValueMatrixRow();
      row.province = province;
      row.cells = values.map((value) => {
        const rating = byCell.get(`${province.id}:${value.id}`) ?? null;
        return Object.assign(new ValueCell(), {
          value,
          rating,
          assessment: rating?.assessment ?? null,
          impact: rating ? (rating.impact as unknown as ComparisonImpact) : ComparisonImpact.UNKNOWN,
        });
      });
      return row;
    });
    return Object.assign(new ValueMatrix(), { asOf, knownAt, platform, values, rows });
  }
}

function toStatusCell(platform: StatusCell["platform"], s: PlatformStatus | null): StatusCell {
  return Object.assign(new StatusCell(), {
    platform,
    status: s ? (s.status as unknown as ComparisonStatus) : ComparisonStatus.UNKNOWN,
    commentsEnabled: s?.commentsEnabled ?? null,
    engagement: s?.engagement ?? null,
    purposes: s?.purposes ?? [],
    paidContent: s?.paidContent ?? null,
    validFrom: s?.validFrom ?? null,
    validFromBasis: s?.validFromBasis ?? null,
    snapshot: s,
    sourceId: s?.sourceId ?? null,
  });
}
