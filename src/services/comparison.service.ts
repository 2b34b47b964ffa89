import { Assessment, PlatformStatus, ValueRating } from "../entities";
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
    const snapshots =
      provinces.length === 0 || platforms.length === 0
        ? []
        : await ctx.dataSource
            .getRepository(PlatformStatus)
            .createQueryBuilder("s")
            .innerJoinAndSelect("s.presence", "p")
            .distinctOn(["s.presence_id"])
            .where("p.province_id = ANY(:provinceIds)", { provinceIds: provinces.map((p) => p.id) })
            .andWhere("p.platform_id = ANY(:platformIds)", { platformIds: platforms.map((p) => p.id) })
            .andWhere("s.valid_from <= :asOf", { asOf })
            .andWhere("s.recorded_at <= :knownAt", { knownAt })
            .orderBy("s.presence_id")
            .addOrderBy("s.valid_from", "DESC")
            .addOrderBy("s.recorded_at", "DESC")
            .addOrderBy("s.id", "DESC")
            .getMany();
    const byCell = new Map(snapshots.map((s) => [`${s.presence!.provinceId}:${s.presence!.platformId}`, s]));
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
    let ratings: ValueRating[] = [];
    if (provinces.length > 0 && values.length > 0) {
      const qb = ctx.dataSource
        .getRepository(ValueRating)
        .createQueryBuilder("r")
        .innerJoinAndSelect("r.assessment", "a")
        .addSelect("CASE WHEN COALESCE(r.platform_id, a.platform_id) IS NULL THEN 0 ELSE 1 END", "specificity")
        .distinctOn(["a.province_id", "r.value_id"])
        .where("a.province_id = ANY(:provinceIds)", { provinceIds: provinces.map((p) => p.id) })
        .andWhere("r.value_id = ANY(:valueIds)", { valueIds: values.map((v) => v.id) })
        .andWhere("a.held_on <= :asOf", { asOf })
        .andWhere("a.published_at <= :knownAt AND (a.withdrawn_at IS NULL OR a.withdrawn_at > :knownAt)", { knownAt });
      if (platform) qb.andWhere("(COALESCE(r.platform_id, a.platform_id) IS NULL OR COALESCE(r.platform_id, a.platform_id) = :platformId)", { platformId: platform.id });
      else qb.andWhere("COALESCE(r.platform_id, a.platform_id) IS NULL");
      ratings = await qb
        .orderBy("a.province_id")
        .addOrderBy("r.value_id")
        .addOrderBy("a.held_on", "DESC")
        .addOrderBy("specificity", "DESC")
        .addOrderBy("a.published_at", "DESC")
        .addOrderBy("r.id", "DESC")
        .getMany();
    }
    const byCell = new Map(ratings.map((r) => [`${r.assessment!.provinceId}:${r.valueId}`, r]));
    for (const r of ratings) ctx.loaders.assessment.prime(r.assessmentId, r.assessment as Assessment);
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
