import type { Context } from "../request/context";
import {
  Assessment,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Province,
  ValueRating,
} from "../entities";
import { entityRows } from "../db/entity-rows";
import { positionsInForce, snapshotInForce } from "../db/in-force";
import { ComparisonImpact, ComparisonStance, ComparisonStatus } from "../domain/enums";
import {
  ChangesBetween,
  FrameworkCell,
  FrameworkColumn,
  FrameworkMatrix,
  FrameworkMatrixRow,
  ImpactCount,
  PlatformSummary,
  PlatformSummaryRow,
  PresenceChange,
  StatusCell,
  StatusCount,
  StatusMatrix,
  StatusMatrixRow,
  ValueCell,
  ValueMatrix,
  ValueMatrixRow,
  ValueSummary,
  ValueSummaryRow,
} from "../schema/comparison.types";
import { badInput } from "../errors/error-codes";
import { compareByDivergence, leikDispersion } from "../domain/divergence";
import {
  inOrder,
  inScope,
  resolveFrameworks,
  resolvePlatforms,
  resolveProvinces,
  resolveValues,
  scopeKeys,
} from "./scope.service";

/** Valid time (`asOf`, a calendar date) and recorded time (`knownAt`, an instant) of a comparison. */
interface TimeArgs {
  asOf?: string | null;
  knownAt?: Date | null;
}

export interface StatusMatrixArgs extends TimeArgs {
  provinces?: string[] | null;
  platforms?: string[] | null;
  /** Keep only the provinces with at least one cell in these statuses (all columns stay). */
  statuses?: ComparisonStatus[] | null;
}

export interface PlatformSummaryArgs extends TimeArgs {
  provinces?: string[] | null;
  platforms?: string[] | null;
}

export interface ValueMatrixArgs extends TimeArgs {
  provinces?: string[] | null;
  values?: string[] | null;
  platform?: string | null;
}

export type ValueSummaryArgs = ValueMatrixArgs;

export interface FrameworkMatrixArgs extends TimeArgs {
  provinces?: string[] | null;
  frameworks?: string[] | null;
}

export interface ChangesBetweenArgs {
  from: string;
  to: string;
  knownAt?: Date | null;
  provinces?: string[] | null;
  platforms?: string[] | null;
}

const STATUS_ORDER = Object.values(ComparisonStatus);
const IMPACT_ORDER = Object.values(ComparisonImpact);
/** The fields of a status snapshot that make up a presence's state (what `changesBetween` compares). */
const STATE_FIELDS = ["status", "commentsEnabled", "engagement", "purposes", "paidContent"] as const;

/**
 * The comparisons. Each runs a fixed number of SQL statements whatever the number of provinces, platforms, values or
 * frameworks, all set-based: one read per dimension (provinces, platforms / values / frameworks) and one per kind of
 * fact. The reads of the status and value comparisons are issued side by side (the facts select their scope by the
 * dimensions' own key rule, `inScope`) and travel as ONE statement through the request's read batch (ReadBatch),
 * shared with the other comparisons of the same operation.
 * The rules "which snapshot is in force" and "which rating is the latest published one" live in one function each
 * (`snapshotsOn`, `latestRatings`), shared by the matrices, the summaries, `changesBetween` and the CSV exports.
 */
