import { Column, Entity, JoinColumn, JoinTable, ManyToMany, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { Province } from "./province.entity";
import { Source } from "./source.entity";

@ObjectType({ implements: Node, description: "A dated interprovincial or national development (ontwikkeling)." })
@Entity("development")
export class Development extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "development_pkey" })
  override id: number;

  @Field({ description: "Natural key, e.g. `overijssel-stops-x`." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field(() => DateScalar, { nullable: true, description: "When it happened; null when the source gives no date." })
  @Column({ type: "date", nullable: true, name: "occurred_on" })
  occurredOn: string | null;

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
