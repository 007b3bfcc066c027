import { getOperationAST, parse, type OperationDefinitionNode } from "graphql";
import { graphqlNameOrNull, readableIp, rootFieldsOf } from "../api-key-call.recorder";

function fieldsOf(query: string, name?: string): string[] {
  const document = parse(query);
  return rootFieldsOf(getOperationAST(document, name) as OperationDefinitionNode, document);
}

describe("调用记录: what a call record keeps of a request", () => {
  it("names top-level fields, not aliases, through fragments, each once", () => {
    expect(fieldsOf(`query A { a: enterprises { totalCount } tags { id } enterprises { totalCount } }`)).toEqual([
      "enterprises",
      "tags",
    ]);
    expect(
      fieldsOf(`query B { ...F ... on Query { orders { totalCount } } } fragment F on Query { tags { id } ...F }`),
    ).toEqual(["tags", "orders"]);
    expect(fieldsOf(`query X { tags { id } } mutation Y { addFollowUp { id } }`, "Y")).toEqual(["addFollowUp"]);
  });

  it("shows an IPv4 client as IPv4", () => {
    expect(readableIp("::ffff:203.0.113.7")).toBe("203.0.113.7");
    expect(readableIp("2001:db8::1")).toBe("2001:db8::1");
    expect(readableIp("203.0.113.7")).toBe("203.0.113.7");
    expect(readableIp(null)).toBeNull();
  });

  it("keeps a client's operationName only when it is a GraphQL name", () => {
    expect(graphqlNameOrNull("PartnerSync")).toBe("PartnerSync");
    expect(graphqlNameOrNull("_sync2")).toBe("_sync2");
    expect(graphqlNameOrNull("Q\u0000hidden")).toBeNull();
    expect(graphqlNameOrNull("同步")).toBeNull();
    expect(graphqlNameOrNull("Q".repeat(201))).toBeNull();
    expect(graphqlNameOrNull(undefined)).toBeNull();
  });
});
