import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { Platform, PlatformFinding, Source } from "../../../entities";
import { loadSource } from "../source-field.resolver";

@Resolver(() => Platform)
export class PlatformResolver {
  @FieldResolver(() => [PlatformFinding], { description: "What authorities found about this platform, oldest first." })
  findings(@Root() p: Platform, @Ctx() ctx: Context) {
    return ctx.loaders.findingsByPlatform.load(p.id);
  }

  @FieldResolver(() => Source, {
    nullable: true,
    description: "Source of the DSA designation; null when not designated.",
  })
  dsaSource(@Root() p: Platform, @Ctx() ctx: Context) {
    return loadSource(ctx, p.dsaSourceId);
  }
}
