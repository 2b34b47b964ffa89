import { Field, InputType } from "type-graphql";
import { AssessmentState, PresenceStatus } from "../../domain/enums";
import { DateScalar } from "../../domain/scalars";

/** Filters of the record queries (`assessments`, `statusChanges`). */

@InputType({ description: "Filter for `assessments`; every given condition must hold." })
export class AssessmentFilterInput {
  @Field(() => [String], {
    nullable: true,
    description: "Only these provinces (CBS codes, slugs or names, any case or accents).",
  })
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

@InputType({ description: "A range of calendar dates (valid time), both ends inclusive; an end left out is open." })
export class DateRangeInput {
  @Field(() => DateScalar, { nullable: true, description: "On or after this date; null: no lower bound." })
  from?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "On or before this date; null: no upper bound. BAD_USER_INPUT when before `from`.",
  })
  to?: string | null;
}

@InputType({ description: "Filter for `statusChanges`; every given condition must hold." })
export class StatusChangeFilterInput {
  @Field(() => [String], {
    nullable: true,
    description:
      "Only these provinces (CBS codes, slugs or names, any case or accents); BAD_USER_INPUT for an unknown key.",
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

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "Also list observations (`validFromBasis` SOURCE_DATE: a state that held on a source's date, its start unknown). " +
      "Default false: an observation is no change on its date.",
  })
  includeObservations?: boolean | null;
}
