import { Arg, Ctx, Info, Query, Resolver } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { selects } from "./selection";
import type { Context } from "../../request/context";
import { ComparisonStatus } from "../../domain/enums";
import { DateScalar } from "../../domain/scalars";
import {
  ChangesBetween,
  DIVERGENCE_DESCRIPTION,
  ExitCriteriaMatrix,
  FrameworkMatrix,
  PlatformSummary,
  StatusMatrix,
  ValueMatrix,
  ValueSummary,
} from "../../schema/comparison.types";
import { ComparisonService } from "../../services/comparison.service";

const AS_OF =
  "Valid time: the calendar date the comparison is about (YYYY-MM-DD). Default: today in the Netherlands (Europe/Amsterdam).";
const KNOWN_AT =
  "Recorded time: compare as the register stood at this instant (ISO 8601 with offset), ignoring everything recorded later " +
  "(corrections included), so that an earlier answer can be reproduced. Default: now (one instant per request); a later instant " +
  "is read as now, since nothing later is known yet (the answer's `knownAt` says which instant was used).";
const PROVINCES = "CBS codes (`PV26`) or slugs (`utrecht`); default all twelve. BAD_USER_INPUT for an unknown key.";
const PLATFORMS = "Platform slugs (`x`); default all. BAD_USER_INPUT for an unknown slug.";

