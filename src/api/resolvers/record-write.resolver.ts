import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import {
  AssessmentIdInput,
  CreateAssessmentInput,
  RecordFollowerCountInput,
  RecordPlatformStatusInput,
  SetFrameworkPositionInput,
  SetPresenceAccountsInput,
  SetValueRatingsInput,
} from "../../schema/inputs/record-write.input";
import {
  AssessmentPayload,
  RecordFollowerCountPayload,
  RecordPlatformStatusPayload,
  SetFrameworkPositionPayload,
  SetPresenceAccountsPayload,
} from "../../schema/payloads/mutation.payload";
import { RecordWriteService } from "../../services/record-write.service";

/** Shared part of every write's description: who may, and how it can fail. */
const ERRORS =
  " Who: a PROVINCE_EDITOR for its own province, or ADMIN. Errors: UNAUTHENTICATED (no or a bad token) and FORBIDDEN (role or province) as GraphQL errors, " +
  "with a null payload; INVALID, NOT_FOUND and CONFLICT as `userErrors` naming the input field. A refused write changes nothing; a successful one adds an audit event.";

/** `validate: false`: the service validates the input and reports failures as userErrors (see schema/validation.ts). */
const INPUT = { validate: false, description: "What to write." } as const;

@Resolver()
export class RecordWriteResolver {
  @Mutation(() => RecordPlatformStatusPayload, {
    nullable: true,
    description:
      "Records a status snapshot of a province on a platform (creating the presence if missing). Valid time is `validFrom` (may lie in the future: an announced change); " +
      "recorded time is now. A correction is a new snapshot with the same `validFrom`. Pass `expectedLatestId` to be refused with CONFLICT when someone recorded in between." +
      ERRORS,
  })
  recordPlatformStatus(
    @Arg("input", () => RecordPlatformStatusInput, INPUT) input: RecordPlatformStatusInput,
    @Ctx() ctx: Context,
  ) {
    return RecordWriteService.recordPlatformStatus(ctx, input);
  }

  @Mutation(() => RecordFollowerCountPayload, {
    nullable: true,
    description:
      "Records a follower count measured on a date (valid time `measuredOn`, not in the future) for an existing presence." +
      ERRORS,
  })
  recordFollowerCount(
    @Arg("input", () => RecordFollowerCountInput, INPUT) input: RecordFollowerCountInput,
    @Ctx() ctx: Context,
  ) {
    return RecordWriteService.recordFollowerCount(ctx, input);
  }

  @Mutation(() => SetPresenceAccountsPayload, {
    nullable: true,
    description:
      "Replaces the accounts (handle, url) of a presence; creates the presence if missing. The status history is not touched." +
      ERRORS,
  })
  setPresenceAccounts(
    @Arg("input", () => SetPresenceAccountsInput, INPUT) input: SetPresenceAccountsInput,
    @Ctx() ctx: Context,
  ) {
    return RecordWriteService.setPresenceAccounts(ctx, input);
  }

  @Mutation(() => SetFrameworkPositionPayload, {
    nullable: true,
    description:
      "Records a province's stance on a framework from `since` (valid time) on, as a new position; earlier ones stay in the history." +
      ERRORS,
  })
  setFrameworkPosition(
    @Arg("input", () => SetFrameworkPositionInput, INPUT) input: SetFrameworkPositionInput,
    @Ctx() ctx: Context,
  ) {
    return RecordWriteService.setFrameworkPosition(ctx, input);
  }

  @Mutation(() => AssessmentPayload, {
    nullable: true,
    description:
      "Creates a value assessment as DRAFT (visible only to its province's editors, IPO, the ethics committee and admins until published)." +
      ERRORS,
  })
  createAssessment(
    @Arg("input", () => CreateAssessmentInput, INPUT) input: CreateAssessmentInput,
    @Ctx() ctx: Context,
  ) {
    return RecordWriteService.createAssessment(ctx, input);
  }

  @Mutation(() => AssessmentPayload, {
    nullable: true,
    description:
      "Replaces all value ratings of a DRAFT assessment; CONFLICT when it is already published or withdrawn." + ERRORS,
  })
  setValueRatings(@Arg("input", () => SetValueRatingsInput, INPUT) input: SetValueRatingsInput, @Ctx() ctx: Context) {
    return RecordWriteService.setValueRatings(ctx, input);
  }

  @Mutation(() => AssessmentPayload, {
    nullable: true,
    description:
      "Publishes a DRAFT assessment (recorded time `publishedAt` = now): it becomes public and counts in comparisons. CONFLICT when not a DRAFT." +
      ERRORS,
  })
  publishAssessment(@Arg("input", () => AssessmentIdInput, INPUT) input: AssessmentIdInput, @Ctx() ctx: Context) {
    return RecordWriteService.publishAssessment(ctx, input);
  }

  @Mutation(() => AssessmentPayload, {
    nullable: true,
    description:
      "Withdraws a PUBLISHED assessment (`withdrawnAt` = now): it stays readable but no longer counts in comparisons. CONFLICT when not PUBLISHED." +
      ERRORS,
  })
  withdrawAssessment(@Arg("input", () => AssessmentIdInput, INPUT) input: AssessmentIdInput, @Ctx() ctx: Context) {
    return RecordWriteService.withdrawAssessment(ctx, input);
  }
}
