import type { EntityManager } from "typeorm";
import type { Context } from "../request/context";
import { ApiClient, Province } from "../entities";
import { Role } from "../domain/enums";
import { requireAdmin } from "../auth/access";
import { generateToken, hashToken } from "../auth/api-token";
import { ErrorCode, userError } from "../errors/error-codes";
import type { IssueApiTokenInput, RevokeApiTokenInput } from "../schema/inputs/auth.input";
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
