import type { DataSource } from "typeorm";
import type { Viewer } from "./auth/viewer";
import { createLoaders, type Loaders } from "./dataloaders/loaders";

/** Built once per request: who calls, the request's loaders, and its id (also in the logs and audit events). */
export interface Context {
  requestId: string;
  viewer: Viewer;
  loaders: Loaders;
  dataSource: DataSource;
}

export function createContext(dataSource: DataSource, viewer: Viewer, requestId: string): Context {
  return { requestId, viewer, dataSource, loaders: createLoaders(dataSource, viewer) };
}
