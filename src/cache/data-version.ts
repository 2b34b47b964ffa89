import type { DataSource } from "typeorm";
import { requestScope } from "../request-scope";

/**
 * Reads the data version (the one-row `data_version` table, bumped by a trigger in the same transaction as every
 * write: see migration DataVersion1795946636487) with one tiny SELECT.
 *
 * Reads are coalesced without ever answering from the past: a caller gets the result of a SELECT that *started after
 * it called*. Callers that arrive while a SELECT is running share the next one, which starts as soon as the running
 * one ends; so under load one process runs at most one version SELECT at a time, and a write committed before a
 * request arrived is always seen by that request (its version SELECT starts later, in a new snapshot).
 */
export class DataVersionProbe {
  private running: Promise<unknown> | null = null;
  private pending: Promise<string> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  read(): Promise<string> {
    if (this.pending) return this.pending;
    const previous = this.running ?? Promise.resolve();
    const next: Promise<string> = previous
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

  private async select(): Promise<string> {
    // Outside any request's scope: the read is shared by concurrent requests and is not one of their statements.
    const rows: Array<{ version: string }> = await requestScope.exit(() => this.dataSource.query("SELECT version FROM data_version"));
    if (rows.length !== 1) throw new Error("data_version must hold exactly one row (migration DataVersion1795946636487)");
    return String(rows[0].version);
  }
}
