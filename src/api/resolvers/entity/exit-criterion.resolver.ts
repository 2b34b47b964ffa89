import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { knownAtOf, type Context } from "../../../request/context";
import {
  ExitCriterion,
  ExitCriterionRetirement,
  ExitCriterionReview,
  Platform,
  Province,
  Value,
} from "../../../entities";
import { CriterionState, dutchLabel } from "../../../domain/enums";
import { DateScalar } from "../../../domain/scalars";
import { AsOfArgs } from "../../../schema/as-of.args";

/** Who recorded a row: the API client's name, or `seed` for the memo's data loaded at installation. */
async function recordedByName(ctx: Context, recordedById: number | null): Promise<string> {
  return recordedById === null ? "seed" : ((await ctx.loaders.apiClient.load(recordedById))?.name ?? "unknown");
}

const RECORDED_BY = "Who recorded it: the API client's name, or `seed` for the memo's data loaded at installation.";

/** The latest review of a criterion (latest `reviewedOn`, then `recordedAt`, then id) as the register stands now. */
async function latestOf(ctx: Context, criterionId: number): Promise<ExitCriterionReview | null> {
  const reviews = await ctx.loaders.reviewsByCriterion.load(criterionId);
  return reviews.at(-1) ?? null;
}

@Resolver(() => ExitCriterion)
export class ExitCriterionResolver {
  @FieldResolver(() => Province, { description: "The province." })
  province(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    return ctx.loaders.province.load(e.provinceId);
  }

  @FieldResolver(() => Platform, {
    nullable: true,
    description: "The platform it concerns; null when it concerns all platforms.",
  })
  platform(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    return e.platformId === null ? null : ctx.loaders.platform.load(e.platformId);
  }

  @FieldResolver(() => Value, { nullable: true, description: "The public value it protects; null when none named." })
  protectedValue(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    return e.valueId === null ? null : ctx.loaders.value.load(e.valueId);
  }

  @FieldResolver(() => String, { description: "Dutch label of `kind`, e.g. `Exitcriterium`." })
  kindLabel(@Root() e: ExitCriterion) {
    return dutchLabel("CriterionKind", e.kind);
  }

  @FieldResolver(() => String, { description: RECORDED_BY })
  recordedBy(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    return recordedByName(ctx, e.recordedById);
  }

  @FieldResolver(() => [ExitCriterionReview], {
    description:
      "Every review recorded, oldest `reviewedOn` first (corrections after what they correct): the append-only history.",
  })
  reviews(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    return ctx.loaders.reviewsByCriterion.load(e.id);
  }

  @FieldResolver(() => ExitCriterionReview, {
    nullable: true,
    description:
      "The review in force on `asOf` as recorded at `knownAt` (latest `reviewedOn` on or before `asOf`; the latest `recordedAt` breaks ties); null when none.",
  })
  latestReview(@Root() e: ExitCriterion, @Ctx() ctx: Context, @Args() { asOf, knownAt }: AsOfArgs) {
    return ctx.loaders.reviewAsOf(asOf ?? ctx.today, knownAtOf(ctx, knownAt)).load(e.id);
  }

  @FieldResolver(() => ExitCriterionRetirement, {
    nullable: true,
    description: "Its retirement, when recorded (it counts until `retiredOn`); null while it is not retired.",
  })
  async retirement(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    return (await ctx.loaders.retirementsByCriterion.load(e.id))[0] ?? null;
  }

  @FieldResolver(() => CriterionState, {
    deprecationReason: "Use `latestReview(asOf:, knownAt:) { state }` or `reviews`.",
    description: "The state of the latest review (latest `reviewedOn`), as the register stands now.",
  })
  async state(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    // Every criterion is recorded with its first review (addExitCriterion, the seed, migration LivingCriteria).
    return (await latestOf(ctx, e.id))?.state ?? CriterionState.MONITORING;
  }

  @FieldResolver(() => DateScalar, {
    nullable: true,
    deprecationReason: "Use `latestReview(asOf:, knownAt:) { reviewedOn reviewedOnBasis }` or `reviews`.",
    description:
      "The date of the latest review; null when that review is an observation (basis SOURCE_DATE: the source gives no review date).",
  })
  async reviewedOn(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    const latest = await latestOf(ctx, e.id);
    return latest && latest.reviewedOnBasis !== "SOURCE_DATE" ? latest.reviewedOn : null;
  }
}

@Resolver(() => ExitCriterionReview)
export class ExitCriterionReviewResolver {
  @FieldResolver(() => ExitCriterion, { description: "The criterion reviewed." })
  criterion(@Root() r: ExitCriterionReview, @Ctx() ctx: Context) {
    return ctx.loaders.exitCriterion.load(r.criterionId);
  }

  @FieldResolver(() => String, { description: "Dutch label of `state`, e.g. `Vervuld`." })
  stateLabel(@Root() r: ExitCriterionReview) {
    return dutchLabel("CriterionState", r.state);
  }

  @FieldResolver(() => String, { description: RECORDED_BY })
  recordedBy(@Root() r: ExitCriterionReview, @Ctx() ctx: Context) {
    return recordedByName(ctx, r.recordedById);
  }
}

@Resolver(() => ExitCriterionRetirement)
export class ExitCriterionRetirementResolver {
  @FieldResolver(() => ExitCriterion, { description: "The criterion retired." })
  criterion(@Root() r: ExitCriterionRetirement, @Ctx() ctx: Context) {
    return ctx.loaders.exitCriterion.load(r.criterionId);
  }

  @FieldResolver(() => String, { description: RECORDED_BY })
  recordedBy(@Root() r: ExitCriterionRetirement, @Ctx() ctx: Context) {
    return recordedByName(ctx, r.recordedById);
  }
}
