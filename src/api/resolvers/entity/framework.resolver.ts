import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { Framework, Platform, PlatformFinding } from "../../../entities";
import { loadAll } from "../../../request/loaders";

@Resolver(() => Framework)
export class FrameworkResolver {
  @FieldResolver(() => [Platform], { description: "Platforms the framework concerns; empty when it names none." })
  async platformsConcerned(@Root() f: Framework, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.platform, await ctx.loaders.platformIdsByFramework.load(f.id));
  }

  @FieldResolver(() => [PlatformFinding], { description: "Findings recorded under this framework, oldest first." })
  findings(@Root() f: Framework, @Ctx() ctx: Context) {
    return ctx.loaders.findingsByFramework.load(f.id);
  }
}
