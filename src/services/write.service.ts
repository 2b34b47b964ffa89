import {
  QueryFailedError,
  type EntityManager,
  type EntityTarget,
  type FindOptionsWhere,
  type ObjectLiteral,
} from "typeorm";
import { keyMatch, type Dimension } from "../db/comparisons/dimensions";
import { afterWrite, type Context } from "../request/context";
import {
  ApiClient,
  Assessment,
  ExitCriterion,
  FollowerCount,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Province,
  Source,
  Value,
} from "../entities";
import { AssessmentState, RegisterChangeKind } from "../domain/enums";
import type { ChangeScope, RegisterEvent } from "../db/register-events";
import { DomainError, ErrorCode, UserErrors, badInput, userError, type UserErrorData } from "../errors/error-codes";
import { claimIdempotencyKey, requestHash, storeIdempotentResult } from "../db/idempotency";
import { Node, fromGlobalId } from "../entities/node";
import { validateInput } from "../domain/validation";
import { AuditService, actorOf, type AuditEntry, type AuditFlag } from "./audit.service";
import { NO_PROVENANCE, ProvenanceService, type Provenance, type ProvenanceCarrier } from "./provenance.service";

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
  /** Flags of the audit event (e.g. `FAR_DATED`). */
  flags?: AuditFlag[];
  /** More payload fields beside the row (the token, shown once; never audited). */
  payload?: Record<string, unknown>;
}

/**
 * A write as the schema sees it: its audit action (the mutation's name), the payload field that holds the row, and
 * whether it records a fact and so needs provenance (`provenance: true`; its input carries `provenance`).
 */
export interface WriteName<K extends string> {
  action: string;
  payload: K;
  provenance?: boolean;
}

/** A mutation's payload: the row under its key (null when refused) and the refusals. */
export type Payload<K extends string, T> = { [P in K]: T | null } & { userErrors: UserErrorData[] };

/**
 * The frame of every write (called after the authorization checks): validation of the input (class-validator;
 * failures become INVALID userErrors before any SQL) and, for a write that records a fact, of its provenance
 * (ProvenanceService: refused without one), then one transaction (provenance resolved first: an inline source is
 * inserted, and the rule gets the `sourceId` / `statedById` to store; row locks where a rule needs them: the
 * presence, the province, the assessment, the upserted row; no global lock) that runs the rule, reloads the row it
 * wrote and appends the audit event, and the mapping of expected refusals to `userErrors`:
 * - `UserErrors` thrown by the rule (INVALID / NOT_FOUND / CONFLICT) → rolled back, returned as `userErrors`;
 * - a unique violation from the database (a concurrent insert of the same natural key) → CONFLICT on `["input"]`;
 * - GraphQL errors (UNAUTHENTICATED, FORBIDDEN) and anything else → rolled back and rethrown.
 * Only the transaction's manager may be used inside: the embedded database has one connection.
 *
 * No statement orders the writes against each other: each stamp (`WRITE_CLOCK`) first marks the transaction as a write
 * in flight (a shared advisory lock, which no write waits for) and each statement bumps the data version by a sequence
 * (no row lock); readers take an instant that waits for the writes in flight that started by it (db/data-version.ts).
 * After the commit the payload is read at a new instant of the register (so it includes this write) with fresh
 * loaders (so a second write in the same operation never sees the first one's cached answers).
 */
