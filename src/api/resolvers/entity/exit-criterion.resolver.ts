import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { ExitCriterion, Platform, Province } from "../../../entities";

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
}
