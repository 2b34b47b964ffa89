import { Arg, Args, Ctx, Field, Mutation, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import { ApiClient, AuditEvent, Province } from "../../entities";
import { Role } from "../../domain/enums";
import { Connection, PageArgs } from "../../schema/connection";
import { AuditEventFilterInput, IssueApiTokenInput, RevokeApiTokenInput } from "../../schema/inputs/auth.input";
import { IssueApiTokenPayload, RevokeApiTokenPayload } from "../../schema/payloads/mutation.payload";
import { TokenService } from "../../services/token.service";
import { AuditService } from "../../services/audit.service";

@ObjectType("Viewer", { description: "Who the caller is, according to its bearer token." })
class ViewerInfo {
  @Field({ description: "True when a valid token was sent; false for anonymous callers." })
  authenticated: boolean;

  @Field(() => ApiClient, { nullable: true, description: "The API client of the token; null for anonymous callers." })
  apiClient: ApiClient | null;

  @Field(() => Role, { nullable: true, description: "The token's role; null for anonymous callers." })
  role: Role | null;

  @Field(() => Province, {
    nullable: true,
    description: "The province a PROVINCE_EDITOR writes for; null for every other role and for anonymous callers.",
  })
  province: Province | null;
}

@ObjectType({ description: "A page of audit events, newest first (Relay connection)." })
class AuditEventConnection extends Connection(AuditEvent, "AuditEvent") {}

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
