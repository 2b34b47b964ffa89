import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { DateBasis, DatePrecision } from "../domain/enums";
import { ExitCriterion } from "./exit-criterion.entity";
import { Source } from "./source.entity";
import { ApiClient } from "./api-client.entity";

@ObjectType({
  implements: Node,
  description:
    "The retirement of an exit or entry criterion (ingetrokken): from `retiredOn` on it no longer counts. Append-only and at most one per " +
    "criterion; a criterion retired later is still in force at an earlier `asOf` or `knownAt`.",
})
@Entity("exit_criterion_retirement")
@Index("exit_criterion_retirement_criterion_key", ["criterionId"], { unique: true })
export class ExitCriterionRetirement extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "exit_criterion_retirement_pkey" })
  override id: number;

  @Column({ type: "int", name: "criterion_id" })
  criterionId: number;

  @ManyToOne(() => ExitCriterion, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "criterion_id", foreignKeyConstraintName: "exit_criterion_retirement_criterion_fkey" })
  criterion?: ExitCriterion;

  @Field(() => DateScalar, { description: "Valid time: from this date on the criterion no longer counts." })
  @Column({ type: "date", name: "retired_on" })
  retiredOn: string;

  @Field(() => DateBasis, { description: "How `retiredOn` was established (EXACT, SOURCE_DATE, INFERRED)." })
  @Column({
    type: "enum",
    enum: DateBasis,
    enumName: "date_basis",
    default: DateBasis.EXACT,
    name: "retired_on_basis",
  })
  retiredOnBasis: DateBasis;

  @Field(() => DatePrecision, { description: "How precisely `retiredOn` is known (DAY, MONTH, YEAR)." })
  @Column({
    type: "enum",
    enum: DatePrecision,
    enumName: "date_precision",
    default: DatePrecision.DAY,
    name: "retired_on_precision",
  })
  retiredOnPrecision: DatePrecision;

  @Field(() => String, { nullable: true, description: "Why, in the province's words; null when none given." })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "exit_criterion_retirement_source_fkey" })
  source?: Source;

  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "exit_criterion_retirement_stated_by_fkey" })
  statedByClient?: ApiClient;

  @Field({ description: "Recorded time: when the register learnt the retirement." })
  @CreateDateColumn({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;

  @Column({ type: "int", nullable: true, name: "recorded_by_id" })
  recordedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id", foreignKeyConstraintName: "exit_criterion_retirement_recorded_by_fkey" })
  recordedByClient?: ApiClient;
}
