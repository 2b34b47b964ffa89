import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import {
  UpsertFrameworkInput,
  UpsertPlatformFindingInput,
  UpsertPlatformInput,
  UpsertSourceInput,
  UpsertValueInput,
} from "../../schema/inputs/reference-write.input";
import {
  FrameworkPayload,
  PlatformFindingPayload,
  PlatformPayload,
  SourcePayload,
  ValuePayload,
} from "../../schema/payloads/mutation.payload";
import { ReferenceWriteService } from "../../services/reference-write.service";

const ERRORS =
  " Upsert by natural key: inserts a new key, updates an existing one (omitted optional fields keep their value, null clears). Who: ADMIN only. " +
  "Errors: UNAUTHENTICATED and FORBIDDEN as GraphQL errors (null payload); INVALID, NOT_FOUND and CONFLICT as `userErrors`. Adds an audit event.";
const INPUT = { validate: false, description: "What to write." } as const;

@Resolver()
export class ReferenceWriteResolver {
  @Mutation(() => PlatformPayload, { nullable: true, description: "Creates or updates a platform." + ERRORS })
  upsertPlatform(@Arg("input", () => UpsertPlatformInput, INPUT) input: UpsertPlatformInput, @Ctx() ctx: Context) {
    return ReferenceWriteService.upsertPlatform(ctx, input);
  }

  @Mutation(() => FrameworkPayload, {
    nullable: true,
    description:
      "Creates or updates a framework (kader) and, when `platformSlugs` is given, the platforms it concerns." + ERRORS,
  })
  upsertFramework(@Arg("input", () => UpsertFrameworkInput, INPUT) input: UpsertFrameworkInput, @Ctx() ctx: Context) {
    return ReferenceWriteService.upsertFramework(ctx, input);
  }

  @Mutation(() => PlatformFindingPayload, {
    nullable: true,
    description: "Creates or updates a platform finding, keyed by framework, platform, stage and date." + ERRORS,
  })
  upsertPlatformFinding(
    @Arg("input", () => UpsertPlatformFindingInput, INPUT) input: UpsertPlatformFindingInput,
    @Ctx() ctx: Context,
  ) {
    return ReferenceWriteService.upsertPlatformFinding(ctx, input);
  }

  @Mutation(() => ValuePayload, {
    nullable: true,
    description: "Creates or updates a public value (waarde). CONFLICT when another value has the same name." + ERRORS,
  })
  upsertValue(@Arg("input", () => UpsertValueInput, INPUT) input: UpsertValueInput, @Ctx() ctx: Context) {
    return ReferenceWriteService.upsertValue(ctx, input);
  }

  @Mutation(() => SourcePayload, { nullable: true, description: "Creates or updates a source (bron)." + ERRORS })
  upsertSource(@Arg("input", () => UpsertSourceInput, INPUT) input: UpsertSourceInput, @Ctx() ctx: Context) {
    return ReferenceWriteService.upsertSource(ctx, input);
  }
}