export class ComparisonService {
  /** Presence status of every province in scope on every platform in scope: 1 statement. */
  static async statusMatrix(ctx: Context, args: StatusMatrixArgs): Promise<StatusMatrix> {
    const { asOf, knownAt } = timeOf(ctx, args);
    const [provinces, platforms, [facts]] = await inOrder([
      resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces),
      resolvePlatforms(ctx.dataSource, ctx.loaders, args.platforms),
      snapshotsOn(ctx, args, [asOf], knownAt),
    ] as const);
    const wanted = args.statuses ? new Set(args.statuses) : null;
    const rows = provinces
      .map((province) => {
        const row = new StatusMatrixRow();
        row.province = province;
        row.cells = platforms.map((platform) => {
          const cell = toStatusCell(platform, facts.get(cellKey(province, platform)) ?? null);
          cell.matches = wanted === null || wanted.has(cell.status);
          return cell;
        });
        return row;
      })
      .filter((row) => wanted === null || row.cells.some((c) => c.matches));
    return Object.assign(new StatusMatrix(), { asOf, knownAt, platforms, statuses: args.statuses ?? null, rows });
  }

  /** Per platform: provinces per status (UNKNOWN included) and with comments disabled. 1 statement. */
  static async platformSummary(ctx: Context, args: PlatformSummaryArgs): Promise<PlatformSummary> {
    const { asOf, knownAt } = timeOf(ctx, args);
    const [provinces, platforms, [facts]] = await inOrder([
      resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces),
      resolvePlatforms(ctx.dataSource, ctx.loaders, args.platforms),
      snapshotsOn(ctx, args, [asOf], knownAt),
    ] as const);
    const rows = platforms.map((platform) => {
      const counts = new Map<ComparisonStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
      let commentsDisabled = 0;
      for (const province of provinces) {
        const snapshot = facts.get(cellKey(province, platform));
        const status = snapshot ? (snapshot.status as unknown as ComparisonStatus) : ComparisonStatus.UNKNOWN;
        counts.set(status, (counts.get(status) ?? 0) + 1);
        if (snapshot?.commentsEnabled === false) commentsDisabled += 1;
      }
      const count = (s: ComparisonStatus) => counts.get(s) ?? 0;
      return Object.assign(new PlatformSummaryRow(), {
        platform,
        active: count(ComparisonStatus.ACTIVE),
        inactive: count(ComparisonStatus.INACTIVE),
        left: count(ComparisonStatus.LEFT),
        notPresent: count(ComparisonStatus.NOT_PRESENT),
        unknown: count(ComparisonStatus.UNKNOWN),
        counts: STATUS_ORDER.map((status) => Object.assign(new StatusCount(), { status, count: count(status) })),
        commentsDisabled,
      });
    });
    return Object.assign(new PlatformSummary(), { asOf, knownAt, provinceCount: provinces.length, rows });
  }

  /**
   * Latest published rating per province and value on `asOf` (assessments held on or before it, published and not
   * withdrawn at `knownAt`). 1 statement.
   */
  static async valueMatrix(ctx: Context, args: ValueMatrixArgs): Promise<ValueMatrix> {
    const { asOf, knownAt, provinces, values, platform, ratings } = await ratingsInScope(ctx, args);
    const rows = provinces.map((province) => {
      const row = new ValueMatrixRow();
      row.province = province;
      row.cells = values.map((value) => {
        const rating = ratings.get(`${province.id}:${value.id}`) ?? null;
        return Object.assign(new ValueCell(), {
          value,
          rating,
          assessment: rating?.assessment ?? null,
          impact: impactOf(rating),
        });
      });
      return row;
    });
    return Object.assign(new ValueMatrix(), { asOf, knownAt, platform, values, rows });
  }

  /** Per value: provinces per impact (UNKNOWN included) and Leik's ordinal dispersion, most divergent first. 1 statement. */
  static async valueSummary(ctx: Context, args: ValueSummaryArgs): Promise<ValueSummary> {
    const { asOf, knownAt, provinces, values, platform, ratings } = await ratingsInScope(ctx, args);
    const rows = values.map((value, order) => {
      const counts = new Map<ComparisonImpact, number>(IMPACT_ORDER.map((i) => [i, 0]));
      for (const province of provinces) {
        const rating = ratings.get(`${province.id}:${value.id}`);
        const impact = impactOf(rating);
        counts.set(impact, (counts.get(impact) ?? 0) + 1);
      }
      const count = (i: ComparisonImpact) => counts.get(i) ?? 0;
      const none = count(ComparisonImpact.NONE);
      const moderate = count(ComparisonImpact.MODERATE);
      const high = count(ComparisonImpact.HIGH);
      const row = Object.assign(new ValueSummaryRow(), {
        value,
        none,
        moderate,
        high,
        unknown: count(ComparisonImpact.UNKNOWN),
        counts: IMPACT_ORDER.map((impact) => Object.assign(new ImpactCount(), { impact, count: count(impact) })),
        ratedCount: none + moderate + high,
        divergence: leikDispersion([none, moderate, high]),
      });
      return { row, order, divergence: row.divergence, ratedCount: row.ratedCount };
    });
    rows.sort(compareByDivergence);
    return Object.assign(new ValueSummary(), {
      asOf,
      knownAt,
      platform,
      provinceCount: provinces.length,
      rows: rows.map((r) => r.row),
    });
  }

  /**
   * Provinces x frameworks: the stance in force on `asOf` as recorded at `knownAt` (latest `since` on or before
   * `asOf`, latest `recordedAt` among equal dates), plus each framework's status and its findings up to `asOf`.
   * 4 statements (provinces, frameworks, positions, findings with their platforms).
   */
  static async frameworkMatrix(ctx: Context, args: FrameworkMatrixArgs): Promise<FrameworkMatrix> {
    const { asOf, knownAt } = timeOf(ctx, args);
    const provinces = await resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces);
    const frameworks = await resolveFrameworks(ctx.dataSource, ctx.loaders, args.frameworks);
    const positions = await positionsOn(ctx, provinces, frameworks, asOf, knownAt);
    const findings = await findingsUpTo(ctx, frameworks, asOf);
    const columns = frameworks.map((framework) =>
      Object.assign(new FrameworkColumn(), {
        framework,
        status: framework.status,
        findings: findings.filter((f) => f.frameworkId === framework.id),
      }),
    );
    const rows = provinces.map((province) => {
      const row = new FrameworkMatrixRow();
      row.province = province;
      row.cells = frameworks.map((framework) => {
        const position = positions.get(`${province.id}:${framework.id}`) ?? null;
        return Object.assign(new FrameworkCell(), {
          framework,
          stance: position ? (position.stance as unknown as ComparisonStance) : ComparisonStance.UNKNOWN,
          since: position?.since ?? null,
          sinceBasis: position?.sinceBasis ?? null,
          note: position?.note ?? null,
          position,
        });
      });
      return row;
    });
    return Object.assign(new FrameworkMatrix(), { asOf, knownAt, frameworks: columns, rows });
  }

  /**
   * Every presence whose state (status, commentsEnabled, engagement, purposes, paidContent) on `to` differs from its
   * state on `from`, both as recorded at `knownAt`. 1 statement: both dates are read in one read.
   */
  static async changesBetween(ctx: Context, args: ChangesBetweenArgs): Promise<ChangesBetween> {
    const knownAt = args.knownAt ?? ctx.now;
    if (args.from > args.to) {
      throw badInput(`\`from\` (${args.from}) must not be after \`to\` (${args.to}).`, { argument: "from" });
    }
    const [provinces, platforms, [before, after]] = await inOrder([
      resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces),
      resolvePlatforms(ctx.dataSource, ctx.loaders, args.platforms),
      snapshotsOn(ctx, args, [args.from, args.to], knownAt),
    ] as const);
    const changes: PresenceChange[] = [];
    for (const province of provinces) {
      for (const platform of platforms) {
        const key = cellKey(province, platform);
        const then = before.get(key) ?? null;
        const now = after.get(key) ?? null;
        if (now === null) continue;
        const beforeCell = toStatusCell(platform, then);
        const afterCell = toStatusCell(platform, now);
        const changedFields = STATE_FIELDS.filter((f) => stateValue(beforeCell, f) !== stateValue(afterCell, f));
        if (changedFields.length === 0) continue;
        changes.push(
          Object.assign(new PresenceChange(), {
            province,
            platform,
            before: beforeCell,
            after: afterCell,
            changedFields,
            changedBy: now,
          }),
        );
      }
    }
    return Object.assign(new ChangesBetween(), { from: args.from, to: args.to, knownAt, changes });
  }
}

