import { Arg, Args, Ctx, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import { ApiClientConnection, AuditEventConnection, PageArgs } from "../../schema/connection";
import { ViewerInfo } from "../../schema/auth.types";
import {
  AuditEventFilterInput,
  ClaimSetupTokenInput,
  IssueApiTokenInput,
  RevokeApiTokenInput,
} from "../../schema/inputs/auth.input";
import {
  ClaimSetupTokenPayload,
  IssueApiTokenPayload,
  RevokeApiTokenPayload,
} from "../../schema/payloads/mutation.payload";
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

  @Mutation(() => ClaimSetupTokenPayload, {
    nullable: true,
    description:
      "Exchanges the one-time setup token, printed by the service at start while no ADMIN client exists, for the first ADMIN token (no bearer token needed). " +
      "The token is in the payload this once. Errors: UNAUTHENTICATED (HTTP 401) when the setup token is wrong, used, replaced by a later start, or an ADMIN exists already; INVALID (`userErrors`). Adds an audit event (actor `system`).",
  })
  claimSetupToken(@Arg("input", () => ClaimSetupTokenInput, INPUT) input: ClaimSetupTokenInput, @Ctx() ctx: Context) {
    return TokenService.claimSetupToken(ctx, input);
  }

  @Query(() => ApiClientConnection, {
    description:
      "The API clients (name, role, province, created, last used, revoked), oldest first; Relay connection, `first` 1..100. ADMIN only: " +
      "UNAUTHENTICATED for anonymous callers, FORBIDDEN for every other role.",
  })
  apiClients(@Args() page: PageArgs, @Ctx() ctx: Context) {
    return TokenService.apiClients(ctx, page.first, page.after);
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
