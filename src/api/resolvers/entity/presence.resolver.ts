import { Args, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { knownAtOf, type Context } from "../../../request/context";
import { FollowerCount, Platform, PlatformStatus, Presence, Province } from "../../../entities";
import { AsOfArgs } from "../../../schema/as-of.args";
import { HistoryArgs } from "../../../schema/history.args";

@Resolver(() => Presence)
export class PresenceResolver {
  @FieldResolver(() => Province, { description: "The province." })
  province(@Root() p: Presence, @Ctx() ctx: Context) {
    return ctx.loaders.province.load(p.provinceId);
  }

  @FieldResolver(() => Platform, { description: "The platform." })
  platform(@Root() p: Presence, @Ctx() ctx: Context) {
    return ctx.loaders.platform.load(p.platformId);
  }

  @FieldResolver(() => PlatformStatus, {
    nullable: true,
    description:
      "The snapshot in force on `asOf` (valid time; default today in the Netherlands) as the register stood at `knownAt` (recorded time; default now): " +
      "the latest `validFrom` on or before `asOf`, the latest `recordedAt` among equal dates. Null when nothing was recorded by then (UNKNOWN).",
  })
  status(@Root() p: Presence, @Ctx() ctx: Context, @Args() { asOf, knownAt }: AsOfArgs) {
    return ctx.loaders.statusAsOf(asOf ?? ctx.today, knownAtOf(ctx, knownAt)).load(p.id);
  }

  @FieldResolver(() => [PlatformStatus], {
    description:
      "The newest `first` snapshots, corrections and announced (future) ones included: newest `validFrom` first, then newest `recordedAt`.",
  })
  history(@Root() p: Presence, @Ctx() ctx: Context, @Args() { first }: HistoryArgs) {
    return ctx.loaders.historyByPresence(first).load(p.id);
  }

  @FieldResolver(() => PlatformStatus, {
    nullable: true,
    description:
      "The most recently recorded snapshot (latest `recordedAt`, whatever its `validFrom`); pass its `id` as `expectedLatestId` to `recordPlatformStatus`. Null when none was recorded.",
  })
  latestRecorded(@Root() p: Presence, @Ctx() ctx: Context) {
    return ctx.loaders.latestRecordedByPresence.load(p.id);
  }

  @FieldResolver(() => [FollowerCount], {
    description: "The newest `first` follower counts, newest measurement first; empty when none recorded.",
  })
  followerCounts(@Root() p: Presence, @Ctx() ctx: Context, @Args() { first }: HistoryArgs) {
    return ctx.loaders.followerCountsByPresence(first).load(p.id);
  }
}
