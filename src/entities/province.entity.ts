import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "../schema/node";

@ObjectType({ implements: Node, description: "A Dutch province (provincie). Reference data: the twelve provinces." })
@Entity("province")
@Check("province_code_format", `"code" ~ '^PV[0-9]{2}$'`)
@Check("province_iso_format", `"iso_code" ~ '^NL-[A-Z]{2}$'`)
export class Province extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "province_pkey" })
  override id: number;

  @Field({ description: "CBS code, the natural key, e.g. `PV26` (Utrecht)." })
  @Column({ type: "varchar", length: 4, unique: true })
  code: string;

  @Field({ description: "Official name, e.g. `Fryslân`." })
  @Column({ type: "text" })
  name: string;

  @Field({ description: "URL-friendly name, e.g. `fryslan`; accepted by `province(code:)` too." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field({ description: "ISO 3166-2 subdivision code, e.g. `NL-UT`." })
  @Column({ type: "varchar", length: 5, unique: true, name: "iso_code" })
  isoCode: string;

  @Field({ description: "TOOI identifier (Thesaurus en Ontologie Overheidsinformatie), e.g. `https://identifier.overheid.nl/tooi/id/provincie/pv26`." })
  @Column({ type: "text", unique: true, name: "tooi_id" })
  tooiId: string;
}
