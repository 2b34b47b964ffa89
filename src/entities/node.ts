import { Field, ID, InterfaceType } from "type-graphql";

/** Opaque global ids: base64url of `<TypeName>:<primary key>`. Clients must treat them as opaque strings. */
export function toGlobalId(typeName: string, id: number | string): string {
  return Buffer.from(`${typeName}:${id}`, "utf8").toString("base64url");
}

/** Decodes a global id; returns null for anything that is not one of ours (never throws). */
export function fromGlobalId(globalId: string): { typeName: string; id: number } | null {
  if (typeof globalId !== "string" || globalId.length === 0 || globalId.length > 200) return null;
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const match = /^([A-Za-z]+):([1-9][0-9]{0,9})$/.exec(decoded);
  if (!match) return null;
  const id = Number(match[2]);
  // Primary keys are PostgreSQL `integer`s: anything larger is no id of ours (and must not reach a query).
  return id <= 2_147_483_647 ? { typeName: match[1], id } : null;
}

@InterfaceType({
  description: "An object with an opaque, globally unique id, fetchable with `node(id:)` and `nodes(ids:)`.",
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  /** Primary key in the database; not exposed (the GraphQL `id` is the global id). */
  id: number;

  // Never a "simple" resolver, also in types with `simpleResolvers` (hot reference types): the schema name `id` is not
  // the property (`globalId`), and graphql's default resolver would return the database key.
  @Field(() => ID, { name: "id", simple: false, description: "Opaque global id (stable; do not parse it)." })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
