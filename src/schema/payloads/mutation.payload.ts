import { Field, ObjectType, registerEnumType, UseMiddleware } from "type-graphql";
import { UserErrorCode } from "../../errors/error-codes";
import {
  ApiClient,
  Assessment,
  Development,
  ExitCriterion,
  ExitCriterionRetirement,
  ExitCriterionReview,
  FollowerCount,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Source,
  Value,
} from "../../entities";

registerEnumType(UserErrorCode, {
  name: "UserErrorCode",
  description: "Why a write was refused for its input (the write changed nothing).",
  valuesConfig: {
    INVALID: { description: "Ongeldig — a rule of the field is broken (the message says which)." },
    NOT_FOUND: { description: "Niet gevonden — a referenced object does not exist." },
    CONFLICT: {
      description:
        "Conflict — another write came first (`expectedLatestId` is no longer the latest), a uniqueness rule was hit, or the record's state forbids the change (e.g. rating a published assessment).",
    },
  },
});

@ObjectType({
  description:
    "Why a write was refused for its input (the write changed nothing). Refusals for who you are (UNAUTHENTICATED, FORBIDDEN) are GraphQL errors instead.",
})
export class UserError {
  @Field(() => [String], {
    description:
      'Path to the offending value, starting with the argument name: `["input", "validFrom"]`, `["input", "accounts", "0", "url"]`; `["input"]` when it concerns the input as a whole.',
  })
  field: string[];

  // The GraphQL field `errorCode` reads the refusal's `code` (services return plain `UserErrorData` objects).
  @Field(() => UserErrorCode, { name: "errorCode", description: "Why the write was refused: a stable code." })
  code: UserErrorCode;

  // Deprecated, not removed: clients that read `code` keep working. The same value as `errorCode`, as a string.
  @Field(() => String, {
    name: "code",
    deprecationReason: "Use errorCode",
    description:
      "Stable code: INVALID (a rule of the field is broken), NOT_FOUND (a referenced object does not exist), CONFLICT (another write came first, a uniqueness rule, or the record's state forbids the change).",
  })
  @UseMiddleware(async ({ root }) => (root as UserError).code)
  legacyCode: string;

  @Field({ description: "What is wrong, in English, for people." })
  message: string;
}

@ObjectType()
abstract class MutationPayload {
  @Field(() => [UserError], {
    description: "Empty when the write succeeded; otherwise why it was refused (and the changed object is null).",
  })
  userErrors: UserError[];
}

@ObjectType({ description: "Result of `recordPlatformStatus`." })
export class RecordPlatformStatusPayload extends MutationPayload {
  @Field(() => PlatformStatus, { nullable: true, description: "The new snapshot; null when refused." })
  status: PlatformStatus | null;
}

@ObjectType({ description: "Result of `recordFollowerCount`." })
export class RecordFollowerCountPayload extends MutationPayload {
  @Field(() => FollowerCount, { nullable: true, description: "The new measurement; null when refused." })
  followerCount: FollowerCount | null;
}

@ObjectType({ description: "Result of `setPresenceAccounts`." })
export class SetPresenceAccountsPayload extends MutationPayload {
  @Field(() => Presence, { nullable: true, description: "The presence with its new accounts; null when refused." })
  presence: Presence | null;
}

@ObjectType({ description: "Result of `setFrameworkPosition`." })
export class SetFrameworkPositionPayload extends MutationPayload {
  @Field(() => FrameworkPosition, { nullable: true, description: "The new position row; null when refused." })
  frameworkPosition: FrameworkPosition | null;
}

@ObjectType({
  description: "Result of `createAssessment`, `setValueRatings`, `publishAssessment` and `withdrawAssessment`.",
})
export class AssessmentPayload extends MutationPayload {
  @Field(() => Assessment, { nullable: true, description: "The assessment after the write; null when refused." })
  assessment: Assessment | null;
}

@ObjectType({ description: "Result of `upsertPlatform`." })
export class PlatformPayload extends MutationPayload {
  @Field(() => Platform, { nullable: true, description: "The platform after the write; null when refused." })
  platform: Platform | null;
}

@ObjectType({ description: "Result of `upsertFramework`." })
export class FrameworkPayload extends MutationPayload {
  @Field(() => Framework, { nullable: true, description: "The framework after the write; null when refused." })
  framework: Framework | null;
}

@ObjectType({ description: "Result of `upsertPlatformFinding`." })
export class PlatformFindingPayload extends MutationPayload {
  @Field(() => PlatformFinding, { nullable: true, description: "The finding after the write; null when refused." })
  platformFinding: PlatformFinding | null;
}

@ObjectType({ description: "Result of `upsertValue`." })
export class ValuePayload extends MutationPayload {
  @Field(() => Value, { nullable: true, description: "The value after the write; null when refused." })
  value: Value | null;
}

@ObjectType({ description: "Result of `upsertSource`." })
export class SourcePayload extends MutationPayload {
  @Field(() => Source, { nullable: true, description: "The source after the write; null when refused." })
  source: Source | null;
}

@ObjectType({ description: "Result of `issueApiToken`." })
export class IssueApiTokenPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "The bearer token (`smc_...`). Shown this once: only its hash is stored, it can not be retrieved later. Null when refused.",
  })
  token: string | null;

  @Field(() => ApiClient, { nullable: true, description: "The new API client; null when refused." })
  apiClient: ApiClient | null;
}

@ObjectType({ description: "Result of `claimSetupToken`." })
export class ClaimSetupTokenPayload extends MutationPayload {
  @Field(() => String, {
    nullable: true,
    description:
      "The first ADMIN bearer token (`smc_...`). Shown this once: only its hash is stored. Null when refused.",
  })
  token: string | null;

  @Field(() => ApiClient, { nullable: true, description: "The new ADMIN API client; null when refused." })
  apiClient: ApiClient | null;
}

@ObjectType({ description: "Result of `revokeApiToken`." })
export class RevokeApiTokenPayload extends MutationPayload {
  @Field(() => ApiClient, { nullable: true, description: "The API client with `revokedAt` set; null when refused." })
  apiClient: ApiClient | null;
}

@ObjectType({ description: "Result of `addExitCriterion`." })
export class AddExitCriterionPayload extends MutationPayload {
  @Field(() => ExitCriterion, {
    nullable: true,
    description: "The new criterion (its first review in `reviews`); null when refused.",
  })
  criterion: ExitCriterion | null;
}

@ObjectType({ description: "Result of `reviewExitCriterion`." })
export class ReviewExitCriterionPayload extends MutationPayload {
  @Field(() => ExitCriterionReview, { nullable: true, description: "The new review; null when refused." })
  review: ExitCriterionReview | null;
}

@ObjectType({ description: "Result of `retireExitCriterion`." })
export class RetireExitCriterionPayload extends MutationPayload {
  @Field(() => ExitCriterionRetirement, { nullable: true, description: "The retirement; null when refused." })
  retirement: ExitCriterionRetirement | null;
}

@ObjectType({ description: "Result of `upsertDevelopment`." })
export class DevelopmentPayload extends MutationPayload {
  @Field(() => Development, { nullable: true, description: "The development as stored; null when refused." })
  development: Development | null;
}
