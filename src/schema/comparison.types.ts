import { Field, Float, Int, ObjectType } from "type-graphql";
import {
  Assessment,
  ExitCriterion,
  ExitCriterionReview,
  Framework,
  FrameworkPosition,
  Platform,
  PlatformFinding,
  PlatformStatus,
  Province,
  Value,
  ValueRating,
} from "../entities";
import {
  ComparisonCriterionState,
  ComparisonImpact,
  ComparisonStance,
  ComparisonStatus,
  DateBasis,
  DatePrecision,
  FrameworkStatus,
  PaidContent,
  Purpose,
  dutchLabel,
} from "../domain/enums";
import { DateScalar } from "../domain/scalars";

@ObjectType({
  simpleResolvers: true,
  description:
    "One province on one platform in the status matrix. Every field but `platform`, `status` and `statusLabel` is null (or empty) when the status is UNKNOWN.",
})
export class StatusCell {
  @Field(() => Platform, { description: "The platform (column)." })
  platform: Platform;

  @Field(() => ComparisonStatus, {
    description: "The status on `asOf` as known at `knownAt`; UNKNOWN when nothing is recorded — never a guess.",
  })
  status: ComparisonStatus;

  @Field({ description: "Dutch label of `status`, e.g. `Inactief`, `Onbekend`." })
  get statusLabel(): string {
    return dutchLabel("ComparisonStatus", this.status);
  }

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether replies are switched on; null when not recorded or UNKNOWN.",
  })
  commentsEnabled: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether the province interacts there; null when not recorded or UNKNOWN.",
  })
  engagement: boolean | null;

  @Field(() => [Purpose], { description: "What the platform is used for; empty when not recorded or UNKNOWN." })
  purposes: Purpose[];

  @Field(() => PaidContent, { nullable: true, description: "Paid content; null when not recorded or UNKNOWN." })
  paidContent: PaidContent | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Valid time: the date the shown state took effect; null when UNKNOWN.",
  })
  validFrom: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description:
      "How `validFrom` was established (SOURCE_DATE: an observation, the state held on that date, its start unknown); null when UNKNOWN.",
  })
  validFromBasis: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "How precisely `validFrom` is known (DAY, MONTH, YEAR); null when UNKNOWN.",
  })
  validFromPrecision: DatePrecision | null;

  @Field(() => PlatformStatus, {
    nullable: true,
    description: "The snapshot the cell shows (its `recordedAt` is recorded time); null when UNKNOWN.",
  })
  snapshot: PlatformStatus | null;

  @Field({
    description:
      "True when `status` is one of the `statuses` asked for (always true without a `statuses` filter). " +
      "Cells that do not match are still shown as they are (never blanked), so that a row keeps its full context.",
  })
  matches: boolean;

  /** Resolved through the source loader (one statement for the whole matrix). */
  sourceId: number | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "One province (row) of the status matrix: one cell per platform in scope, in the order of `StatusMatrix.platforms`.",
})
export class StatusMatrixRow {
  @Field(() => Province, { description: "The province." })
  province: Province;

  @Field(() => [StatusCell], { description: "One cell per platform." })
  cells: StatusCell[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Provinces x platforms: the presence status of each province on each platform on one date.",
})
export class StatusMatrix {
  @Field(() => DateScalar, { description: "Valid time asked for." })
  asOf: string;

  @Field({
    description:
      "Recorded time used (as asked; the request's instant when none or a later one was asked): the register as it stood at this instant.",
  })
  knownAt: Date;

  @Field(() => [Platform], { description: "The columns, in order." })
  platforms: Platform[];

  @Field(() => [ComparisonStatus], {
    nullable: true,
    description: "The `statuses` filter asked for; null when none was given (all rows shown).",
  })
  statuses: ComparisonStatus[] | null;

  @Field(() => [StatusMatrixRow], {
    description:
      "One row per province in scope, by CBS code; with a `statuses` filter only the provinces with at least one matching cell.",
  })
  rows: StatusMatrixRow[];
}

