import type { ObjectLiteral, SelectQueryBuilder } from "typeorm";
import { AssessmentState } from "../domain/enums";
import { draftScope, type Viewer } from "../auth/viewer";

/**
 * The rule "which assessments a viewer may see", in one place: published and withdrawn ones always, drafts only of
 * the provinces in the viewer's draft scope (`draftScope`: who may read whose drafts). As SQL for the lists
 * (`onlyVisibleAssessments`) and, for one loaded assessment (`node(id:)`), as a predicate (`canSeeAssessment`).
 */
export function onlyVisibleAssessments<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  viewer: Viewer,
): SelectQueryBuilder<T> {
  const scope = draftScope(viewer);
  if (scope === "all") return qb;
  return qb.andWhere(`(${alias}.state <> :draft OR ${alias}.province_id = ANY(:own))`, {
    draft: AssessmentState.DRAFT,
    own: scope,
  });
}

/** The same rule for one assessment (and so for its ratings). */
export function canSeeAssessment(viewer: Viewer, assessment: { state: AssessmentState; provinceId: number }): boolean {
  if (assessment.state !== AssessmentState.DRAFT) return true;
  const scope = draftScope(viewer);
  return scope === "all" || scope.includes(assessment.provinceId);
}
