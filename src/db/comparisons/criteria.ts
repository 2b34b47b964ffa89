import type { DataSource } from "typeorm";
import { ExitCriterion, ExitCriterionReview } from "../../entities";
import { entityRows, type ReadBatch } from "../entity-rows";
import { criterionInForce, reviewInForce } from "../in-force";
import { inScope, scopeKeys } from "./dimensions";
import type { StatusScope } from "./snapshots";

/** A criterion in force and the review that counts for it (null when none was recorded by then). */
export interface CriterionInForce {
  criterion: ExitCriterion;
  review: ExitCriterionReview | null;
}

/**
 * The exit and entry criteria in force on `asOf` as recorded at `knownAt` (db/in-force.ts) of the provinces in scope,
 * for the platforms in scope and for all platforms, each with its review in force: one read through the request's
 * read batch, so that `exitCriteriaMatrix` shares one statement with its dimensions and the status snapshots. In
 * criterion id order.
 */
export async function criteriaInScope(
  dataSource: DataSource,
  reads: ReadBatch,
  scope: StatusScope,
  asOf: string,
  knownAt: Date,
): Promise<CriterionInForce[]> {
  const criterion = entityRows(dataSource, ExitCriterion, "c");
  const review = entityRows(dataSource, ExitCriterionReview, "r");
  const rows = await reads.rows((param) => {
    const onDate = `${param(asOf)}::date`;
    const known = param(knownAt);
    return `SELECT COALESCE(json_agg(json_build_array(${criterion.jsonColumns}, ${review.jsonColumns}) ORDER BY "c"."id"), '[]')::text AS "json"
       FROM "exit_criterion" "c"
       ${reviewInForce("r", `"c"."id"`, onDate, known)}
       WHERE ${criterionInForce("c", onDate, known)}
         AND ${inScope("provinces", `"c"."province_id"`, param(scopeKeys("provinces", scope.provinces)))}
         AND ("c"."platform_id" IS NULL OR ${inScope("platforms", `"c"."platform_id"`, param(scopeKeys("platforms", scope.platforms)))})`;
  });
  return rows.map((values) => {
    const r = review.fromJson(values, criterion.width);
    return { criterion: criterion.fromJson(values), review: r.id === null ? null : r };
  });
}