@ObjectType({ simpleResolvers: true, description: "One province's latest published rating of one value." })
export class ValueCell {
  @Field(() => Value, { description: "The value (column)." })
  value: Value;

  @Field(() => ComparisonImpact, {
    description: "Negative influence on the value; UNKNOWN when the province has no published rating of it on `asOf`.",
  })
  impact: ComparisonImpact;

  @Field({ description: "Dutch label of `impact`: Geen, Matig, Veel or Onbekend." })
  get impactLabel(): string {
    return dutchLabel("ComparisonImpact", this.impact);
  }

  @Field(() => ValueRating, { nullable: true, description: "The rating shown; null when UNKNOWN." })
  rating: ValueRating | null;

  @Field(() => Assessment, {
    nullable: true,
    description: "The published assessment the rating comes from; null when UNKNOWN.",
  })
  assessment: Assessment | null;
}

@ObjectType({
  simpleResolvers: true,
  description: "One province (row) of the value matrix: one cell per value in scope.",
})
export class ValueMatrixRow {
  @Field(() => Province, { description: "The province." })
  province: Province;

  @Field(() => [ValueCell], { description: "One cell per value, in the order of `ValueMatrix.values`." })
  cells: ValueCell[];
}

@ObjectType({
  simpleResolvers: true,
  description: "Provinces x values: each province's latest published rating of each value on one date.",
})
export class ValueMatrix {
  @Field(() => DateScalar, { description: "Valid time asked for: assessments held on or before it count." })
  asOf: string;

  @Field({
    description:
      "Recorded time used (as asked; the request's instant when none or a later one was asked): assessments published (and not withdrawn) at this instant count.",
  })
  knownAt: Date;

  @Field(() => Platform, {
    nullable: true,
    description: "The platform asked for; null for ratings that apply to all platforms.",
  })
  platform: Platform | null;

  @Field(() => [Value], { description: "The columns, in order." })
  values: Value[];

  @Field(() => [ValueMatrixRow], { description: "One row per province in scope, by CBS code." })
  rows: ValueMatrixRow[];
}

@ObjectType({ description: "How many provinces have one status (UNKNOWN included) in a summary row." })
export class StatusCount {
  @Field(() => ComparisonStatus, { description: "The status." })
  status: ComparisonStatus;

  @Field({ description: "Dutch label of `status`." })
  get statusLabel(): string {
    return dutchLabel("ComparisonStatus", this.status);
  }

  @Field(() => Int, { description: "Number of provinces in scope with this status on `asOf` as known at `knownAt`." })
  count: number;
}

@ObjectType({
  description:
    "One platform in the platform summary: how many provinces in scope have which status on it. The counts sum to `PlatformSummary.provinceCount`.",
})
export class PlatformSummaryRow {
  @Field(() => Platform, { description: "The platform." })
  platform: Platform;

  @Field(() => Int, { description: "Provinces ACTIVE (Actief) on the platform." })
  active: number;

  @Field(() => Int, { description: "Provinces INACTIVE (Inactief): stopped publishing, account kept." })
  inactive: number;

  @Field(() => Int, { description: "Provinces that LEFT (Vertrokken): account closed." })
  left: number;

  @Field(() => Int, { description: "Provinces recorded as NOT_PRESENT (Niet aanwezig)." })
  notPresent: number;

  @Field(() => Int, { description: "Provinces with no record for the platform on `asOf` at `knownAt` (Onbekend)." })
  unknown: number;

  @Field(() => [StatusCount], {
    description: "The same counts as a list, one entry per ComparisonStatus in enum order (zero counts included).",
  })
  counts: StatusCount[];

  @Field(() => Int, {
    description:
      "Provinces whose snapshot in force records `commentsEnabled = false` (replies switched off), whatever their status. " +
      "Provinces for which it is not recorded (null) or UNKNOWN are not counted.",
  })
  commentsDisabled: number;
}

@ObjectType({ description: "Per platform: the number of provinces per status, on one date as known at one instant." })
export class PlatformSummary {
  @Field(() => DateScalar, { description: "Valid time asked for." })
  asOf: string;

