import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { DateBasis, DatePrecision, PaidContent, PresenceStatus, Purpose } from "../domain/enums";
import { Presence } from "./presence.entity";
import { Source } from "./source.entity";
import { ApiClient } from "./api-client.entity";

@ObjectType({
  implements: Node,
  description:
    "A dated snapshot of a presence (status). Append-only: a change or a correction is a new snapshot. " +
    "`validFrom` is valid time (when it became true in the world), `recordedAt` is recorded time (when the register learnt it). " +
    "For a date, the snapshot with the latest `validFrom` on or before it counts; among equal `validFrom`s the latest `recordedAt` (a correction) wins.",
})
@Entity("platform_status")
@Index("platform_status_latest_idx", ["presenceId", "validFrom", "recordedAt", "id"])
export class PlatformStatus extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "platform_status_pkey" })
  override id: number;

  @Column({ type: "int", name: "presence_id" })
  presenceId: number;

  @ManyToOne(() => Presence, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "presence_id", foreignKeyConstraintName: "platform_status_presence_fkey" })
  presence?: Presence;

  @Field(() => PresenceStatus, { description: "The state of the presence from `validFrom` on." })
  @Column({ type: "enum", enum: PresenceStatus, enumName: "presence_status" })
  status: PresenceStatus;

  @Field(() => DateScalar, {
    description:
      "Valid time: the calendar date the state took effect (its precision and basis beside it). For an observation (`validFromBasis` SOURCE_DATE) " +
      "it is the date of the source that says the state held then, not the day it began: comparisons count it from this date, but it is never a change on this date. " +
      "May lie in the future (an announced change); it counts only from that date.",
  })
  @Column({ type: "date", name: "valid_from" })
  validFrom: string;

  @Field(() => DateBasis, {
    description:
      "EXACT when the source gives this date; SOURCE_DATE when the source gives none and `validFrom` is the source's reference date (the state may be older).",
  })
  @Column({ type: "enum", enum: DateBasis, enumName: "date_basis", default: DateBasis.EXACT, name: "valid_from_basis" })
  validFromBasis: DateBasis;

  @Field(() => DatePrecision, {
    description:
      "How precisely `validFrom` is known: DAY, or MONTH / YEAR (then `validFrom` is the first day of that month / year).",
  })
  @Column({
    type: "enum",
    enum: DatePrecision,
    enumName: "date_precision",
    default: DatePrecision.DAY,
    name: "valid_from_precision",
  })
  validFromPrecision: DatePrecision;

  @Field(() => Boolean, {
    nullable: true,
    description: "Whether residents can reply to the province's posts; null when not recorded.",
  })
  @Column({ type: "boolean", nullable: true, name: "comments_enabled" })
  commentsEnabled: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "Whether the province interacts with its audience there (replies, likes, comments); null when not recorded.",
  })
  @Column({ type: "boolean", nullable: true })
  engagement: boolean | null;

  @Field(() => [Purpose], { description: "What the province uses the platform for; empty when not recorded." })
  @Column({ type: "enum", enum: Purpose, enumName: "purpose", array: true, default: () => "'{}'" })
  purposes: Purpose[];

  @Field(() => PaidContent, {
    nullable: true,
    description: "Whether the province pays for content there; null when not recorded.",
  })
  @Column({ type: "enum", enum: PaidContent, enumName: "paid_content", nullable: true, name: "paid_content" })
  paidContent: PaidContent | null;

  @Field(() => String, {
    nullable: true,
    description: "Why, or a short description of the use, in the recorder's words; null when none given.",
  })
  @Column({ type: "text", nullable: true })
  reason: string | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "platform_status_source_fkey" })
  source?: Source;

  @Field({ description: "Recorded time: when the register learnt this snapshot (transaction time)." })
  @CreateDateColumn({ type: "timestamptz", name: "recorded_at" })
  recordedAt: Date;

  @Column({ type: "int", nullable: true, name: "recorded_by_id" })
  recordedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "recorded_by_id", foreignKeyConstraintName: "platform_status_recorded_by_fkey" })
  recordedByClient?: ApiClient;

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "platform_status_stated_by_fkey" })
  statedByClient?: ApiClient;
}
