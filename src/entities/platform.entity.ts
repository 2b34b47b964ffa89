import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { DsaDesignation, PlatformModel } from "../domain/enums";
import { Source } from "./source.entity";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A social media platform (X, Facebook, Mastodon, ...). Reference data.",
})
@Entity("platform")
// Slugs are unique on `name_key(slug)`: an expression index (migration OneSpelling).
@Index("platform_slug_key", { synchronize: false })
@Check("platform_slug_format", `"slug" ~ '^[a-z0-9][a-z0-9-]*$'`)
@Check("platform_jurisdiction_format", `"jurisdiction" IS NULL OR "jurisdiction" ~ '^[A-Z]{2}$'`)
@Check("platform_dsa_date", `("dsa_designation" IS NULL) = ("dsa_designated_on" IS NULL)`)
export class Platform extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "platform_pkey" })
  override id: number;

  @Field({ description: "Natural key, e.g. `x`, `facebook`, `mastodon`." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field({ description: "Display name, e.g. `X`." })
  @Column({ type: "text" })
  name: string;

  @Field(() => String, {
    nullable: true,
    description:
      "Company or organisation that runs it; null when no source names it (the seed records none) or for federated networks without one operator.",
  })
  @Column({ type: "text", nullable: true })
  operator: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "ISO 3166-1 alpha-2 country of the operator's seat, e.g. `US`; null when no source names it (the seed records none) or not applicable.",
  })
  @Column({ type: "varchar", length: 2, nullable: true })
  jurisdiction: string | null;

  @Field(() => PlatformModel, { nullable: true, description: "Centralised or federated; null when not recorded." })
  @Column({ type: "enum", enum: PlatformModel, enumName: "platform_model", nullable: true })
  model: PlatformModel | null;

  @Field(() => DsaDesignation, {
    nullable: true,
    description: "Designation under the EU Digital Services Act; null when not designated (or not recorded).",
  })
  @Column({ type: "enum", enum: DsaDesignation, enumName: "dsa_designation", nullable: true, name: "dsa_designation" })
  dsaDesignation: DsaDesignation | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Date of the DSA designation, e.g. `2023-04-25`; null when not designated.",
  })
  @Column({ type: "date", nullable: true, name: "dsa_designated_on" })
  dsaDesignatedOn: string | null;

  @Column({ type: "int", nullable: true, name: "dsa_source_id" })
  dsaSourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "dsa_source_id", foreignKeyConstraintName: "platform_dsa_source_fkey" })
  dsaSource?: Source;
}
