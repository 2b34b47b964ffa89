import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUrl, Matches, MaxLength, ValidateNested } from "class-validator";
import { DateBasis, DatePrecision, FrameworkStatus } from "../../domain/enums";
import { DateScalar } from "../../domain/scalars";
import { HTTP_URL, IsDateInRange, IsNotBlank, IsStartOfPeriod } from "../../domain/validation";
import { ProvenanceInput } from "./provenance.input";
import { KEY, KEY_MESSAGE } from "./record-write.input";

/**
 * Inputs of the writes of IPO and the interprovincial ethics committee (issue 16): developments, and the committee's
 * own advice as an interprovincial framework. Reference data by natural key, as everywhere.
 */
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SLUG_MESSAGE =
  "$property must be lower-case letters, digits and dashes, starting with a letter or digit (at most 80)";

@InputType({
  description:
    "A development (ontwikkeling) by slug: created when the slug is new, corrected when it exists (omitted optional fields keep their value, null clears).",
})
export class UpsertDevelopmentInput {
  @Field({ description: "Natural key, e.g. `ipo-ethics-committee-advice-x`." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug: string;

  @Field({ description: "Short title (1..300 characters)." })
  @IsNotBlank()
  @MaxLength(300)
  title: string;

  @Field({ description: "What happened (1..4000 characters)." })
  @IsNotBlank()
  @MaxLength(4000)
  description: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: "When it happened (1990-01-01 .. today + 5 years); null when the source gives no date.",
  })
  @IsOptional()
  @IsDateInRange()
  @IsStartOfPeriod("occurredOnPrecision")
  occurredOn?: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description:
      "EXACT (the default for a dated development), SOURCE_DATE or INFERRED (say how in `description`); ignored without `occurredOn`.",
  })
  @IsOptional()
  occurredOnBasis?: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "DAY (the default for a dated development), MONTH or YEAR; ignored without `occurredOn`.",
  })
  @IsOptional()
  occurredOnPrecision?: DatePrecision | null;

  @Field(() => [String], {
    nullable: true,
    description:
      "The provinces involved (CBS code, slug or name; at most 12); when given, replaces the list. Empty when the source names none.",
  })
  @IsOptional()
  @ArrayMaxSize(12)
  @ArrayUnique()
  @Matches(KEY, { each: true, message: KEY_MESSAGE })
  provinceCodes?: string[] | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the development comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({
  description:
    "An advice of the interprovincial ethics committee, as a framework (level INTERPROVINCIAL, kind ADVICE, issuer the committee): created " +
    "IN_PREPARATION when the slug is new, its texts corrected when it exists (omitted optional fields keep their value, null clears). Its status moves with `setCommitteeAdviceStatus`.",
})
export class UpsertCommitteeAdviceInput {
  @Field({ description: "Natural key, e.g. `ipo-ethiek-advies-sociale-media`." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug: string;

  @Field({ description: "Short name (1..50 characters)." })
  @IsNotBlank()
  @MaxLength(50)
  shortName: string;

  @Field({ description: "Full title (1..500 characters)." })
  @IsNotBlank()
  @MaxLength(500)
  title: string;

  @Field(() => String, { nullable: true, description: "Web address: http or https, at most 500 characters." })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: "$property must be an http or https URL" })
  @MaxLength(500)
  url?: string | null;

  @Field(() => String, { nullable: true, description: "What the advice says about social media (1..4000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(4000)
  summary?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Slugs of the platforms it concerns (at most 50); when given, replaces the list.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(SLUG, { each: true, message: SLUG_MESSAGE })
  platformSlugs?: string[] | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the advice's data comes from: usually `{ ownStatement: true }` (the committee's own advice), or its document as a source (required).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;
}

@InputType({
  description:
    "Moves a committee advice through its life cycle: IN_PREPARATION → ANNOUNCED → PUBLISHED → IN_FORCE; NOT_DELIVERED (from IN_PREPARATION or ANNOUNCED) and WITHDRAWN (from any but NOT_DELIVERED) end it.",
})
export class SetCommitteeAdviceStatusInput {
  @Field({ description: "Slug of the advice (a framework with `committeeAdvice: true`)." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  frameworkSlug: string;

  @Field(() => FrameworkStatus, { description: "The new status." })
  status: FrameworkStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The date of the step (1990-01-01 .. today + 5 years): required for PUBLISHED (stored as `publishedOn`) and IN_FORCE (`inForceOn`); ignored otherwise.",
  })
  @IsOptional()
  @IsDateInRange()
  on?: string | null;
}
