import { QueryFailedError, type EntityManager, type EntityTarget, type FindOptionsWhere } from "typeorm";
import type { Context } from "../request/context";
import { Framework, Platform, Province, Source, Value } from "../entities";
import { DomainError, ErrorCode, UserErrors, badInput, userError, type UserErrorData } from "../errors/error-codes";
import { claimIdempotencyKey, requestHash, storeIdempotentResult } from "../db/idempotency";
import { Node, fromGlobalId } from "../entities/node";
import { validateInput } from "../domain/validation";
import { AuditService, actorOf, type AuditEntry } from "./audit.service";

/**
 * What a write's rule returns: the row it wrote and the state that row replaces. The frame does the rest: reloads the
 * row, appends the audit event and shapes the payload, so that every write is audited and answered the same way.
 */
export interface Change<T extends Node> {
  /**
   * The row the write added or changed: its class and id, reloaded by the frame after the rule (the payload's object
   * and the audit's `after`); or the row itself when the rule changed none of its columns (no second read).
   */
  row: T | { type: EntityTarget<T>; id: number };
  /** The state the write replaces (the row before an update, the previous snapshot); null when it only adds. */
  before: Node | null;
  /** Facts for the audit event beside the row's own columns: its parts (ratings, platforms) and the keys it refers to. */
  audit?: { before?: Record<string, unknown>; after?: Record<string, unknown> };
  /** More payload fields beside the row (the token, shown once; never audited). */
  payload?: Record<string, unknown>;
}

/** A write as the schema sees it: its audit action (the mutation's name) and the payload field that holds the row. */
export interface WriteName<K extends string> {
  action: string;
  payload: K;
}

/** A mutation's payload: the row under its key (null when refused) and the refusals. */
export type Payload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserErrorData[] };

/**
 * The frame of every write (called after the authorization checks): validation of the input (class-validator;
 * failures become INVALID userErrors before any SQL), then one transaction (the write lock first; row locks where a
 * rule needs them) that runs the rule, reloads the row it wrote and appends the audit event, and the mapping of
 * expected refusals to `userErrors`:
 * - `UserErrors` thrown by the rule (INVALID / NOT_FOUND / CONFLICT) → rolled back, returned as `userErrors`;
 * - a unique violation from the database (a concurrent insert of the same natural key) → CONFLICT on `["input"]`;
 * - GraphQL errors (UNAUTHENTICATED, FORBIDDEN) and anything else → rolled back and rethrown.
 * Only the transaction's manager may be used inside: the embedded database has one connection.
 */
export class WriteService {
  static async run<K extends string, T extends Node>(
    ctx: Context,
    input: object,
    write: WriteName<K>,
    rule: (em: EntityManager) => Promise<Change<T>>,
  ): Promise<Payload<K, T>> {
    try {
      await validateInput(input);
      // Below MIN_FREE_DISK_MB nothing is started: a clean refusal while the embedded database can still work.
      const low = await ctx.storage?.lowSpace();
      if (low) throw new DomainError(ErrorCode.STORAGE_FULL, low);
      const key = idempotencyKeyOf(ctx);
      const clientId = ctx.viewer.client?.id ?? 0;
      return await ctx.dataSource.transaction(async (em) => {
        await takeWriteLock(em);
        if (key !== undefined) {
          const claim = await claimIdempotencyKey(em, clientId, key, requestHash(write.action, input));
          if (claim.kind === "mismatch") throw keyReused(key);
          if (claim.kind === "replay") {
            const { type, id, payload } = claim.result;
            const row = await reload<T>(em, em.connection.getMetadata(type).target as EntityTarget<T>, id);
            return { ...payload, [write.payload]: row, userErrors: [] } as Payload<K, T>;
          }
        }
        const change = await rule(em);
        const row = change.row instanceof Node ? change.row : await reload(em, change.row.type, change.row.id);
        await AuditService.record(em, actorOf(ctx.viewer), ctx.requestId, auditEntry(write.action, row, change));
        if (key !== undefined)
          await storeIdempotentResult(em, clientId, key, {
            type: row.constructor.name,
            id: row.id,
            payload: replayablePayload(change.payload),
          });
        return { ...change.payload, [write.payload]: row, userErrors: [] } as Payload<K, T>;
      });
    } catch (error) {
      const userErrors = refusalOf(error);
      return { [write.payload]: null, userErrors } as Payload<K, T>;
    }
  }
}

/** An `Idempotency-Key` is 1 to 255 visible ASCII characters (a UUID is the usual choice). */
const IDEMPOTENCY_KEY = /^[\x21-\x7E]{1,255}$/;

/** The request's idempotency key, checked (BAD_USER_INPUT when malformed), or undefined when none was sent. */
function idempotencyKeyOf(ctx: Context): string | undefined {
  const key = ctx.idempotencyKey;
  if (key === undefined) return undefined;
  if (!IDEMPOTENCY_KEY.test(key))
    throw badInput("The `Idempotency-Key` header must be 1 to 255 visible ASCII characters (e.g. a UUID).", {
      argument: "Idempotency-Key",
    });
  return key;
}

