import { Field, InputType } from "type-graphql";
import { ArrayMaxSize, ArrayUnique, IsOptional, IsUrl, Matches, MaxLength, ValidateNested } from "class-validator";
import { ProvenanceInput } from "./provenance.input";
import {
  DsaDesignation,
  FindingStage,
  FindingTopic,
  FrameworkKind,
  FrameworkLevel,
  FrameworkStatus,
  PlatformModel,
  SourceKind,
  ValueOrigin,
} from "../../domain/enums";
import { DateScalar } from "../../domain/scalars";
import { HTTP_URL, IsDateInRange, IsNotBlank } from "../../domain/validation";

/**
 * Inputs of the ADMIN-only reference-data writes. Each is an upsert by natural key: a new key inserts, an existing key
 * updates. On update, an omitted optional field keeps its value and an explicit null clears it.
 */
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SLUG_MESSAGE =
  "$property must be lower-case letters, digits and dashes, starting with a letter or digit (at most 80)";

@InputType({ description: "A platform, by slug." })
export class UpsertPlatformInput {
  @Field({ description: "Natural key, e.g. `mastodon`." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug: string;

  @Field({ description: "Display name (1..100 characters)." })
  @IsNotBlank()
  @MaxLength(100)
  name: string;

  @Field(() => String, { nullable: true, description: "Operator (1..200 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(200)
  operator?: string | null;

  @Field(() => String, { nullable: true, description: "ISO 3166-1 alpha-2 country of the operator, e.g. `US`." })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: "$property must be an ISO 3166-1 alpha-2 code such as US" })
  jurisdiction?: string | null;

  @Field(() => PlatformModel, { nullable: true, description: "Centralised or federated." })
  @IsOptional()
  model?: PlatformModel | null;

  @Field(() => DsaDesignation, {
    nullable: true,
    description: "DSA designation; give `dsaDesignatedOn` with it (both or neither).",
  })
  @IsOptional()
  dsaDesignation?: DsaDesignation | null;

  @Field(() => DateScalar, { nullable: true, description: "Date of the DSA designation (1990-01-01 .. today)." })
  @IsOptional()
  @IsDateInRange({ notAfterToday: true })
  dsaDesignatedOn?: string | null;

  @Field(() => String, { nullable: true, description: "Slug of the source of the designation." })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  dsaSourceSlug?: string | null;
}

@InputType({ description: "A framework (kader), by slug." })
export class UpsertFrameworkInput {
  @Field({ description: "Natural key, e.g. `dsa`." })
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

  @Field({ description: "Issuer (1..200 characters)." })
  @IsNotBlank()
  @MaxLength(200)
  issuer: string;

  @Field(() => FrameworkLevel, { description: "Level." })
  level: FrameworkLevel;

  @Field(() => FrameworkKind, { description: "Kind of document." })
  kind: FrameworkKind;

  @Field(() => FrameworkStatus, { description: "Where it stands." })
  status: FrameworkStatus;

  @Field(() => DateScalar, { nullable: true, description: "Publication date (1990-01-01 .. today + 5 years)." })
  @IsOptional()
  @IsDateInRange()
  publishedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Date in force (1990-01-01 .. today + 5 years)." })
  @IsOptional()
  @IsDateInRange()
  inForceOn?: string | null;

  @Field(() => String, { nullable: true, description: "Web address: http or https, at most 500 characters." })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: "$property must be an http or https URL" })
  @MaxLength(500)
  url?: string | null;

  @Field(() => String, { nullable: true, description: "Summary (1..4000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(4000)
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use `provenance: { sourceSlug }`.",
    description: "Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).",
  })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  sourceSlug?: string | null;

  @Field(() => ProvenanceInput, {
    nullable: true,
    description:
      "Where the fact comes from: an existing source, a new one, or your own statement (required: INVALID when missing).",
  })
  @IsOptional()
  @ValidateNested()
  provenance?: ProvenanceInput | null;

  @Field(() => [String], {
    nullable: true,
    description: "Slugs of the platforms it concerns (at most 50); when given, replaces the list.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @Matches(SLUG, { each: true, message: SLUG_MESSAGE })
  platformSlugs?: string[] | null;
}

@InputType({
  description:
    "What a framework's authority found about a platform at one stage, by (framework, platform, stage, date).",
})
export class UpsertPlatformFindingInput {
  @Field({ description: "Framework slug, e.g. `dsa`." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  frameworkSlug: string;

  @Field({ description: "Platform slug, e.g. `x`." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  platformSlug: string;

  @Field(() => FindingStage, { description: "Stage of the procedure." })
  stage: FindingStage;

  @Field(() => DateScalar, { description: "Date of the stage (1990-01-01 .. today)." })
  @IsDateInRange({ notAfterToday: true })
  occurredOn: string;

  @Field(() => [FindingTopic], { nullable: true, description: "Topics (at most 10, no repeats)." })
  @IsOptional()
  @ArrayMaxSize(10)
  @ArrayUnique()
  topics?: FindingTopic[] | null;

  @Field(() => String, { nullable: true, description: "Summary (1..4000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(4000)
  summary?: string | null;

  @Field(() => String, {
    nullable: true,
    deprecationReason: "Use `provenance: { sourceSlug }`.",
    description: "Slug of an existing source (same as `provenance.sourceSlug`; give one of the two).",
  })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
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

@InputType({ description: "A public value or communication principle, by slug." })
export class UpsertValueInput {
  @Field({ description: "Natural key, e.g. `transparantie`." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug: string;

  @Field({ description: "Dutch name, unique (1..200 characters)." })
  @IsNotBlank()
  @MaxLength(200)
  name: string;

  @Field({ description: "English name (1..200 characters)." })
  @IsNotBlank()
  @MaxLength(200)
  nameEn: string;

  @Field(() => String, { nullable: true, description: "What it means (1..4000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(4000)
  description?: string | null;

  @Field(() => ValueOrigin, { description: "Where it comes from." })
  origin: ValueOrigin;
}

@InputType({ description: "A source, by slug." })
export class UpsertSourceInput {
  @Field({ description: "Natural key, e.g. `utrecht-memo-2025`." })
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug: string;

  @Field({ description: "Title (1..500 characters)." })
  @IsNotBlank()
  @MaxLength(500)
  title: string;

  @Field({ description: "Publisher (1..200 characters)." })
  @IsNotBlank()
  @MaxLength(200)
  publisher: string;

  @Field(() => String, { nullable: true, description: "Web address: http or https, at most 500 characters." })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: "$property must be an http or https URL" })
  @MaxLength(500)
  url?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Publication date (1990-01-01 .. today)." })
  @IsOptional()
  @IsDateInRange({ notAfterToday: true })
  publishedOn?: string | null;

  @Field(() => SourceKind, { description: "Kind of document." })
  kind: SourceKind;

  @Field(() => String, { nullable: true, description: "Remarks (1..2000 characters)." })
  @IsOptional()
  @IsNotBlank()
  @MaxLength(2000)
  note?: string | null;
}
