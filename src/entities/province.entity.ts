import { Check, Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";

/**
 * The twelve provinces. The table also admits other Dutch public bodies by their CBS code (GMnnnn municipalities,
 * WSnnnn water boards) so that the model holds if it is ever widened; the benchmark's generated data uses that.
 */
@ObjectType({
  implements: Node,
  simpleResolvers: true,
  description: "A Dutch province (provincie). Reference data: the twelve provinces.",
})
@Entity("province")
@Check("province_code_format", `"code" ~ '^(PV[0-9]{2}|GM[0-9]{4}|WS[0-9]{4})$'`)
@Check("province_iso_format", `"iso_code" ~ '^NL-[A-Z]{2}$'`)
export class Province extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "province_pkey" })
  override id: number;

  @Field({ description: "CBS code, the natural key, e.g. `PV26` (Utrecht)." })
  @Column({ type: "varchar", length: 6, unique: true })
  code: string;

  @Field({ description: "Official name, e.g. `Fryslân`." })
  @Column({ type: "text" })
  name: string;

  @Field({ description: "URL-friendly name, e.g. `fryslan`; accepted by `province(code:)` too." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO 3166-2 subdivision code, e.g. `NL-UT`; null only for bodies that have none (not a province).",
  })
  @Column({ type: "varchar", length: 5, unique: true, nullable: true, name: "iso_code" })
  isoCode: string | null;

  @Field({
    description:
      "TOOI identifier (Thesaurus en Ontologie Overheidsinformatie), e.g. `https://identifier.overheid.nl/tooi/id/provincie/pv26`.",
  })
  @Column({ type: "text", unique: true, name: "tooi_id" })
  tooiId: string;
}
