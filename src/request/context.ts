import type { DataSource } from "typeorm";
import type { Viewer } from "../auth/viewer";
import { createLoaders, type Loaders } from "./loaders";
import { todayInNetherlands } from "../domain/dates";

/** Built once per request: who calls, the request's loaders, and its id (also in the logs and audit events). */
export interface Context {
  requestId: string;
  viewer: Viewer;
  loaders: Loaders;
  dataSource: DataSource;
  /** The request's instant: the default `knownAt` (recorded time), the same for every field of one request. */
  now: Date;
  /** The request's date in the Netherlands: the default `asOf` (valid time). */
  today: string;
}

export function createContext(
  dataSource: DataSource,
  viewer: Viewer,
  requestId: string,
  now: Date = new Date(),
): Context {
  return {
    requestId,
    viewer,
    dataSource,
    now,
    today: todayInNetherlands(now),
    loaders: createLoaders(dataSource, viewer),
  };
}
