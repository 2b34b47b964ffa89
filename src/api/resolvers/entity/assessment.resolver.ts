import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { Assessment, Platform, Province, ValueRating } from "../../../entities";

@Resolver(() => Assessment)
export class AssessmentResolver {
  @FieldResolver(() => Province, { description: "The province that held it." })
  province(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.province.load(a.provinceId);
  }

  @FieldResolver(() => Platform, {
    nullable: true,
    description: "The platform it is limited to; null when it covers all platforms.",
  })
  platform(@Root() a: Assessment, @Ctx() ctx: Context) {
    return a.platformId === null ? null : ctx.loaders.platform.load(a.platformId);
  }

  @FieldResolver(() => [ValueRating], { description: "Its value ratings, by value." })
  ratings(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.ratingsByAssessment.load(a.id);
  }
}