export class WriteService {
  static async run<K extends string, T extends Node>(
    ctx: Context,
    input: object,
    write: WriteName<K>,
    rule: (em: EntityManager, provenance: Provenance) => Promise<Change<T>>,
  ): Promise<Payload<K, T>> {
    try {
      await validateInput(input);
      if (write.provenance) ProvenanceService.check(input as ProvenanceCarrier);
      // Below MIN_FREE_DISK_MB nothing is started: a clean refusal while the embedded database can still work.
      const low = await ctx.storage?.lowSpace();
      if (low) throw new DomainError(ErrorCode.STORAGE_FULL, low);
      const key = idempotencyKeyOf(ctx);
      const clientId = ctx.viewer.client?.id ?? 0;
      let event: RegisterEvent | undefined;
      const payload = await ctx.dataSource.transaction(async (em) => {
        // The key is claimed before anything else is read or written: a replay writes nothing (not even provenance).
        if (key !== undefined) {
          const claim = await claimIdempotencyKey(em, clientId, key, requestHash(write.action, input));
          if (claim.kind === "mismatch") throw keyReused(key);
          if (claim.kind === "replay") {
            const { type, id, payload } = claim.result;
            const row = await reload<T>(em, em.connection.getMetadata(type).target as EntityTarget<T>, id);
            return { ...payload, [write.payload]: row, userErrors: [] } as Payload<K, T>;
          }
        }
        const provenance = write.provenance
          ? await ProvenanceService.resolve(em, ctx, input as ProvenanceCarrier)
          : NO_PROVENANCE;
        const change = await rule(em, provenance);
        const row = change.row instanceof Node ? change.row : await reload(em, change.row.type, change.row.id);
        await AuditService.record(em, actorOf(ctx.viewer), ctx, auditEntry(write.action, row, change));
        if (key !== undefined)
          await storeIdempotentResult(em, clientId, key, {
            type: row.constructor.name,
            id: row.id,
            payload: replayablePayload(change.payload),
          });
        // The change event, last: on PostgreSQL a NOTIFY that the database sends at commit, and only then.
        const scope = changeScope(write.action, row);
        if (scope && ctx.registerEvents) event = await ctx.registerEvents.record(em, scope);
        return { ...change.payload, [write.payload]: row, userErrors: [] } as Payload<K, T>;
      });
      if (event) ctx.registerEvents?.committed(event);
      await afterWrite(ctx);
      return payload;
    } catch (error) {
      const userErrors = refusalOf(error);
      return { [write.payload]: null, userErrors } as Payload<K, T>;
    }
  }
}

/**
 * What a committed write changed, for the subscribers of `registerChanged` / `statusChanged`: the kind of record (by
 * the written row's type, so a new mutation of a known type needs nothing here), its province and platform, and
 * whether it is a draft's (seen only by those who may read the province's drafts). Tokens (ApiClient) are not register
 * data: no event.
 */
export function changeScope(action: string, row: Node): ChangeScope | null {
  const base = { entityType: row.constructor.name, entityId: row.id, draft: false };
  const none = { provinceId: null, platformId: null, presenceId: null };
  if (row instanceof PlatformStatus)
    return { ...base, ...none, kind: RegisterChangeKind.PLATFORM_STATUS, presenceId: row.presenceId };
  if (row instanceof FollowerCount)
    return { ...base, ...none, kind: RegisterChangeKind.FOLLOWER_COUNT, presenceId: row.presenceId };
  if (row instanceof Presence)
    return { ...base, ...none, kind: RegisterChangeKind.PRESENCE_ACCOUNTS, presenceId: row.id };
  if (row instanceof FrameworkPosition)
    return { ...base, ...none, kind: RegisterChangeKind.FRAMEWORK_POSITION, provinceId: row.provinceId };
  if (row instanceof Assessment)
    return {
      ...base,
      ...none,
      kind: action === "setValueRatings" ? RegisterChangeKind.VALUE_RATING : RegisterChangeKind.ASSESSMENT,
      provinceId: row.provinceId,
      platformId: row.platformId,
      draft: row.state === AssessmentState.DRAFT,
    };
  if (row instanceof ExitCriterion)
    return {
      ...base,
      ...none,
      kind: RegisterChangeKind.EXIT_CRITERION,
      provinceId: row.provinceId,
      platformId: row.platformId,
    };
  if (row instanceof Platform) return { ...base, ...none, kind: RegisterChangeKind.REFERENCE, platformId: row.id };
  if (row instanceof PlatformFinding)
    return { ...base, ...none, kind: RegisterChangeKind.REFERENCE, platformId: row.platformId };
  if (row instanceof ApiClient) return null;
  return { ...base, ...none, kind: RegisterChangeKind.REFERENCE };
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
    ...(change.flags?.length ? { flags: change.flags } : {}),
  };
}

