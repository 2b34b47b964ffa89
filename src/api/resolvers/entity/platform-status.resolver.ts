import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../../request/context";
import { PlatformStatus, Presence } from "../../../entities";
import { dutchLabel } from "../../../domain/enums";

@Resolver(() => PlatformStatus)
export class PlatformStatusResolver {
  @FieldResolver(() => Presence, { description: "The presence this snapshot belongs to." })
  presence(@Root() s: PlatformStatus, @Ctx() ctx: Context) {
    return ctx.loaders.presence.load(s.presenceId);
  }

  @FieldResolver(() => String, { description: "Dutch label of `status`, e.g. `Inactief`." })
  statusLabel(@Root() s: PlatformStatus) {
    return dutchLabel("PresenceStatus", s.status);
  }

  @FieldResolver(() => String, {
    description: "Who recorded it: the API client's name, or `seed` for the memo's data loaded at installation.",
  })
  async recordedBy(@Root() s: PlatformStatus, @Ctx() ctx: Context) {
    return s.recordedById === null ? "seed" : ((await ctx.loaders.apiClient.load(s.recordedById))?.name ?? "unknown");
  }
}
