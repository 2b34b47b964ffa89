import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { DateBasis, DatePrecision, Stance } from "../domain/enums";
import { Province } from "./province.entity";
import { Framework } from "./framework.entity";
import { Source } from "./source.entity";
import { ApiClient } from "./api-client.entity";

@ObjectType({
  implements: Node,
  description:
    "A province's stance on a framework from a date on. Append-only like status snapshots: a new stance or a correction is a new row; " +
    "for a date the row with the latest `since` on or before it counts, the latest `recordedAt` breaking ties.",
})
@Entity("framework_position")
@Index("framework_position_latest_idx", ["provinceId", "frameworkId", "since", "recordedAt", "id"])
export class FrameworkPosition extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "framework_position_pkey" })
  override id: number;

  @Column({ type: "int", name: "province_id" })
  provinceId: number;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "framework_position_province_fkey" })
  province?: Province;

  @Column({ type: "int", name: "framework_id" })
  frameworkId: number;

  @ManyToOne(() => Framework, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "framework_id", foreignKeyConstraintName: "framework_position_framework_fkey" })
  framework?: Framework;

  @Field(() => Stance, { description: "The stance." })
  @Column({ type: "enum", enum: Stance, enumName: "stance" })
  stance: Stance;

  @Field(() => DateScalar, { description: "Valid time: the date from which the stance holds." })
  @Column({ type: "date" })
  since: string;

  @Field(() => DateBasis, {
    description:
      "EXACT when the source gives the date; SOURCE_DATE when `since` is the source's reference date (the stance may be older).",
  })
  @Column({ type: "enum", enum: DateBasis, enumName: "date_basis", default: DateBasis.EXACT, name: "since_basis" })
  sinceBasis: DateBasis;

  @Field(() => DatePrecision, {
    description:
      "How precisely `since` is known: DAY, or MONTH / YEAR (then `since` is the first day of that month / year).",
  })
  @Column({
    type: "enum",
    enum: DatePrecision,
    enumName: "date_precision",
    default: DatePrecision.DAY,
    name: "since_precision",
  })
  sincePrecision: DatePrecision;

  @Field(() => String, { nullable: true, description: "Explanation in the province's words; null when none." })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "framework_position_source_fkey" })
  source?: Source;

  @Field({ description: "Recorded time: when the register learnt it." })
  @CreateDateColumn({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;

  @Column({ type: "int", nullable: true, name: "recorded_by_id" })
  recordedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id", foreignKeyConstraintName: "framework_position_recorded_by_fkey" })
  recordedByClient?: ApiClient;

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "framework_position_stated_by_fkey" })
  statedByClient?: ApiClient;
}
