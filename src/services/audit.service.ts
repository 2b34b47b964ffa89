import type { EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { AuditEvent } from "../entities";
import type { Role } from "../domain/enums";
import type { Viewer } from "../auth/viewer";
import { requireAuditReader } from "../auth/access";
import { decodeCursor, encodeCursor, toPage, type Page } from "../schema/connection";
import { badInput } from "../errors/error-codes";
import { WRITE_CLOCK } from "../db/write-clock";

/** Who wrote: an API client, or `system` (the token command). */
export interface AuditActor {
  id: number | null;
  name: string;
  role: Role | null;
}

export const SYSTEM_ACTOR: AuditActor = Object.freeze({ id: null, name: "system", role: null });

export function actorOf(viewer: Viewer): AuditActor {
  return viewer.client ? { id: viewer.client.id, name: viewer.client.name, role: viewer.client.role } : SYSTEM_ACTOR;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  /** What a reviewer should look at (e.g. `FAR_DATED`); none by default. */
  flags?: AuditFlag[];
}

/** Flags of an audit event: `FAR_DATED`, a status dated more than a year from the day it was recorded. */
export type AuditFlag = "FAR_DATED";

/** The HTTP request a write came with: the server's id and the client's own `X-Request-Id`, if any. */
export interface AuditRequest {
  requestId: string;
  correlationId?: string;
}

export interface AuditFilter {
  actions?: string[] | null;
  entityTypes?: string[] | null;
  entityId?: string | null;
  actorName?: string | null;
  requestId?: string | null;
  correlationId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** The audit trail: written in the transaction of every successful write; read by ADMIN, IPO and the ethics committee. */
export class AuditService {
  /** Appends one event through the write's own transaction (so it exists exactly when the write does). */
  static async record(
    em: EntityManager,
    actor: AuditActor,
    request: AuditRequest | null,
    entry: AuditEntry,
  ): Promise<void> {
    await em
      .createQueryBuilder()
      .insert()
      .into(AuditEvent)
      .values({
        at: () => WRITE_CLOCK,
        actorId: actor.id,
        actorName: actor.name,
        actorRole: actor.role,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: (entry.before ?? null) as object, // JSON; TypeORM stringifies it for jsonb (null stays NULL)
        after: (entry.after ?? null) as object,
        requestId: request?.requestId ?? null,
        correlationId: request?.correlationId ?? null,
        flags: entry.flags ?? [],
      })
      .execute();
  }

  /** Newest first (recorded time, then id); Relay connection. Two statements: count and page. */
  static async auditEvents(
    ctx: Context,
    filter: AuditFilter,
    first: number,
    after?: string | null,
  ): Promise<Page<AuditEvent>> {
    requireAuditReader(ctx.viewer);
    const qb = ctx.dataSource.getRepository(AuditEvent).createQueryBuilder("e");
    if (filter.actions) qb.andWhere("e.action = ANY(:actions)", { actions: filter.actions });
    if (filter.entityTypes) qb.andWhere("e.entity_type = ANY(:entityTypes)", { entityTypes: filter.entityTypes });
    if (filter.entityId) qb.andWhere("e.entity_id = :entityId", { entityId: filter.entityId });
    if (filter.actorName) qb.andWhere("e.actor_name = :actorName", { actorName: filter.actorName });
    if (filter.requestId) qb.andWhere("e.request_id = :requestId", { requestId: filter.requestId });
    if (filter.correlationId) qb.andWhere("e.correlation_id = :correlationId", { correlationId: filter.correlationId });
    if (filter.from) qb.andWhere("e.at >= :from", { from: filter.from });
    if (filter.to) qb.andWhere("e.at < :to", { to: filter.to });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, ["string", "number"]);
      if (Number.isNaN(Date.parse(String(at))))
        throw badInput("`after` is not a cursor of this list.", { argument: "after" });
      qb.andWhere("(e.at, e.id) < (:at, :id)", { at: new Date(String(at)), id });
    }
    const rows = await qb
      .orderBy("e.at", "DESC")
      .addOrderBy("e.id", "DESC")
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (e) => encodeCursor([e.at.toISOString(), e.id]));
  }
}
