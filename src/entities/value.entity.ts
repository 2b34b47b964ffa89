import { Column, Entity, Index, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { ValueOrigin } from "../domain/enums";

@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A public value or communication principle (waarde) against which provinces rate platforms.",
})
@Entity("value")
// Names are unique on `name_key(name)` (case, accents, spacing ignored): an expression index (migration OneSpelling).
@Index("value_name_key", { synchronize: false })
export class Value extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "value_pkey" })
  override id: number;

  @Field({ description: "Natural key, e.g. `transparantie`." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field({ description: "Dutch name as the provinces use it, e.g. `Transparantie`." })
  @Column({ type: "text", unique: true })
  name: string;

  @Field({ description: "English name, e.g. `Transparency`." })
  @Column({ type: "text", name: "name_en" })
  nameEn: string;

  @Field(() => String, { nullable: true, description: "What the value means; null when none recorded." })
  @Column({ type: "text", nullable: true })
  description: string | null;

  @Field(() => ValueOrigin, { description: "Where the value comes from." })
  @Column({ type: "enum", enum: ValueOrigin, enumName: "value_origin" })
  origin: ValueOrigin;
}
