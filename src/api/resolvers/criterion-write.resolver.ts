import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import {
  AddExitCriterionInput,
  RetireExitCriterionInput,
  ReviewExitCriterionInput,
} from "../../schema/inputs/record-write.input";
import {
  AddExitCriterionPayload,
  RetireExitCriterionPayload,
  ReviewExitCriterionPayload,
} from "../../schema/payloads/mutation.payload";
import { CriterionWriteService } from "../../services/criterion-write.service";

const ERRORS =
  " Who: a PROVINCE_EDITOR for its own province, or ADMIN. Takes `provenance` (INVALID without). Errors: UNAUTHENTICATED and FORBIDDEN as GraphQL errors " +
  "with a null payload; INVALID, NOT_FOUND and CONFLICT as `userErrors` naming the input field. A refused write changes nothing; a successful one adds an audit event.";

/** `validate: false`: the service validates the input and reports failures as userErrors. */
const INPUT = { validate: false, description: "What to write." } as const;

/** Exit and entry criteria (issue 16): add, review, retire. Every one a new row of an append-only history. */
@Resolver()
export class CriterionWriteResolver {
  @Mutation(() => AddExitCriterionPayload, {
    nullable: true,
    description:
      "Adds an exit or entry criterion of a province (one platform, or all when `platformSlug` is omitted), in force from `adoptedOn`, with its first review (`state` on `adoptedOn`)." +
      ERRORS,
  })
  addExitCriterion(
    @Arg("input", () => AddExitCriterionInput, INPUT) input: AddExitCriterionInput,
    @Ctx() ctx: Context,
  ) {
    return CriterionWriteService.addExitCriterion(ctx, input);
  }

  @Mutation(() => ReviewExitCriterionPayload, {
    nullable: true,
    description:
      "Records a dated review of a criterion (MONITORING, MET or NOT_MET, with a note) as a new row of its history; a correction is a review with the same `reviewedOn`." +
      ERRORS,
  })
  reviewExitCriterion(
    @Arg("input", () => ReviewExitCriterionInput, INPUT) input: ReviewExitCriterionInput,
    @Ctx() ctx: Context,
  ) {
    return CriterionWriteService.reviewExitCriterion(ctx, input);
  }

  @Mutation(() => RetireExitCriterionPayload, {
    nullable: true,
    description:
      "Retires a criterion from `retiredOn` on (once; CONFLICT when already retired). It stays readable and counts before that date." +
      ERRORS,
  })
  retireExitCriterion(
    @Arg("input", () => RetireExitCriterionInput, INPUT) input: RetireExitCriterionInput,
    @Ctx() ctx: Context,
  ) {
    return CriterionWriteService.retireExitCriterion(ctx, input);
  }
}
