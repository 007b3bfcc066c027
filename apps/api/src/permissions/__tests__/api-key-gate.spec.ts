import { readFileSync } from "node:fs";
import { join } from "node:path";
import { API_KEY_SCOPE_INFO } from "@crm/domain";
import { buildSchema, isObjectType } from "graphql";
import { API_KEY_DENIED_FIELDS, API_KEY_ROOT_SCOPES, API_KEY_TYPE_SCOPES } from "../api-key-gate";

/** Keys get exactly their scopes: the scope map must match the schema and leave console-only fields out. */
describe("API key scope map", () => {
  const schema = buildSchema(readFileSync(join(__dirname, "..", "..", "..", "..", "..", "schema.graphql"), "utf8"));

  it.each(["Query", "Mutation"] as const)("names only existing %s fields", (root) => {
    const type = schema.getType(root);
    if (!isObjectType(type)) throw new Error(`${root} missing`);
    expect(Object.keys(API_KEY_ROOT_SCOPES[root]).filter((f) => !(f in type.getFields()))).toEqual([]);
  });

  it("never opens console-only operations to keys", () => {
    const consoleOnly = [
      "login",
      "logout",
      "changePassword",
      "createAccount",
      "updateAccount",
      "setAccountStatus",
      "resetAccountPassword",
      "actAs",
      "createApiKey",
      "revokeApiKey",
      "createVendorStaff",
      "payOrder",
      "topUp",
    ];
    for (const field of consoleOnly) expect(API_KEY_ROOT_SCOPES.Mutation[field]).toBeUndefined();
    expect(API_KEY_ROOT_SCOPES.Query.apiKeys).toBeUndefined();
    expect(API_KEY_ROOT_SCOPES.Query.auditLogs).toBeUndefined();
    expect(API_KEY_ROOT_SCOPES.Query.me).toBeUndefined();
  });

  it("gives every scope something to do", () => {
    const used = new Set([...Object.values(API_KEY_ROOT_SCOPES.Query), ...Object.values(API_KEY_ROOT_SCOPES.Mutation)]);
    expect(API_KEY_SCOPE_INFO.map((s) => s.scope).filter((s) => !used.has(s))).toEqual([]);
  });

  it("gates only types and fields that exist", () => {
    for (const type of Object.keys(API_KEY_TYPE_SCOPES)) expect(isObjectType(schema.getType(type))).toBe(true);
    for (const [typeName, fields] of Object.entries(API_KEY_DENIED_FIELDS)) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} missing`);
      expect(fields.filter((f) => !(f in type.getFields()))).toEqual([]);
    }
  });
});
