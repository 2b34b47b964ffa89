import type { DataSource } from "typeorm";
import { Assessment, ValueRating } from "../../entities";
import { entityRows, type Param, type ReadBatch } from "../entity-rows";
import { inScope, scopeKeys } from "./dimensions";
import { recordedBy } from "../write-clock";
import { AssessmentState } from "../../domain/enums";

/** The provinces, values and platform a value comparison is asked for, as keys (null: all; no platform: none). */
export interface RatingScope {
  provinces?: string[] | null;
  values?: string[] | null;
  platform?: string | null;
}

/**
 * The rule "latest published rating": per province and value, among ratings of assessments held on or before `asOf`,
 * published at or before `knownAt` and not withdrawn by then. Without `platform`: ratings that apply to all platforms.
 * With `platform`: ratings for that platform or for all platforms, the most recent assessment first and, on the same
 * day, the platform-specific rating. One read, keyed `provinceId:valueId`, each rating with its `assessment`.
 *
 * Raw SQL mapped onto the entity classes (db/entity-rows.ts). The provinces, values and platform in scope by the
 * dimensions' own rule (`inScope`), so that this read shares a statement with theirs instead of waiting for their ids.
 * The chosen ratings, then each of their assessments once (not once per rating), as one JSON value
 * `[ratings, assessments]`.
 *
 * `lean` (the operation asks only each cell's impact, as the summaries and most matrix queries do): the same rule and
 * statement shape, but per cell only the province, the value and the impact; each a ValueRating holding just
 * `valueId` and `impact`, without its assessment (about half of this read's cost at small scale, bench/README.md).
 */
export async function latestRatings(
  dataSource: DataSource,
  reads: ReadBatch,
  scope: RatingScope,
  asOf: string,
  knownAt: Date,
  columns: "full" | "lean" = "full",
): Promise<Map<string, ValueRating>> {
  if (columns === "lean") {
    const cells = await reads.rows(
      (param) =>
        `SELECT COALESCE(json_agg(json_build_array("province_id", "value_id", "impact")), '[]')::text AS "json"
         FROM (${picked(param, scope, asOf, knownAt, `"a"."province_id", "r"."value_id", "r"."impact"`)}) "picked"`,
    );
    const byCell = new Map<string, ValueRating>();
    for (const [provinceId, valueId, impact] of cells) {
      const r = new ValueRating();
      r.valueId = valueId as number;
      r.impact = impact as ValueRating["impact"];
      byCell.set(`${provinceId as number}:${valueId as number}`, r);
    }
    return byCell;
  }
  const rating = entityRows(dataSource, ValueRating, "r");
  const assessment = entityRows(dataSource, Assessment, "a");
  const [ratings, assessments] = await reads.rows(
    (param) => `WITH "picked" AS (
       ${picked(param, scope, asOf, knownAt, `"r"."id" AS "rating_id", "a"."id" AS "assessment_id"`)}
     )
     SELECT json_build_array(
       (SELECT COALESCE(json_agg(json_build_array(${rating.jsonColumns})), '[]') FROM "value_rating" "r"
         WHERE "r"."id" IN (SELECT "rating_id" FROM "picked")),
       (SELECT COALESCE(json_agg(json_build_array(${assessment.jsonColumns})), '[]') FROM "assessment" "a"
         WHERE "a"."id" IN (SELECT "assessment_id" FROM "picked")))::text AS "json"`,
  );
  const byId = new Map<number, Assessment>();
  for (const row of assessments as unknown[][]) {
    const a = assessment.fromJson(row);
    // Shown as it stood at `knownAt`: withdrawn later means still published then (pg's Dates are to the millisecond,
    // truncated, so "later" here is exactly NOT recordedBy(withdrawn_at) above).
    if (a.withdrawnAt && a.withdrawnAt.getTime() > knownAt.getTime()) {
      a.state = AssessmentState.PUBLISHED;
      a.withdrawnAt = null;
    }
    byId.set(a.id, a);
  }
  const byCell = new Map<string, ValueRating>();
  for (const row of ratings as unknown[][]) {
    const r = rating.fromJson(row);
    const a = byId.get(r.assessmentId)!;
    r.assessment = a;
    byCell.set(`${a.provinceId}:${r.valueId}`, r);
  }
  return byCell;
}

/** The rule's one SELECT (rating `r` joined with its assessment `a`): one row per province and value, `select` of it. */
function picked(param: Param, scope: RatingScope, asOf: string, knownAt: Date, select: string): string {
  const known = param(knownAt);
  const platformOf = `COALESCE("r"."platform_id", "a"."platform_id")`;
  const platformCondition = scope.platform
    ? `(${platformOf} IS NULL OR ${inScope("platforms", platformOf, param(scopeKeys("platforms", [scope.platform])))})`
    : `${platformOf} IS NULL`;
  return `SELECT DISTINCT ON ("a"."province_id", "r"."value_id") ${select}
       FROM "value_rating" "r" INNER JOIN "assessment" "a" ON "a"."id" = "r"."assessment_id"
       WHERE ${inScope("provinces", `"a"."province_id"`, param(scopeKeys("provinces", scope.provinces)))}
         AND ${inScope("values", `"r"."value_id"`, param(scopeKeys("values", scope.values)))}
         AND "a"."held_on" <= ${param(asOf)}
         AND ${recordedBy(`"a"."published_at"`, known)}
         AND ("a"."withdrawn_at" IS NULL OR NOT ${recordedBy(`"a"."withdrawn_at"`, known)})
         AND ${platformCondition}
       ORDER BY "a"."province_id", "r"."value_id", "a"."held_on" DESC,
                CASE WHEN ${platformOf} IS NULL THEN 0 ELSE 1 END DESC,
                "a"."published_at" DESC, "r"."id" DESC`;
}
