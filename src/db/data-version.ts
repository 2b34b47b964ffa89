import type { DataSource } from "typeorm";
import { detached } from "./data-source";
import { hotQuery } from "./entity-rows";

/**
 * Reads the data version and the register's safe instant (`register_instant()`, migration RegisterClock1795946636510:
 * the version is `data_version_seq`, bumped by a trigger in the same transaction as every write) with one tiny SELECT.
 *
 * Reads are coalesced without ever answering from the past: a caller gets the result of a SELECT that *started after
 * it called*. Callers that arrive while a SELECT is running share the next one, which starts as soon as the running
 * one ends; so under load one process runs at most one version SELECT at a time, and a write committed before a
 * request arrived is always seen by that request (its version SELECT starts later, in a new snapshot).
 *
 * The same SELECT reads the request's instant, its default `knownAt`: the last completed millisecond by the database
 * clock at which no write can still commit a stamp at or before it (the SELECT waits for the writes in flight that
 * started by then; docs/design.md §6 "Writes"). So an answer at that instant is the same forever (replayable), it sees
 * every write committed before the request arrived, and an answer stored under the version includes every write the
 * version counts — also when Node's clock and the database's disagree.
 */
export interface DataVersionReading {
  version: string;
  now: Date;
}

export class DataVersionProbe {
  private running: Promise<unknown> | null = null;
  /**
   * The latest instant read: still safe (no write can commit a stamp at or before it later), so the fallback instant
   * of a request whose own read failed (the database unreachable; its reads will most likely fail too).
   */
  lastInstant: Date = new Date(0);
  private pending: Promise<DataVersionReading> | null = null;

  /**
   * `select` runs the version SELECT (a stand-in in unit tests); by default it goes straight to the pool as a hot
   * statement (db/entity-rows.ts `hotQuery`: no query runner, prepared on PostgreSQL).
   */
  constructor(
    private readonly dataSource: DataSource,
    private readonly select: () => Promise<Array<{ version: string; now: Date }>> = () =>
      hotQuery(dataSource, `SELECT version::text AS version, instant AS now FROM register_instant()`, []),
  ) {}

  read(): Promise<DataVersionReading> {
    if (this.pending) return this.pending;
    const previous = this.running ?? Promise.resolve();
    const next: Promise<DataVersionReading> = previous
      .catch(() => undefined)
      .then(() => {
        this.pending = null;
        const query = this.selectOnce();
        const settled: Promise<unknown> = query.then(
          () => undefined,
          () => undefined,
        );
        this.running = settled;
        void settled.then(() => {
          if (this.running === settled) this.running = null;
        });
        return query;
      });
    this.pending = next;
    return next;
  }

  private async selectOnce(): Promise<DataVersionReading> {
    // Outside any request's scope: the read is shared by concurrent requests and is not one of their statements.
    const rows = await detached(this.dataSource, this.select);
    const now = new Date(rows[0].now);
    if (now > this.lastInstant) this.lastInstant = now;
    return { version: String(rows[0].version), now };
  }
}
