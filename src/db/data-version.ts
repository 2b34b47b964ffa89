import type { DataSource } from "typeorm";
import { detached } from "./data-source";
import { WRITE_CLOCK } from "./write-clock";

/**
 * Reads the data version (the one-row `data_version` table, bumped by a trigger in the same transaction as every
 * write: see migration DataVersion1795946636487) with one tiny SELECT.
 *
 * Reads are coalesced without ever answering from the past: a caller gets the result of a SELECT that *started after
 * it called*. Callers that arrive while a SELECT is running share the next one, which starts as soon as the running
 * one ends; so under load one process runs at most one version SELECT at a time, and a write committed before a
 * request arrived is always seen by that request (its version SELECT starts later, in a new snapshot).
 *
 * The same SELECT reads the database clock (to the millisecond, as writes stamp `recorded_at`): the request's instant,
 * its default `knownAt`. Every row committed in the version read was stamped at or before it, so an answer stored under
 * that version includes every write the version counts — also when Node's clock and the database's disagree.
 */
export interface DataVersionReading {
  version: string;
  now: Date;
}

export class DataVersionProbe {
  private running: Promise<unknown> | null = null;
  private pending: Promise<DataVersionReading> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  read(): Promise<DataVersionReading> {
    if (this.pending) return this.pending;
    const previous = this.running ?? Promise.resolve();
    const next: Promise<DataVersionReading> = previous
      .catch(() => undefined)
      .then(() => {
        this.pending = null;
        const query = this.select();
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

  private async select(): Promise<DataVersionReading> {
    // Outside any request's scope: the read is shared by concurrent requests and is not one of their statements.
    const rows: Array<{ version: string; now: Date }> = await detached(this.dataSource, () =>
      this.dataSource.query(`SELECT version, ${WRITE_CLOCK} AS now FROM data_version`),
    );
    if (rows.length !== 1)
      throw new Error("data_version must hold exactly one row (migration DataVersion1795946636487)");
    return { version: String(rows[0].version), now: new Date(rows[0].now) };
  }
}