/** A state field in comparable form (purposes as a set: their order carries no meaning). */
function stateValue(cell: StatusCell, field: (typeof STATE_FIELDS)[number]): string {
  const value = cell[field];
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
}

function timeOf(ctx: Context, args: TimeArgs): { asOf: string; knownAt: Date } {
  return { asOf: args.asOf ?? ctx.today, knownAt: args.knownAt ?? ctx.now };
}

const cellKey = (province: Province, platform: Platform) => `${province.id}:${platform.id}`;

/**
 * The rule "which snapshot is in force" (`snapshotInForce`, db/in-force.ts: per presence and per date, the snapshot
 * with the latest `validFrom` on or before the date among those recorded at or before `knownAt`; a later `recordedAt`
 * (a correction) wins among equal `validFrom`s, then the higher id). One statement for any number of dates (the dates
 * are joined as a set), keyed `provinceId:platformId`. The snapshots' presences are primed into the request's loader.
 *
 * Raw SQL mapped onto the entity classes (db/entity-rows.ts), the rows as one JSON text: the query builder's
 * hydration and pg's per-field parsing cost more than the SQL itself on big matrices (bench/README.md).
 */
async function snapshotsOn(
  ctx: Context,
  scope: { provinces?: string[] | null; platforms?: string[] | null },
  dates: string[],
  knownAt: Date,
): Promise<Array<Map<string, PlatformStatus>>> {
  const result = dates.map(() => new Map<string, PlatformStatus>());
  if (dates.length === 0) return result;
  const presence = entityRows(ctx.dataSource, Presence, "p");
  const snapshot = entityRows(ctx.dataSource, PlatformStatus, "s");
  // The provinces and platforms in scope by the dimensions' own rule (inScope), so that this read shares a statement
  // with theirs instead of waiting for their ids.
  const cells = await ctx.loaders.reads.rows(
    `SELECT COALESCE(json_agg(json_build_array("d"."i", ${presence.jsonColumns}, ${snapshot.jsonColumns})), '[]')::text AS "json"
     FROM "presence" "p"
     CROSS JOIN unnest($3::date[]) WITH ORDINALITY AS "d"("on_date", "i")
     ${snapshotInForce("s", `"p"."id"`, `"d"."on_date"`, "$4")}
     WHERE ${inScope("provinces", `"p"."province_id"`, "$1")} AND ${inScope("platforms", `"p"."platform_id"`, "$2")}`,
    [scopeKeys("provinces", scope.provinces), scopeKeys("platforms", scope.platforms), dates, knownAt],
  );
  const presences = new Map<number, Presence>();
  for (const c of cells) {
    const p = presences.get(c[1] as number) ?? presence.fromJson(c, 1);
    if (!presences.has(p.id)) {
      presences.set(p.id, p);
      ctx.loaders.presence.prime(p.id, p);
    }
    const s = snapshot.fromJson(c, 1 + presence.width);
    s.presence = p;
    result[(c[0] as number) - 1].set(`${p.provinceId}:${p.platformId}`, s);
  }
  return result;
}

