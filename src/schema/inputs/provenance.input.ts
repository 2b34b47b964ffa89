import { Field, InputType } from "type-graphql";
import { IsBoolean, IsIn, IsOptional, IsUrl, Matches, MaxLength, ValidateNested } from "class-validator";
import { SourceKind } from "../../domain/enums";
import { DateScalar } from "../../domain/scalars";
import { HTTP_URL, IsDateInRange, IsNotBlank } from "../../domain/validation";

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const SLUG_MESSAGE =
  "$property must be lower-case letters, digits and dashes, starting with a letter or digit (at most 80)";

@InputType({
  description:
    "A source named inline, stored as a new `Source` (its slug derived from the title and date unless given) and cited by the fact.",
})
export class NewSourceInput {
  @Field({ description: "Title of the document (1..500 characters)." })
  @IsNotBlank()
  @MaxLength(500)
  title: string;

  @Field({ description: "Who published or wrote it (1..200 characters)." })
  @IsNotBlank()
  @MaxLength(200)
  publisher: string;

  @Field(() => String, {
    nullable: true,
    description: "Web address: http or https, at most 500 characters; omit when the document is not online.",
  })
  @IsOptional()
  @IsUrl(HTTP_URL, { message: "$property must be an http or https URL" })
  @MaxLength(500)
  url?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Publication date (1990-01-01 .. today); omit when undated.",
  })
  @IsOptional()
  @IsDateInRange({ notAfterToday: true })
  publishedOn?: string | null;

  @Field(() => SourceKind, {
    nullable: true,
    defaultValue: SourceKind.OTHER,
    description: "Kind of document (default OTHER).",
  })
  @IsOptional()
  @IsIn(Object.values(SourceKind))
  kind?: SourceKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      "Natural key for the new source; default derived from the title and publication date. CONFLICT when taken.",
  })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  slug?: string | null;
}

@InputType({
  description:
    "Where a written fact comes from: exactly one of `sourceSlug` (an existing source), `newSource` (a source named inline) " +
    "or `ownStatement: true` (the province's own statement, recorded with the API client that writes it). " +
    'Required on every write that records a fact: missing, empty or more than one is INVALID on `["input", "provenance"]`.',
})
export class ProvenanceInput {
  @Field(() => String, {
    nullable: true,
    description: "Slug of an existing source (see `sources`), e.g. `utrecht-memo-2025`.",
  })
  @IsOptional()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  sourceSlug?: string | null;

  @Field(() => NewSourceInput, {
    nullable: true,
    description: "A new source: title, publisher, URL, publication date.",
  })
  @IsOptional()
  @ValidateNested()
  newSource?: NewSourceInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "true: the fact is the writer's own statement (a province stating its own situation); shown as `statedBy` (the client's name).",
  })
  @IsOptional()
  @IsBoolean()
  ownStatement?: boolean | null;
}
