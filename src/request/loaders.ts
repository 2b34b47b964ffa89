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
 * Dispatch a batch once every pending promise job has run (setImmediate), not after the first one: type-graphql's
 * resolver wrapping spreads the loads of one list over several microtask turns, which would split the batch.
 */
const OPTIONS = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

/** Rows by id, in the order of the ids (null for a missing one). */
function byId<T extends ObjectLiteral & { id: number }>(dataSource: DataSource, entity: EntityTarget<T>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = await dataSource
      .getRepository(entity)
      .createQueryBuilder("e")
      .where("e.id = ANY(:ids)", { ids: [...ids] })
      .getMany();
    const map = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => map.get(id) ?? null);
  }, OPTIONS);
}

/** Rows grouped by a foreign-key column, each group in the given order. */
function manyBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: string,
  key: (row: T) => number,
  orderBy: Record<string, "ASC" | "DESC">,
) {
  return new DataLoader<number, T[]>(async (ids) => {
    const qb = dataSource
      .getRepository(entity)
      .createQueryBuilder("e")
      .where(`e.${column} = ANY(:ids)`, { ids: [...ids] });
    for (const [col, dir] of Object.entries(orderBy)) qb.addOrderBy(`e.${col}`, dir);
    return groupRows(ids, await qb.getMany(), key);
  }, OPTIONS);
}

/**
 * The newest `first` rows of each group (a list that grows with history), ranked in SQL so that a presence's whole
 * past is never read for a page of it.
 */
function newestBy<T extends ObjectLiteral>(
  dataSource: DataSource,
  entity: EntityTarget<T>,
  column: string,
  key: (row: T) => number,
  orderBy: Record<string, "ASC" | "DESC">,
  first: number,
) {
  const order = Object.entries(orderBy).map(([col, dir]) => `"${col}" ${dir}`);
  return new DataLoader<number, T[]>(async (ids) => {
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
  }, OPTIONS);
}

/** The values of a join table per key, in value order. */
function joinTable(dataSource: DataSource, table: string, keyColumn: string, valueColumn: string) {
  return new DataLoader<number, number[]>(async (ids) => {
    const rows: Array<{ k: number; v: number }> = await dataSource.query(
      `SELECT "${keyColumn}" AS k, "${valueColumn}" AS v FROM "${table}" WHERE "${keyColumn}" = ANY($1) ORDER BY "${valueColumn}"`,
      [[...ids]],
    );
    return groupRows(ids, rows, (r) => r.k).map((group) => group.map((r) => r.v));
  }, OPTIONS);
}

/** One loader per key (a date pair, a page size), made when first asked for. */
function keyed<K, L>(loaders: Map<K, L> | undefined, key: K, make: () => L): [Map<K, L>, L] {
  const map = loaders ?? new Map<K, L>();
  let loader = map.get(key);
  if (loader === undefined) map.set(key, (loader = make()));
  return [map, loader];
}

/**
 * The one loader factory: every batch loader of a request, created fresh per request (so caches never outlive a
 * request and never cross viewers). Each loader answers in the order of its keys, with one SQL statement per batch.
 * A loader is made when the request first asks for it (a getter): a request uses a few of these ~35, and making all
 * of them for every request was most of what V8 promoted per request (bench/README.md, "Issue 15, fourth pass").
 */
