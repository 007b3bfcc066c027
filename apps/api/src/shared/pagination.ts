import { isUUID, Max, Min } from "class-validator";
import { ArgsType, Field, Int, ObjectType, type ClassType } from "type-graphql";
import { invalid } from "./domain-error";

@ObjectType("PageInfo")
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 20, description: "Page size, 1–100" })
  @Min(1)
  @Max(100)
  first = 20;

  @Field(() => String, { nullable: true, description: "endCursor of the previous page" })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A concrete GraphQL connection type (edges, pageInfo, totalCount) for one node type. */
export function connectionType<T extends object>(name: string, nodeType: ClassType<T>) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor!: string;

    @Field(() => nodeType)
    node!: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int)
    totalCount!: number;
  }
  return ConnectionType;
}

/** Keyset cursor over (timestamp DESC, id DESC): opaque to clients. */
export interface KeysetCursor {
  at: Date;
  id: string;
}

export function encodeCursor(at: Date, id: string): string {
  return Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
}

export function decodeCursor(cursor: string | null | undefined): KeysetCursor | null {
  if (!cursor) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string"
    ) {
      const at = new Date(parsed[0]);
      const year = at.getUTCFullYear();
      const id = parsed[1];
      if (!Number.isNaN(at.getTime()) && year >= 1970 && year <= 9999 && (isUUID(id) || /^\d{1,18}$/.test(id))) {
        return { at, id };
      }
    }
  } catch {
    // fall through to the coded error
  }
  throw invalid("after", "分页游标无效", "the page cursor is not valid");
}

/** Builds a connection from `first + 1` fetched rows. */
export function toConnection<T>(
  rows: T[],
  first: number,
  totalCount: number,
  keyOf: (row: T) => { at: Date; id: string },
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((node) => {
    const key = keyOf(node);
    return { cursor: encodeCursor(key.at, key.id), node };
  });
  const last = edges[edges.length - 1];
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: last ? last.cursor : null },
    totalCount,
  };
}
