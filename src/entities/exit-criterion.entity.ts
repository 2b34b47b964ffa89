import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { CriterionKind, DateBasis, DatePrecision } from "../domain/enums";
import { Province } from "./province.entity";
import { Platform } from "./platform.entity";
import { Source } from "./source.entity";
import { Value } from "./value.entity";
import { ApiClient } from "./api-client.entity";

@ObjectType({
  implements: Node,
  description:
    "A condition under which a province would leave (EXIT) or join (ENTRY) a platform (exitcriterium), for one platform or all. " +
    "A living record: it counts from `adoptedOn`, is reviewed in dated, append-only reviews (`reviews`, `latestReview`) and retired by a dated " +
    "retirement (`retirement`). The criterion itself is never changed: a new wording is a new criterion (and the old one retired).",
})
@Entity("exit_criterion")
@Index("exit_criterion_province_idx", ["provinceId"])
export class ExitCriterion extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "exit_criterion_pkey" })
  override id: number;

  @Column({ type: "int", name: "province_id" })
  provinceId: number;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "exit_criterion_province_fkey" })
  province?: Province;

  @Column({ type: "int", nullable: true, name: "platform_id" })
  platformId: number | null;

  @ManyToOne(() => Platform, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "platform_id", foreignKeyConstraintName: "exit_criterion_platform_fkey" })
  platform?: Platform;

  @Field(() => CriterionKind, { description: "EXIT or ENTRY." })
  @Column({ type: "enum", enum: CriterionKind, enumName: "criterion_kind" })
  kind: CriterionKind;

  @Field({ description: "The condition, in the province's words." })
  @Column({ type: "text" })
  description: string;

  /** The public value the criterion protects (optional). */
  @Column({ type: "int", nullable: true, name: "value_id" })
  valueId: number | null;

  @ManyToOne(() => Value, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "value_id", foreignKeyConstraintName: "exit_criterion_value_fkey" })
  protectedValue?: Value;

  @Field(() => DateScalar, {
    description:
      "Valid time: the date the province adopted (or, basis SOURCE_DATE, is known to hold) the criterion; it counts in comparisons from this date.",
  })
  @Column({ type: "date", name: "adopted_on" })
  adoptedOn: string;

  @Field(() => DateBasis, { description: "How `adoptedOn` was established (EXACT, SOURCE_DATE, INFERRED)." })
  @Column({
    type: "enum",
    enum: DateBasis,
    enumName: "date_basis",
    default: DateBasis.EXACT,
    name: "adopted_on_basis",
  })
  adoptedOnBasis: DateBasis;

  @Field(() => DatePrecision, { description: "How precisely `adoptedOn` is known (DAY, MONTH, YEAR)." })
  @Column({
    type: "enum",
    enum: DatePrecision,
    enumName: "date_precision",
    default: DatePrecision.DAY,
    name: "adopted_on_precision",
  })
  adoptedOnPrecision: DatePrecision;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "exit_criterion_source_fkey" })
  source?: Source;

  /** The API client that stated the criterion as its own statement (provenance `ownStatement`). */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "exit_criterion_stated_by_fkey" })
  statedByClient?: ApiClient;

  @Field({ description: "Recorded time: when the register learnt the criterion." })
  @CreateDateColumn({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;

  @Column({ type: "int", nullable: true, name: "recorded_by_id" })
  recordedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id", foreignKeyConstraintName: "exit_criterion_recorded_by_fkey" })
  recordedByClient?: ApiClient;
}
