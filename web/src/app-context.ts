import { createContext, useContext } from "react";

export interface ViewerInfo {
  authenticated: boolean;
  name?: string;
  role?: string | null;
  provinceCode?: string | null;
  provinceName?: string | null;
}

export interface AppState {
  /** Dutch label of an enum value (`enumLabels` query); the value itself until the labels arrived. */
  label(enumName: string, value: string | null | undefined): string;
  viewer: ViewerInfo;
  /** Increases when the register changed (live): views then re-query. */
  liveVersion: number;
}

export const AppContext = createContext<AppState>({
  label: (_e, v) => v ?? "",
  viewer: { authenticated: false },
  liveVersion: 0,
});

export const useApp = () => useContext(AppContext);

/** Whether the viewer may edit the records of a province: its own province's editor, or an admin. */
export function mayEdit(viewer: ViewerInfo, provinceCode: string | undefined): boolean {
  if (!viewer.authenticated || !provinceCode) return false;
  if (viewer.role === "ADMIN") return true;
  return viewer.role === "PROVINCE_EDITOR" && viewer.provinceCode === provinceCode;
}

/** Whether the viewer may record developments (`upsertDevelopment`): IPO, the ethics committee or an admin. */
export function mayRecordDevelopments(viewer: ViewerInfo): boolean {
  return viewer.authenticated && ["IPO_ANALYST", "ETHICS_COMMITTEE", "ADMIN"].includes(viewer.role ?? "");
}

/** Whether the viewer may publish the ethics committee's advice (`upsertCommitteeAdvice`): the committee or an admin. */
export function mayAdvise(viewer: ViewerInfo): boolean {
  return viewer.authenticated && ["ETHICS_COMMITTEE", "ADMIN"].includes(viewer.role ?? "");
}
