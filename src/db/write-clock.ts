/**
 * SQL for "now" on writes (`recorded_at`, `published_at`, `withdrawn_at`, audit `at`): `register_stamp()` (migration
 * RegisterClock1795946636510) marks the transaction as a write in flight, then reads the statement's clock (not the
 * transaction start), to the millisecond like JavaScript. Marking first is what lets a reader's instant wait for
 * every write that could still commit a stamp at or before it (db/data-version.ts, docs/design.md §6 "Writes").
 */
export const WRITE_CLOCK = "register_stamp()";

/**
 * SQL for "`column` was recorded by `knownAt`": at or before the last microsecond of `knownAt`'s millisecond. The API
 * shows instants to the millisecond while PostgreSQL keeps microseconds (rows stamped by `now()`, like the seed's):
 * a `recordedAt` the API showed, passed back as `knownAt`, must include its own row. `knownAt` is an SQL expression
 * (a placeholder) holding an instant.
 */
export function recordedBy(column: string, knownAt: string): string {
  return `${column} < CAST(${knownAt} AS timestamptz) + interval '1 millisecond'`;
}
