import { Field, ID, InputType, Int } from "type-graphql";
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsInt,
  IsOptional,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from "class-validator";
import {
  CriterionKind,
  CriterionState,
  DateBasis,
  DatePrecision,
  Impact,
  PaidContent,
  PresenceStatus,
  Purpose,
  Stance,
} from "../../domain/enums";
import { DateScalar } from "../../domain/scalars";
import { HTTP_URL, IsDateInRange, IsNotBlank, IsStartOfPeriod } from "../../domain/validation";
import { ProvenanceInput } from "./provenance.input";

/**
 * Inputs of the writes to a province's records. Reference data is named by natural key (`provinceCode: "PV26"`,
 * `platformSlug: "x"`), records by global id. Every rule below becomes a `userErrors` entry (code INVALID) naming the
 * field; a key that names nothing is NOT_FOUND.
 */
/**
 * A natural key or name (`PV21`, `fryslan`, `Fryslân`, `Friesland`, `noord-holland`, `Noord-Holland`): letters
 * (accented too), digits and dashes, at most 80. Which row it names is the dimension's one key rule
 * (case, accents and spacing ignored; src/db/comparisons/dimensions.ts).
 */
export const KEY = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}-]{0,79}$/u;
export const KEY_MESSAGE = "$property must be a key or name of letters, digits and dashes (at most 80)";

@InputType({
  description:
    "A new status snapshot of a province on a platform. Creates the presence when the province has none on the platform yet.",
})
export class RecordPlatformStatusInput {
  @Field({ description: "CBS code of the province, e.g. `PV26`. A PROVINCE_EDITOR may only name its own." })
  @Matches(KEY, { message: KEY_MESSAGE })
  provinceCode: string;

  @Field({ description: "Platform slug, e.g. `x`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  platformSlug: string;

  @Field(() => DateScalar, {
    description:
      "Valid time: the calendar date the state took effect (1990-01-01 .. today + 5 years; a future date is an announced change). A correction uses the same date. " +
      "A date more than a year before or after today (Europe/Amsterdam) needs a `reason` (else INVALID on this field) and flags the audit event `FAR_DATED`.",
  })
  @IsDateInRange()
  @IsStartOfPeriod("validFromPrecision")
  validFrom: string;

  @Field(() => DateBasis, {
    nullable: true,
    defaultValue: DateBasis.EXACT,
    description:
      "EXACT (default) when the source gives the date; SOURCE_DATE for an observation (`validFrom` is the date of a source that says the state held then: never listed as a change on that day); INFERRED when part of the date is inferred (say so in `reason`).",
  })
  @IsOptional()
  validFromBasis?: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    defaultValue: DatePrecision.DAY,
    description:
      "How precisely `validFrom` is known: DAY (default), MONTH or YEAR (`validFrom` then the first day of that month / year).",
  })
  @IsOptional()
  validFromPrecision?: DatePrecision | null;

  @Field(() => PresenceStatus, { description: "The state from `validFrom` on." })
  status: PresenceStatus;

  @Field(() => Boolean, { nullable: true, description: "Whether residents can reply; omit or null when unknown." })
  @IsOptional()
  commentsEnabled?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the province interacts there; omit or null when unknown.",
  })
  @IsOptional()
  engagement?: boolean | null;

  @Field(() => [Purpose], {
    nullable: true,
    description: "What the platform is used for (at most 6, no repeats); omit when unknown (stored as empty).",
  })
  @IsOptional()
  @ArrayMaxSize(6)
  @ArrayUnique()
  purposes?: Purpose[] | null;

  @Field(() => PaidContent, { nullable: true, description: "Paid content; omit or null when unknown." })
  @IsOptional()
  paidContent?: PaidContent | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Why, or how the platform is used, in the recorder's words (1..2000 characters); omit when none. Required when `validFrom` lies more than a year before or after today.",
  })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use `provenance: { sourceSlug }`.",
    description: "Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  sourceSlug?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "No lost update: the global id of the snapshot you believe is the presence's most recently recorded one (`Presence.latestRecorded.id`). " +
      "If another snapshot was recorded since, the write is refused with CONFLICT. Omit to record regardless.",
  })
  @IsOptional()
  @MaxLength(200)
  expectedLatestId?: string | null;
}

