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

/**
 * Province ids whose draft assessments the viewer may read: "all" (IPO_ANALYST, ETHICS_COMMITTEE, ADMIN), its own
 * province (PROVINCE_EDITOR), or none. The visibility rule built on it is in db/visibility.ts.
 */
export function draftScope(viewer: Viewer): "all" | number[] {
  if (viewer.role === Role.ADMIN || viewer.role === Role.IPO_ANALYST || viewer.role === Role.ETHICS_COMMITTEE)
    return "all";
  return viewer.role === Role.PROVINCE_EDITOR && viewer.provinceId !== null ? [viewer.provinceId] : [];
}

/**
 * The part of the cache key that says what the caller may see. Drafts are the only data that differs between
 * callers today (`draftScope`), the role is added so that a role-dependent field can never leak either, and so is
 * the API client's id: a field about the caller itself (e.g. a future `viewer { name }`) stays per client. Anonymous
 * callers all share one key.
 */
export function visibilityKey(viewer: Viewer): string {
  const scope = draftScope(viewer);
  return `${viewer.role ?? "ANONYMOUS"}/${viewer.client?.id ?? "-"}/${scope === "all" ? "all" : scope.join(",")}`;
}
