import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import { Max, Min } from "class-validator";
import { ApiClient, Assessment, AuditEvent, PlatformStatus } from "../entities";
import { badInput } from "../errors/error-codes";

export const MAX_PAGE_SIZE = 100;

@ObjectType({ description: "Relay page information." })
export class PageInfo {
  @Field({ description: "True when more items follow the last edge." })
  hasNextPage: boolean;

  @Field({ description: "Always false: pagination is forward only (`first`/`after`)." })
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null when the page is empty." })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Cursor of the last edge; pass it as `after` for the next page; null when the page is empty.",
  })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: `Number of items, 1 to ${MAX_PAGE_SIZE} (default 20).` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = 20;

  @Field(() => String, {
    nullable: true,
    description: "Cursor after which to start (an `endCursor` or edge `cursor`).",
  })
  after?: string | null;
}

/** Relay connection type for `T`: `edges { cursor node }`, `nodes`, `pageInfo`, `totalCount`. */
export function Connection<T extends object>(nodeType: ClassType<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `An edge to a ${name}.` })
  abstract class Edge {
    @Field({ description: "Opaque cursor of this edge." })
    cursor: string;

    @Field(() => nodeType, { description: "The item." })
    node: T;
  }

  @ObjectType()
  abstract class ConnectionType {
    @Field(() => [Edge], { description: "The items with their cursors." })
    edges: Edge[];

    @Field(() => [nodeType], { description: "The items, without cursors." })
    nodes: T[];

    @Field({ description: "Paging information." })
    pageInfo: PageInfo;

    @Field(() => Int, { description: "Number of items matching the filter, over all pages." })
    totalCount: number;
  }
  return ConnectionType;
}

@ObjectType({ description: "A page of audit events, newest first (Relay connection)." })
export class AuditEventConnection extends Connection(AuditEvent, "AuditEvent") {}

@ObjectType({ description: "A page of API clients, oldest first (Relay connection)." })
export class ApiClientConnection extends Connection(ApiClient, "ApiClient") {}

@ObjectType({ description: "A page of assessments (Relay connection)." })
export class AssessmentConnection extends Connection(Assessment, "Assessment") {}

@ObjectType({ description: "A page of status snapshots (Relay connection), newest `validFrom` first." })
export class PlatformStatusConnection extends Connection(PlatformStatus, "PlatformStatus") {}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Keyset cursors: an opaque encoding of the sort key of the last item. */
export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts), "utf8").toString("base64url");
}

export function decodeCursor(cursor: string, shape: Array<"string" | "number">): Array<string | number> {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(parts) && parts.length === shape.length && parts.every((p, i) => typeof p === shape[i]))
      return parts as Array<string | number>;
  } catch {
    /* fall through */
  }
  throw badInput("`after` is not a cursor of this list.", { argument: "after" });
}

/** Builds a page from `first + 1` fetched rows. */
export function toPage<T>(rows: T[], first: number, totalCount: number, cursorOf: (row: T) => string): Page<T> {
  const nodes = rows.slice(0, first);
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return {
    edges,
    nodes,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
