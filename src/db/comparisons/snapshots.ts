import type { DataSource } from "typeorm";
import { PlatformStatus, Presence } from "../../entities";
import { entityRows, type ReadBatch } from "../entity-rows";
import { snapshotInForce } from "../in-force";
import { inScope, scopeKeys } from "./dimensions";

/** The provinces and platforms a status comparison is asked for, as keys (null: all). */
export interface StatusScope {
  provinces?: string[] | null;
  platforms?: string[] | null;
}

/**
 * The snapshot in force (db/in-force.ts) of every presence in scope, on each of `dates`, as recorded at `knownAt`:
 * one read for any number of dates (the dates are joined as a set); per date a map keyed `provinceId:platformId`,
 * each snapshot with its `presence`. The provinces and platforms are selected by the dimensions' own rule
 * (`inScope`), so that this read shares a statement with theirs instead of waiting for their ids.
 *
 * Raw SQL mapped onto the entity classes (db/entity-rows.ts), the rows as one JSON text: the query builder's
 * hydration and pg's per-field parsing cost more than the SQL itself on big matrices (bench/README.md).
 */
export async function snapshotsInScope(
  dataSource: DataSource,
  reads: ReadBatch,
  scope: StatusScope,
  dates: readonly string[],
  knownAt: Date,
  columns: "full" | "lean" = "full",
): Promise<Array<Map<string, PlatformStatus>>> {
  const result = dates.map(() => new Map<string, PlatformStatus>());
  if (dates.length === 0) return result;
  if (columns === "lean") return leanSnapshotsInScope(reads, scope, dates, knownAt, result);
  const presence = entityRows(dataSource, Presence, "p");
  const snapshot = entityRows(dataSource, PlatformStatus, "s");
  const cells = await reads.rows(
    (param) =>
      `SELECT COALESCE(json_agg(json_build_array("d"."i", ${presence.jsonColumns}, ${snapshot.jsonColumns})), '[]')::text AS "json"
       FROM "presence" "p"
       CROSS JOIN unnest(${param([...dates])}::date[]) WITH ORDINALITY AS "d"("on_date", "i")
       ${snapshotInForce("s", `"p"."id"`, `"d"."on_date"`, param(knownAt))}
       WHERE ${inScope("provinces", `"p"."province_id"`, param(scopeKeys("provinces", scope.provinces)))}
         AND ${inScope("platforms", `"p"."platform_id"`, param(scopeKeys("platforms", scope.platforms)))}`,
  );
  const presences = new Map<number, Presence>();
  for (const c of cells) {
    const id = c[1] as number;
    let p = presences.get(id);
    if (!p) presences.set(id, (p = presence.fromJson(c, 1)));
    const s = snapshot.fromJson(c, 1 + presence.width);
    s.presence = p;
    result[(c[0] as number) - 1].set(`${p.provinceId}:${p.platformId}`, s);
  }
  return result;
}

/**
 * What a status cell shows of its snapshot (StatusCell's own fields), in `json_build_array` order: the lean read.
 * The snapshot's other columns (id, reason, recorded time, who recorded and stated it) and its presence's are not
 * encoded: about half of the statement's JSON and of the parsing after it (bench/README.md).
 */
const LEAN_COLUMNS = [
  ["status", "status"],
  ["validFrom", "valid_from"],
  ["validFromBasis", "valid_from_basis"],
  ["validFromPrecision", "valid_from_precision"],
  ["commentsEnabled", "comments_enabled"],
  ["engagement", "engagement"],
  ["purposes", "purposes"],
  ["paidContent", "paid_content"],
  ["sourceId", "source_id"],
] as const;

/**
 * `snapshotsInScope` when the operation does not ask for the cells' `snapshot`: the same rows (same rule, scope and
 * statement), but per cell only the province, the platform and `LEAN_COLUMNS`; each a PlatformStatus holding just
 * those (no presence: nothing to prime).
 */
async function leanSnapshotsInScope(
  reads: ReadBatch,
  scope: StatusScope,
  dates: readonly string[],
  knownAt: Date,
  result: Array<Map<string, PlatformStatus>>,
): Promise<Array<Map<string, PlatformStatus>>> {
  const cells = await reads.rows(
    (param) =>
      `SELECT COALESCE(json_agg(json_build_array("d"."i", "p"."province_id", "p"."platform_id", "p"."id",
                ${LEAN_COLUMNS.map(([, column]) => `"s"."${column}"`).join(", ")})), '[]')::text AS "json"
       FROM "presence" "p"
       CROSS JOIN unnest(${param([...dates])}::date[]) WITH ORDINALITY AS "d"("on_date", "i")
       ${snapshotInForce("s", `"p"."id"`, `"d"."on_date"`, param(knownAt))}
       WHERE ${inScope("provinces", `"p"."province_id"`, param(scopeKeys("provinces", scope.provinces)))}
         AND ${inScope("platforms", `"p"."platform_id"`, param(scopeKeys("platforms", scope.platforms)))}`,
  );
  for (const c of cells) {
    const s = new PlatformStatus() as unknown as Record<string, unknown>;
    s.presenceId = c[3];
    for (let i = 0; i < LEAN_COLUMNS.length; i++) s[LEAN_COLUMNS[i][0]] = c[4 + i];
    result[(c[0] as number) - 1].set(`${c[1] as number}:${c[2] as number}`, s as unknown as PlatformStatus);
  }
  return result;
}

/** Per platform and status: how many presences in scope have a snapshot in force in that status, and how many of them
 * have comments switched off. */
export interface StatusTally {
  platformId: number;
  status: string;
  count: number;
  commentsDisabled: number;
}

/**
 * The summary's counts, counted in SQL: per platform in scope, the presences of the provinces in scope by the status of
 * their snapshot in force on `asOf` as recorded at `knownAt` (the same rule and scope as `snapshotsInScope`), and how
 * many of those have comments switched off. Presences without a snapshot in force are not counted (the caller's
 * UNKNOWN is what is left of the provinces). A few rows instead of every snapshot with all its columns.
 */
export async function statusCountsInScope(
  reads: ReadBatch,
  scope: StatusScope,
  asOf: string,
  knownAt: Date,
): Promise<StatusTally[]> {
  const rows = await reads.rows(
    (param) =>
      `SELECT COALESCE(json_agg(json_build_array("c"."platform_id", "c"."status", "c"."n", "c"."disabled")), '[]')::text AS "json"
       FROM (
         SELECT "p"."platform_id", "s"."status"::text AS "status", count(*)::int AS "n",
                count(*) FILTER (WHERE "s"."comments_enabled" = false)::int AS "disabled"
         FROM "presence" "p"
         ${snapshotInForce("s", `"p"."id"`, `${param(asOf)}::date`, param(knownAt))}
         WHERE ${inScope("provinces", `"p"."province_id"`, param(scopeKeys("provinces", scope.provinces)))}
           AND ${inScope("platforms", `"p"."platform_id"`, param(scopeKeys("platforms", scope.platforms)))}
         GROUP BY "p"."platform_id", "s"."status"
       ) "c"`,
  );
  return rows.map(([platformId, status, count, commentsDisabled]) => ({
    platformId: platformId as number,
    status: status as string,
    count: count as number,
    commentsDisabled: commentsDisabled as number,
  }));
}
