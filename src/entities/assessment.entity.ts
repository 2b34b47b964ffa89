import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { AssessmentState, DateBasis, DatePrecision } from "../domain/enums";
import { Province } from "./province.entity";
import { Platform } from "./platform.entity";
import { Source } from "./source.entity";
import { ApiClient } from "./api-client.entity";

@ObjectType({
  implements: Node,
  description:
    "One province's dated value assessment (toetsing), e.g. a CODIO session (waardengedreven gesprek). " +
    "Starts as DRAFT (visible to its own province's editors, IPO, the ethics committee and admins only); PUBLISHED ones are public and used in comparisons.",
})
@Entity("assessment")
// No two disciplines with the same `name_key` (case, accents, spacing ignored; migration OneSpelling).
@Check("assessment_disciplines_distinct", `name_keys_distinct("disciplines")`)
@Index("assessment_province_idx", ["provinceId", "heldOn"])
@Check("assessment_published_at", `("state" = 'DRAFT') = ("published_at" IS NULL)`)
export class Assessment extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "assessment_pkey" })
  override id: number;

  @Column({ type: "int", name: "province_id" })
  provinceId: number;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "assessment_province_fkey" })
  province?: Province;

  @Field(() => DateScalar, {
    description: "Valid time: the date the assessment was held; it counts in comparisons from this date.",
  })
  @Column({ type: "date", name: "held_on" })
  heldOn: string;

  @Field(() => DateBasis, {
    description:
      "EXACT when the source gives the date; SOURCE_DATE when `heldOn` is the source's reference date (it may have been held earlier).",
  })
  @Column({ type: "enum", enum: DateBasis, enumName: "date_basis", default: DateBasis.EXACT, name: "held_on_basis" })
  heldOnBasis: DateBasis;

  @Field(() => DatePrecision, {
    description:
      "How precisely `heldOn` is known: DAY, or MONTH / YEAR (then `heldOn` is the first day of that month / year).",
  })
  @Column({
    type: "enum",
    enum: DatePrecision,
    enumName: "date_precision",
    default: DatePrecision.DAY,
    name: "held_on_precision",
  })
  heldOnPrecision: DatePrecision;

  @Field({ description: "How it was done, e.g. `Waardengedreven gesprek (CODIO)`." })
  @Column({ type: "text" })
  method: string;

  @Field(() => [String], { description: "Disciplines that took part; empty when not recorded." })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  disciplines: string[];

  @Field(() => String, {
    nullable: true,
    description:
      "The province's remarks on the assessment as a whole (caveats, what else it weighs); null when none recorded.",
  })
  @Column({ type: "text", nullable: true })
  note: string | null;

  @Column({ type: "int", nullable: true, name: "platform_id" })
  platformId: number | null;

  @ManyToOne(() => Platform, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "platform_id", foreignKeyConstraintName: "assessment_platform_fkey" })
  platform?: Platform;

  @Field(() => AssessmentState, { description: "DRAFT, PUBLISHED or WITHDRAWN." })
  @Column({ type: "enum", enum: AssessmentState, enumName: "assessment_state", default: AssessmentState.DRAFT })
  state: AssessmentState;

  @Field(() => Date, { nullable: true, description: "Recorded time of publication; null while DRAFT." })
  @Column({ type: "timestamptz", nullable: true, name: "published_at" })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "Recorded time of withdrawal; null unless WITHDRAWN." })
  @Column({ type: "timestamptz", nullable: true, name: "withdrawn_at" })
  withdrawnAt: Date | null;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "assessment_source_fkey" })
  source?: Source;

  @Field({ description: "Recorded time: when the assessment was entered." })
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  @Column({ type: "int", nullable: true, name: "created_by_id" })
  createdById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "created_by_id", foreignKeyConstraintName: "assessment_created_by_fkey" })
  createdByClient?: ApiClient;

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "assessment_stated_by_fkey" })
  statedByClient?: ApiClient;
}