export class Loaders {
  /** The request's JSON reads issued together go as one statement (db/entity-rows.ts). */
  readonly reads: ReadBatch;
  /** Whole dimensions ("all provinces", …) read once per request, whichever comparison asks first. */
  readonly wholeDimensions = new Map<string, Promise<unknown>>();
  #province?: DataLoader<number, Province | null>;
  #platform?: DataLoader<number, Platform | null>;
  #presence?: DataLoader<number, Presence | null>;
  #platformStatus?: DataLoader<number, PlatformStatus | null>;
  #source?: DataLoader<number, Source | null>;
  #value?: DataLoader<number, Value | null>;
  #framework?: DataLoader<number, Framework | null>;
  #frameworkPosition?: DataLoader<number, FrameworkPosition | null>;
  #platformFinding?: DataLoader<number, PlatformFinding | null>;
  #assessment?: DataLoader<number, Assessment | null>;
  #valueRating?: DataLoader<number, ValueRating | null>;
  #exitCriterion?: DataLoader<number, ExitCriterion | null>;
  #exitCriterionReview?: DataLoader<number, ExitCriterionReview | null>;
  #exitCriterionRetirement?: DataLoader<number, ExitCriterionRetirement | null>;
  #development?: DataLoader<number, Development | null>;
  #followerCount?: DataLoader<number, FollowerCount | null>;
  #apiClient?: DataLoader<number, ApiClient | null>;
  #provinceAlternativeName?: DataLoader<number, ProvinceAlternativeName | null>;
  #presencesByProvince?: DataLoader<number, Presence[]>;
  #presencesByPlatform?: DataLoader<number, Presence[]>;
  #ratingsByAssessment?: DataLoader<number, ValueRating[]>;
  #alternativeNamesByProvince?: DataLoader<number, ProvinceAlternativeName[]>;
  #exitCriteriaByProvince?: DataLoader<number, ExitCriterion[]>;
  #reviewsByCriterion?: DataLoader<number, ExitCriterionReview[]>;
  #retirementsByCriterion?: DataLoader<number, ExitCriterionRetirement[]>;
  #findingsByFramework?: DataLoader<number, PlatformFinding[]>;
  #findingsByPlatform?: DataLoader<number, PlatformFinding[]>;
  #platformIdsByFramework?: DataLoader<number, number[]>;
  #provinceIdsByDevelopment?: DataLoader<number, number[]>;
  #visibleAssessmentsByProvince?: DataLoader<number, Assessment[]>;
  #latestRecordedByPresence?: DataLoader<number, PlatformStatus | null>;
  #historyByPresence?: Map<number, DataLoader<number, PlatformStatus[]>>;
  #followerCountsByPresence?: Map<number, DataLoader<number, FollowerCount[]>>;
  #statusAsOf?: Map<string, DataLoader<number, PlatformStatus | null>>;
  #frameworkPositionsAsOf?: Map<string, DataLoader<number, FrameworkPosition[]>>;
  #reviewAsOf?: Map<string, DataLoader<number, ExitCriterionReview | null>>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly viewer: Viewer,
  ) {
    this.reads = new ReadBatch(dataSource);
  }

  get province() {
    return (this.#province ??= byId(this.dataSource, Province));
  }
  get platform() {
    return (this.#platform ??= byId(this.dataSource, Platform));
  }
  get presence() {
    return (this.#presence ??= byId(this.dataSource, Presence));
  }
  get platformStatus() {
    return (this.#platformStatus ??= byId(this.dataSource, PlatformStatus));
  }
  get source() {
    return (this.#source ??= byId(this.dataSource, Source));
  }
  get value() {
    return (this.#value ??= byId(this.dataSource, Value));
  }
  get framework() {
    return (this.#framework ??= byId(this.dataSource, Framework));
  }
  get frameworkPosition() {
    return (this.#frameworkPosition ??= byId(this.dataSource, FrameworkPosition));
  }
  get platformFinding() {
    return (this.#platformFinding ??= byId(this.dataSource, PlatformFinding));
  }
  get assessment() {
    return (this.#assessment ??= byId(this.dataSource, Assessment));
  }
  get valueRating() {
    return (this.#valueRating ??= byId(this.dataSource, ValueRating));
  }
  get exitCriterion() {
    return (this.#exitCriterion ??= byId(this.dataSource, ExitCriterion));
  }
  get exitCriterionReview() {
    return (this.#exitCriterionReview ??= byId(this.dataSource, ExitCriterionReview));
  }
  get exitCriterionRetirement() {
    return (this.#exitCriterionRetirement ??= byId(this.dataSource, ExitCriterionRetirement));
  }
  get development() {
    return (this.#development ??= byId(this.dataSource, Development));
  }
  get followerCount() {
    return (this.#followerCount ??= byId(this.dataSource, FollowerCount));
  }
  get apiClient() {
    return (this.#apiClient ??= byId(this.dataSource, ApiClient));
  }
  get provinceAlternativeName() {
    return (this.#provinceAlternativeName ??= byId(this.dataSource, ProvinceAlternativeName));
  }
  get presencesByProvince() {
    return (this.#presencesByProvince ??= manyBy(this.dataSource, Presence, "province_id", (r) => r.provinceId, {
      platform_id: "ASC",
    }));
  }
  get presencesByPlatform() {
    return (this.#presencesByPlatform ??= manyBy(this.dataSource, Presence, "platform_id", (r) => r.platformId, {
      province_id: "ASC",
    }));
  }
  get ratingsByAssessment() {
    return (this.#ratingsByAssessment ??= manyBy(this.dataSource, ValueRating, "assessment_id", (r) => r.assessmentId, {
      value_id: "ASC",
      id: "ASC",
    }));
  }
  get alternativeNamesByProvince() {
    return (this.#alternativeNamesByProvince ??= manyBy(
      this.dataSource,
      ProvinceAlternativeName,
      "province_id",
      (r) => r.provinceId,
      { id: "ASC" },
    ));
  }
  get exitCriteriaByProvince() {
    return (this.#exitCriteriaByProvince ??= manyBy(
      this.dataSource,
      ExitCriterion,
      "province_id",
      (r) => r.provinceId,
      {
        id: "ASC",
      },
    ));
  }
  get reviewsByCriterion() {
    return (this.#reviewsByCriterion ??= manyBy(
      this.dataSource,
      ExitCriterionReview,
      "criterion_id",
      (r) => r.criterionId,
      { reviewed_on: "ASC", recorded_at: "ASC", id: "ASC" },
    ));
  }
  get retirementsByCriterion() {
    return (this.#retirementsByCriterion ??= manyBy(
      this.dataSource,
      ExitCriterionRetirement,
      "criterion_id",
      (r) => r.criterionId,
      { id: "ASC" },
    ));
  }
  get findingsByFramework() {
    return (this.#findingsByFramework ??= manyBy(
      this.dataSource,
      PlatformFinding,
      "framework_id",
      (r) => r.frameworkId,
      { occurred_on: "ASC", id: "ASC" },
    ));
  }
  get findingsByPlatform() {
    return (this.#findingsByPlatform ??= manyBy(this.dataSource, PlatformFinding, "platform_id", (r) => r.platformId, {
      occurred_on: "ASC",
      id: "ASC",
    }));
  }
  get platformIdsByFramework() {
    return (this.#platformIdsByFramework ??= joinTable(
      this.dataSource,
      "framework_platform",
      "framework_id",
      "platform_id",
    ));
  }
  get provinceIdsByDevelopment() {
    return (this.#provinceIdsByDevelopment ??= joinTable(
      this.dataSource,
      "development_province",
      "development_id",
      "province_id",
    ));
  }

  /** Assessments of each province that the viewer may see (db/visibility.ts), newest `heldOn` first. */
  get visibleAssessmentsByProvince() {
    const { dataSource, viewer } = this;
    return (this.#visibleAssessmentsByProvince ??= new DataLoader<number, Assessment[]>(async (provinceIds) => {
      const qb = dataSource
        .getRepository(Assessment)
        .createQueryBuilder("e")
        .where("e.province_id = ANY(:ids)", { ids: [...provinceIds] });
      onlyVisibleAssessments(qb, "e", viewer);
      qb.orderBy("e.held_on", "DESC").addOrderBy("e.id", "DESC");
      return groupRows(provinceIds, await qb.getMany(), (a) => a.provinceId);
    }, OPTIONS));
  }

  /** The most recently recorded snapshot of each presence, whatever its validFrom (what `expectedLatestId` names). */
  get latestRecordedByPresence() {
    const { dataSource } = this;
    return (this.#latestRecordedByPresence ??= new DataLoader<number, PlatformStatus | null>(async (presenceIds) => {
      const rows = await latestRecorded(dataSource.manager, presenceIds);
      const map = new Map(rows.map((r) => [r.presenceId, r]));
      return presenceIds.map((id) => map.get(id) ?? null);
    }));
  }

  /** The newest `first` snapshots of each presence (one loader per page size). */
  historyByPresence(first: number) {
    const [map, loader] = keyed(this.#historyByPresence, first, () =>
      newestBy(
        this.dataSource,
        PlatformStatus,
        "presence_id",
        (r) => r.presenceId,
        {
          valid_from: "DESC",
          recorded_at: "DESC",
          id: "DESC",
        },
        first,
      ),
    );
    this.#historyByPresence = map;
    return loader;
  }

  /** The newest `first` follower counts of each presence (one loader per page size). */
  followerCountsByPresence(first: number) {
    const [map, loader] = keyed(this.#followerCountsByPresence, first, () =>
      newestBy(
        this.dataSource,
        FollowerCount,
        "presence_id",
        (r) => r.presenceId,
        { measured_on: "DESC", id: "DESC" },
        first,
      ),
    );
    this.#followerCountsByPresence = map;
    return loader;
  }

  /** Latest status snapshot of each presence on `asOf` as the register stood at `knownAt` (null when none). */
  statusAsOf(asOf: string, knownAt: Date) {
    const { dataSource, reads } = this;
    const [map, loader] = keyed(
      this.#statusAsOf,
      `${asOf}|${knownAt.toISOString()}`,
      () =>
        new DataLoader<number, PlatformStatus | null>(async (presenceIds) => {
          // The same rule as the comparisons (db/in-force.ts), through the request's read batch.
          const rows = await statusesInForce(dataSource, reads, presenceIds, asOf, knownAt);
          const byPresence = new Map(rows.map((r) => [r.presenceId, r]));
          return presenceIds.map((id) => byPresence.get(id) ?? null);
        }, OPTIONS),
    );
    this.#statusAsOf = map;
    return loader;
  }

  /** Latest framework position per (province, framework) on `asOf` as recorded at `knownAt`, grouped by province. */
  frameworkPositionsAsOf(asOf: string, knownAt: Date) {
    const { dataSource } = this;
    const [map, loader] = keyed(
      this.#frameworkPositionsAsOf,
      `${asOf}|${knownAt.toISOString()}`,
      () =>
        new DataLoader<number, FrameworkPosition[]>(async (provinceIds) => {
          const rows = await positionsInForce(dataSource, [...provinceIds], null, asOf, knownAt);
          return groupRows(provinceIds, rows, (r) => r.provinceId);
        }, OPTIONS),
    );
    this.#frameworkPositionsAsOf = map;
    return loader;
  }

  /** The review in force of each criterion on `asOf` as the register stood at `knownAt` (null when none). */
  reviewAsOf(asOf: string, knownAt: Date) {
    const { dataSource, reads } = this;
    const [map, loader] = keyed(
      this.#reviewAsOf,
      `${asOf}|${knownAt.toISOString()}`,
      () =>
        new DataLoader<number, ExitCriterionReview | null>(async (criterionIds) => {
          // The same rule as exitCriteriaMatrix (db/in-force.ts), through the request's read batch.
          const rows = await reviewsInForce(dataSource, reads, criterionIds, asOf, knownAt);
          const byCriterion = new Map(rows.map((r) => [r.criterionId, r]));
          return criterionIds.map((id) => byCriterion.get(id) ?? null);
        }, OPTIONS),
    );
    this.#reviewAsOf = map;
    return loader;
  }
}

/** The loaders of a new request (or of the rest of an operation after a write: `afterWrite`). */
export function createLoaders(dataSource: DataSource, viewer: Viewer): Loaders {
  return new Loaders(dataSource, viewer);
}

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
