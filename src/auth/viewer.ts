import type { ApiClient } from "../entities";
import { Role } from "../domain/enums";

/** Who is calling: an API client with its role, or anonymous (`client` null). Built once per request. */
export interface Viewer {
  client: ApiClient | null;
  role: Role | null;
  /** The province a PROVINCE_EDITOR is bound to; null for every other role. */
  provinceId: number | null;
}

export const ANONYMOUS: Viewer = Object.freeze({ client: null, role: null, provinceId: null });

/** Draft assessments are visible to their own province's editors, IPO_ANALYST, ETHICS_COMMITTEE and ADMIN. */
export function canReadDraftsOf(viewer: Viewer, provinceId: number): boolean {
  switch (viewer.role) {
    case Role.ADMIN:
    case Role.IPO_ANALYST:
    case Role.ETHICS_COMMITTEE:
      return true;
    case Role.PROVINCE_EDITOR:
      return viewer.provinceId === provinceId;
    default:
      return false;
  }
}

/** Province ids whose drafts the viewer may read: "all", or a (possibly empty) list. */
export function draftScope(viewer: Viewer): "all" | number[] {
  if (viewer.role === Role.ADMIN || viewer.role === Role.IPO_ANALYST || viewer.role === Role.ETHICS_COMMITTEE)
    return "all";
  return viewer.role === Role.PROVINCE_EDITOR && viewer.provinceId !== null ? [viewer.provinceId] : [];
}

/** Whether the viewer may see an assessment (and its ratings): published and withdrawn ones always, drafts per role. */
export function canSeeAssessment(viewer: Viewer, assessment: { state: string; provinceId: number }): boolean {
  return assessment.state !== "DRAFT" || canReadDraftsOf(viewer, assessment.provinceId);
}