  @Field({
    description:
      "Recorded time used (as asked; the request's instant when none or a later one was asked): the register as it stood at this instant.",
  })
  knownAt: Date;

  @Field(() => Int, { description: "Number of provinces in scope; every row's counts sum to it." })
  provinceCount: number;

  @Field(() => [PlatformSummaryRow], { description: "One row per platform in scope, in platform order." })
  rows: PlatformSummaryRow[];
}

@ObjectType({ description: "How many provinces rate a value with one impact (UNKNOWN included)." })
export class ImpactCount {
  @Field(() => ComparisonImpact, { description: "The impact." })
  impact: ComparisonImpact;

  @Field({ description: "Dutch label of `impact`." })
  get impactLabel(): string {
    return dutchLabel("ComparisonImpact", this.impact);
  }

  @Field(() => Int, { description: "Number of provinces in scope with this impact as their latest published rating." })
  count: number;
}

export const DIVERGENCE_DESCRIPTION =
  "How much the provinces that rated the value disagree: Leik's ordinal dispersion D (Leik 1966) of their impacts on the " +
  "ordinal scale NONE < MODERATE < HIGH. D = 2/(k-1) * sum over the k-1 = 2 cumulative proportions F of min(F, 1-F). " +
  "0 = all rated provinces agree; 1 = maximal polarisation (half say NONE, half say HIGH); an even split NONE/MODERATE gives 0.5, " +
  "an equal spread over the three gives 2/3. Chosen over entropy because the impacts are ordered: NONE vs HIGH is a deeper " +
  "disagreement than NONE vs MODERATE, which entropy cannot see. UNKNOWN (no published rating) is not an opinion and is left out. " +
  "With one rated province D is 0 (one view cannot disagree with itself; see `ratedCount`); with none it is null. Rounded to 4 decimals.";

@ObjectType({ description: "One value in the value summary: the provinces' impacts and how much they diverge." })
export class ValueSummaryRow {
  @Field(() => Value, { description: "The value." })
  value: Value;

  @Field(() => Int, { description: "Provinces rating it NONE (Geen negatieve invloed)." })
  none: number;

  @Field(() => Int, { description: "Provinces rating it MODERATE (Matig)." })
  moderate: number;

  @Field(() => Int, { description: "Provinces rating it HIGH (Veel)." })
  high: number;

  @Field(() => Int, { description: "Provinces with no published rating of it on `asOf` at `knownAt` (Onbekend)." })
  unknown: number;

  @Field(() => [ImpactCount], {
    description:
      "The same counts as a list, one entry per ComparisonImpact in enum order (zero counts included); they sum to `ValueSummary.provinceCount`.",
  })
  counts: ImpactCount[];

  @Field(() => Int, { description: "Provinces with a published rating: `none + moderate + high`." })
  ratedCount: number;

  @Field(() => Float, { nullable: true, description: DIVERGENCE_DESCRIPTION })
  divergence: number | null;
}

@ObjectType({
  description: "Per value: the number of provinces per impact and a divergence measure, ranked by divergence.",
})
export class ValueSummary {
  @Field(() => DateScalar, { description: "Valid time asked for: assessments held on or before it count." })
  asOf: string;

  @Field({
    description:
      "Recorded time used (as asked; the request's instant when none or a later one was asked): assessments published (and not withdrawn) at this instant count.",
  })
  knownAt: Date;

  @Field(() => Platform, {
    nullable: true,
    description: "The platform asked for; null for ratings that apply to all platforms.",
  })
  platform: Platform | null;

  @Field(() => Int, { description: "Number of provinces in scope; every row's counts sum to it." })
  provinceCount: number;

  @Field(() => [ValueSummaryRow], {
    description:
      "One row per value in scope, most divergent first (`divergence` descending, null last), then most rated, then value order.",
  })
  rows: ValueSummaryRow[];
}

@ObjectType({
  description: "One framework (column) of the framework matrix with its own status and the findings recorded under it.",
})
export class FrameworkColumn {
  @Field(() => Framework, { description: "The framework." })
  framework: Framework;

