import { knownAtOf, type Context } from "../request/context";
import { recordedBy } from "../db/write-clock";
import { Assessment, PlatformStatus } from "../entities";
import { DateBasis, type AssessmentState, type PresenceStatus } from "../domain/enums";
import { decodeCursor, encodeCursor, toPage, type Page } from "../schema/connection";
import { onlyVisibleAssessments } from "../db/visibility";
import { badInput } from "../errors/error-codes";
import { resolvePlatforms, resolveProvinces } from "./scope.service";

export interface AssessmentFilter {
  provinces?: string[] | null;
  states?: AssessmentState[] | null;
  heldFrom?: string | null;
  heldTo?: string | null;
}

export interface StatusChangeFilter {
  provinces?: string[] | null;
  platforms?: string[] | null;
  statuses?: PresenceStatus[] | null;
  /** Valid time range (inclusive): `validFrom` on or after `from`, on or before `to`. */
  validFrom?: { from?: string | null; to?: string | null } | null;
  /** Recorded time: only snapshots recorded at or before this instant. */
  knownAt?: Date | null;
  /** Also the observations (basis SOURCE_DATE), which are no changes; default false. */
  includeObservations?: boolean | null;
}

const RECORDED_AT_TEXT = `to_char(s.recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const CURSOR_DATE = /^\d{4}-\d{2}-\d{2}$/;
const CURSOR_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Reads of the provinces' records that are lists with paging. */
export class RecordService {
  /** Assessments the viewer may see, newest `heldOn` first (then newest id). Two statements: count and page. */
  static async assessments(
    ctx: Context,
    filter: AssessmentFilter = {},
    first: number,
    after?: string | null,
  ): Promise<Page<Assessment>> {
    const qb = ctx.dataSource.getRepository(Assessment).createQueryBuilder("a");
    if (filter.provinces) {
      const provinces = await resolveProvinces(ctx.dataSource, ctx.loaders, filter.provinces);
      qb.andWhere("a.province_id = ANY(:provinceIds)", { provinceIds: provinces.map((p) => p.id) });
    }
    if (filter.states) qb.andWhere("a.state = ANY(:states)", { states: filter.states });
    if (filter.heldFrom) qb.andWhere("a.held_on >= :heldFrom", { heldFrom: filter.heldFrom });
    if (filter.heldTo) qb.andWhere("a.held_on <= :heldTo", { heldTo: filter.heldTo });
    onlyVisibleAssessments(qb, "a", ctx.viewer);
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [heldOn, id] = decodeCursor(after, ["string", "number"]);
      qb.andWhere("(a.held_on, a.id) < (:heldOn, :id)", { heldOn, id });
    }
    const rows = await qb
      .orderBy("a.held_on", "DESC")
      .addOrderBy("a.id", "DESC")
      .limit(first + 1)
      .getMany();
    for (const a of rows) ctx.loaders.assessment.prime(a.id, a);
    return toPage(rows, first, totalCount, (a) => encodeCursor([a.heldOn, a.id]));
  }

  /**
   * The status history (every snapshot, corrections and announced ones included), newest first: `validFrom` desc,
   * `recordedAt` desc, id desc (keyset cursor on all three; `recordedAt` at full microsecond precision). Statements:
   * count and page, plus one per `provinces` / `platforms` filter to resolve the keys. The snapshots' presences and
   * sources come with the page (primed), so `presence` and `source` cost nothing extra.
   */
  static async statusChanges(
    ctx: Context,
    filter: StatusChangeFilter = {},
    first: number,
    after?: string | null,
  ): Promise<Page<PlatformStatus>> {
    const qb = ctx.dataSource
      .getRepository(PlatformStatus)
      .createQueryBuilder("s")
      .innerJoinAndSelect("s.presence", "p");
    if (filter.provinces) {
      const provinces = await resolveProvinces(ctx.dataSource, ctx.loaders, filter.provinces);
      qb.andWhere("p.province_id = ANY(:provinceIds)", { provinceIds: provinces.map((p) => p.id) });
    }
    if (filter.platforms) {
      const platforms = await resolvePlatforms(ctx.dataSource, ctx.loaders, filter.platforms);
      qb.andWhere("p.platform_id = ANY(:platformIds)", { platformIds: platforms.map((p) => p.id) });
    }
    if (filter.statuses) qb.andWhere("s.status = ANY(:statuses)", { statuses: filter.statuses });
    // An observation says a state held on a source's date, not that it began then: no change (docs/design.md §2.2).
    if (!filter.includeObservations)
      qb.andWhere("s.valid_from_basis <> :observed", { observed: DateBasis.SOURCE_DATE });
    const range = filter.validFrom;
    if (range?.from && range.to && range.from > range.to) {
      throw badInput(`\`validFrom.from\` (${range.from}) must not be after \`validFrom.to\` (${range.to}).`, {
        argument: "filter.validFrom",
      });
    }
    if (range?.from) qb.andWhere("s.valid_from >= :vfFrom", { vfFrom: range.from });
    if (range?.to) qb.andWhere("s.valid_from <= :vfTo", { vfTo: range.to });
    if (filter.knownAt)
      qb.andWhere(recordedBy("s.recorded_at", ":knownAt"), { knownAt: knownAtOf(ctx, filter.knownAt) });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [validFrom, recordedAt, id] = decodeCursor(after, ["string", "string", "number"]);
      if (!CURSOR_DATE.test(String(validFrom)) || !CURSOR_INSTANT.test(String(recordedAt))) {
        throw badInput("`after` is not a cursor of this list.", { argument: "after" });
      }
      qb.andWhere("(s.valid_from, s.recorded_at, s.id) < (CAST(:cvf AS date), CAST(:cra AS timestamptz), :cid)", {
        cvf: validFrom,
        cra: recordedAt,
        cid: id,
      });
    }
    const { raw, entities } = await qb
      .leftJoinAndSelect("s.source", "src")
      .addSelect(RECORDED_AT_TEXT, "recorded_at_text")
      .orderBy("s.valid_from", "DESC")
      .addOrderBy("s.recorded_at", "DESC")
      .addOrderBy("s.id", "DESC")
      .limit(first + 1)
      .getRawAndEntities<{ s_id: number; recorded_at_text: string }>();
    const exact = new Map(raw.map((r) => [Number(r.s_id), r.recorded_at_text]));
    for (const s of entities) {
      ctx.loaders.platformStatus.prime(s.id, s);
      if (s.presence) ctx.loaders.presence.prime(s.presenceId, s.presence);
      if (s.source && s.sourceId !== null) ctx.loaders.source.prime(s.sourceId, s.source);
    }
    return toPage(entities, first, totalCount, (s) =>
      encodeCursor([s.validFrom, exact.get(s.id) ?? s.recordedAt.toISOString(), s.id]),
    );
  }
}
