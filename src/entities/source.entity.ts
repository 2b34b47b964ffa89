import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { DateScalar } from "../domain/scalars";
import { SourceKind } from "../domain/enums";

@ObjectType({ implements: Node, description: "Where a fact comes from (bron). Every seeded fact cites one." })
@Entity("source")
export class Source extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "source_pkey" })
  override id: number;

  @Field({ description: "Stable key of the source, e.g. `utrecht-memo-2025`." })
  @Column({ type: "text", unique: true })
  slug: string;

  @Field({ description: "Title of the document." })
  @Column({ type: "text" })
  title: string;

  @Field({ description: "Who published or wrote it." })
  @Column({ type: "text" })
  publisher: string;

  @Field(() => String, {
    nullable: true,
    description: "Web address (http or https); null when the source is not online or its address was not recorded.",
  })
  @Column({ type: "text", nullable: true })
  url: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: "Publication date; null when the source is undated (see `note`).",
  })
  @Column({ type: "date", nullable: true, name: "published_on" })
  publishedOn: string | null;

  @Field(() => SourceKind, { description: "What kind of document it is." })
  @Column({ type: "enum", enum: SourceKind, enumName: "source_kind" })
  kind: SourceKind;

  @Field(() => String, { nullable: true, description: "Remarks on the source, e.g. how an undated memo was dated." })
  @Column({ type: "text", nullable: true })
  note: string | null;
}
