import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../request/context";
import {
  Assessment,
  Development,
  ExitCriterion,
  ExitCriterionRetirement,
  ExitCriterionReview,
  FollowerCount,
  Framework,
  FrameworkPosition,
  PlatformFinding,
  PlatformStatus,
  Presence,
  ProvinceAlternativeName,
  Source,
  ValueRating,
} from "../../entities";
import { StatusCell } from "../../schema/comparison.types";

/** The cited source by id through the request's loader; null when none is cited. */
export function loadSource(ctx: Context, sourceId: number | null): Promise<Source | null> | null {
  return sourceId === null ? null : ctx.loaders.source.load(sourceId);
}

/**
 * The one `source` field resolver, for a type whose rows cite a source by `sourceId`; only the description varies.
 * Types whose writes take provenance (`statedById`) also get `statedBy`: the name of the API client whose own
 * statement the fact is (provenance `ownStatement`), null when a source is cited.
 */
function SourceFieldResolver<T extends { sourceId: number | null; statedById?: number | null }>(
  type: ClassType<T>,
  description: string,
  stated = false,
) {
  @Resolver(() => type)
  class SourceField {
    @FieldResolver(() => Source, { nullable: true, description })
    source(@Root() row: T, @Ctx() ctx: Context) {
      return loadSource(ctx, row.sourceId);
    }
  }
  if (!stated) return [SourceField];
  @Resolver(() => type)
  class StatedByField {
    @FieldResolver(() => String, {
      nullable: true,
      description:
        "Provenance when no source is cited: the name of the API client that recorded the fact as its own statement (a province about itself); null when `source` is given.",
    })
    async statedBy(@Root() row: T, @Ctx() ctx: Context) {
      if (row.statedById == null) return null;
      return (await ctx.loaders.apiClient.load(row.statedById))?.name ?? "unknown";
    }
  }
  return [SourceField, StatedByField];
}

const FROM = "Where it comes from.";

/** Every sourced type's `source` field (src/api/schema.ts lists them with the other resolvers). */
export const sourceFieldResolvers = [
  SourceFieldResolver(
    PlatformStatus,
    "Where the fact comes from; null when no source was given (see `statedBy`).",
    true,
  ),
  SourceFieldResolver(FollowerCount, "Where the count comes from; null when not given (see `statedBy`).", true),
  SourceFieldResolver(Framework, "Where the framework's data comes from.", true),
  SourceFieldResolver(PlatformFinding, FROM, true),
  SourceFieldResolver(FrameworkPosition, FROM, true),
  SourceFieldResolver(Assessment, FROM, true),
  SourceFieldResolver(Presence, "Where the accounts come from; null when not given (see `statedBy`).", true),
  SourceFieldResolver(ValueRating, "Where the rating comes from; null when not given (see `statedBy`).", true),
  SourceFieldResolver(
    ExitCriterion,
    "Where the criterion comes from; null when no source was given (see `statedBy`).",
    true,
  ),
  SourceFieldResolver(
    ExitCriterionReview,
    "Where the review comes from; null when no source was given (see `statedBy`).",
    true,
  ),
  SourceFieldResolver(
    ExitCriterionRetirement,
    "Where the retirement comes from; null when no source was given (see `statedBy`).",
    true,
  ),
  SourceFieldResolver(
    Development,
    "Where the development comes from; null when no source was given (see `statedBy`).",
    true,
  ),
  SourceFieldResolver(ProvinceAlternativeName, "Where the name's use is stated."),
  SourceFieldResolver(StatusCell, "Where the shown state comes from; null when UNKNOWN or no source was given."),
].flat();
