import { EventEmitter } from "node:events";
import pg from "pg";
import type { EntityManager } from "typeorm";
import type { RegisterChangeKind } from "../domain/enums";
import { logger } from "../logger";

/** The PostgreSQL channel of the register's change events. */
export const REGISTER_CHANNEL = "register_changed";

/** What a write changed, as the write frame knows it (ids; the keys are read in the transaction). */
export interface ChangeScope {
  kind: RegisterChangeKind;
  /** The written row's entity and id (e.g. `PlatformStatus`, for `statusChanged`). */
  entityType: string;
  entityId: number;
  provinceId: number | null;
  platformId: number | null;
  /** A presence: its province and platform are read from it. */
  presenceId: number | null;
  /** A draft assessment (or its ratings): only viewers who may read the province's drafts see the event. */
  draft: boolean;
}

/** One committed write, as every instance delivers it to its subscribers. */
export interface RegisterEvent {
  kind: RegisterChangeKind;
  entityType: string;
  entityId: number;
  provinceId: number | null;
  provinceCode: string | null;
  platformSlug: string | null;
  draft: boolean;
  /** The data version that counts this write (the response cache's version: re-query and it is in the answer). */
  dataVersion: string;
  /** The register's stamp at the end of the write (`register_stamp()`), ISO 8601 in UTC. */
  recordedAt: string;
}

/** The event as JSON, computed by the database inside the write's transaction (keys, version, stamp). */
const EVENT_SQL = `
  SELECT json_build_object(
    'kind', $1::text, 'entityType', $2::text, 'entityId', $3::int,
    'provinceId', pv.id, 'provinceCode', pv.code, 'platformSlug', pl.slug, 'draft', $7::boolean,
    'dataVersion', currval('data_version_seq')::text, 'recordedAt', register_stamp()
  )::text AS payload
  FROM (SELECT $4::int AS province_id, $5::int AS platform_id, $6::int AS presence_id) k
  LEFT JOIN presence p ON p.id = k.presence_id
  LEFT JOIN province pv ON pv.id = COALESCE(k.province_id, p.province_id)
  LEFT JOIN platform pl ON pl.id = COALESCE(k.platform_id, p.platform_id)`;

function parseEvent(payload: string): RegisterEvent {
  const event = JSON.parse(payload) as RegisterEvent;
  return { ...event, recordedAt: new Date(event.recordedAt).toISOString() };
}

/**
 * The register's change events: written by the write frame inside each write's transaction, delivered to every
 * subscriber of every instance only after the commit, never for a write that rolled back. Two implementations of one
 * interface:
 * - `PostgresRegisterEvents`: `pg_notify` in the transaction (PostgreSQL sends it at commit, and only then) and one
 *   dedicated LISTEN connection per instance (reconnecting with backoff), so every instance on the database delivers
 *   every event, whichever instance wrote;
 * - `InProcessRegisterEvents` (the embedded database: one process owns it): the event is computed in the transaction
 *   the same way and emitted in the process after the commit.
 */
export abstract class RegisterEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);

  /** Inside the write's transaction (after its last statement): the event, queued for delivery at commit. */
  async record(em: EntityManager, scope: ChangeScope): Promise<RegisterEvent> {
    const rows: Array<{ payload: string }> = await em.query(this.eventSql(), [
      scope.kind,
      scope.entityType,
      scope.entityId,
      scope.provinceId,
      scope.platformId,
      scope.presenceId,
      scope.draft,
    ]);
    return parseEvent(rows[0].payload);
  }

  /** After the write's transaction committed. */
  abstract committed(event: RegisterEvent): void;

  /** Every event delivered to this instance; returns the unsubscribe function. */
  subscribe(listener: (event: RegisterEvent) => void): () => void {
    this.emitter.on("event", listener);
    return () => this.emitter.off("event", listener);
  }

  /** Subscribers now (for tests and monitoring). */
  get listenerCount(): number {
    return this.emitter.listenerCount("event");
  }

  async start(): Promise<void> {}

  async close(): Promise<void> {}

  protected eventSql(): string {
    return EVENT_SQL;
  }

  protected deliver(event: RegisterEvent): void {
    for (const listener of this.emitter.listeners("event") as Array<(e: RegisterEvent) => void>) {
      try {
        listener(event);
      } catch (error) {
        logger.error({ err: error }, "register events: a subscriber failed");
      }
    }
  }
}

/** The embedded database (one process): emitted in the process after the commit. */
export class InProcessRegisterEvents extends RegisterEvents {
  committed(event: RegisterEvent): void {
    this.deliver(event);
  }
}

/** Backoff between LISTEN reconnection attempts: 0.5 s doubling to 30 s. */
const RECONNECT_MS = { first: 500, max: 30_000 };

/** PostgreSQL: NOTIFY in the transaction (sent at commit), one LISTEN connection per instance. */
export class PostgresRegisterEvents extends RegisterEvents {
  private client: pg.Client | null = null;
  private closed = false;
  private retryMs = RECONNECT_MS.first;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Resolves once LISTEN runs (for tests: a subscriber then sees every later commit). */
  listening: Promise<void>;
  private markListening!: () => void;

  constructor(private readonly url: string) {
    super();
    this.listening = new Promise((resolve) => (this.markListening = resolve));
  }

  protected override eventSql(): string {
    return `SELECT pg_notify('${REGISTER_CHANNEL}', e.payload), e.payload FROM (${EVENT_SQL}) e`;
  }

  committed(): void {
    // PostgreSQL delivers the NOTIFY at commit, to this instance's LISTEN connection too.
  }

  override async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, connectionTimeoutMillis: 10_000 });
    client.on("notification", (message) => {
      if (message.channel !== REGISTER_CHANNEL || !message.payload) return;
      try {
        this.deliver(parseEvent(message.payload));
      } catch (error) {
        logger.warn({ err: error }, "register events: an unreadable notification was ignored");
      }
    });
    client.on("error", (error) => {
      logger.warn({ err: error }, "register events: the LISTEN connection failed; reconnecting");
      this.reconnect(client);
    });
    client.on("end", () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${REGISTER_CHANNEL}`);
      this.client = client;
      this.retryMs = RECONNECT_MS.first;
      this.markListening();
    } catch (error) {
      logger.warn({ err: error }, "register events: could not LISTEN; retrying");
      this.reconnect(client);
    }
  }

  /** Drops a failed connection and tries again after the backoff (events committed meanwhile are not delivered). */
  private reconnect(failed: pg.Client) {
    if (this.closed || this.retryTimer) return;
    if (this.client === failed) this.client = null;
    failed.removeAllListeners("end");
    void failed.end().catch(() => undefined);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(this.retryMs * 2, RECONNECT_MS.max);
  }

  override async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = null;
    if (client) {
      client.removeAllListeners("end");
      await client.end().catch(() => undefined);
    }
  }
}
