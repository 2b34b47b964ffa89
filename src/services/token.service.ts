import type { DataSource, EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { ApiClient, Province } from "../entities";
import { Role } from "../domain/enums";
import { requireAdmin } from "../auth/access";
import { generateSetupToken, generateToken, hashToken, looksLikeSetupToken } from "../auth/api-token";
import { TokenRefused } from "../auth/refusal";
import { ErrorCode, userError } from "../errors/error-codes";
import type { ClaimSetupTokenInput, IssueApiTokenInput, RevokeApiTokenInput } from "../schema/inputs/auth.input";
import { decodeCursor, encodeCursor, toPage, type Page } from "../schema/connection";
import { adminExists, claimSetupToken, dropSetupTokens, replaceSetupToken, setClaimedBy } from "../db/setup-token";
import { AuditService, type AuditActor } from "./audit.service";
import { WriteService, auditEntry, decodeId, findProvince, type Payload } from "./write.service";

/** The audit action of an issue, through the API or the token command. */
const ISSUE = "issueApiToken";

export interface IssuedToken {
  token: string;
  apiClient: ApiClient;
}

/** API tokens: issued (shown once, stored as SHA-256) and revoked, by ADMIN through the API or by the token command. */
export class TokenService {
  static async issueApiToken(
    ctx: Context,
    input: IssueApiTokenInput,
  ): Promise<Payload<"apiClient", ApiClient> & { token?: string }> {
    requireAdmin(ctx.viewer, "issue tokens");
    return WriteService.run(ctx, input, { action: ISSUE, payload: "apiClient" }, async (em) => {
      const province = await provinceForRole(em, input.role, input.provinceCode, ["input", "provinceCode"]);
      const issued = await TokenService.issue(em, {
        name: input.name.trim(),
        role: input.role,
        provinceId: province?.id ?? null,
      });
      return { row: issued.apiClient, payload: { token: issued.token }, ...issueChange(province) };
    });
  }

  /**
   * The first ADMIN token without stopping the service: exchanges the setup token printed at start (anyone holding it
   * may; no bearer token needed) once. Refused with UNAUTHENTICATED (reason `setup_token`) when the token is wrong,
   * used or superseded by a later start, or once an unrevoked ADMIN client exists. Audited with actor `system`.
   */
  static async claimSetupToken(
    ctx: Context,
    input: ClaimSetupTokenInput,
  ): Promise<Payload<"apiClient", ApiClient> & { token?: string }> {
    return WriteService.run(ctx, input, { action: "claimSetupToken", payload: "apiClient" }, async (em) => {
      const refused = "The setup token is unknown, already used or replaced by a later start.";
      if (!looksLikeSetupToken(input.setupToken)) throw new TokenRefused("setup_token", refused);
      if (await adminExists(em))
        throw new TokenRefused(
          "setup_token",
          "An ADMIN API client exists already: the setup token no longer works; ask an admin for a token.",
        );
      const claimed = await claimSetupToken(em, hashToken(input.setupToken));
      if (claimed === null) throw new TokenRefused("setup_token", refused);
      const issued = await TokenService.issue(em, { name: input.name.trim(), role: Role.ADMIN, provinceId: null });
      await setClaimedBy(em, claimed, issued.apiClient.id);
      return { row: issued.apiClient, payload: { token: issued.token }, ...issueChange(null) };
    });
  }

  /**
   * At start: while no unrevoked ADMIN client exists, a new one-time setup token replaces any unclaimed one and is
   * returned (for the caller to print once); otherwise unclaimed ones are dropped and null is returned.
   */
  static async prepareSetupToken(dataSource: DataSource): Promise<string | null> {
    return dataSource.transaction(async (em) => {
      if (await adminExists(em)) {
        await dropSetupTokens(em);
        return null;
      }
      const token = generateSetupToken();
      await replaceSetupToken(em, hashToken(token));
      return token;
    });
  }

  /** The API clients, oldest first (ADMIN only); Relay connection. Two statements: count and page. */
  static async apiClients(ctx: Context, first: number, after?: string | null): Promise<Page<ApiClient>> {
    requireAdmin(ctx.viewer, "list API clients");
    const qb = ctx.dataSource.getRepository(ApiClient).createQueryBuilder("c");
    const totalCount = await qb.clone().getCount();
    if (after) {
      const [id] = decodeCursor(after, ["number"]);
      qb.andWhere("c.id > :id", { id });
    }
    const rows = await qb
      .orderBy("c.id", "ASC")
      .limit(first + 1)
      .getMany();
    return toPage(rows, first, totalCount, (c) => encodeCursor([c.id]));
  }

  static async revokeApiToken(ctx: Context, input: RevokeApiTokenInput): Promise<Payload<"apiClient", ApiClient>> {
    requireAdmin(ctx.viewer, "revoke tokens");
    return WriteService.run(ctx, input, { action: "revokeApiToken", payload: "apiClient" }, async (em) => {
      const id = decodeId(input.apiClientId, "ApiClient", ["input", "apiClientId"]);
      const client = await em
        .getRepository(ApiClient)
        .createQueryBuilder("c")
        .setLock("for_no_key_update")
        .where("c.id = :id", { id })
        .getOne();
      if (!client) throw userError(ErrorCode.NOT_FOUND, ["input", "apiClientId"], "No API client with this id.");
      if (client.revokedAt)
        throw userError(
          ErrorCode.CONFLICT,
          ["input", "apiClientId"],
          `The token was already revoked at ${client.revokedAt.toISOString()}.`,
        );
      await em
        .createQueryBuilder()
        .update(ApiClient)
        .set({ revokedAt: () => "clock_timestamp()" })
        .where("id = :id", { id })
        .execute();
      return { row: { type: ApiClient, id }, before: client };
    });
  }

  /** Inserts the client with the token's hash; returns the token (the only time it exists outside the caller). */
  static async issue(
    em: EntityManager,
    fields: { name: string; role: Role; provinceId: number | null },
  ): Promise<IssuedToken> {
    const token = generateToken();
    const saved = await em.save(
      ApiClient,
      em.create(ApiClient, { ...fields, tokenHash: hashToken(token), revokedAt: null }),
    );
    return { token, apiClient: await em.findOneByOrFail(ApiClient, { id: saved.id }) };
  }

  /**
   * The token command's path (`npm run token`): validates like the mutation, issues in one transaction and audits with
   * actor `system`. Throws an Error with a one-line message on bad arguments.
   */
  static async issueAsSystem(
    em: EntityManager,
    actor: AuditActor,
    args: { name: string; role: Role; provinceCode: string | null },
  ): Promise<IssuedToken> {
    const name = args.name.trim();
    if (name.length === 0 || name.length > 100) throw new Error("--name must be 1..100 characters.");
    if (args.role === Role.PROVINCE_EDITOR && !args.provinceCode)
      throw new Error("--province is required for PROVINCE_EDITOR (e.g. --province PV26).");
    if (args.role !== Role.PROVINCE_EDITOR && args.provinceCode)
      throw new Error("--province is only for PROVINCE_EDITOR.");
    const province = args.provinceCode
      ? await em.findOneBy(Province, { code: args.provinceCode.trim().toUpperCase() })
      : null;
    if (args.provinceCode && !province)
      throw new Error(`No province with CBS code ${JSON.stringify(args.provinceCode)} (PV20..PV31).`);
    const issued = await TokenService.issue(em, { name, role: args.role, provinceId: province?.id ?? null });
    await AuditService.record(em, actor, null, auditEntry(ISSUE, issued.apiClient, issueChange(province)));
    return issued;
  }
}

async function provinceForRole(
  em: EntityManager,
  role: Role,
  provinceCode: string | null | undefined,
  field: string[],
): Promise<Province | null> {
  if (role === Role.PROVINCE_EDITOR) {
    if (!provinceCode)
      throw userError(ErrorCode.INVALID, field, "A PROVINCE_EDITOR token needs `provinceCode` (e.g. PV26).");
    return findProvince(em, provinceCode, field);
  }
  if (provinceCode)
    throw userError(
      ErrorCode.INVALID,
      field,
      `Only PROVINCE_EDITOR tokens are bound to a province; leave \`provinceCode\` out for ${role}.`,
    );
  return null;
}

/** What the audit of an issue holds beside the client's columns (never the token), for the API and the command alike. */
function issueChange(province: Province | null) {
  return { before: null, audit: { after: { province: province?.code ?? null } } };
}

/** How often at most a client's `lastUsedAt` is written (per client and instance; the SQL also checks it). */
const LAST_USED_INTERVAL_MS = 60_000;

/**
 * Records when a client's token was last used, cheaply: at most once a minute per client (this instance remembers
 * when it last wrote; the UPDATE's condition covers other instances), never awaited by the request (a failure only
 * leaves the time older). The update changes only `last_used_at`, which the data-version trigger leaves out, so it
 * never invalidates the response cache; it is bookkeeping, not audited.
 */
export class ClientUseRecorder {
  private readonly written = new Map<number, number>();

  constructor(private readonly dataSource: DataSource) {}

  /** Notes a use of the client's token (fire and forget). `run` detaches the statement from the request. */
  note(client: ApiClient, run: (work: () => Promise<unknown>) => Promise<unknown> = (work) => work()): void {
    const now = Date.now();
    const last = this.written.get(client.id) ?? client.lastUsedAt?.getTime() ?? 0;
    if (now - last < LAST_USED_INTERVAL_MS) return;
    this.written.set(client.id, now);
    run(() =>
      this.dataSource.query(
        `UPDATE api_client SET last_used_at = date_trunc('milliseconds', clock_timestamp())
         WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < clock_timestamp() - interval '1 minute')`,
        [client.id],
      ),
    ).catch(() => undefined);
  }
}
