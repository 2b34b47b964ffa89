import { ApiClient } from "./api-client.entity";
import { Source } from "./source.entity";
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { Impact } from "../domain/enums";
import { Assessment } from "./assessment.entity";
import { Value } from "./value.entity";
import { Platform } from "./platform.entity";

@ObjectType({
  implements: Node,
  description: "The rating of one value in one assessment, for all platforms or for one platform.",
})
@Entity("value_rating")
// Unique per (assessment, value, platform) with NULLS NOT DISTINCT (one general rating per value): written by hand in
// the Initial migration, as TypeORM 1.1 cannot express it.
@Index("value_rating_key", ["assessmentId", "valueId", "platformId"], { unique: true })
@Index("value_rating_value_idx", ["valueId"])
export class ValueRating extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "value_rating_pkey" })
  override id: number;

  @Column({ type: "int", name: "assessment_id" })
  assessmentId: number;

  @ManyToOne(() => Assessment, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "assessment_id", foreignKeyConstraintName: "value_rating_assessment_fkey" })
  assessment?: Assessment;

  @Column({ type: "int", name: "value_id" })
  valueId: number;

  @ManyToOne(() => Value, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "value_id", foreignKeyConstraintName: "value_rating_value_fkey" })
  value?: Value;

  @Column({ type: "int", nullable: true, name: "platform_id" })
  platformId: number | null;

  @ManyToOne(() => Platform, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "platform_id", foreignKeyConstraintName: "value_rating_platform_fkey" })
  platform?: Platform;

  @Field(() => Impact, {
    description: "Negative influence of using social media on the value: NONE (Geen), MODERATE (Matig), HIGH (Veel).",
  })
  @Column({ type: "enum", enum: Impact, enumName: "impact" })
  impact: Impact;

  @Field(() => String, { nullable: true, description: "Why, in short; null when none given." })
  @Column({ type: "text", nullable: true })
  rationale: string | null;

  /** The source of the rating (set with it by `setValueRatings`); null for ratings recorded before provenance was required. */
  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "value_rating_source_fkey" })
  source?: Source;

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "value_rating_stated_by_fkey" })
  statedByClient?: ApiClient;
}
