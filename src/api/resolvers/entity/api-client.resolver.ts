import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { currentRequest } from "../../../request/scope";
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

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      "When the token was last used (to the minute: recorded at most once a minute per client); null when never used.",
  })
  lastUsedAt(@Root() c: ApiClient): Date | null {
    // Written beside requests without bumping the data version: an answer showing it is never stored in the response
    // cache (which is keyed on that version) and gets no ETag (derived from it), so it is never older than the last
    // write of it. (The request's state, not the context: Apollo hands resolvers a copy of the context object.)
    const state = currentRequest();
    if (state) {
      state.responseCache = undefined;
      state.http = { ...state.http, volatile: true };
    }
    return c.lastUsedAt;
  }
}
