import { Arg, Args, Ctx, Query, Resolver } from "type-graphql";
import type { Context } from "../../request/context";
import { AssessmentConnection, PageArgs, PlatformStatusConnection } from "../../schema/connection";
import { AssessmentFilterInput, StatusChangeFilterInput } from "../../schema/inputs/records.input";
import { RecordService } from "../../services/record.service";

/** Root queries over the provinces' records: the status history and the value assessments. */
@Resolver()
export class RecordsResolver {
  @Query(() => PlatformStatusConnection, {
    description:
      "The status changes of the presences: every snapshot, corrections (same `validFrom`, later `recordedAt`) and announced changes " +
      "(future `validFrom`) included, observations (`validFromBasis` SOURCE_DATE) only with `filter.includeObservations`, newest first: `validFrom` desc, then `recordedAt` desc, then id. Relay connection (`first` 1..100, " +
      "`after`, `totalCount`). A snapshot's province and platform are under `presence`. Empty when nothing matches.",
  })
  statusChanges(
    @Arg("filter", () => StatusChangeFilterInput, {
      nullable: true,
      description: "Conditions; default: every change (the whole history but the observations).",
    })
    filter: StatusChangeFilterInput | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return RecordService.statusChanges(ctx, filter ?? {}, page.first, page.after);
  }

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
}
