import { isObjectType } from "graphql";
import { allow, deny } from "graphql-shield";
import type { IMiddlewareFieldMap } from "graphql-middleware";
import { buildApiSchema } from "../../schema";
import { permissionMiddleware, ruleFor, ruleTree } from "../permissions";
import { isSignedIn, isVendorStaff } from "../rules";

/**
 * Only fields whose rule is `allow` lose shield's wrapper; every other field (every root field,
 * vendor-only types, anything falling back to deny) keeps it.
 */
describe("permission middleware", () => {
  const schema = buildApiSchema();
  const kept = permissionMiddleware(schema) as Record<string, IMiddlewareFieldMap>;

  it("finds each field's rule the way shield does", () => {
    expect(ruleFor("Query", "enterprises")).toBe(isSignedIn);
    expect(ruleFor("Query", "me")).toBe(allow);
    expect(ruleFor("Query", "noSuchField")).toBe(deny);
    expect(ruleFor("Enterprise", "name")).toBe(allow);
    expect(ruleFor("RoutingRule", "id")).toBe(isVendorStaff);
    expect(ruleFor("NoSuchType", "id")).toBe(deny);
  });

  it("wraps exactly the fields whose rule is not allow", () => {
    let wrapped = 0;
    let unwrapped = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__")) continue;
      for (const field of Object.keys(type.getFields())) {
        const rule = ruleFor(type.name, field);
        const middleware = kept[type.name]?.[field];
        if (rule === allow) {
          expect([type.name, field, middleware]).toEqual([type.name, field, undefined]);
          unwrapped += 1;
        } else {
          // a rule's wrapper is a function; a logic rule's (or/and) an object with `resolve`
          const resolve = typeof middleware === "function" ? middleware : middleware?.resolve;
          expect([type.name, field, typeof resolve]).toEqual([type.name, field, "function"]);
          wrapped += 1;
        }
      }
    }
    expect(wrapped).toBeGreaterThan(100);
    expect(unwrapped).toBeGreaterThan(100);
  });

  it("keeps every Query and Mutation field guarded unless it is public on purpose", () => {
    const publicOnPurpose = ["Query.me", "Mutation.login"];
    for (const root of ["Query", "Mutation"] as const) {
      for (const field of Object.keys(ruleTree[root])) {
        const name = `${root}.${field}`;
        expect([name, kept[root]?.[field] === undefined]).toEqual([name, publicOnPurpose.includes(name)]);
      }
    }
  });

  it("keeps the wrappers of vendor-only object types", () => {
    for (const type of ["RoutingRule", "Announcement", "ChannelManagerPanel"]) {
      const fields = schema.getType(type);
      if (!isObjectType(fields)) throw new Error(`${type} missing`);
      expect(Object.keys(kept[type] ?? {}).sort()).toEqual(Object.keys(fields.getFields()).sort());
    }
  });
});
