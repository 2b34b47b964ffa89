import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { CriterionKind, CriterionState } from "../domain/enums";
import { Province } from "./province.entity";
import { Platform } from "./platform.entity";
import { Source } from "./source.entity";

@ObjectType({
  implements: Node,
  description: "A condition under which a province would leave (EXIT) or join (ENTRY) a platform (exitcriterium).",
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

  @Field(() => CriterionState, { description: "Whether it is met." })
  @Column({ type: "enum", enum: CriterionState, enumName: "criterion_state" })
  state: CriterionState;

  @Field(() => DateScalar, { nullable: true, description: "When it was last reviewed; null when not recorded." })
  @Column({ type: "date", nullable: true, name: "reviewed_on" })
  reviewedOn: string | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "exit_criterion_source_fkey" })
  source?: Source;
}
