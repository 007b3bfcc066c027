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

  it("hides field and value suggestions when asked, in validation and in variable coercion alike", () => {
    const hiding = createErrorFormatter({ error: () => undefined }, { hideSuggestions: true });
    const messages = [
      'Cannot query field "nam" on type "Enterprise". Did you mean "name"?',
      'Variable "$input" got invalid value { dealrId: "x" }; Field "dealrId" is not defined by type "CreateEnterpriseInput". Did you mean "dealerId", "ownerId", or "domains"?',
    ];
    for (const message of messages) {
      const code = message.startsWith("Variable") ? "BAD_USER_INPUT" : "GRAPHQL_VALIDATION_FAILED";
      const shown = JSON.stringify(hiding({ message, extensions: { code } }, new GraphQLError(message)));
      expect(shown).not.toMatch(/Did you mean|"name"|ownerId/);
      expect(shown).toContain("VALIDATION_FAILED");
      const told = JSON.stringify(format({ message, extensions: { code } }, new GraphQLError(message)));
      expect(told).toContain("Did you mean");
    }
  });
});
