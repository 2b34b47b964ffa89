import { Ctx, FieldResolver, Resolver, Root, type ClassType } from "type-graphql";
import type { Context } from "../../request/context";
import {
  Assessment,
  Development,
  ExitCriterion,
  FollowerCount,
  Framework,
  FrameworkPosition,
  PlatformFinding,
  PlatformStatus,
  ProvinceAlternativeName,
  Source,
} from "../../entities";
import { StatusCell } from "../../schema/comparison.types";

/** The cited source by id through the request's loader; null when none is cited. */
export function loadSource(ctx: Context, sourceId: number | null): Promise<Source | null> | null {
  return sourceId === null ? null : ctx.loaders.source.load(sourceId);
}

/** The one `source` field resolver, for a type whose rows cite a source by `sourceId`; only the description varies. */
function SourceFieldResolver<T extends { sourceId: number | null }>(type: ClassType<T>, description: string) {
  @Resolver(() => type)
  class SourceField {
    @FieldResolver(() => Source, { nullable: true, description })
    source(@Root() row: T, @Ctx() ctx: Context) {
      return loadSource(ctx, row.sourceId);
    }
  }
  return SourceField;
}

const FROM = "Where it comes from.";

/** Every sourced type's `source` field (src/api/schema.ts lists them with the other resolvers). */
export const sourceFieldResolvers = [
  SourceFieldResolver(PlatformStatus, "Where the fact comes from; null when no source was given."),
  SourceFieldResolver(FollowerCount, "Where the count comes from; null when not given."),
  SourceFieldResolver(Framework, "Where the framework's data comes from."),
  SourceFieldResolver(PlatformFinding, FROM),
  SourceFieldResolver(FrameworkPosition, FROM),
  SourceFieldResolver(Assessment, FROM),
  SourceFieldResolver(ExitCriterion, FROM),
  SourceFieldResolver(Development, FROM),
  SourceFieldResolver(ProvinceAlternativeName, "Where the name's use is stated."),
  SourceFieldResolver(StatusCell, "Where the shown state comes from; null when UNKNOWN or no source was given."),
];