/**
 * The rule "latest published rating": per province and value, among ratings of assessments held on or before `asOf`,
 * published at or before `knownAt` and not withdrawn by then. Without `platform`: ratings that apply to all platforms.
 * With `platform`: ratings for that platform or for all platforms, the most recent assessment first and, on the same
 * day, the platform-specific rating. One statement, keyed `provinceId:valueId`; assessments are primed.
 */
async function latestRatings(
  ctx: Context,
  scope: { provinces?: string[] | null; values?: string[] | null; platform?: string | null },
  asOf: string,
  knownAt: Date,
): Promise<Map<string, ValueRating>> {
  const byCell = new Map<string, ValueRating>();
  // Raw SQL mapped onto the entity classes (db/entity-rows.ts). The provinces, values and platform in scope by the
  // dimensions' own rule (inScope), so that this read shares a statement with theirs instead of waiting for their ids.
  const rating = entityRows(ctx.dataSource, ValueRating, "r");
  const assessment = entityRows(ctx.dataSource, Assessment, "a");
  const params: unknown[] = [scopeKeys("provinces", scope.provinces), scopeKeys("values", scope.values), asOf, knownAt];
  let platformCondition = `COALESCE("r"."platform_id", "a"."platform_id") IS NULL`;
  if (scope.platform) {
    params.push(scopeKeys("platforms", [scope.platform]));
    platformCondition = `(COALESCE("r"."platform_id", "a"."platform_id") IS NULL OR ${inScope("platforms", `COALESCE("r"."platform_id", "a"."platform_id")`, "$5")})`;
  }
  // The chosen ratings, then each of their assessments once (not once per rating).
  // One JSON value, [ratings, assessments], so that the read can share a statement (ReadBatch, db/entity-rows.ts).
  const [ratings, assessments] = await ctx.loaders.reads.rows(
    `WITH "picked" AS (
       SELECT DISTINCT ON ("a"."province_id", "r"."value_id") "r"."id" AS "rating_id", "a"."id" AS "assessment_id"
       FROM "value_rating" "r" INNER JOIN "assessment" "a" ON "a"."id" = "r"."assessment_id"
       WHERE ${inScope("provinces", `"a"."province_id"`, "$1")} AND ${inScope("values", `"r"."value_id"`, "$2")} AND "a"."held_on" <= $3
         AND "a"."published_at" <= $4 AND ("a"."withdrawn_at" IS NULL OR "a"."withdrawn_at" > $4) AND ${platformCondition}
       ORDER BY "a"."province_id", "r"."value_id", "a"."held_on" DESC,
                CASE WHEN COALESCE("r"."platform_id", "a"."platform_id") IS NULL THEN 0 ELSE 1 END DESC,
                "a"."published_at" DESC, "r"."id" DESC
     )
     SELECT json_build_array(
       (SELECT COALESCE(json_agg(json_build_array(${rating.jsonColumns})), '[]') FROM "value_rating" "r"
         WHERE "r"."id" IN (SELECT "rating_id" FROM "picked")),
       (SELECT COALESCE(json_agg(json_build_array(${assessment.jsonColumns})), '[]') FROM "assessment" "a"
         WHERE "a"."id" IN (SELECT "assessment_id" FROM "picked")))::text AS "json"`,
    params,
  );
  const byId = new Map<number, Assessment>();
  for (const row of assessments as unknown[][]) {
    const a = assessment.fromJson(row);
    byId.set(a.id, a);
    ctx.loaders.assessment.prime(a.id, a);
  }
  for (const row of ratings as unknown[][]) {
    const r = rating.fromJson(row);
    const a = byId.get(r.assessmentId)!;
    r.assessment = a;
    byCell.set(`${a.provinceId}:${r.valueId}`, r);
  }
  return byCell;
}

