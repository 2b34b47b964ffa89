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
