import { knownAtOf, type Context } from "../request/context";
import {
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Province,
  ValueRating,
} from "../entities";
import { positionsInForce } from "../db/in-force";
import { snapshotsInScope, statusCountsInScope, type StatusScope } from "../db/comparisons/snapshots";
import { latestRatings } from "../db/comparisons/ratings";
import { criteriaInScope } from "../db/comparisons/criteria";
import {
  ComparisonCriterionState,
  ComparisonImpact,
  ComparisonStance,
  ComparisonStatus,
  CriterionState,
  DateBasis,
} from "../domain/enums";
import {
  ChangesBetween,
  ExitCriteriaCell,
  ExitCriteriaCellCriterion,
  ExitCriteriaMatrix,
  ExitCriteriaRow,
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
import { inOrder, resolveFrameworks, resolvePlatforms, resolveProvinces, resolveValues } from "./scope.service";

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
  /**
   * Whether the cells' `snapshot` (the whole PlatformStatus, its presence) is asked for (default true). False: only
   * what a cell shows is read (db/comparisons/snapshots.ts, lean), and `StatusCell.snapshot` holds just that.
   */
  snapshots?: boolean;
}

export interface PlatformSummaryArgs extends TimeArgs {
  provinces?: string[] | null;
  platforms?: string[] | null;
}

export interface ValueSummaryArgs extends TimeArgs {
  provinces?: string[] | null;
  values?: string[] | null;
  platform?: string | null;
}

export interface ValueMatrixArgs extends ValueSummaryArgs {
  /**
   * Whether the cells' `rating` or `assessment` is asked for (default true). False: only each cell's impact is read
   * (db/comparisons/ratings.ts, lean), and `ValueCell.rating` holds just that, without its assessment.
   */
  ratings?: boolean;
}

export interface FrameworkMatrixArgs extends TimeArgs {
  provinces?: string[] | null;
  frameworks?: string[] | null;
}

