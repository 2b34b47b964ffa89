import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context";
import { Source } from "../entities";
import { DateScalar } from "../schema/scalars";
import { StatusCell, StatusMatrix, ValueMatrix } from "../schema/comparison.types";
import { ComparisonService } from "../services/comparison.service";

@Resolver(() => StatusCell)
export class ComparisonResolver {
  @Query(() => StatusMatrix, {
    description:
      "Rows = provinces, cells = platforms: each province's presence status on each platform on `asOf` (valid time; default today in the Netherlands), " +
      "as the register stood at `knownAt` (recorded time; default now). A province without a record for a platform is UNKNOWN. " +
      "Announced changes count only from their `validFrom`. Errors: BAD_USER_INPUT for an unknown province or platform key.",
  })
  statusMatrix(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: "CBS codes or slugs; default all twelve." }) provinces: string[] | null,
    @Arg("platforms", () => [String], { nullable: true, description: "Platform slugs; default all." }) platforms: string[] | null,
  ) {
    return ComparisonService.statusMatrix(ctx, { asOf, knownAt, provinces, platforms });
  }

  @Query(() => ValueMatrix, {
    description:
      "Rows = provinces, cells = values: each province's latest published rating of each value on `asOf` (valid time: assessments held on or before it; default today), " +
      "as published at `knownAt` (recorded time; default now). UNKNOWN where a province has no published rating. Drafts never count. " +
      "Errors: BAD_USER_INPUT for an unknown province, value or platform key.",
  })
  valueMatrix(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: "CBS codes or slugs; default all twelve." }) provinces: string[] | null,
    @Arg("values", () => [String], { nullable: true, description: "Value slugs; default all." }) values: string[] | null,
    @Arg("platform", () => String, { nullable: true, description: "A platform slug: ratings for that platform or for all platforms. Default: ratings for all platforms only." }) platform: string | null,
  ) {
    return ComparisonService.valueMatrix(ctx, { asOf, knownAt, provinces, values, platform });
  }

  @FieldResolver(() => Source, { nullable: true, description: "Where the shown state comes from; null when UNKNOWN or no source was given." })
  source(@Root() cell: StatusCell, @Ctx() ctx: Context) {
    return cell.sourceId === null ? null : ctx.loaders.source.load(cell.sourceId);
  }
}
