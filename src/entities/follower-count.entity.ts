import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { Presence } from "./presence.entity";
import { Source } from "./source.entity";
import { ApiClient } from "./api-client.entity";

@ObjectType({ implements: Node, description: "A dated follower count of a presence. Append-only." })
@Entity("follower_count")
@Index("follower_count_presence_idx", ["presenceId", "measuredOn"])
@Check("follower_count_non_negative", `"count" >= 0`)
export class FollowerCount extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "follower_count_pkey" })
  override id: number;

  @Column({ type: "int", name: "presence_id" })
  presenceId: number;

  @ManyToOne(() => Presence, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "presence_id", foreignKeyConstraintName: "follower_count_presence_fkey" })
  presence?: Presence;

  @Field(() => DateScalar, { description: "Calendar date of the measurement." })
  @Column({ type: "date", name: "measured_on" })
  measuredOn: string;

  @Field(() => Int, { description: "Number of followers (0 or more)." })
  @Column({ type: "int" })
  count: number;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "follower_count_source_fkey" })
  source?: Source;

  @Field({ description: "Recorded time: when the register learnt it." })
  @CreateDateColumn({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;

  @Column({ type: "int", nullable: true, name: "recorded_by_id" })
  recordedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id", foreignKeyConstraintName: "follower_count_recorded_by_fkey" })
  recordedByClient?: ApiClient;

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "follower_count_stated_by_fkey" })
  statedByClient?: ApiClient;
}
