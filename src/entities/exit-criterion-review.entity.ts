import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { CriterionState, DateBasis, DatePrecision } from "../domain/enums";
import { ExitCriterion } from "./exit-criterion.entity";
import { Source } from "./source.entity";
import { ApiClient } from "./api-client.entity";

@ObjectType({
  implements: Node,
  description:
    "A dated review of an exit or entry criterion: whether it is met (toetsing van een exitcriterium). Append-only like status snapshots: " +
    "a new review or a correction is a new row; for a date the review with the latest `reviewedOn` on or before it counts, the latest `recordedAt` breaking ties.",
})
@Entity("exit_criterion_review")
@Index("exit_criterion_review_latest_idx", ["criterionId", "reviewedOn", "recordedAt", "id"])
export class ExitCriterionReview extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "exit_criterion_review_pkey" })
  override id: number;

  @Column({ type: "int", name: "criterion_id" })
  criterionId: number;

  @ManyToOne(() => ExitCriterion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "criterion_id", foreignKeyConstraintName: "exit_criterion_review_criterion_fkey" })
  criterion?: ExitCriterion;

  @Field(() => CriterionState, { description: "The outcome: MONITORING, MET or NOT_MET." })
  @Column({ type: "enum", enum: CriterionState, enumName: "criterion_state" })
  state: CriterionState;

  @Field(() => DateScalar, { description: "Valid time: the date of the review (its basis and precision beside it)." })
  @Column({ type: "date", name: "reviewed_on" })
  reviewedOn: string;

  @Field(() => DateBasis, {
    description:
      "EXACT when the source gives the review's date; SOURCE_DATE when the source only shows the state held on its own date.",
  })
  @Column({
    type: "enum",
    enum: DateBasis,
    enumName: "date_basis",
    default: DateBasis.EXACT,
    name: "reviewed_on_basis",
  })
  reviewedOnBasis: DateBasis;

  @Field(() => DatePrecision, { description: "How precisely `reviewedOn` is known (DAY, MONTH, YEAR)." })
  @Column({
    type: "enum",
    enum: DatePrecision,
    enumName: "date_precision",
    default: DatePrecision.DAY,
    name: "reviewed_on_precision",
  })
  reviewedOnPrecision: DatePrecision;

  @Field(() => String, { nullable: true, description: "Why, in the reviewer's words; null when none given." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "exit_criterion_review_source_fkey" })
  source?: Source;

  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "exit_criterion_review_stated_by_fkey" })
  statedByClient?: ApiClient;

  @Field({ description: "Recorded time: when the register learnt this review." })
  @CreateDateColumn({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;

  @Column({ type: "int", nullable: true, name: "recorded_by_id" })
  recordedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id", foreignKeyConstraintName: "exit_criterion_review_recorded_by_fkey" })
  recordedByClient?: ApiClient;
}
