import type { Pool, PoolClient } from "pg";
import type { DataSource } from "typeorm";
import type { PostgresDriver } from "typeorm/driver/postgres/PostgresDriver";

/**
 * The `pg` pool behind a TypeORM PostgreSQL data source (undefined before initialisation or after destroy): the one
 * place that reaches into the driver, for the raw read path (`hotQuery`) and the pool metrics.
 */
export function driverPool(dataSource: DataSource): Pool | undefined {
  if (!dataSource.isInitialized) return undefined;
  return (dataSource.driver as PostgresDriver).master as Pool | undefined;
}

/** Gives back one permit (idempotent). */
export type PermitRelease = () => void;

/**
 * Where a checkout waits for its permit: undefined lets it through at once (no request, e.g. start-up, or a read
 * shared by several requests), else a promise of the permit to give back when the connection returns to the pool.
 */
export type ConnectionGate = () => Promise<PermitRelease> | undefined;

const gated = new WeakSet<Pool>();

/**
 * Makes every checkout of `pool` (TypeORM's query runners, `pool.query` for `hotQuery`, transactions) pass `gate`
 * first and hold its permit until the connection is released. The request's gate (src/server.ts) caps how many
 * connections one request holds at once, so a request of many aliased lists queues behind itself, not in front of
 * everyone else. pg-pool hands the release function out twice (`client.release` and the callback's third argument):
 * both give the permit back, once.
 */
export function gateConnections(pool: Pool, gate: ConnectionGate): void {
  if (gated.has(pool)) return;
  gated.add(pool);
  type Done = (error?: Error | boolean) => void;
  type Callback = (error: Error | undefined, client?: PoolClient, done?: Done) => void;
  const connect = pool.connect.bind(pool) as { (): Promise<PoolClient>; (callback: Callback): void };
  const checkout = (permit: PermitRelease) =>
    new Promise<[PoolClient, Done]>((resolve, reject) => {
      connect((error, client) => {
        if (error || !client) {
          permit();
          reject(error ?? new Error("The pool gave no connection."));
          return;
        }
        const release = client.release.bind(client);
        const releaseWithPermit: Done = (releaseError) => {
          permit();
          release(releaseError);
        };
        client.release = releaseWithPermit;
        resolve([client, releaseWithPermit]);
      });
    });
  function gatedConnect(callback?: Callback): Promise<PoolClient> | undefined {
    const waiting = gate();
    if (!waiting) return callback ? void connect(callback) : connect();
    const checkedOut = waiting.then(checkout);
    if (!callback) return checkedOut.then(([client]) => client);
    checkedOut.then(
      ([client, done]) => callback(undefined, client, done),
      (error: Error) => callback(error),
    );
    return undefined;
  }
  (pool as unknown as { connect: typeof gatedConnect }).connect = gatedConnect;
}
