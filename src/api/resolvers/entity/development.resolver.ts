import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { Development, Province } from "../../../entities";
import { loadAll } from "../../../request/loaders";

@Resolver(() => Development)
export class DevelopmentResolver {
  @FieldResolver(() => [Province], { description: "Provinces involved; empty when the source names none." })
  async provincesInvolved(@Root() d: Development, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.province, await ctx.loaders.provinceIdsByDevelopment.load(d.id));
  }
}
