import { ApiClient } from "./api-client.entity";
import { Column, Entity, Index, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { FrameworkKind, FrameworkLevel, FrameworkStatus } from "../domain/enums";
import { Platform } from "./platform.entity";
import { Source } from "./source.entity";

@ObjectType({
  implements: Node,
  description:
    "A law, directive, code, agenda, advice or policy framework (kader) that bears on the provinces' use of social media.",
})
@Entity("framework")
// Slugs are unique on `name_key(slug)`: an expression index (migration OneSpelling).
@Index("framework_slug_key", { synchronize: false })
export class Framework extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "framework_pkey" })
  override id: number;

  @Field({ description: "Natural key, e.g. `dsa`, `bzk-tiktok-call`." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field({ description: "Short name, e.g. `DSA`, `CODIO`." })
  @Column({ type: "text", name: "short_name" })
  shortName: string;

  @Field({ description: "Full title." })
  @Column({ type: "text" })
  title: string;

  @Field({ description: "Who issued it, e.g. `Ministerie van BZK`." })
  @Column({ type: "text" })
  issuer: string;

  @Field(() => FrameworkLevel, { description: "The level it comes from." })
  @Column({ type: "enum", enum: FrameworkLevel, enumName: "framework_level" })
  level: FrameworkLevel;

  @Field(() => FrameworkKind, { description: "What kind of document it is." })
  @Column({ type: "enum", enum: FrameworkKind, enumName: "framework_kind" })
  kind: FrameworkKind;

  @Field(() => FrameworkStatus, { description: "Where it stands now." })
  @Column({ type: "enum", enum: FrameworkStatus, enumName: "framework_status" })
  status: FrameworkStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Date of publication or issue; null when the sources give no exact date.",
  })
  @Column({ type: "date", nullable: true, name: "published_on" })
  publishedOn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Date it came into force; null when not in force or not recorded.",
  })
  @Column({ type: "date", nullable: true, name: "in_force_on" })
  inForceOn: string | null;

  @Field(() => String, { nullable: true, description: "Web address (http or https); null when not recorded." })
  @Column({ type: "text", nullable: true })
  url: string | null;

  @Field(() => String, {
    nullable: true,
    description: "What it says about social media, in short; null when none recorded.",
  })
  @Column({ type: "text", nullable: true })
  summary: string | null;

  @Field({
    description:
      "True for an advice the interprovincial ethics committee published itself (`upsertCommitteeAdvice`): only the committee " +
      "(ETHICS_COMMITTEE) and ADMIN may change it or its status.",
  })
  @Column({ type: "boolean", name: "committee_advice", default: false })
  committeeAdvice: boolean;

  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "framework_source_fkey" })
  source?: Source;

  @ManyToMany(() => Platform)
  @JoinTable({
    name: "framework_platform",
    joinColumn: {
      name: "framework_id",
      referencedColumnName: "id",
      foreignKeyConstraintName: "framework_platform_framework_fkey",
    },
    inverseJoinColumn: {
      name: "platform_id",
      referencedColumnName: "id",
      foreignKeyConstraintName: "framework_platform_platform_fkey",
    },
  })
  platformsConcerned?: Platform[];

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "framework_stated_by_fkey" })
  statedByClient?: ApiClient;
}
