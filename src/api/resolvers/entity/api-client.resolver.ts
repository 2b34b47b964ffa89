import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { ApiClient, Province } from "../../../entities";

@Resolver(() => ApiClient)
export class ApiClientResolver {
  @FieldResolver(() => Province, {
    nullable: true,
    description: "The province a PROVINCE_EDITOR is bound to; null for other roles.",
  })
  province(@Root() c: ApiClient, @Ctx() ctx: Context) {
    return c.provinceId === null ? null : ctx.loaders.province.load(c.provinceId);
  }
}
