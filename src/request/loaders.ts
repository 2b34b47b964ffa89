import DataLoader from "dataloader";
import type { DataSource, EntityTarget, ObjectLiteral } from "typeorm";
import {
  Assessment,
  Development,
  ExitCriterion,
  ExitCriterionRetirement,
  ExitCriterionReview,
  FollowerCount,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Province,
  ProvinceAlternativeName,
  Source,
  Value,
  ValueRating,
  ApiClient,
} from "../entities";
import type { Viewer } from "../auth/viewer";
import { ReadBatch } from "../db/entity-rows";
import { latestRecorded, positionsInForce, reviewsInForce, statusesInForce } from "../db/in-force";
import { onlyVisibleAssessments } from "../db/visibility";

/**
 * The one loader factory: every batch loader of a request, created fresh per request (so caches never outlive a
 * request and never cross viewers). Each loader answers in the order of its keys, with one SQL statement per batch.
 */
export function createLoaders(dataSource: DataSource, viewer: Viewer) {
  // Dispatch a batch once every pending promise job has run (setImmediate), not after the first one: type-graphql's
  // resolver wrapping spreads the loads of one list over several microtask turns, which would split the batch.
  const options = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };
  /** The request's JSON reads issued together go as one statement (db/entity-rows.ts). */
  const reads = new ReadBatch(dataSource);
  const byId = <T extends ObjectLiteral & { id: number }>(entity: EntityTarget<T>) =>
    new DataLoader<number, T | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(entity)
        .createQueryBuilder("e")
        .where("e.id = ANY(:ids)", { ids: [...ids] })
        .getMany();
      const map = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => map.get(id) ?? null);
    }, options);

  /** Rows grouped by a foreign-key column, each group in the given order. */
  const manyBy = <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    key: (row: T) => number,
    orderBy: Record<string, "ASC" | "DESC">,
  ) =>
    new DataLoader<number, T[]>(async (ids) => {
      const qb = dataSource
        .getRepository(entity)
        .createQueryBuilder("e")
        .where(`e.${column} = ANY(:ids)`, { ids: [...ids] });
      for (const [col, dir] of Object.entries(orderBy)) qb.addOrderBy(`e.${col}`, dir);
      return groupRows(ids, await qb.getMany(), key);
    }, options);

  /**
   * The newest `first` rows of each group (a list that grows with history): one loader per size, ranked in SQL so
   * that a presence's whole past is never read for a page of it.
   */
  const newestBy = <T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: string,
    key: (row: T) => number,
    orderBy: Record<string, "ASC" | "DESC">,
  ) => {
    const bySize = new Map<number, DataLoader<number, T[]>>();
    const order = Object.entries(orderBy).map(([col, dir]) => `"${col}" ${dir}`);
    return (first: number) => {
      let loader = bySize.get(first);
      if (!loader) {
        loader = new DataLoader<number, T[]>(async (ids) => {
          const table = dataSource.getMetadata(entity).tableName;
          const qb = dataSource
            .getRepository(entity)
            .createQueryBuilder("e")
            .where(
              `e.id IN (SELECT ranked.id FROM (SELECT id, row_number() OVER (PARTITION BY "${column}" ORDER BY ${order.join(", ")}) AS n FROM "${table}" WHERE "${column}" = ANY(:ids)) ranked WHERE ranked.n <= :first)`,
              { ids: [...ids], first },
            );
          for (const [col, dir] of Object.entries(orderBy)) qb.addOrderBy(`e.${col}`, dir);
          return groupRows(ids, await qb.getMany(), key);
        }, options);
        bySize.set(first, loader);
      }
      return loader;
    };
  };

  /** Latest status snapshot of each presence on `asOf` as the register stood at `knownAt` (null when none). */
  const statusAsOfLoaders = new Map<string, DataLoader<number, PlatformStatus | null>>();
  const statusAsOf = (asOf: string, knownAt: Date) => {
    const cacheKey = `${asOf}|${knownAt.toISOString()}`;
    let loader = statusAsOfLoaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (presenceIds) => {
        // The same rule as the comparisons (db/in-force.ts), through the request's read batch.
        const rows = await statusesInForce(dataSource, reads, presenceIds, asOf, knownAt);
        const map = new Map(rows.map((r) => [r.presenceId, r]));
        return presenceIds.map((id) => map.get(id) ?? null);
      }, options);
      statusAsOfLoaders.set(cacheKey, loader);
    }
    return loader;
  };

  /** The most recently recorded snapshot of each presence, whatever its validFrom (what `expectedLatestId` names). */
  const latestRecordedByPresence = new DataLoader<number, PlatformStatus | null>(async (presenceIds) => {
    const rows = await latestRecorded(dataSource.manager, presenceIds);
    const map = new Map(rows.map((r) => [r.presenceId, r]));
    return presenceIds.map((id) => map.get(id) ?? null);
  });

  /** Assessments of each province that the viewer may see (db/visibility.ts), newest `heldOn` first. */
  const visibleAssessmentsByProvince = new DataLoader<number, Assessment[]>(async (provinceIds) => {
    const qb = dataSource
      .getRepository(Assessment)
      .createQueryBuilder("e")
      .where("e.province_id = ANY(:ids)", { ids: [...provinceIds] });
    onlyVisibleAssessments(qb, "e", viewer);
    qb.orderBy("e.held_on", "DESC").addOrderBy("e.id", "DESC");
    return groupRows(provinceIds, await qb.getMany(), (a) => a.provinceId);
  }, options);

  /** Latest framework position per (province, framework) on `asOf` as recorded at `knownAt`, grouped by province. */
  const positionsAsOfLoaders = new Map<string, DataLoader<number, FrameworkPosition[]>>();
  const frameworkPositionsAsOf = (asOf: string, knownAt: Date) => {
    const cacheKey = `${asOf}|${knownAt.toISOString()}`;
    let loader = positionsAsOfLoaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (provinceIds) => {
        const rows = await positionsInForce(dataSource, [...provinceIds], null, asOf, knownAt);
        return groupRows(provinceIds, rows, (r) => r.provinceId);
      }, options);
      positionsAsOfLoaders.set(cacheKey, loader);
    }
    return loader;
  };

  /** The review in force of each criterion on `asOf` as the register stood at `knownAt` (null when none). */
  const reviewAsOfLoaders = new Map<string, DataLoader<number, ExitCriterionReview | null>>();
  const reviewAsOf = (asOf: string, knownAt: Date) => {
    const cacheKey = `${asOf}|${knownAt.toISOString()}`;
    let loader = reviewAsOfLoaders.get(cacheKey);
    if (!loader) {
      loader = new DataLoader(async (criterionIds) => {
        // The same rule as exitCriteriaMatrix (db/in-force.ts), through the request's read batch.
        const rows = await reviewsInForce(dataSource, reads, criterionIds, asOf, knownAt);
        const map = new Map(rows.map((r) => [r.criterionId, r]));
        return criterionIds.map((id) => map.get(id) ?? null);
      }, options);
      reviewAsOfLoaders.set(cacheKey, loader);
    }
    return loader;
  };

  const joinTable = (table: string, keyColumn: string, valueColumn: string) =>
    new DataLoader<number, number[]>(async (ids) => {
      const rows: Array<{ k: number; v: number }> = await dataSource.query(
        `SELECT "${keyColumn}" AS k, "${valueColumn}" AS v FROM "${table}" WHERE "${keyColumn}" = ANY($1) ORDER BY "${valueColumn}"`,
        [[...ids]],
      );
      return groupRows(ids, rows, (r) => r.k).map((group) => group.map((r) => r.v));
    }, options);

  return {
    reads,
    /** Whole dimensions ("all provinces", …) read once per request, whichever comparison asks first. */
    wholeDimensions: new Map<string, Promise<unknown>>(),
    province: byId(Province),
    platform: byId(Platform),
    presence: byId(Presence),
    platformStatus: byId(PlatformStatus),
    source: byId(Source),
    value: byId(Value),
    framework: byId(Framework),
    frameworkPosition: byId(FrameworkPosition),
    platformFinding: byId(PlatformFinding),
    assessment: byId(Assessment),
    valueRating: byId(ValueRating),
    exitCriterion: byId(ExitCriterion),
    exitCriterionReview: byId(ExitCriterionReview),
    exitCriterionRetirement: byId(ExitCriterionRetirement),
    development: byId(Development),
    followerCount: byId(FollowerCount),
    apiClient: byId(ApiClient),
    presencesByProvince: manyBy(Presence, "province_id", (r) => r.provinceId, { platform_id: "ASC" }),
    presencesByPlatform: manyBy(Presence, "platform_id", (r) => r.platformId, { province_id: "ASC" }),
    historyByPresence: newestBy(PlatformStatus, "presence_id", (r) => r.presenceId, {
      valid_from: "DESC",
      recorded_at: "DESC",
      id: "DESC",
    }),
    followerCountsByPresence: newestBy(FollowerCount, "presence_id", (r) => r.presenceId, {
      measured_on: "DESC",
      id: "DESC",
    }),
    ratingsByAssessment: manyBy(ValueRating, "assessment_id", (r) => r.assessmentId, { value_id: "ASC", id: "ASC" }),
    provinceAlternativeName: byId(ProvinceAlternativeName),
    alternativeNamesByProvince: manyBy(ProvinceAlternativeName, "province_id", (r) => r.provinceId, { id: "ASC" }),
    exitCriteriaByProvince: manyBy(ExitCriterion, "province_id", (r) => r.provinceId, { id: "ASC" }),
    reviewsByCriterion: manyBy(ExitCriterionReview, "criterion_id", (r) => r.criterionId, {
      reviewed_on: "ASC",
      recorded_at: "ASC",
      id: "ASC",
    }),
    retirementsByCriterion: manyBy(ExitCriterionRetirement, "criterion_id", (r) => r.criterionId, { id: "ASC" }),
    findingsByFramework: manyBy(PlatformFinding, "framework_id", (r) => r.frameworkId, {
      occurred_on: "ASC",
      id: "ASC",
    }),
    findingsByPlatform: manyBy(PlatformFinding, "platform_id", (r) => r.platformId, { occurred_on: "ASC", id: "ASC" }),
    platformIdsByFramework: joinTable("framework_platform", "framework_id", "platform_id"),
    provinceIdsByDevelopment: joinTable("development_province", "development_id", "province_id"),
    visibleAssessmentsByProvince,
    latestRecordedByPresence,
    statusAsOf,
    frameworkPositionsAsOf,
    reviewAsOf,
  };
}

export type Loaders = ReturnType<typeof createLoaders>;

function groupRows<R>(keys: readonly number[], rows: R[], key: (row: R) => number): R[][] {
  const groups = new Map<number, R[]>();
  for (const row of rows) {
    const k = Number(key(row));
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return keys.map((k) => groups.get(k) ?? []);
}

/** Loads many ids through a by-id loader and drops the missing ones. */
export async function loadAll<T>(loader: DataLoader<number, T | null>, ids: readonly number[]): Promise<T[]> {
  return (await loader.loadMany(ids)).filter((x): x is T => x !== null && !(x instanceof Error));
}
