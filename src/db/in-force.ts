import type { DataSource, EntityManager } from "typeorm";
import { ExitCriterionReview, FrameworkPosition, PlatformStatus } from "../entities";
import { entityRows, type ReadBatch } from "./entity-rows";
import { recordedBy } from "./write-clock";

/**
 * The rule "which status snapshot is in force", as SQL, in one place (the comparisons, the CSV exports through them,
 * and `Presence.status(asOf:)` through `statusesInForce`): for a presence and a date, the snapshot with the latest
 * `validFrom` on or before the date among those recorded at or before `knownAt`; among equal `validFrom`s the later
 * `recordedAt` (a correction) wins, then the higher id.
 *
 * A `CROSS JOIN LATERAL (… LIMIT 1)` to append to a FROM clause that has the presence id in scope: one backward step
 * on `platform_status_latest_idx` per presence and date. (`DISTINCT ON (presence_id) … ORDER BY …` sorts every
 * snapshot of every presence in scope: 4x slower at 420 bodies and spilling to disk with the default work_mem; see
 * bench/README.md.) The arguments are SQL expressions (columns or placeholders); `alias` names the snapshot row.
 */
export function snapshotInForce(alias: string, presenceId: string, onDate: string, knownAt: string): string {
  return `CROSS JOIN LATERAL (
       SELECT * FROM "platform_status" "x"
       WHERE "x"."presence_id" = ${presenceId} AND "x"."valid_from" <= ${onDate} AND ${recordedBy(`"x"."recorded_at"`, knownAt)}
       ORDER BY "x"."valid_from" DESC, "x"."recorded_at" DESC, "x"."id" DESC
       LIMIT 1
     ) "${alias}"`;
}

/** The snapshot in force on `asOf` as recorded at `knownAt` of each of the presences that has one: one read. */
export async function statusesInForce(
  dataSource: DataSource,
  reads: ReadBatch,
  presenceIds: readonly number[],
  asOf: string,
  knownAt: Date,
): Promise<PlatformStatus[]> {
  const snapshot = entityRows(dataSource, PlatformStatus, "s");
  const json = await reads.rows(
    (param) =>
      `SELECT COALESCE(json_agg(json_build_array(${snapshot.jsonColumns})), '[]')::text AS "json"
       FROM unnest(${param([...presenceIds])}::int[]) AS "p"("id")
       ${snapshotInForce("s", `"p"."id"`, `${param(asOf)}::date`, param(knownAt))}`,
  );
  return json.map((values) => snapshot.fromJson(values));
}

/**
 * The rule "latest recorded snapshot", in one place (`Presence.latestRecorded` through its loader, and the
 * `expectedLatestId` check of `recordPlatformStatus` in its transaction): per presence, the snapshot recorded last,
 * whatever its `validFrom`; the higher id breaks ties. One statement; presences without snapshots are absent.
 */
export function latestRecorded(manager: EntityManager, presenceIds: readonly number[]): Promise<PlatformStatus[]> {
  return manager
    .getRepository(PlatformStatus)
    .createQueryBuilder("s")
    .distinctOn(["s.presence_id"])
    .where("s.presence_id = ANY(:ids)", { ids: [...presenceIds] })
    .orderBy("s.presence_id")
    .addOrderBy("s.recorded_at", "DESC")
    .addOrderBy("s.id", "DESC")
    .getMany();
}

/**
 * The rule "which framework position is in force", in one place (frameworkMatrix and `Province.frameworkPositions`):
 * per province and framework, the position with the latest `since` on or before `asOf` among those recorded at or
 * before `knownAt`; the later `recordedAt`, then the higher id, breaks ties. `frameworkIds` null = every framework.
 */
export function positionsInForce(
  dataSource: DataSource,
  provinceIds: number[],
  frameworkIds: number[] | null,
  asOf: string,
  knownAt: Date,
): Promise<FrameworkPosition[]> {
  const qb = dataSource
    .getRepository(FrameworkPosition)
    .createQueryBuilder("e")
    .distinctOn(["e.province_id", "e.framework_id"])
    .where("e.province_id = ANY(:provinceIds)", { provinceIds });
  if (frameworkIds) qb.andWhere("e.framework_id = ANY(:frameworkIds)", { frameworkIds });
  return qb
    .andWhere("e.since <= :asOf", { asOf })
    .andWhere(recordedBy("e.recorded_at", ":knownAt"), { knownAt })
    .orderBy("e.province_id")
    .addOrderBy("e.framework_id")
    .addOrderBy("e.since", "DESC")
    .addOrderBy("e.recorded_at", "DESC")
    .addOrderBy("e.id", "DESC")
    .getMany();
}

/**
 * The rule "is this exit or entry criterion in force" (issue 16), as an SQL condition on the criterion row `c`: adopted
 * on or before the date and recorded at or before `knownAt`, and not retired on or before the date by a retirement
 * recorded at or before `knownAt` (a criterion retired later is in force at an earlier `asOf` or `knownAt`).
 */
export function criterionInForce(c: string, onDate: string, knownAt: string): string {
  return `("${c}"."adopted_on" <= ${onDate} AND ${recordedBy(`"${c}"."recorded_at"`, knownAt)}
       AND NOT EXISTS (SELECT 1 FROM "exit_criterion_retirement" "t" WHERE "t"."criterion_id" = "${c}"."id"
         AND "t"."retired_on" <= ${onDate} AND ${recordedBy(`"t"."recorded_at"`, knownAt)}))`;
}

/**
 * The rule "which review of a criterion counts", like a status snapshot's: the review with the latest `reviewedOn` on
 * or before the date among those recorded at or before `knownAt`; the later `recordedAt` (a correction), then the
 * higher id, breaks ties. A `LEFT JOIN LATERAL … LIMIT 1` (a criterion without a review by then keeps a row of NULLs)
 * on `exit_criterion_review_latest_idx`.
 */
export function reviewInForce(alias: string, criterionId: string, onDate: string, knownAt: string): string {
  return `LEFT JOIN LATERAL (
       SELECT * FROM "exit_criterion_review" "x"
       WHERE "x"."criterion_id" = ${criterionId} AND "x"."reviewed_on" <= ${onDate} AND ${recordedBy(`"x"."recorded_at"`, knownAt)}
       ORDER BY "x"."reviewed_on" DESC, "x"."recorded_at" DESC, "x"."id" DESC
       LIMIT 1
     ) "${alias}" ON true`;
}

/** The review in force on `asOf` as recorded at `knownAt` of each of the criteria that has one: one read. */
export async function reviewsInForce(
  dataSource: DataSource,
  reads: ReadBatch,
  criterionIds: readonly number[],
  asOf: string,
  knownAt: Date,
): Promise<ExitCriterionReview[]> {
  const review = entityRows(dataSource, ExitCriterionReview, "r");
  const json = await reads.rows(
    (param) =>
      `SELECT COALESCE(json_agg(json_build_array(${review.jsonColumns})), '[]')::text AS "json"
       FROM unnest(${param([...criterionIds])}::int[]) AS "c"("id")
       ${reviewInForce("r", `"c"."id"`, `${param(asOf)}::date`, param(knownAt))}
       WHERE "r"."id" IS NOT NULL`,
  );
  return json.map((values) => review.fromJson(values));
}