export interface ExitCriteriaMatrixArgs extends TimeArgs {
  provinces?: string[] | null;
  platforms?: string[] | null;
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
 * Their SQL is in db/comparisons/ (the rules "which snapshot is in force" and "which rating is the latest published
 * one" in one function each), shared by the matrices, the summaries, `changesBetween` and the CSV exports.
 */
export class ComparisonService {
  /** Presence status of every province in scope on every platform in scope: 1 statement. */
  static async statusMatrix(ctx: Context, args: StatusMatrixArgs): Promise<StatusMatrix> {
    const { asOf, knownAt } = timeOf(ctx, args);
    const {
      provinces,
      platforms,
      snapshots: [facts],
    } = await snapshotsInScopeOn(ctx, args, [asOf], knownAt, args.snapshots === false ? "lean" : "full");
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

  /**
   * Per platform: provinces per status (UNKNOWN included: the provinces in scope without a snapshot in force) and with
   * comments disabled, counted in SQL (db/comparisons/snapshots.ts `statusCountsInScope`). 1 statement.
   */
  static async platformSummary(ctx: Context, args: PlatformSummaryArgs): Promise<PlatformSummary> {
    const { asOf, knownAt } = timeOf(ctx, args);
    const [provinces, platforms, counted] = await inOrder([
      resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces),
      resolvePlatforms(ctx.dataSource, ctx.loaders, args.platforms),
      statusCountsInScope(ctx.loaders.reads, args, asOf, knownAt),
    ] as const);
    const rows = platforms.map((platform) => {
      const counts = new Map<ComparisonStatus, number>(STATUS_ORDER.map((s) => [s, 0]));
      let commentsDisabled = 0;
      let known = 0;
      for (const c of counted) {
        if (c.platformId !== platform.id) continue;
        const status = c.status as ComparisonStatus;
        counts.set(status, (counts.get(status) ?? 0) + c.count);
        known += c.count;
        commentsDisabled += c.commentsDisabled;
      }
      counts.set(ComparisonStatus.UNKNOWN, (counts.get(ComparisonStatus.UNKNOWN) ?? 0) + provinces.length - known);
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
    const { asOf, knownAt, provinces, values, platform, ratings } = await ratingsInScope(
      ctx,
      args,
      args.ratings === false ? "lean" : "full",
    );
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
    // Only impacts are counted: the lean read.
    const { asOf, knownAt, provinces, values, platform, ratings } = await ratingsInScope(ctx, args, "lean");
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
          stance: position?.stance ?? ComparisonStance.UNKNOWN,
          since: position?.since ?? null,
          sinceBasis: position?.sinceBasis ?? null,
          sincePrecision: position?.sincePrecision ?? null,
          note: position?.note ?? null,
          position,
        });
      });
      return row;
    });
    return Object.assign(new FrameworkMatrix(), { asOf, knownAt, frameworks: columns, rows });
  }

  /**
   * Provinces x platforms: the exit and entry criteria in force on `asOf` as recorded at `knownAt` (those for one
   * platform in its column, those for all platforms in every column), each with its review in force, and the
   * presence's status; a criterion MET while the status is ACTIVE is flagged (`metWhileActive`, on the criterion,
   * the cell and the row). 1 statement: the dimensions, the snapshots and the criteria go as one read batch.
   */
  static async exitCriteriaMatrix(ctx: Context, args: ExitCriteriaMatrixArgs): Promise<ExitCriteriaMatrix> {
    const { asOf, knownAt } = timeOf(ctx, args);
    const [provinces, platforms, [facts], criteria] = await inOrder([
      resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces),
      resolvePlatforms(ctx.dataSource, ctx.loaders, args.platforms),
      snapshotsInScope(ctx.dataSource, ctx.loaders.reads, args, [asOf], knownAt),
      criteriaInScope(ctx.dataSource, ctx.loaders.reads, args, asOf, knownAt),
    ] as const);
    const byProvince = new Map<number, typeof criteria>();
    for (const c of criteria) {
      ctx.loaders.exitCriterion.prime(c.criterion.id, c.criterion);
      if (c.review) ctx.loaders.exitCriterionReview.prime(c.review.id, c.review);
      const list = byProvince.get(c.criterion.provinceId);
      if (list) list.push(c);
      else byProvince.set(c.criterion.provinceId, [c]);
    }
    const rows = provinces.map((province) => {
      const own = byProvince.get(province.id) ?? [];
      const cells = platforms.map((platform) => {
        const status: ComparisonStatus = facts.get(cellKey(province, platform))?.status ?? ComparisonStatus.UNKNOWN;
        const entries = own
          .filter((c) => c.criterion.platformId === null || c.criterion.platformId === platform.id)
          .map(({ criterion, review }) =>
            Object.assign(new ExitCriteriaCellCriterion(), {
              criterion,
              allPlatforms: criterion.platformId === null,
              review,
              state: review?.state ?? ComparisonCriterionState.UNKNOWN,
              metWhileActive: review?.state === CriterionState.MET && status === ComparisonStatus.ACTIVE,
            }),
          );
        return Object.assign(new ExitCriteriaCell(), {
          platform,
          status,
          criteria: entries,
          metWhileActive: entries.some((e) => e.metWhileActive),
        });
      });
      return Object.assign(new ExitCriteriaRow(), {
        province,
        cells,
        metWhileActive: cells.some((c) => c.metWhileActive),
      });
    });
    return Object.assign(new ExitCriteriaMatrix(), { asOf, knownAt, platforms, rows });
  }

  /**
   * Every presence whose state (status, commentsEnabled, engagement, purposes, paidContent) on `to` differs from its
   * state on `from`, both as recorded at `knownAt`. 1 statement: both dates are read in one read.
   *
   * An observation is never a change on its date (docs/design.md §2.2): when the state on `to` is known only from an
   * observation dated after `from`, the presence is listed only if a different state was in force on `from` (it then
   * changed in between, on a day no source gives: `observed: true`); a first observation after UNKNOWN is no change.
   */
  static async changesBetween(ctx: Context, args: ChangesBetweenArgs): Promise<ChangesBetween> {
    const knownAt = knownAtOf(ctx, args.knownAt);
    if (args.from > args.to) {
      throw badInput(`\`from\` (${args.from}) must not be after \`to\` (${args.to}).`, { argument: "from" });
    }
    const {
      provinces,
      platforms,
      snapshots: [before, after],
    } = await snapshotsInScopeOn(ctx, args, [args.from, args.to], knownAt);
    const changes: PresenceChange[] = [];
    for (const province of provinces) {
      for (const platform of platforms) {
        const key = cellKey(province, platform);
        const then = before.get(key) ?? null;
        const now = after.get(key) ?? null;
        if (now === null) continue;
        const observed = now.validFromBasis === DateBasis.SOURCE_DATE && now.validFrom > args.from;
        if (observed && then === null) continue;
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
            observed,
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
  return { asOf: args.asOf ?? ctx.today, knownAt: knownAtOf(ctx, args.knownAt) };
}

const cellKey = (province: Province, platform: Platform) => `${province.id}:${platform.id}`;

/**
 * The status views' scope and facts, read together (one statement): the provinces and platforms, and per date the
 * snapshots in force (db/comparisons/snapshots.ts) keyed `provinceId:platformId`. The snapshots' presences are primed
 * into the request's loader.
 */
async function snapshotsInScopeOn(
  ctx: Context,
  scope: StatusScope,
  dates: string[],
  knownAt: Date,
  columns: "full" | "lean" = "full",
) {
  const [provinces, platforms, snapshots] = await inOrder([
    resolveProvinces(ctx.dataSource, ctx.loaders, scope.provinces),
    resolvePlatforms(ctx.dataSource, ctx.loaders, scope.platforms),
    snapshotsInScope(ctx.dataSource, ctx.loaders.reads, scope, dates, knownAt, columns),
  ] as const);
  for (const byCell of snapshots)
    for (const s of byCell.values()) if (s.presence) ctx.loaders.presence.prime(s.presenceId, s.presence);
  return { provinces, platforms, snapshots };
}

/** The value views' scope and facts, read together (one statement): provinces, values, the platform, the ratings. */
async function ratingsInScope(ctx: Context, args: ValueSummaryArgs, columns: "full" | "lean") {
  const { asOf, knownAt } = timeOf(ctx, args);
  const [provinces, values, platform, ratings] = await inOrder([
    resolveProvinces(ctx.dataSource, ctx.loaders, args.provinces),
    resolveValues(ctx.dataSource, ctx.loaders, args.values),
    // Given is given: an empty or unknown slug is BAD_USER_INPUT, never read as "no platform".
    args.platform != null
      ? resolvePlatforms(ctx.dataSource, ctx.loaders, [args.platform], "platform").then((p) => p[0])
      : Promise.resolve(null),
    latestRatings(ctx.dataSource, ctx.loaders.reads, args, asOf, knownAt, columns),
  ] as const);
  for (const r of ratings.values()) if (r.assessment) ctx.loaders.assessment.prime(r.assessmentId, r.assessment);
  return { asOf, knownAt, provinces, values, platform, ratings };
}

/** A cell's impact: the rating's, or UNKNOWN when the province has no published rating. */
function impactOf(rating: ValueRating | null | undefined): ComparisonImpact {
  return rating?.impact ?? ComparisonImpact.UNKNOWN;
}

/** Framework positions in force on `asOf` as recorded at `knownAt`, keyed `provinceId:frameworkId`. One statement. */
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
  // Field by field (no intermediate object): one cell per province and platform, on the comparisons' hot path.
  const cell = new StatusCell();
  cell.platform = platform;
  cell.status = s?.status ?? ComparisonStatus.UNKNOWN;
  cell.commentsEnabled = s?.commentsEnabled ?? null;
  cell.engagement = s?.engagement ?? null;
  cell.purposes = s?.purposes ?? [];
  cell.paidContent = s?.paidContent ?? null;
  cell.validFrom = s?.validFrom ?? null;
  cell.validFromBasis = s?.validFromBasis ?? null;
  cell.validFromPrecision = s?.validFromPrecision ?? null;
  cell.snapshot = s;
  cell.sourceId = s?.sourceId ?? null;
  cell.matches = true;
  return cell;
}
