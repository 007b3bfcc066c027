import { GraphQLError } from "graphql";
import { DomainError } from "../domain-error";
import { createErrorFormatter } from "../format-error";

describe("the error formatter at the edge", () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter({ error: (_m, e) => logged.push(e) });

  function resolverError(original: Error): GraphQLError {
    return new GraphQLError(original.message, { originalError: original, path: ["x"] });
  }

  it("passes a domain error's code with both languages", () => {
    const error = resolverError(new DomainError("QUOTA_EXCEEDED", { limit: "dealer" }));
    const out = format({ message: error.message, path: ["x"] }, error);
    expect(out.extensions).toEqual({
      code: "QUOTA_EXCEEDED",
      messageZh: "报备名额不足",
      messageEn: "Registration quota exceeded",
      details: { limit: "dealer" },
    });
  });

  it("masks anything else as INTERNAL without its message, and logs it", () => {
    const secret = new Error(
      'duplicate key value violates unique constraint "account_login_name_uq" SELECT * FROM account',
    );
    const error = resolverError(secret);
    const out = format({ message: error.message, path: ["x"], extensions: { stacktrace: ["at x"] } }, error);
    expect(out.extensions?.code).toBe("INTERNAL");
    expect(JSON.stringify(out)).not.toMatch(/constraint|SELECT|stacktrace/);
    expect(logged).toContainEqual(expect.objectContaining({ message: secret.message }));
  });

  it("reports malformed operations as VALIDATION_FAILED", () => {
    const error = new GraphQLError('Cannot query field "nope" on type "Query".');
    const out = format({ message: error.message, extensions: { code: "GRAPHQL_VALIDATION_FAILED" } }, error);
    expect(out.extensions?.code).toBe("VALIDATION_FAILED");
  });
});
