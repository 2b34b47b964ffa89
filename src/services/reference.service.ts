import type DataLoader from "dataloader";
import type { Context } from "../request/context";
import { Assessment, Development, Framework, Platform, Province, Source, Value, ValueRating } from "../entities";
import { canSeeAssessment } from "../db/visibility";
import { findByKey, resolvePlatforms, resolveProvinces } from "./scope.service";
import type { FrameworkKind, FrameworkLevel, FrameworkStatus } from "../domain/enums";
import { fromGlobalId } from "../entities/node";
import type { Loaders } from "../request/loaders";

export interface FrameworkFilter {
  levels?: FrameworkLevel[] | null;
  kinds?: FrameworkKind[] | null;
  statuses?: FrameworkStatus[] | null;
  platform?: string | null;
}

/** Reference data reads: provinces, platforms, frameworks, values, sources, developments. */
export class ReferenceService {
  static provinces(ctx: Context, codes?: string[] | null): Promise<Province[]> {
    return resolveProvinces(ctx.dataSource, ctx.loaders, codes);
  }

  /**
   * By CBS code (`PV26`), slug (`utrecht`), official name (`Fryslân`) or alternative name (`Friesland`), ignoring case,
   * accents and surrounding spaces (the provinces' one key rule, db/comparisons/dimensions.ts); null when there is none.
   */
  static province(ctx: Context, key: string): Promise<Province | null> {
    return findByKey(ctx.dataSource, ctx.loaders, "provinces", Province, key);
  }

  static platforms(ctx: Context): Promise<Platform[]> {
    return primed(ctx.loaders.platform, ctx.dataSource.getRepository(Platform).find({ order: { id: "ASC" } }));
  }

  /** By slug, ignoring case, accents and surrounding spaces; null when there is none. */
  static platform(ctx: Context, slug: string): Promise<Platform | null> {
    return findByKey(ctx.dataSource, ctx.loaders, "platforms", Platform, slug);
  }

  /** Errors: BAD_USER_INPUT when `filter.platform` is not a platform slug. */
  static async frameworks(ctx: Context, filter: FrameworkFilter = {}): Promise<Framework[]> {
    const qb = ctx.dataSource.getRepository(Framework).createQueryBuilder("f").orderBy("f.id");
    if (filter.levels) qb.andWhere("f.level = ANY(:levels)", { levels: filter.levels });
    if (filter.kinds) qb.andWhere("f.kind = ANY(:kinds)", { kinds: filter.kinds });
    if (filter.statuses) qb.andWhere("f.status = ANY(:statuses)", { statuses: filter.statuses });
    if (filter.platform) {
      const [platform] = await resolvePlatforms(ctx.dataSource, ctx.loaders, [filter.platform], "filter.platform");
      qb.andWhere(
        `EXISTS (SELECT 1 FROM framework_platform fp WHERE fp.framework_id = f.id AND fp.platform_id = :platformId)`,
        { platformId: platform.id },
      );
    }
    return primed(ctx.loaders.framework, qb.getMany());
  }

  /** By slug, ignoring case, accents and surrounding spaces; null when there is none. */
  static framework(ctx: Context, slug: string): Promise<Framework | null> {
    return findByKey(ctx.dataSource, ctx.loaders, "frameworks", Framework, slug);
  }

  static values(ctx: Context): Promise<Value[]> {
    return primed(ctx.loaders.value, ctx.dataSource.getRepository(Value).find({ order: { id: "ASC" } }));
  }

  static sources(ctx: Context): Promise<Source[]> {
    return primed(ctx.loaders.source, ctx.dataSource.getRepository(Source).find({ order: { id: "ASC" } }));
  }

  static developments(ctx: Context): Promise<Development[]> {
    return ctx.dataSource
      .getRepository(Development)
      .createQueryBuilder("d")
      .orderBy("d.occurred_on", "DESC", "NULLS LAST")
      .addOrderBy("d.id", "ASC")
      .getMany();
  }

  /**
   * `node(id:)`: any object by global id, through the request's loaders (so `nodes(ids:)` batches per type).
   * Null for unknown ids and for objects the viewer may not see (drafts).
   */
  static async node(ctx: Context, globalId: string): Promise<object | null> {
    const decoded = fromGlobalId(globalId);
    if (!decoded) return null;
    const loaderName = (decoded.typeName.charAt(0).toLowerCase() + decoded.typeName.slice(1)) as keyof Loaders;
    const loader = NODE_LOADERS.has(loaderName)
      ? (ctx.loaders[loaderName] as { load(id: number): Promise<object | null> })
      : null;
    if (!loader) return null;
    const node = await loader.load(decoded.id);
    if (!node || node.constructor.name !== decoded.typeName) return null;
    if (node instanceof Assessment) return canSeeAssessment(ctx.viewer, node) ? node : null;
    if (node instanceof ValueRating) {
      const assessment = await ctx.loaders.assessment.load(node.assessmentId);
      return assessment && canSeeAssessment(ctx.viewer, assessment) ? node : null;
    }
    return node;
  }
}

const NODE_LOADERS = new Set<keyof Loaders>([
  "province",
  "provinceAlternativeName",
  "platform",
  "presence",
  "platformStatus",
  "source",
  "value",
  "framework",
  "frameworkPosition",
  "platformFinding",
  "assessment",
  "valueRating",
  "exitCriterion",
  "exitCriterionReview",
  "exitCriterionRetirement",
  "development",
  "followerCount",
]);

async function primed<T extends { id: number }>(
  loader: DataLoader<number, T | null>,
  rows: Promise<T[]>,
): Promise<T[]> {
  const list = await rows;
  for (const row of list) loader.prime(row.id, row);
  return list;
}
