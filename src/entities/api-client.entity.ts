import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { Role } from "../domain/enums";
import { Province } from "./province.entity";

@ObjectType({
  implements: Node,
  description:
    "A holder of an API token (a person, team or system) and its role. The token itself is never stored, only its hash.",
})
@Entity("api_client")
@Check("api_client_editor_has_province", `("role" = 'PROVINCE_EDITOR') = ("province_id" IS NOT NULL)`)
export class ApiClient extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "api_client_pkey" })
  override id: number;

  @Field({ description: "Label given when the token was issued, e.g. `Communicatie Utrecht`." })
  @Column({ type: "text" })
  name: string;

  @Field(() => Role, { description: "What the client may do." })
  @Column({ type: "enum", enum: Role, enumName: "api_role" })
  role: Role;

  @Column({ type: "int", nullable: true, name: "province_id" })
  provinceId: number | null;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "api_client_province_fkey" })
  province?: Province;

  /** SHA-256 of the token (hex). Tokens are 256-bit random, so a fast hash is the right one (no salt needed). */
  @Column({ type: "char", length: 64, unique: true, name: "token_hash" })
  tokenHash: string;

  @Field({ description: "When the token was issued (recorded time)." })
  @CreateDateColumn({ type: "timestamptz", name: "created_at" })
  createdAt: Date;

  /** Exposed by ApiClientResolver (an answer showing it is not cached). */
  @Column({ type: "timestamptz", nullable: true, name: "last_used_at" })
  lastUsedAt: Date | null;

  @Field(() => Date, { nullable: true, description: "When the token was revoked; null while it is valid." })
  @Column({ type: "timestamptz", nullable: true, name: "revoked_at" })
  revokedAt: Date | null;
}
