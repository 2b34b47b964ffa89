import { ApiClient } from "./api-client.entity";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Field, Float, ObjectType } from "type-graphql";
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

  @Field(() => Float, {
    nullable: true,
    description:
      "Fine imposed at this stage, in whole euros (e.g. 120000000); null when the stage imposed none or none is recorded.",
  })
  // bigint: fines run to 6% of a provider's worldwide turnover, beyond a 32-bit integer; pg returns bigint as text.
  @Column({
    type: "bigint",
    nullable: true,
    name: "fine_eur",
    transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) },
  })
  fineEur: number | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "platform_finding_source_fkey" })
  source?: Source;

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "platform_finding_stated_by_fkey" })
  statedByClient?: ApiClient;
}
