import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { Assessment, Platform, Value, ValueRating } from "../../../entities";
import { dutchLabel } from "../../../domain/enums";

@Resolver(() => ValueRating)
export class ValueRatingResolver {
  @FieldResolver(() => Value, { description: "The value rated." })
  value(@Root() r: ValueRating, @Ctx() ctx: Context) {
    return ctx.loaders.value.load(r.valueId);
  }

  @FieldResolver(() => String, { description: "Dutch label of `impact`: Geen, Matig or Veel." })
  impactLabel(@Root() r: ValueRating) {
    return dutchLabel("Impact", r.impact);
  }

  @FieldResolver(() => Platform, {
    nullable: true,
    description: "The platform the rating is for; null when for all platforms (or the assessment's scope).",
  })
  platform(@Root() r: ValueRating, @Ctx() ctx: Context) {
    return r.platformId === null ? null : ctx.loaders.platform.load(r.platformId);
  }

  @FieldResolver(() => Assessment, { description: "The assessment it belongs to." })
  assessment(@Root() r: ValueRating, @Ctx() ctx: Context) {
    return ctx.loaders.assessment.load(r.assessmentId);
  }
}
