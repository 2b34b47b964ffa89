import { QueryFailedError, type EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { Framework, Platform, Province, Source, Value } from "../entities";
import { ErrorCode, UserErrors, userError, type UserErrorData } from "../errors/error-codes";
import { fromGlobalId } from "../entities/node";
import { validateInput } from "../domain/validation";
import { AuditService, actorOf, type AuditEntry } from "./audit.service";

/** What a write's work function gets: the transaction's EntityManager (the only one to use inside) and `audit`. */
export interface WriteScope {
  em: EntityManager;
  /** Records the audit event of this write in the same transaction. */
  audit(entry: AuditEntry): Promise<void>;
}

export interface WriteResult<T> {
  result: T | null;
  userErrors: UserErrorData[];
}

/**
 * The frame of every write (called after the authorization checks): validation of the input (class-validator;
 * failures become INVALID userErrors before any SQL), then one transaction (READ COMMITTED; row locks where a rule needs them), the audit event
 * inside it, and the mapping of expected refusals to `userErrors`:
 * - `UserErrors` thrown by the work (INVALID / NOT_FOUND / CONFLICT) → rolled back, returned as `userErrors`;
 * - a unique violation from the database (a concurrent insert of the same natural key) → CONFLICT on `["input"]`;
 * - GraphQL errors (UNAUTHENTICATED, FORBIDDEN) and anything else → rolled back and rethrown.
 * Only the transaction's manager may be used inside: the embedded database has one connection.
 */
export class WriteService {
  static async run<T>(ctx: Context, input: object, work: (scope: WriteScope) => Promise<T>): Promise<WriteResult<T>> {
    try {
      await validateInput(input);
      const result = await ctx.dataSource.transaction(async (em) => {
        await takeWriteLock(em);
        return work({ em, audit: (entry) => AuditService.record(em, actorOf(ctx.viewer), ctx.requestId, entry) });
      });
      return { result, userErrors: [] };
    } catch (error) {
      if (error instanceof UserErrors) return { result: null, userErrors: error.errors };
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === "23505") {
        return {
          result: null,
          userErrors: [
            {
              field: ["input"],
              code: ErrorCode.CONFLICT,
              message: "An object with this key already exists (another write came first).",
            },
          ],
        };
      }
      throw error;
    }
  }
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
