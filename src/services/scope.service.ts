import type { DataSource } from "typeorm";
import { Framework, Platform, Province, Value } from "../entities";
import { badInput } from "../errors/error-codes";
import type { Loaders } from "../dataloaders/loaders";

const MAX_KEYS = 500;

/**
 * Resolves the provinces / platforms / values a comparison is asked for, in one statement each. `undefined` or null
 * means all; an unknown key is a BAD_USER_INPUT error naming it (never silently dropped). Results are primed into
 * the request's loaders so nested fields do not query again.
 */
export async function resolveProvinces(ds: DataSource, loaders: Loaders, keys?: string[] | null): Promise<Province[]> {
  const qb = ds.getRepository(Province).createQueryBuilder("p").orderBy("p.code");
  if (keys) {
    checkKeys("provinces", keys);
    qb.where("(p.code = ANY(:keys) OR p.slug = ANY(:keys))", { keys: keys.map((k) => (/^pv\d\d$/i.test(k) ? k.toUpperCase() : k)) });
  }
  const rows = await qb.getMany();
  if (keys) reportUnknown("provinces", keys, (k) => rows.some((p) => p.code === k.toUpperCase() || p.slug === k), "province code (e.g. PV26) or slug");
  for (const p of rows) loaders.province.prime(p.id, p);
  return rows;
}

/** `argument` names the argument in the error (`platform` for the single-platform argument of the value views). */
export async function resolvePlatforms(ds: DataSource, loaders: Loaders, keys?: string[] | null, argument = "platforms"): Promise<Platform[]> {
  const qb = ds.getRepository(Platform).createQueryBuilder("p").orderBy("p.id");
  if (keys) {
    checkKeys(argument, keys);
    qb.where("p.slug = ANY(:keys)", { keys: keys.map((k) => k.toLowerCase()) });
  }
  const rows = await qb.getMany();
  if (keys) reportUnknown(argument, keys, (k) => rows.some((p) => p.slug === k.toLowerCase()), "platform slug (e.g. x)");
  for (const p of rows) loaders.platform.prime(p.id, p);
  return rows;
}

export async function resolveValues(ds: DataSource, loaders: Loaders, keys?: string[] | null): Promise<Value[]> {
  const qb = ds.getRepository(Value).createQueryBuilder("v").orderBy("v.id");
  if (keys) {
    checkKeys("values", keys);
    qb.where("v.slug = ANY(:keys)", { keys: keys.map((k) => k.toLowerCase()) });
  }
  const rows = await qb.getMany();
  if (keys) reportUnknown("values", keys, (k) => rows.some((v) => v.slug === k.toLowerCase()), "value slug (e.g. transparantie)");
  for (const v of rows) loaders.value.prime(v.id, v);
  return rows;
}

export async function resolveFrameworks(ds: DataSource, loaders: Loaders, keys?: string[] | null): Promise<Framework[]> {
  const qb = ds.getRepository(Framework).createQueryBuilder("f").orderBy("f.id");
  if (keys) {
    checkKeys("frameworks", keys);
    qb.where("f.slug = ANY(:keys)", { keys });
  }
  const rows = await qb.getMany();
  if (keys) reportUnknown("frameworks", keys, (k) => rows.some((f) => f.slug === k), "framework slug (e.g. dsa)");
  for (const f of rows) loaders.framework.prime(f.id, f);
  return rows;
}

function checkKeys(argument: string, keys: string[]) {
  if (keys.length > MAX_KEYS) throw badInput(`\`${argument}\` takes at most ${MAX_KEYS} keys; got ${keys.length}.`, { argument });
}

function reportUnknown(argument: string, keys: string[], known: (key: string) => boolean, what: string) {
  const unknown = keys.filter((k) => !known(k));
  if (unknown.length > 0) {
    throw badInput(`Unknown ${what} in \`${argument}\`: ${unknown.map((k) => JSON.stringify(k)).join(", ")}.`, { argument, unknown });
  }
}
