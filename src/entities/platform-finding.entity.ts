import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { FindingStage, FindingTopic } from "../domain/enums";
import { Framework } from "./framework.entity";
import { Platform } from "./platform.entity";
import { Source } from "./source.entity";

@ObjectType({
  implements: Node,
  description:
    "What a framework's authority found about a platform, at one stage of its procedure (e.g. the Commission's DSA proceedings against X).",
})
@Entity("platform_finding")
@Unique("platform_finding_key", ["frameworkId", "platformId", "stage", "occurredOn"])
@Index("platform_finding_platform_idx", ["platformId"])
export class PlatformFinding extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "platform_finding_pkey" })
  override id: number;

  @Column({ type: "int", name: "framework_id" })
  frameworkId: number;

  @ManyToOne(() => Framework, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "framework_id", foreignKeyConstraintName: "platform_finding_framework_fkey" })
  framework?: Framework;

  @Column({ type: "int", name: "platform_id" })
  platformId: number;

  @ManyToOne(() => Platform, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "platform_id", foreignKeyConstraintName: "platform_finding_platform_fkey" })
  platform?: Platform;

  @Field(() => FindingStage, { description: "Stage of the procedure." })
  @Column({ type: "enum", enum: FindingStage, enumName: "finding_stage" })
  stage: FindingStage;

  @Field(() => [FindingTopic], {
    description: "What the finding is about; empty when the sources name no topic for this stage.",
  })
  @Column({ type: "enum", enum: FindingTopic, enumName: "finding_topic", array: true, default: () => "'{}'" })
  topics: FindingTopic[];

  @Field(() => DateScalar, { description: "Date of this stage." })
  @Column({ type: "date", name: "occurred_on" })
  occurredOn: string;

  @Field(() => String, { nullable: true, description: "Short description; null when none recorded." })
  @Column({ type: "text", nullable: true })
  summary: string | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "platform_finding_source_fkey" })
  source?: Source;
}
