import { Field, ID, InputType } from "type-graphql";
import { IsOptional, Matches, MaxLength } from "class-validator";
import { Role } from "../../domain/enums";
import { IsNotBlank } from "../../domain/validation";

@InputType({ description: "A new API client and its token (ADMIN only)." })
export class IssueApiTokenInput {
  @Field({ description: "Label of the holder, e.g. `Communicatie Utrecht` (1..100 characters)." })
  @IsNotBlank()
  @MaxLength(100)
  name: string;

  @Field(() => Role, { description: "The role." })
  role: Role;

  @Field(() => String, {
    nullable: true,
    description: "CBS code of the province: required for PROVINCE_EDITOR, refused for every other role (INVALID).",
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9-]{0,79}$/, { message: "$property must be a CBS code such as PV26" })
  provinceCode?: string | null;
}

@InputType({
  description:
    "Exchanges the one-time setup token (printed by the service at start while no ADMIN client exists) for the first ADMIN token.",
})
export class ClaimSetupTokenInput {
  @Field({ description: "The setup token as printed at start (`smc_setup_...`)." })
  @MaxLength(200)
  setupToken: string;

  @Field({ description: "Label of the first admin, e.g. `Beheer IPO` (1..100 characters)." })
  @IsNotBlank()
  @MaxLength(100)
  name: string;
}

@InputType({
  description: "Revokes an API client's token (ADMIN only); its next request is refused with UNAUTHENTICATED.",
})
export class RevokeApiTokenInput {
  @Field(() => ID, {
    description: "Global id of the API client (`ApiClient.id`, e.g. from `viewer` or `issueApiToken`).",
  })
  @MaxLength(200)
  apiClientId: string;
}

@InputType({ description: "Filter for `auditEvents`; every given condition must hold." })
export class AuditEventFilterInput {
  @Field(() => [String], { nullable: true, description: "Only these mutations, e.g. `recordPlatformStatus`." })
  actions?: string[] | null;

  @Field(() => [String], { nullable: true, description: "Only these entity types, e.g. `PlatformStatus`." })
  entityTypes?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only events about this object (global id)." })
  entityId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only events by this actor name (`system` for the token command).",
  })
  actorName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only events of this HTTP request (the server's id: the response's `X-Request-Id`).",
  })
  requestId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Only events of requests sent with this `X-Request-Id` of the client's own (`correlationId`).",
  })
  correlationId?: string | null;

  @Field(() => Date, { nullable: true, description: "Only events at or after this instant." })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: "Only events before this instant." })
  to?: Date | null;
}
