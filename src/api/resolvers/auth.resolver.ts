import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import { AuditEventConnection, PageArgs } from "../../schema/connection";
import { ViewerInfo } from "../../schema/auth.types";
import { AuditEventFilterInput, IssueApiTokenInput, RevokeApiTokenInput } from "../../schema/inputs/auth.input";
import { IssueApiTokenPayload, RevokeApiTokenPayload } from "../../schema/payloads/mutation.payload";
import { TokenService } from "../../services/token.service";
import { AuditService } from "../../services/audit.service";

const INPUT = { validate: false, description: "What to write." } as const;

@Resolver()
export class AuthResolver {
  @Query(() => ViewerInfo, {
    description:
      "Who the caller is (never an error for a valid or absent token; a bad token is refused with UNAUTHENTICATED before any field).",
  })
  async viewer(@Ctx() ctx: Context): Promise<ViewerInfo> {
    const { client } = ctx.viewer;
    return {
      authenticated: client !== null,
      apiClient: client,
      role: client?.role ?? null,
      province: client?.provinceId ? await ctx.loaders.province.load(client.provinceId) : null,
    };
  }

  @Mutation(() => IssueApiTokenPayload, {
    nullable: true,
    description:
      "Issues a new API token (ADMIN only). The token is in the payload this once; only its SHA-256 hash is stored. `provinceCode` is required for PROVINCE_EDITOR and refused otherwise. " +
      "Errors: UNAUTHENTICATED, FORBIDDEN (GraphQL errors); INVALID, NOT_FOUND (`userErrors`). Adds an audit event (without the token).",
  })
  issueApiToken(@Arg("input", () => IssueApiTokenInput, INPUT) input: IssueApiTokenInput, @Ctx() ctx: Context) {
    return TokenService.issueApiToken(ctx, input);
  }

  @Mutation(() => RevokeApiTokenPayload, {
    nullable: true,
    description:
      "Revokes an API token (ADMIN only); its next request is refused with UNAUTHENTICATED. Errors: UNAUTHENTICATED, FORBIDDEN (GraphQL errors); " +
      "INVALID, NOT_FOUND, CONFLICT when already revoked (`userErrors`). Adds an audit event.",
  })
  revokeApiToken(@Arg("input", () => RevokeApiTokenInput, INPUT) input: RevokeApiTokenInput, @Ctx() ctx: Context) {
    return TokenService.revokeApiToken(ctx, input);
  }

  @Query(() => AuditEventConnection, {
    description:
      "Every successful write, newest first (recorded time, then id); Relay connection, `first` 1..100. For ADMIN, IPO_ANALYST and ETHICS_COMMITTEE; " +
      "UNAUTHENTICATED for anonymous callers, FORBIDDEN for PROVINCE_EDITOR.",
  })
  auditEvents(
    @Arg("filter", () => AuditEventFilterInput, {
      nullable: true,
      description: "Conditions that must all hold; default none.",
    })
    filter: AuditEventFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return AuditService.auditEvents(ctx, filter ?? {}, page.first, page.after);
  }
}