/** Framework positions in force on `asOf` as recorded at `knownAt`, keyed `provinceId:frameworkId`. One statement. */
/** The value views' scope and facts, read together (one statement): provinces, values, the platform, the ratings. */
async function ratingsInScope(ctx: Context, args: ValueMatrixArgs) {
  const { asOf, knownAt } = timeOf(ctx, args);
  const [provinces, values, platform, ratings] = await inOrder([
    resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces),
    resolveValues(ctx.dataSource, ctx.loaders, args.values),
    args.platform
      ? resolvePlatforms(ctx.dataSource, ctx.loaders, [args.platform], "platform").then((p) => p[0])
      : Promise.resolve(null),
    latestRatings(ctx, args, asOf, knownAt),
  ] as const);
  return { asOf, knownAt, provinces, values, platform, ratings };
}

/** A cell's impact: the rating's, or UNKNOWN when the province has no published rating. */
function impactOf(rating: ValueRating | null | undefined): ComparisonImpact {
  return rating ? (rating.impact as unknown as ComparisonImpact) : ComparisonImpact.UNKNOWN;
}

async function positionsOn(
  ctx: Context,
  provinces: Province[],
  frameworks: Framework[],
  asOf: string,
  knownAt: Date,
): Promise<Map<string, FrameworkPosition>> {
  if (provinces.length === 0 || frameworks.length === 0) return new Map();
  const rows = await positionsInForce(
    ctx.dataSource,
    provinces.map((p) => p.id),
    frameworks.map((f) => f.id),
    asOf,
    knownAt,
  );
  for (const r of rows) ctx.loaders.frameworkPosition.prime(r.id, r);
  return new Map(rows.map((r) => [`${r.provinceId}:${r.frameworkId}`, r]));
}

/** Findings under the frameworks that occurred on or before `asOf`, oldest first, with their platforms (primed). One statement. */
async function findingsUpTo(ctx: Context, frameworks: Framework[], asOf: string): Promise<PlatformFinding[]> {
  if (frameworks.length === 0) return [];
  const rows = await ctx.dataSource
    .getRepository(PlatformFinding)
    .createQueryBuilder("f")
    .innerJoinAndSelect("f.platform", "pl")
    .where("f.framework_id = ANY(:frameworkIds)", { frameworkIds: frameworks.map((f) => f.id) })
    .andWhere("f.occurred_on <= :asOf", { asOf })
    .orderBy("f.occurred_on", "ASC")
    .addOrderBy("f.id", "ASC")
    .getMany();
  for (const f of rows) {
    if (f.platform) ctx.loaders.platform.prime(f.platformId, f.platform);
    ctx.loaders.platformFinding.prime(f.id, f);
  }
  return rows;
}

function toStatusCell(platform: Platform, s: PlatformStatus | null): StatusCell {
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
    matches: true,
  });
}