function reload<T extends Node>(em: EntityManager, type: EntityTarget<T>, id: number): Promise<T> {
  return em.findOneByOrFail(type, { id } as FindOptionsWhere<T>);
}

/**
 * The database's own refusals that name a field of the input: uniqueness on the normalised form (migration
 * OneSpelling; `name_key` ignores case, accents and spacing). The service's rules come first where they can say more;
 * these hold for every writer.
 */
const CONSTRAINT_REFUSALS: Record<string, UserErrorData> = {
  value_name_key: {
    field: ["input", "name"],
    code: ErrorCode.CONFLICT,
    message: "Another value has this name (names are compared ignoring case, accents and spacing).",
  },
  assessment_disciplines_distinct: {
    field: ["input", "disciplines"],
    code: ErrorCode.INVALID,
    message: "disciplines must differ from each other (compared ignoring case, accents and spacing).",
  },
  presence_handles_distinct: {
    field: ["input", "accounts"],
    code: ErrorCode.INVALID,
    message: "The accounts' handles must differ from each other (compared ignoring case, accents and spacing).",
  },
};

/** The expected refusals of a write as userErrors; anything else is rethrown. */
function refusalOf(error: unknown): UserErrorData[] {
  if (error instanceof UserErrors) return error.errors;
  if (error instanceof QueryFailedError) {
    const driverError = error.driverError as { code?: string; constraint?: string };
    const named = driverError.constraint ? CONSTRAINT_REFUSALS[driverError.constraint] : undefined;
    if (named && (driverError.code === "23505" || driverError.code === "23514")) return [named];
    if (driverError.code === "23505") {
      return [
        {
          field: ["input"],
          code: ErrorCode.CONFLICT,
          message: "An object with this key already exists (another write came first).",
        },
      ];
    }
  }
  throw error;
}

/** A global id of the given type, or INVALID on `field`. */
export function decodeId(globalId: string, typeName: string, field: string[]): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.typeName !== typeName)
    throw userError(ErrorCode.INVALID, field, `Not the id of a ${typeName}.`);
  return decoded.id;
}

/**
 * The row of a dimension a write names (CBS code / slug / name, any case or accents: the dimension's one key rule,
 * db/comparisons/dimensions.ts), read through the transaction's manager; NOT_FOUND on `field` when there is none.
 */
async function findByKey<T extends ObjectLiteral>(
  em: EntityManager,
  dimension: Dimension,
  entity: EntityTarget<T>,
  key: string,
  field: string[],
  what: string,
): Promise<T> {
  const row = await em
    .getRepository(entity)
    .createQueryBuilder("e")
    .where(keyMatch(dimension, ":keys"), { keys: [key] })
    .getOne();
  if (!row) throw userError(ErrorCode.NOT_FOUND, field, `No ${what} ${JSON.stringify(key)}.`);
  return row;
}

export function findProvince(em: EntityManager, code: string, field: string[]): Promise<Province> {
  return findByKey(em, "provinces", Province, code, field, "province with CBS code, slug or name");
}

export function findPlatform(em: EntityManager, slug: string, field: string[]): Promise<Platform> {
  return findByKey(em, "platforms", Platform, slug, field, "platform with slug");
}

export function findFramework(em: EntityManager, slug: string, field: string[]): Promise<Framework> {
  return findByKey(em, "frameworks", Framework, slug, field, "framework with slug");
}

export function findValue(em: EntityManager, slug: string, field: string[]): Promise<Value> {
  return findByKey(em, "values", Value, slug, field, "value with slug or name");
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