@InputType({ description: "A dated follower count of an existing presence." })
export class RecordFollowerCountInput {
  @Field({ description: "CBS code of the province, e.g. `PV26`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  provinceCode: string;

  @Field({ description: "Platform slug, e.g. `x`. The province must have a presence there (NOT_FOUND otherwise)." })
  @Matches(KEY, { message: KEY_MESSAGE })
  platformSlug: string;

  @Field(() => DateScalar, {
    description: "Calendar date of the measurement (1990-01-01 .. today: a count can not be measured in the future).",
  })
  @IsDateInRange({ notAfterToday: true })
  measuredOn: string;

  @Field(() => Int, { description: "Number of followers, 0 .. 2,000,000,000." })
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  count: number;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use `provenance: { sourceSlug }`.",
    description: "Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  sourceSlug?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({ description: "An account of a province on a platform." })
export class PresenceAccountInput {
  @Field({ description: "Handle or account name, e.g. `@provincieutrecht` (1..100 characters)." })
  @IsNotBlank()
  @MaxLength(100)
  handle: string;

  @Field(() => String, {
    nullable: true,
    description: "Address of the account: http or https only, at most 500 characters; omit when unknown.",
  })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: "$property must be an http or https URL" })
  @MaxLength(500)
  url?: string | null;
}

@InputType({
  description:
    "Replaces the accounts of a presence (creates the presence when missing). Does not change its status history.",
})
export class SetPresenceAccountsInput {
  @Field({ description: "CBS code of the province, e.g. `PV26`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  provinceCode: string;

  @Field({ description: "Platform slug, e.g. `x`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  platformSlug: string;

  @Field(() => [PresenceAccountInput], { description: "The accounts (0..20); an empty list removes them all." })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  accounts: PresenceAccountInput[];

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({
  description: "A province's stance on a framework from a date on: appended as a new position (history is kept).",
})
export class SetFrameworkPositionInput {
  @Field({ description: "CBS code of the province, e.g. `PV26`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  provinceCode: string;

  @Field({ description: "Framework slug, e.g. `bzk-tiktok-call`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  frameworkSlug: string;

  @Field(() => Stance, { description: "The stance." })
  stance: Stance;

  @Field(() => DateScalar, {
    description: "Valid time: the date from which the stance holds (1990-01-01 .. today + 5 years).",
  })
  @IsDateInRange()
  @IsStartOfPeriod("sincePrecision")
  since: string;

  @Field(() => DateBasis, {
    nullable: true,
    defaultValue: DateBasis.EXACT,
    description:
      "EXACT (default), SOURCE_DATE (an observation: the date of a source that says it held by then) or INFERRED (part of the date inferred; say so in the note).",
  })
  @IsOptional()
  sinceBasis?: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    defaultValue: DatePrecision.DAY,
    description:
      "How precisely `since` is known: DAY (default), MONTH or YEAR (`since` then the first day of that month / year).",
  })
  @IsOptional()
  sincePrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Explanation (1..2000 characters); omit when none." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use `provenance: { sourceSlug }`.",
    description: "Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  sourceSlug?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({
  description:
    "A new value assessment; it starts as DRAFT (visible to its province's editors, IPO, the ethics committee and admins).",
})
export class CreateAssessmentInput {
  @Field({ description: "CBS code of the province, e.g. `PV26`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  provinceCode: string;

  @Field(() => DateScalar, { description: "Valid time: the date it was held (1990-01-01 .. today + 5 years)." })
  @IsDateInRange()
  @IsStartOfPeriod("heldOnPrecision")
  heldOn: string;

  @Field(() => DateBasis, {
    nullable: true,
    defaultValue: DateBasis.EXACT,
    description:
      "EXACT (default), SOURCE_DATE (an observation: the date of a source that says it held by then) or INFERRED (part of the date inferred; say so in the note).",
  })
  @IsOptional()
  heldOnBasis?: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    defaultValue: DatePrecision.DAY,
    description:
      "How precisely `heldOn` is known: DAY (default), MONTH or YEAR (`heldOn` then the first day of that month / year).",
  })
  @IsOptional()
  heldOnPrecision?: DatePrecision | null;

  @Field({ description: "How it was done, e.g. `Waardengedreven gesprek (CODIO)` (1..200 characters)." })
  @IsNotBlank()
  @MaxLength(200)
  method: string;

  @Field(() => [String], {
    nullable: true,
    description: "Disciplines that took part (at most 30, each 1..200 characters, no repeats); omit when not recorded.",
  })
  @IsOptional()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsNotBlank({ each: true })
  @MaxLength(200, { each: true })
  disciplines?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: "Platform slug when the assessment concerns one platform; omit for all platforms.",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  platformSlug?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use `provenance: { sourceSlug }`.",
    description: "Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  sourceSlug?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({ description: "The rating of one value." })
export class ValueRatingInput {
  @Field({ description: "Value slug, e.g. `transparantie`." })
  @Matches(KEY, { message: KEY_MESSAGE })
  valueSlug: string;

  @Field(() => String, {
    nullable: true,
    description: "Platform slug when the rating is for one platform; omit for all platforms.",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  platformSlug?: string | null;

  @Field(() => Impact, { description: "Negative influence on the value: NONE (Geen), MODERATE (Matig), HIGH (Veel)." })
  impact: Impact;

  @Field(() => String, { nullable: true, description: "Why, in short (1..2000 characters); omit when none." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(2000)
  rationale?: string | null;
}

@InputType({
  description: "Replaces all ratings of a DRAFT assessment (published or withdrawn ones can not be changed: CONFLICT).",
})
export class SetValueRatingsInput {
  @Field(() => ID, { description: "Global id of the assessment." })
  @MaxLength(200)
  assessmentId: string;

  @Field(() => [ValueRatingInput], {
    description: "The ratings (1..100); at most one per value and platform (INVALID otherwise).",
  })
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  ratings: ValueRatingInput[];

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({ description: "Names one assessment by its global id." })
export class AssessmentIdInput {
  @Field(() => ID, { description: "Global id of the assessment." })
  @MaxLength(200)
  assessmentId: string;
}

@InputType({
  description:
    "A new exit or entry criterion of a province (for one platform or all), with its first review (the state it is in when recorded).",
})
export class AddExitCriterionInput {
  @Field({
    description: "CBS code (or slug or name) of the province, e.g. `PV26`. A PROVINCE_EDITOR may only name its own.",
  })
  @Matches(KEY, { message: KEY_MESSAGE })
  provinceCode: string;

  @Field(() => String, {
    nullable: true,
    description: "Platform slug, e.g. `x`; omit or null when the criterion concerns every platform.",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  platformSlug?: string | null;

  @Field(() => CriterionKind, { description: "EXIT (a reason to leave) or ENTRY (a condition to join)." })
  kind: CriterionKind;

  @Field({ description: "The condition in the province's own words (1..2000 characters)." })
  @IsNotBlank()
  @MaxLength(2000)
  description: string;

  @Field(() => String, {
    nullable: true,
    description: "Slug or name of the public value the criterion protects, e.g. `veiligheid`; omit when none.",
  })
  @IsOptional()
  @Matches(KEY, { message: KEY_MESSAGE })
  protectedValueSlug?: string | null;

  @Field(() => DateScalar, {
    description:
      "Valid time: the date the province adopted the criterion (1990-01-01 .. today + 5 years); it counts in comparisons from then. Also the date of the first review.",
  })
  @IsDateInRange()
  @IsStartOfPeriod("adoptedOnPrecision")
  adoptedOn: string;

  @Field(() => DateBasis, {
    nullable: true,
    defaultValue: DateBasis.EXACT,
    description:
      "EXACT (default) when the source gives the date; SOURCE_DATE when it only shows the criterion held on its own date; INFERRED when part of the date is inferred (say so in `note`).",
  })
  @IsOptional()
  adoptedOnBasis?: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    defaultValue: DatePrecision.DAY,
    description: "DAY (default), MONTH or YEAR (`adoptedOn` then the first day of that month / year).",
  })
  @IsOptional()
  adoptedOnPrecision?: DatePrecision | null;

  @Field(() => CriterionState, {
    description: "Where the criterion stands when recorded: MONITORING, MET or NOT_MET (its first review).",
  })
  state: CriterionState;

  @Field(() => String, { nullable: true, description: "A note on the first review (1..2000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the criterion comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({ description: "A dated review of an exit or entry criterion: a new row in its history." })
export class ReviewExitCriterionInput {
  @Field(() => ID, { description: "Global id of the criterion (`ExitCriterion.id`)." })
  @MaxLength(200)
  criterionId: string;

  @Field(() => CriterionState, { description: "The outcome: MONITORING, MET or NOT_MET." })
  state: CriterionState;

  @Field(() => DateScalar, {
    description:
      "Valid time: the date of the review (1990-01-01 .. today; not before the criterion's `adoptedOn`). A correction uses the same date.",
  })
  @IsDateInRange({ notAfterToday: true })
  @IsStartOfPeriod("reviewedOnPrecision")
  reviewedOn: string;

  @Field(() => DateBasis, {
    nullable: true,
    defaultValue: DateBasis.EXACT,
    description: "EXACT (default), SOURCE_DATE or INFERRED.",
  })
  @IsOptional()
  reviewedOnBasis?: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    defaultValue: DatePrecision.DAY,
    description: "DAY (default), MONTH or YEAR.",
  })
  @IsOptional()
  reviewedOnPrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Why, in the reviewer's words (1..2000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(2000)
  note?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description: "Where the review comes from (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({ description: "The retirement of an exit or entry criterion: from `retiredOn` on it no longer counts." })
export class RetireExitCriterionInput {
  @Field(() => ID, { description: "Global id of the criterion (`ExitCriterion.id`)." })
  @MaxLength(200)
  criterionId: string;

  @Field(() => DateScalar, {
    description:
      "Valid time: from this date on the criterion no longer counts (1990-01-01 .. today + 5 years; after its `adoptedOn`).",
  })
  @IsDateInRange()
  @IsStartOfPeriod("retiredOnPrecision")
  retiredOn: string;

  @Field(() => DateBasis, {
    nullable: true,
    defaultValue: DateBasis.EXACT,
    description: "EXACT (default), SOURCE_DATE or INFERRED.",
  })
  @IsOptional()
  retiredOnBasis?: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    defaultValue: DatePrecision.DAY,
    description: "DAY (default), MONTH or YEAR.",
  })
  @IsOptional()
  retiredOnPrecision?: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "Why (1..2000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(2000)
  reason?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description: "Where the retirement comes from (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}
