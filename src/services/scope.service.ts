import type { DataSource } from "typeorm";
import { Framework, Platform, Province, Value } from "../entities";
import { badInput } from "../errors/error-codes";
import type { Loaders } from "../request/loaders";
import { dimensionRows, type Dimension } from "../db/comparisons/dimensions";

const MAX_KEYS = 500;

/**
 * "All of them" is read once per request (kept on the request's loaders), however many comparisons of the request ask
 * for it: statusMatrix + valueMatrix in one operation share one provinces statement.
 */
function wholeDimension<T>(loaders: Loaders, what: string, read: () => Promise<T>): Promise<T> {
  let result = loaders.wholeDimensions.get(what) as Promise<T> | undefined;
  if (!result) loaders.wholeDimensions.set(what, (result = read()));
  return result;
}

/**
 * The rows the keys name (all rows when the keys are null or undefined; "all" is read once per request); an unknown
 * key is BAD_USER_INPUT naming it. Which rows a key names is the dimension's one rule (db/comparisons/dimensions.ts).
 */
async function readDimension<T extends { id: number }>(
  ds: DataSource,
  loaders: Loaders,
  dimension: Dimension,
  entity: new () => T,
  keys: string[] | null | undefined,
  unknownError: { argument: string; what: string },
): Promise<T[]> {
  if (!keys)
    return wholeDimension(loaders, dimension, async () => {
      return (await dimensionRows(ds, loaders.reads, dimension, entity, null)).rows;
    });
  checkKeys(unknownError.argument, keys);
  const { rows, unknown } = await dimensionRows(ds, loaders.reads, dimension, entity, keys);
  if (unknown.length > 0) {
    throw badInput(
      `Unknown ${unknownError.what} in \`${unknownError.argument}\`: ${unknown.map((k) => JSON.stringify(k)).join(", ")}.`,
      { argument: unknownError.argument, unknown },
    );
  }
  return rows;
}

/**
 * Resolves the provinces / platforms / values / frameworks a comparison is asked for, in one statement each (all of
 * them: once per request; through the request's read batch, so the dimensions of a comparison and its facts share one
 * statement). `undefined` or null means all; an unknown key is a BAD_USER_INPUT error naming it (never silently
 * dropped). Keys are matched case-, accent- and space-insensitively on every name of a row (dimensions.ts). Results
 * are primed into the request's loaders so nested fields do not query again.
 */
export async function resolveProvinces(ds: DataSource, loaders: Loaders, keys?: string[] | null): Promise<Province[]> {
  const rows = await readDimension(ds, loaders, "provinces", Province, keys, {
    argument: "provinces",
    what: "province code (e.g. PV26) or slug",
  });
  for (const p of rows) loaders.province.prime(p.id, p);
  return rows;
}

/** `argument` names the argument in the error (`platform` for the single-platform argument of the value views). */
export async function resolvePlatforms(
  ds: DataSource,
  loaders: Loaders,
  keys?: string[] | null,
  argument = "platforms",
): Promise<Platform[]> {
  const rows = await readDimension(ds, loaders, "platforms", Platform, keys, {
    argument,
    what: "platform slug (e.g. x)",
  });
  for (const p of rows) loaders.platform.prime(p.id, p);
  return rows;
}

export async function resolveValues(ds: DataSource, loaders: Loaders, keys?: string[] | null): Promise<Value[]> {
  const rows = await readDimension(ds, loaders, "values", Value, keys, {
    argument: "values",
    what: "value slug (e.g. transparantie)",
  });
  for (const v of rows) loaders.value.prime(v.id, v);
  return rows;
}

export async function resolveFrameworks(
  ds: DataSource,
  loaders: Loaders,
  keys?: string[] | null,
): Promise<Framework[]> {
  const rows = await readDimension(ds, loaders, "frameworks", Framework, keys, {
    argument: "frameworks",
    what: "framework slug (e.g. dsa)",
  });
  for (const f of rows) loaders.framework.prime(f.id, f);
  return rows;
}

/** The one row a single key names (`province(code:)`, `platform(slug:)`, …), null when none. */
export async function findByKey<T extends { id: number }>(
  ds: DataSource,
  loaders: Loaders,
  dimension: Dimension,
  entity: new () => T,
  key: string,
): Promise<T | null> {
  const { rows } = await dimensionRows(ds, loaders.reads, dimension, entity, [key]);
  return rows[0] ?? null;
}

/**
 * Awaits dimensions resolved side by side (so that their reads share one statement) and, when several fail, throws
 * the error of the first in argument order: the same error as resolving them one after the other.
 */
export async function inOrder<T extends readonly unknown[]>(promises: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(promises);
  const values: unknown[] = [];
  for (const s of settled) {
    if (s.status === "rejected") throw s.reason;
    values.push(s.value);
  }
  return values as unknown as T;
}

function checkKeys(argument: string, keys: string[]) {
  if (keys.length > MAX_KEYS)
    throw badInput(`\`${argument}\` takes at most ${MAX_KEYS} keys; got ${keys.length}.`, { argument });
}
