import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Field, ObjectType } from "type-graphql";
import { GraphQLJSON } from "graphql-scalars";
import { Node } from "./node";
import { Role } from "../domain/enums";
import { ApiClient } from "./api-client.entity";

@ObjectType({
  implements: Node,
  description: "One successful write, recorded in the same transaction as the write. Append-only.",
})
@Entity("audit_event")
@Index("audit_event_at_idx", ["at", "id"])
export class AuditEvent extends Node {
  @PrimaryGeneratedColumn({ primaryKeyConstraintName: "audit_event_pkey" })
  override id: number;

  @Field({ description: "Recorded time of the write." })
  @CreateDateColumn({ type: "timestamptz" })
  at: Date;

  @Column({ type: "int", nullable: true, name: "actor_id" })
  actorId: number | null;

  @ManyToOne(() => ApiClient, { onDelete: "RESTRICT" })
  @JoinColumn({ name: "actor_id", foreignKeyConstraintName: "audit_event_actor_fkey" })
  actor?: ApiClient;

  @Field({ description: "Name of the API client that wrote, or `system` for the seed and the token command." })
  @Column({ type: "text", name: "actor_name" })
  actorName: string;

  @Field(() => Role, { nullable: true, description: "Role the actor wrote with; null for `system`." })
  @Column({ type: "enum", enum: Role, enumName: "api_role", nullable: true, name: "actor_role" })
  actorRole: Role | null;

  @Field({ description: "The mutation, e.g. `recordPlatformStatus`." })
  @Column({ type: "text" })
  action: string;

  @Field({ description: "Type of the changed entity, e.g. `PlatformStatus`." })
  @Column({ type: "text", name: "entity_type" })
  entityType: string;

  @Field(() => String, { nullable: true, description: "Global id of the changed entity." })
  @Column({ type: "text", nullable: true, name: "entity_id" })
  entityId: string | null;

  @Field(() => GraphQLJSON, { nullable: true, description: "State before the write (JSON); null for a creation." })
  @Column({ type: "jsonb", nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true, description: "State after the write (JSON)." })
  @Column({ type: "jsonb", nullable: true })
  after: unknown;

  @Field(() => String, {
    nullable: true,
    description:
      "The server's own id of the HTTP request (a UUID, also in the logs and the response's `X-Request-Id`); null for the token command.",
  })
  @Column({ type: "text", nullable: true, name: "request_id" })
  requestId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The client's own `X-Request-Id` of the request, as sent (kept apart from `requestId`: any client may choose it); null when none was sent.",
  })
  @Column({ type: "text", nullable: true, name: "correlation_id" })
  correlationId: string | null;

  @Field(() => [String], {
    description:
      "What a reviewer should look at: `FAR_DATED` (a status whose valid date lies more than a year before or after the day it was recorded, accepted with a reason). Empty for most events.",
  })
  @Column({ type: "text", array: true, default: () => "'{}'" })
  flags: string[];
}
