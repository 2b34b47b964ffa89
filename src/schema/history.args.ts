import { ArgsType, Field, Int } from "type-graphql";
import { Max, Min } from "class-validator";
import { MAX_PAGE_SIZE } from "./connection";

/**
 * How many entries of a list that grows with history (`Presence.history`, `Presence.followerCounts`) to answer,
 * newest first. Bounded like a connection page, so one field can not read a presence's whole past at once, and the
 * query cost counts the list by this size (api/plugins/cost-limit.ts). Older entries: `statusChanges`.
 */
@ArgsType()
export class HistoryArgs {
  @Field(() => Int, {
    defaultValue: MAX_PAGE_SIZE,
    description: `Newest entries to answer, 1 to ${MAX_PAGE_SIZE} (default ${MAX_PAGE_SIZE}).`,
  })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = MAX_PAGE_SIZE;
}