@Resolver()
export class ComparisonResolver {
  @Query(() => StatusMatrix, {
    description:
      "Rows = provinces, cells = platforms: each province's presence status on each platform on `asOf` (valid time), " +
      "as the register stood at `knownAt` (recorded time). A province without a record for a platform is UNKNOWN. " +
      "Announced changes count only from their `validFrom`. With `statuses`, only provinces with at least one cell in one of " +
      "those statuses are returned, with all their cells (see `StatusCell.matches`). 1 SQL statement (one statement for the dimensions and the facts, shared with the other comparisons of the operation; +1 when `source` is asked).",
  })
  statusMatrix(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: PROVINCES }) provinces: string[] | null,
    @Arg("platforms", () => [String], { nullable: true, description: PLATFORMS }) platforms: string[] | null,
    @Arg("statuses", () => [ComparisonStatus], {
      nullable: true,
      description:
        "Keep only the rows (provinces) with at least one cell in one of these statuses (UNKNOWN allowed); the columns stay the same and " +
        "non-matching cells are shown as they are, with `matches: false`. An empty list matches nothing. Default: no filter.",
    })
    statuses: ComparisonStatus[] | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ComparisonService.statusMatrix(ctx, {
      asOf,
      knownAt,
      provinces,
      platforms,
      statuses,
      snapshots: selects(info, ["rows", "cells", "snapshot"]),
    });
  }

  @Query(() => ValueMatrix, {
    description:
      "Rows = provinces, cells = values: each province's latest published rating of each value on `asOf` (valid time: assessments held on or before it), " +
      "as published at `knownAt` (recorded time: published at or before it and not withdrawn by then), with the assessment it comes from. " +
      "UNKNOWN where a province has no such rating. Drafts never count. 1 SQL statement (one statement for the dimensions and the facts, shared with the other comparisons of the operation).",
  })
  valueMatrix(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: PROVINCES }) provinces: string[] | null,
    @Arg("values", () => [String], {
      nullable: true,
      description: "Value slugs (`transparantie`); default all. BAD_USER_INPUT for an unknown slug.",
    })
    values: string[] | null,
    @Arg("platform", () => String, {
      nullable: true,
      description:
        "A platform slug: ratings for that platform or for all platforms (the platform-specific one wins on the same day). Default: ratings for all platforms only.",
    })
    platform: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ComparisonService.valueMatrix(ctx, {
      asOf,
      knownAt,
      provinces,
      values,
      platform,
      ratings: selects(info, ["rows", "cells", "rating"]) || selects(info, ["rows", "cells", "assessment"]),
    });
  }

  @Query(() => PlatformSummary, {
    description:
      "Per platform: the number of provinces in scope per status on `asOf` (valid time) as known at `knownAt` (recorded time), UNKNOWN included " +
      "so that each row sums to `provinceCount`, and the number with replies switched off. 1 SQL statement (one statement for the dimensions and the facts, shared with the other comparisons of the operation).",
  })
  platformSummary(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: PROVINCES }) provinces: string[] | null,
    @Arg("platforms", () => [String], { nullable: true, description: PLATFORMS }) platforms: string[] | null,
  ) {
    return ComparisonService.platformSummary(ctx, { asOf, knownAt, provinces, platforms });
  }

  @Query(() => ValueSummary, {
    description:
      "Per value: the number of provinces in scope per impact of their latest published rating (as in `valueMatrix`; UNKNOWN included, so each row " +
      `sums to \`provinceCount\`), and a divergence measure, most divergent first. Divergence: ${DIVERGENCE_DESCRIPTION} 1 SQL statement (one statement for the dimensions and the facts, shared with the other comparisons of the operation).`,
  })
  valueSummary(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: PROVINCES }) provinces: string[] | null,
    @Arg("values", () => [String], {
      nullable: true,
      description: "Value slugs; default all. BAD_USER_INPUT for an unknown slug.",
    })
    values: string[] | null,
    @Arg("platform", () => String, {
      nullable: true,
      description: "A platform slug, as in `valueMatrix`. Default: ratings for all platforms only.",
    })
    platform: string | null,
  ) {
    return ComparisonService.valueSummary(ctx, { asOf, knownAt, provinces, values, platform });
  }

  @Query(() => FrameworkMatrix, {
    description:
      "Rows = provinces, cells = frameworks: each province's stance on each framework on `asOf` (valid time: latest `since` on or before it) as " +
      "recorded at `knownAt` (recorded time), UNKNOWN when none; with each framework's own status and the findings recorded under it against " +
      "platforms up to `asOf`. 4 SQL statements (+1 when `position { source }` is asked).",
  })
  frameworkMatrix(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: PROVINCES }) provinces: string[] | null,
    @Arg("frameworks", () => [String], {
      nullable: true,
      description: "Framework slugs (`dsa`); default all. BAD_USER_INPUT for an unknown slug.",
    })
    frameworks: string[] | null,
  ) {
    return ComparisonService.frameworkMatrix(ctx, { asOf, knownAt, provinces, frameworks });
  }

  @Query(() => ExitCriteriaMatrix, {
    description:
      "Rows = provinces, cells = platforms: the exit and entry criteria in force on `asOf` (adopted on or before it, not retired by then) as " +
      "recorded at `knownAt`, each with its latest review (UNKNOWN when none), and the province's status there; a criterion for all platforms " +
      "is in every column. `metWhileActive` flags a criterion MET while the province is still ACTIVE on that platform (on the criterion, the " +
      "cell and the row). 1 SQL statement (shared with the other comparisons of the operation; +1 per kind of nested record asked, e.g. `source`).",
  })
  exitCriteriaMatrix(
    @Ctx() ctx: Context,
    @Arg("asOf", () => DateScalar, { nullable: true, description: AS_OF }) asOf: string | null,
    @Arg("knownAt", () => Date, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: PROVINCES }) provinces: string[] | null,
    @Arg("platforms", () => [String], { nullable: true, description: PLATFORMS }) platforms: string[] | null,
  ) {
    return ComparisonService.exitCriteriaMatrix(ctx, { asOf, knownAt, provinces, platforms });
  }

  @Query(() => ChangesBetween, {
    description:
      "Every presence whose state (status, commentsEnabled, engagement, purposes, paidContent) differs between `from` and `to` (valid time), " +
      "both as recorded at `knownAt` (recorded time): the state before (UNKNOWN when nothing was recorded for `from`), after, and the snapshot " +
      "that made the change. A presence that changed and changed back in between is not listed (see `statusChanges` for every step). " +
      "BAD_USER_INPUT when `from` is after `to`. 1 SQL statement (one statement for the dimensions and the facts, shared with the other comparisons of the operation; +1 when a `source` is asked).",
  })
  changesBetween(
    @Ctx() ctx: Context,
    @Arg("from", () => DateScalar, { description: "Valid time of the state before." }) from: string,
    @Arg("to", () => DateScalar, { description: "Valid time of the state after; not before `from`." }) to: string,
    @Arg("knownAt", () => Date, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Arg("provinces", () => [String], { nullable: true, description: PROVINCES }) provinces: string[] | null,
    @Arg("platforms", () => [String], { nullable: true, description: PLATFORMS }) platforms: string[] | null,
  ) {
    return ComparisonService.changesBetween(ctx, { from, to, knownAt, provinces, platforms });
  }
}