  @Field(() => FrameworkStatus, {
    description:
      "Where the framework stands as currently recorded (reference data; not historised, so independent of `asOf`).",
  })
  status: FrameworkStatus;

  @Field({ description: "Dutch label of `status`, e.g. `Niet opgeleverd`." })
  get statusLabel(): string {
    return dutchLabel("FrameworkStatus", this.status);
  }

  @Field(() => [PlatformFinding], {
    description:
      "Findings recorded under the framework against platforms that occurred on or before `asOf`, oldest first; empty when none.",
  })
  findings: PlatformFinding[];
}

@ObjectType({
  description:
    "One province's stance on one framework in the framework matrix. Every field but `framework`, `stance` and `stanceLabel` is null when the stance is UNKNOWN.",
})
export class FrameworkCell {
  @Field(() => Framework, { description: "The framework (column)." })
  framework: Framework;

  @Field(() => ComparisonStance, {
    description: "The stance on `asOf` as known at `knownAt`; UNKNOWN when none is recorded — never a guess.",
  })
  stance: ComparisonStance;

  @Field({ description: "Dutch label of `stance`, e.g. `Volgt op`, `Onbekend`." })
  get stanceLabel(): string {
    return dutchLabel("ComparisonStance", this.stance);
  }

  @Field(() => DateScalar, {
    nullable: true,
    description: "Valid time: the date from which the stance holds; null when UNKNOWN.",
  })
  since: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description: "How `since` was established (SOURCE_DATE: an observation); null when UNKNOWN.",
  })
  sinceBasis: DateBasis | null;

  @Field(() => DatePrecision, { nullable: true, description: "How precisely `since` is known; null when UNKNOWN." })
  sincePrecision: DatePrecision | null;

  @Field(() => String, { nullable: true, description: "The province's explanation; null when none or UNKNOWN." })
  note: string | null;

  @Field(() => FrameworkPosition, {
    nullable: true,
    description:
      "The position record shown (its `recordedAt` is recorded time, its `source` the source); null when UNKNOWN.",
  })
  position: FrameworkPosition | null;
}

@ObjectType({ description: "One province (row) of the framework matrix: one cell per framework in scope." })
export class FrameworkMatrixRow {
  @Field(() => Province, { description: "The province." })
  province: Province;

  @Field(() => [FrameworkCell], {
    description: "One cell per framework, in the order of `FrameworkMatrix.frameworks`.",
  })
  cells: FrameworkCell[];
}

@ObjectType({
  description:
    "Provinces x frameworks: each province's stance on each framework on one date, with the frameworks' status and findings.",
})
export class FrameworkMatrix {
  @Field(() => DateScalar, { description: "Valid time asked for: positions with `since` on or before it count." })
  asOf: string;

  @Field({
    description:
      "Recorded time used (as asked; the request's instant when none or a later one was asked): positions recorded at or before this instant count.",
  })
  knownAt: Date;

  @Field(() => [FrameworkColumn], { description: "The columns, in framework order." })
  frameworks: FrameworkColumn[];

  @Field(() => [FrameworkMatrixRow], { description: "One row per province in scope, by CBS code." })
  rows: FrameworkMatrixRow[];
}

@ObjectType({ description: "A presence whose state differs between two dates." })
export class PresenceChange {
  @Field(() => Province, { description: "The province." })
  province: Province;

  @Field(() => Platform, { description: "The platform." })
  platform: Platform;

  @Field(() => StatusCell, {
    description: "The state on `from` (status UNKNOWN when nothing was recorded for that date).",
  })
  before: StatusCell;

  @Field(() => StatusCell, { description: "The state on `to`." })
  after: StatusCell;

  @Field(() => [String], {
    description:
      "Which of `status`, `commentsEnabled`, `engagement`, `purposes`, `paidContent` differ between `before` and `after` (at least one).",
  })
  changedFields: string[];

  @Field(() => PlatformStatus, {
    description:
      "The snapshot that made the change: the one in force on `to` (the last change in the period; earlier intermediate snapshots are in `statusChanges`).",
  })
  changedBy: PlatformStatus;

