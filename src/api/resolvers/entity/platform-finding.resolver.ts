import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { Framework, Platform, PlatformFinding } from "../../../entities";

@Resolver(() => PlatformFinding)
export class PlatformFindingResolver {
  @FieldResolver(() => Framework, { description: "The framework under which it was found." })
  framework(@Root() f: PlatformFinding, @Ctx() ctx: Context) {
    return ctx.loaders.framework.load(f.frameworkId);
  }

  @FieldResolver(() => Platform, { description: "The platform concerned." })
  platform(@Root() f: PlatformFinding, @Ctx() ctx: Context) {
    return ctx.loaders.platform.load(f.platformId);
  }
}