const keyReused = (key: string) =>
  badInput(
    `The Idempotency-Key ${JSON.stringify(key)} was already used for a different request (another mutation or other ` +
      "input); nothing was written. Send a new key for a new write.",
    { argument: "Idempotency-Key" },
  );

/** The payload fields a replay answers again: all but the token, which is shown once and never stored. */
function replayablePayload(payload: Record<string, unknown> | undefined): Record<string, unknown> {
  const { token, ...rest } = payload ?? {};
  return token === undefined ? rest : { ...rest, token: null };
}

/** The audit event of a write: the row after it (with its facts), and the state it replaced (null when it added). */
export function auditEntry(action: string, row: Node, change: Omit<Change<Node>, "row">): AuditEntry {
  return {
    action,
    entityType: row.constructor.name,
    entityId: row.globalId,
    before: change.before ? { ...auditJson(change.before), ...change.audit?.before } : null,
    after: { ...auditJson(row), ...change.audit?.after },
  };
}

function reload<T extends Node>(em: EntityManager, type: EntityTarget<T>, id: number): Promise<T> {
  return em.findOneByOrFail(type, { id } as FindOptionsWhere<T>);
}

/** The expected refusals of a write as userErrors; anything else is rethrown. */
function refusalOf(error: unknown): UserErrorData[] {
  if (error instanceof UserErrors) return error.errors;
  if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === "23505") {
    return [
      {
        field: ["input"],
        code: ErrorCode.CONFLICT,
        message: "An object with this key already exists (another write came first).",
      },
    ];
  }
  throw error;
}

/**
 * The first statement of every write transaction. Every write bumps the one `data_version` row (a trigger, for the
 * response cache) and so holds its lock until commit; taking that lock first gives all writes one lock order.
 * Otherwise a write holding it could wait for a row another write locked FOR UPDATE (a token being revoked, a source
 * being upserted) while that one waits for `data_version`: a deadlock. Writes are serialised by that row anyway.
 */
export async function takeWriteLock(em: EntityManager): Promise<void> {
  await em.query("SELECT 1 FROM data_version FOR UPDATE");
}

/** A global id of the given type, or INVALID on `field`. */
export function decodeId(globalId: string, typeName: string, field: string[]): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName)
    throw userError(ErrorCode.INVALID, field, `Not the id of a ${typeName}.`);
  return decoded.id;
}

export async function findProvince(em: EntityManager, code: string, field: string[]): Promise<Province> {
  const province = await em.findOneBy(Province, { code: code.trim().toUpperCase() });
  if (!province)
    throw userError(ErrorCode.NOT_FOUND, field, `No province with CBS code ${JSON.stringify(code)} (e.g. PV26).`);
  return province;
}

export async function findPlatform(em: EntityManager, slug: string, field: string[]): Promise<Platform> {
  const platform = await em.findOneBy(Platform, { slug });
  if (!platform)
    throw userError(ErrorCode.NOT_FOUND, field, `No platform with slug ${JSON.stringify(slug)} (see \`platforms\`).`);
  return platform;
}

export async function findFramework(em: EntityManager, slug: string, field: string[]): Promise<Framework> {
  const framework = await em.findOneBy(Framework, { slug });
  if (!framework)
    throw userError(ErrorCode.NOT_FOUND, field, `No framework with slug ${JSON.stringify(slug)} (see \`frameworks\`).`);
  return framework;
}

export async function findValue(em: EntityManager, slug: string, field: string[]): Promise<Value> {
  const value = await em.findOneBy(Value, { slug });
  if (!value)
    throw userError(ErrorCode.NOT_FOUND, field, `No value with slug ${JSON.stringify(slug)} (see \`values\`).`);
  return value;
}

/** The id of the source named by slug; null when no slug is given (or it is explicitly null). */
export async function findSourceId(
  em: EntityManager,
  slug: string | null | undefined,
  field: string[],
): Promise<number | null> {
  if (slug === null || slug === undefined) return null;
  const source = await em.findOneBy(Source, { slug });
  if (!source)
    throw userError(ErrorCode.NOT_FOUND, field, `No source with slug ${JSON.stringify(slug)} (see \`sources\`).`);
  return source.id;
}

/**
 * The state of an entity as stored in the audit trail: its columns as JSON, with its global id and type; loaded
 * relations are left out and secrets (the token hash) never go in.
 */
export function auditJson(entity: { globalId: string; constructor: { name: string } }): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(entity)) as Record<string, unknown>;
  const out: Record<string, unknown> = { type: entity.constructor.name, id: entity.globalId };
  for (const [key, value] of Object.entries(plain)) {
    if (key === "id" || key === "tokenHash") continue;
    if (value !== null && typeof value === "object" && !Array.isArray(value)) continue;
    out[key] = value;
  }
  return out;
}
