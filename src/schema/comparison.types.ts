import { Field, ObjectType } from "type-graphql";
import { Assessment, Platform, PlatformStatus, Province, Value, ValueRating } from "../entities";
import { ComparisonImpact, ComparisonStatus, DateBasis, PaidContent, Purpose, dutchLabel } from "./enums";
import { DateScalar } from "./scalars";

@ObjectType({ simpleResolvers: true, description: "One province on one platform in the status matrix. Every field but `platform`, `status` and `statusLabel` is null (or empty) when the status is UNKNOWN." })
export class StatusCell {
  @Field(() => Platform, { description: "The platform (column)." })
  platform: Platform;

  @Field(() => ComparisonStatus, { description: "The status on `asOf` as known at `knownAt`; UNKNOWN when nothing is recorded — never a guess." })
  status: ComparisonStatus;

  @Field({ description: "Dutch label of `status`, e.g. `Inactief`, `Onbekend`." })
  get statusLabel(): string {
    return dutchLabel("ComparisonStatus", this.status);
  }

  @Field(() => Boolean, { nullable: true, description: "Whether replies are switched on; null when not recorded or UNKNOWN." })
  commentsEnabled: boolean | null;

  @Field(() => Boolean, { nullable: true, description: "Whether the province interacts there; null when not recorded or UNKNOWN." })
  engagement: boolean | null;

  @Field(() => [Purpose], { description: "What the platform is used for; empty when not recorded or UNKNOWN." })
  purposes: Purpose[];

  @Field(() => PaidContent, { nullable: true, description: "Paid content; null when not recorded or UNKNOWN." })
  paidContent: PaidContent | null;

  @Field(() => DateScalar, { nullable: true, description: "Valid time: the date the shown state took effect; null when UNKNOWN." })
  validFrom: string | null;

  @Field(() => DateBasis, { nullable: true, description: "How `validFrom` was established; null when UNKNOWN." })
  validFromBasis: DateBasis | null;

  @Field(() => PlatformStatus, { nullable: true, description: "The snapshot the cell shows (its `recordedAt` is recorded time); null when UNKNOWN." })
  snapshot: PlatformStatus | null;

  /** Resolved through the source loader (one statement for the whole matrix). */
  sourceId: number | null;
}

@ObjectType({ simpleResolvers: true, description: "One province (row) of the status matrix: one cell per platform in scope, in the order of `StatusMatrix.platforms`." })
export class StatusMatrixRow {
  @Field(() => Province, { description: "The province." })
  province: Province;

  @Field(() => [StatusCell], { description: "One cell per platform." })
  cells: StatusCell[];
}

@ObjectType({ simpleResolvers: true, description: "Provinces x platforms: the presence status of each province on each platform on one date." })
export class StatusMatrix {
  @Field(() => DateScalar, { description: "Valid time asked for." })
  asOf: string;

  @Field({ description: "Recorded time asked for: the register as it stood at this instant." })
  knownAt: Date;

  @Field(() => [Platform], { description: "The columns, in order." })
  platforms: Platform[];

  @Field(() => [StatusMatrixRow], { description: "One row per province in scope, by CBS code." })
  rows: StatusMatrixRow[];
}

@ObjectType({ simpleResolvers: true, description: "One province's latest published rating of one value." })
export class ValueCell {
  @Field(() => Value, { description: "The value (column)." })
  value: Value;

  @Field(() => ComparisonImpact, { description: "Negative influence on the value; UNKNOWN when the province has no published rating of it on `asOf`." })
  impact: ComparisonImpact;

  @Field({ description: "Dutch label of `impact`: Geen, Matig, Veel or Onbekend." })
  get impactLabel(): string {
    return dutchLabel("ComparisonImpact", this.impact);
  }

  @Field(() => ValueRating, { nullable: true, description: "The rating shown; null when UNKNOWN." })
  rating: ValueRating | null;

  @Field(() => Assessment, { nullable: true, description: "The published assessment the rating comes from; null when UNKNOWN." })
  assessment: Assessment | null;
}

@ObjectType({ simpleResolvers: true, description: "One province (row) of the value matrix: one cell per value in scope." })
export class ValueMatrixRow {
  @Field(() => Province, { description: "The province." })
  province: Province;

  @Field(() => [ValueCell], { description: "One cell per value, in the order of `ValueMatrix.values`." })
  cells: ValueCell[];
}

@ObjectType({ simpleResolvers: true, description: "Provinces x values: each province's latest published rating of each value on one date." })
export class ValueMatrix {
  @Field(() => DateScalar, { description: "Valid time asked for: assessments held on or before it count." })
  asOf: string;

  @Field({ description: "Recorded time asked for: assessments published (and not withdrawn) at this instant count." })
  knownAt: Date;

  @Field(() => Platform, { nullable: true, description: "The platform asked for; null for ratings that apply to all platforms." })
  platform: Platform | null;

  @Field(() => [Value], { description: "The columns, in order." })
  values: Value[];

  @Field(() => [ValueMatrixRow], { description: "One row per province in scope, by CBS code." })
  rows: ValueMatrixRow[];
}

