import { ApiClient } from "./api-client.entity";
import { Source } from "./source.entity";
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, Index, Check } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { Node } from "./node";
import { Province } from "./province.entity";
import { Platform } from "./platform.entity";

@ObjectType({ description: "An account of a province on a platform." })
export class PresenceAccount {
  @Field({ description: "Handle or account name as shown on the platform, e.g. `@provincieutrecht`." })
  handle: string;

  @Field(() => String, {
    nullable: true,
    description: "Address of the account (http or https); null when not recorded.",
  })
  url: string | null;
}

@ObjectType({
  implements: Node,
  description:
    "A province on a platform: one per province and platform. Its state over time is `history`; its state on a date is `status(asOf:)`.",
})
@Entity("presence")
@Unique("presence_province_platform_key", ["provinceId", "platformId"])
@Index("presence_platform_idx", ["platformId"])
@Check("presence_accounts_is_array", `jsonb_typeof("accounts") = 'array'`)
// No two accounts whose handles have the same `name_key` (case, accents, spacing ignored; migration OneSpelling).
@Check("presence_handles_distinct", `account_handles_distinct("accounts")`)
export class Presence extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "presence_pkey" })
  override id: number;

  @Column({ type: "int", name: "province_id" })
  provinceId: number;

  @ManyToOne(() => Province, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "province_id", foreignKeyConstraintName: "presence_province_fkey" })
  province?: Province;

  @Column({ type: "int", name: "platform_id" })
  platformId: number;

  @ManyToOne(() => Platform, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "platform_id", foreignKeyConstraintName: "presence_platform_fkey" })
  platform?: Platform;

  @Field(() => [PresenceAccount], {
    description: "The province's accounts on the platform (0..n); empty when none were recorded.",
  })
  @Column({ type: "jsonb", default: () => "'[]'" })
  accounts: PresenceAccount[];

  /** The source of the accounts (set with them by `setPresenceAccounts`); null when none was given. */
  @Column({ type: "int", nullable: true, name: "source_id" })
  sourceId: number | null;

  @ManyToOne(() => Source, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "source_id", foreignKeyConstraintName: "presence_source_fkey" })
  source?: Source;

  /** The API client that stated the fact as its own statement (provenance OWN_STATEMENT); null when a source is cited. */
  @Column({ type: "int", nullable: true, name: "stated_by_id" })
  statedById: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "stated_by_id", foreignKeyConstraintName: "presence_stated_by_fkey" })
  statedByClient?: ApiClient;
}
