import { Arg, Args, Ctx, Field, FieldResolver, InputType, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../request/context";
import {
  ApiClient,
  Assessment,
  Development,
  ExitCriterion,
  FollowerCount,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Presence,
  Province,
  Source,
  Value,
  ValueRating,
} from "../../entities";
import { AssessmentState, PresenceStatus, dutchLabel } from "../../domain/enums";
import { DateScalar } from "../../domain/scalars";
import { Connection, PageArgs } from "../../schema/connection";
import { loadAll } from "../../request/loaders";
import { RecordService } from "../../services/record.service";

const source = (ctx: Context, id: number | null) => (id === null ? null : ctx.loaders.source.load(id));

@Resolver(() => Province)
export class ProvinceResolver {
  @FieldResolver(() => [Presence], {
    description: "The province's presences, one per platform it has a record for (by platform); empty when none.",
  })
  presences(@Root() p: Province, @Ctx() ctx: Context) {
    return ctx.loaders.presencesByProvince.load(p.id);
  }

  @FieldResolver(() => [Assessment], {
    description:
      "The province's value assessments the caller may see, newest first (drafts only for its editors, IPO, the ethics committee and admins).",
  })
  assessments(@Root() p: Province, @Ctx() ctx: Context) {
    return ctx.loaders.visibleAssessmentsByProvince.load(p.id);
  }

  @FieldResolver(() => [FrameworkPosition], {
    description:
      "The province's stance on each framework it has a position on: the latest `since` on or before `asOf`, as recorded at `knownAt`. Empty when none.",
  })
  frameworkPositions(
    @Root() p: Province,
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Valid time; default today in the Netherlands." })
    asOf: string | null,
    @Arg("knownAt", () => Date, {
      nullable: true,
      description: "Recorded time: the register as it stood at this instant; default now.",
    })
    knownAt: Date | null,
  ) {
    return ctx.loaders.frameworkPositionsAsOf(asOf ?? ctx.today, knownAt ?? ctx.now).load(p.id);
  }

  @FieldResolver(() => [ExitCriterion], {
    description:
      "Conditions under which the province would leave or join platforms (exitcriteria); empty when none recorded.",
  })
  exitCriteria(@Root() p: Province, @Ctx() ctx: Context) {
    return ctx.loaders.exitCriteriaByProvince.load(p.id);
  }
}

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
  status(
    @Root() p: Presence,
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Valid time; default today in the Netherlands." })
    asOf: string | null,
    @Arg("knownAt", () => Date, {
      nullable: true,
      description: "Recorded time: the register as it stood at this instant; default now.",
    })
    knownAt: Date | null,
  ) {
    return ctx.loaders.statusAsOf(asOf ?? ctx.today, knownAt ?? ctx.now).load(p.id);
  }

  @FieldResolver(() => [PlatformStatus], {
    description:
      "Every snapshot, corrections and announced (future) ones included: newest `validFrom` first, then newest `recordedAt`.",
  })
  history(@Root() p: Presence, @Ctx() ctx: Context) {
    return ctx.loaders.historyByPresence.load(p.id);
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
    description: "Follower counts, newest measurement first; empty when none recorded.",
  })
  followerCounts(@Root() p: Presence, @Ctx() ctx: Context) {
    return ctx.loaders.followerCountsByPresence.load(p.id);
  }
}

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

  @FieldResolver(() => Source, {
    nullable: true,
    description: "Where the fact comes from; null when no source was given.",
  })
  source(@Root() s: PlatformStatus, @Ctx() ctx: Context) {
    return source(ctx, s.sourceId);
  }

  @FieldResolver(() => String, {
    description: "Who recorded it: the API client's name, or `seed` for the memo's data loaded at installation.",
  })
  async recordedBy(@Root() s: PlatformStatus, @Ctx() ctx: Context) {
    return s.recordedById === null ? "seed" : ((await ctx.loaders.apiClient.load(s.recordedById))?.name ?? "unknown");
  }
}

@Resolver(() => FollowerCount)
export class FollowerCountResolver {
  @FieldResolver(() => Source, { nullable: true, description: "Where the count comes from; null when not given." })
  source(@Root() f: FollowerCount, @Ctx() ctx: Context) {
    return source(ctx, f.sourceId);
  }
}

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
    return source(ctx, p.dsaSourceId);
  }
}

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

  @FieldResolver(() => Source, { nullable: true, description: "Where the framework's data comes from." })
  source(@Root() f: Framework, @Ctx() ctx: Context) {
    return source(ctx, f.sourceId);
  }
}

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

  @FieldResolver(() => Source, { nullable: true, description: "Where it comes from." })
  source(@Root() f: PlatformFinding, @Ctx() ctx: Context) {
    return source(ctx, f.sourceId);
  }
}

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

  @FieldResolver(() => Source, { nullable: true, description: "Where it comes from." })
  source(@Root() f: FrameworkPosition, @Ctx() ctx: Context) {
    return source(ctx, f.sourceId);
  }
}

@InputType({ description: "Filter for `assessments`; every given condition must hold." })
class AssessmentFilterInput {
  @Field(() => [String], { nullable: true, description: "Only these provinces (CBS codes or slugs)." })
  provinces?: string[] | null;

  @Field(() => [AssessmentState], {
    nullable: true,
    description: "Only these states (drafts only where the caller may see them).",
  })
  states?: AssessmentState[] | null;

  @Field(() => DateScalar, { nullable: true, description: "Held on or after this date." })
  heldFrom?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Held on or before this date." })
  heldTo?: string | null;
}

