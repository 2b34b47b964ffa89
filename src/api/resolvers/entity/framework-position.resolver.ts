import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { Framework, FrameworkPosition, Province } from "../../../entities";
import { dutchLabel } from "../../../domain/enums";

@Resolver(() => FrameworkPosition)
export class FrameworkPositionResolver {
  @FieldResolver(() => Province, { description: "The province." })
  province(@Root() f: FrameworkPosition, @Ctx() ctx: Context) {
    return ctx.loaders.province.load(f.provinceId);
  }

  @FieldResolver(() => Framework, { description: "The framework." })
  framework(@Root() f: FrameworkPosition, @Ctx() ctx: Context) {
    return ctx.loaders.framework.load(f.frameworkId);
  }

  @FieldResolver(() => String, { description: "Dutch label of `stance`, e.g. `Volgt op`." })
  stanceLabel(@Root() f: FrameworkPosition) {
    return dutchLabel("Stance", f.stance);
  }
}
