import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { Province } from "./province.entity";
import { Source } from "./source.entity";

/**
 * Another name a province is known by, e.g. `Friesland` for Fryslân (whose only official name has been the Frisian
 * one since 1 January 1997; Friesland stays the common Dutch name). Every province lookup (`province(code:)`,
 * `provinces:` filters, CSV parameters) finds the province by it too. Reference data, seeded, each with its source;
 * unique, like every name, on `name_key(name)` (migration OneSpelling).
 */
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "Another name a province is known by (e.g. `Friesland` for `Fryslân`), with its source.",
})
@Entity("province_alternative_name")
@Index("province_alternative_name_key", { synchronize: false })
@Index("province_alternative_name_province_idx", ["provinceId"])
export class ProvinceAlternativeName extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "province_alternative_name_pkey" })
  override id: number;

  @Column({ type: "int", name: "province_id" })
  provinceId: number;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "province_alternative_name_province_fkey" })
  province?: Province;

  @Field({ description: "The name, e.g. `Friesland`." })
  @Column({ type: "text" })
  name: string;

  @Column({ type: "int", name: "source_id" })
  sourceId: number;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "province_alternative_name_source_fkey" })
  source?: Source;

  @Field(() => String, { nullable: true, description: "How the name is used; null when nothing recorded." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