  @Field({
    description:
      "True when the state on `to` is known only from an observation (`changedBy.validFromBasis` SOURCE_DATE): the state changed " +
      "after `from` and by `changedBy.validFrom`, on a day no source gives (so `changedBy.validFrom` is not the day of the change).",
  })
  observed: boolean;
}

@ObjectType({
  description: "Every presence whose state differs between two dates, as the register stood at one instant.",
})
export class ChangesBetween {
  @Field(() => DateScalar, { description: "Valid time of `before`." })
  from: string;

  @Field(() => DateScalar, { description: "Valid time of `after`." })
  to: string;

  @Field({
    description:
      "Recorded time used (as asked; the request's instant when none or a later one was asked): the register as it stood at this instant.",
  })
  knownAt: Date;

  @Field(() => [PresenceChange], {
    description: "The changed presences by province (CBS code), then platform; empty when nothing changed.",
  })
  changes: PresenceChange[];
}

@ObjectType({
  simpleResolvers: true,
  description: "One exit or entry criterion in force in a cell of `exitCriteriaMatrix`, with its review in force.",
})
export class ExitCriteriaCellCriterion {
  @Field(() => ExitCriterion, { description: "The criterion." })
  criterion: ExitCriterion;

  @Field({ description: "True when the criterion concerns all platforms (it then appears in every column)." })
  allPlatforms: boolean;

  @Field(() => ExitCriterionReview, {
    nullable: true,
    description:
      "Its review in force: the latest `reviewedOn` on or before `asOf` recorded by `knownAt`; null when none.",
  })
  review: ExitCriterionReview | null;

  @Field(() => ComparisonCriterionState, { description: "The review's state; UNKNOWN when there is none." })
  state: ComparisonCriterionState;

  @Field({ description: "Dutch label of `state`, e.g. `Vervuld`, `Onbekend`." })
  get stateLabel(): string {
    return dutchLabel("ComparisonCriterionState", this.state);
  }

  @Field({
    description:
      "True when the criterion is MET while the province's status on this cell's platform is ACTIVE (it is still there).",
  })
  metWhileActive: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description: "One province on one platform in `exitCriteriaMatrix`: the criteria in force and the presence's status.",
})
export class ExitCriteriaCell {
  @Field(() => Platform, { description: "The platform (column)." })
  platform: Platform;

  @Field(() => ComparisonStatus, {
    description: "The province's status on the platform on `asOf` as known at `knownAt` (as in `statusMatrix`).",
  })
  status: ComparisonStatus;

  @Field({ description: "Dutch label of `status`." })
  get statusLabel(): string {
    return dutchLabel("ComparisonStatus", this.status);
  }

  @Field(() => [ExitCriteriaCellCriterion], {
    description:
      "The criteria in force for this platform: the province's criteria for it and those for all platforms, by id; empty when none.",
  })
  criteria: ExitCriteriaCellCriterion[];

  @Field({ description: "True when one of `criteria` is MET while `status` is ACTIVE." })
  metWhileActive: boolean;
}

@ObjectType({ simpleResolvers: true, description: "One province (row) of `exitCriteriaMatrix`." })
export class ExitCriteriaRow {
  @Field(() => Province, { description: "The province." })
  province: Province;

  @Field(() => [ExitCriteriaCell], { description: "One cell per platform, in the order of `platforms`." })
  cells: ExitCriteriaCell[];

  @Field({ description: "True when one of the cells is `metWhileActive`." })
  metWhileActive: boolean;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "Provinces x platforms: the exit and entry criteria in force and their latest review, with the presence's status, flagged where a criterion is MET while the province is still ACTIVE.",
})
export class ExitCriteriaMatrix {
  @Field(() => DateScalar, { description: "Valid time asked for." })
  asOf: string;

  @Field({
    description:
      "Recorded time used (as asked; the request's instant when none or a later one was asked): the register as it stood at this instant.",
  })
  knownAt: Date;

  @Field(() => [Platform], { description: "The columns, in order." })
  platforms: Platform[];

  @Field(() => [ExitCriteriaRow], { description: "One row per province in scope, by CBS code." })
  rows: ExitCriteriaRow[];
}
