import { Check, Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { DateBasis, DatePrecision } from "../domain/enums";
import { ApiClient } from "./api-client.entity";
import { Province } from "./province.entity";
import { Source } from "./source.entity";

@ObjectType({ implements: Node, description: "A dated interprovincial or national development (ontwikkeling)." })
@Entity("development")
@Check(
  "development_occurred_on_dated",
  `("occurred_on" IS NULL) = ("occurred_on_basis" IS NULL) AND ("occurred_on" IS NULL) = ("occurred_on_precision" IS NULL)`,
)
export class Development extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "development_pkey" })
  override id: number;

  @Field({ description: "Natural key, e.g. `overijssel-stops-x`." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field(() => DateScalar, { nullable: true, description: "When it happened; null when the source gives no date." })
  @Column({ type: "date", nullable: true, name: "occurred_on" })
  occurredOn: string | null;

  @Field(() => DateBasis, {
    nullable: true,
    description:
      "How `occurredOn` was established (EXACT, SOURCE_DATE, INFERRED: part of the date inferred, the description says how); null when undated.",
  })
  @Column({ type: "enum", enum: DateBasis, enumName: "date_basis", nullable: true, name: "occurred_on_basis" })
  occurredOnBasis: DateBasis | null;

  @Field(() => DatePrecision, {
    nullable: true,
    description: "How precisely `occurredOn` is known (DAY, MONTH, YEAR); null when undated.",
  })
  @Column({
    type: "enum",
    enum: DatePrecision,
    enumName: "date_precision",
    nullable: true,
    name: "occurred_on_precision",
  })
  occurredOnPrecision: DatePrecision | null;

  @Field({ description: "Short title." })
  @Column({ type: "text" })
  title: string;

  @Field({ description: "What happened." })
  @Column({ type: "text" })
  description: string;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "development_source_fkey" })
  source?: Source;

  /** The API client that stated the development as its own statement (provenance `ownStatement`). */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "development_stated_by_fkey" })
  statedByClient?: ApiClient;

  @ManyToMany(() => Province)
  @JoinTable({
    name: "development_province",
    joinColumn: {
      name: "development_id",
      referencedColumnName: "id",
      foreignKeyConstraintName: "development_province_development_fkey",
    },
    inverseJoinColumn: {
      name: "province_id",
      referencedColumnName: "id",
      foreignKeyConstraintName: "development_province_province_fkey",
    },
  })
  provincesInvolved?: Province[];
}
