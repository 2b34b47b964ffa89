import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import {
  SetCommitteeAdviceStatusInput,
  UpsertCommitteeAdviceInput,
  UpsertDevelopmentInput,
} from "../../schema/inputs/interprovincial-write.input";
import { DevelopmentPayload, FrameworkPayload } from "../../schema/payloads/mutation.payload";
import { InterprovincialWriteService } from "../../services/interprovincial-write.service";

const ERRORS =
  " Errors: UNAUTHENTICATED and FORBIDDEN as GraphQL errors with a null payload; INVALID, NOT_FOUND and CONFLICT as `userErrors` naming the input field. " +
  "A refused write changes nothing; a successful one adds an audit event.";

/** `validate: false`: the service validates the input and reports failures as userErrors. */
const INPUT = { validate: false, description: "What to write." } as const;

/** The writes of IPO and its interprovincial ethics committee (issue 16). */
@Resolver()
export class InterprovincialWriteResolver {
  @Mutation(() => DevelopmentPayload, {
    nullable: true,
    description:
      "Records a development (a dated interprovincial or national event, the provinces involved, its source), or corrects it by slug. " +
      "Who: IPO_ANALYST, ETHICS_COMMITTEE or ADMIN. Takes `provenance` (INVALID without)." +
      ERRORS,
  })
  upsertDevelopment(
    @Arg("input", () => UpsertDevelopmentInput, INPUT) input: UpsertDevelopmentInput,
    @Ctx() ctx: Context,
  ) {
    return InterprovincialWriteService.upsertDevelopment(ctx, input);
  }

  @Mutation(() => FrameworkPayload, {
    nullable: true,
    description:
      "Publishes (first IN_PREPARATION) or corrects an advice of the interprovincial ethics committee: a framework with level INTERPROVINCIAL, kind ADVICE and the committee as issuer, " +
      "on which provinces then record their position (`setFrameworkPosition`). Who: ETHICS_COMMITTEE (only its own advices: FORBIDDEN for another framework) or ADMIN. Takes `provenance`." +
      ERRORS,
  })
  upsertCommitteeAdvice(
    @Arg("input", () => UpsertCommitteeAdviceInput, INPUT) input: UpsertCommitteeAdviceInput,
    @Ctx() ctx: Context,
  ) {
    return InterprovincialWriteService.upsertCommitteeAdvice(ctx, input);
  }

  @Mutation(() => FrameworkPayload, {
    nullable: true,
    description:
      "Moves a committee advice through its life cycle (IN_PREPARATION → ANNOUNCED → PUBLISHED → IN_FORCE; NOT_DELIVERED, WITHDRAWN); any other step is CONFLICT. " +
      "Who: ETHICS_COMMITTEE (only its own advices) or ADMIN." +
      ERRORS,
  })
  setCommitteeAdviceStatus(
    @Arg("input", () => SetCommitteeAdviceStatusInput, INPUT) input: SetCommitteeAdviceStatusInput,
    @Ctx() ctx: Context,
  ) {
    return InterprovincialWriteService.setCommitteeAdviceStatus(ctx, input);
  }
}