@ObjectType({ description: "A page of assessments (Relay connection)." })
class AssessmentConnection extends Connection(Assessment, "Assessment") {}

@InputType({ description: "A range of calendar dates (valid time), both ends inclusive; an end left out is open." })
class DateRangeInput {
  @Field(() => DateScalar, { nullable: true, description: "On or after this date; null: no lower bound." })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "On or before this date; null: no upper bound. BAD_USER_INPUT when before `from`.",
  })
  to?: string | null;
}

@InputType({ description: "Filter for `statusChanges`; every given condition must hold." })
class StatusChangeFilterInput {
  @Field(() => [String], {
    nullable: true,
    description: "Only these provinces (CBS codes or slugs); BAD_USER_INPUT for an unknown key.",
  })
  provinces?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Only these platforms (slugs); BAD_USER_INPUT for an unknown slug.",
  })
  platforms?: string[] | null;

  @Field(() => [PresenceStatus], { nullable: true, description: "Only snapshots recording one of these statuses." })
  statuses?: PresenceStatus[] | null;

  @Field(() => DateRangeInput, {
    nullable: true,
    description: "Only snapshots whose `validFrom` (valid time) lies in this range.",
  })
  validFrom?: DateRangeInput | null;

  @Field(() => Date, {
    nullable: true,
    description:
      "Recorded time: only snapshots recorded at or before this instant (the history as the register stood then). Default: everything recorded.",
  })
  knownAt?: Date | null;
}

@ObjectType({ description: "A page of status snapshots (Relay connection), newest `validFrom` first." })
class PlatformStatusConnection extends Connection(PlatformStatus, "PlatformStatus") {}

@Resolver(() => PlatformStatus)
export class StatusChangeResolver {
  @Query(() => PlatformStatusConnection, {
    description:
      "The status history of the presences: every snapshot, corrections (same `validFrom`, later `recordedAt`) and announced changes " +
      "(future `validFrom`) included, newest first: `validFrom` desc, then `recordedAt` desc, then id. Relay connection (`first` 1..100, " +
      "`after`, `totalCount`). A snapshot's province and platform are under `presence`. Empty when nothing matches.",
  })
  statusChanges(
    @Arg("filter", () => StatusChangeFilterInput, {
      nullable: true,
      description: "Conditions; default: the whole history.",
    })
    filter: StatusChangeFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return RecordService.statusChanges(ctx, filter ?? {}, page.first, page.after);
  }
}

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Query(() => AssessmentConnection, {
    description: "Value assessments the caller may see, newest `heldOn` first (Relay connection; `first` 1..100).",
  })
  assessments(
    @Arg("filter", () => AssessmentFilterInput, { nullable: true, description: "Conditions; default none." })
    filter: AssessmentFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return RecordService.assessments(ctx, filter ?? {}, page.first, page.after);
  }

  @FieldResolver(() => Province, { description: "The province that held it." })
  province(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.province.load(a.provinceId);
  }

  @FieldResolver(() => Platform, {
    nullable: true,
    description: "The platform it is limited to; null when it covers all platforms.",
  })
  platform(@Root() a: Assessment, @Ctx() ctx: Context) {
    return a.platformId === null ? null : ctx.loaders.platform.load(a.platformId);
  }

  @FieldResolver(() => [ValueRating], { description: "Its value ratings, by value." })
  ratings(@Root() a: Assessment, @Ctx() ctx: Context) {
    return ctx.loaders.ratingsByAssessment.load(a.id);
  }

  @FieldResolver(() => Source, { nullable: true, description: "Where it comes from." })
  source(@Root() a: Assessment, @Ctx() ctx: Context) {
    return source(ctx, a.sourceId);
  }
}

@Resolver(() => ValueRating)
export class ValueRatingResolver {
  @FieldResolver(() => Value, { description: "The value rated." })
  value(@Root() r: ValueRating, @Ctx() ctx: Context) {
    return ctx.loaders.value.load(r.valueId);
  }

  @FieldResolver(() => String, { description: "Dutch label of `impact`: Geen, Matig or Veel." })
  impactLabel(@Root() r: ValueRating) {
    return dutchLabel("Impact", r.impact);
  }

  @FieldResolver(() => Platform, {
    nullable: true,
    description: "The platform the rating is for; null when for all platforms (or the assessment's scope).",
  })
  platform(@Root() r: ValueRating, @Ctx() ctx: Context) {
    return r.platformId === null ? null : ctx.loaders.platform.load(r.platformId);
  }

  @FieldResolver(() => Assessment, { description: "The assessment it belongs to." })
  assessment(@Root() r: ValueRating, @Ctx() ctx: Context) {
    return ctx.loaders.assessment.load(r.assessmentId);
  }
}

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

  @FieldResolver(() => Source, { nullable: true, description: "Where it comes from." })
  source(@Root() e: ExitCriterion, @Ctx() ctx: Context) {
    return source(ctx, e.sourceId);
  }
}

@Resolver(() => Development)
export class DevelopmentResolver {
  @FieldResolver(() => [Province], { description: "Provinces involved; empty when the source names none." })
  async provincesInvolved(@Root() d: Development, @Ctx() ctx: Context) {
    return loadAll(ctx.loaders.province, await ctx.loaders.provinceIdsByDevelopment.load(d.id));
  }

  @FieldResolver(() => Source, { nullable: true, description: "Where it comes from." })
  source(@Root() d: Development, @Ctx() ctx: Context) {
    return source(ctx, d.sourceId);
  }
}

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
