import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildSchema, isObjectType } from "graphql";
import { ruleTree } from "../permissions";

/** Deny by default is not enough: every root field must carry a rule chosen on purpose. */
describe("shield rule map", () => {
  const sdl = readFileSync(join(__dirname, "..", "..", "..", "..", "..", "schema.graphql"), "utf8");
  const schema = buildSchema(sdl);
  const rules: Record<string, unknown> = ruleTree;

  it.each(["Query", "Mutation"])("names a rule for every %s field of schema.graphql", (typeName) => {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) throw new Error(`${typeName} missing from schema.graphql`);
    const map = (rules[typeName] ?? {}) as Record<string, unknown>;
    const missing = Object.keys(type.getFields()).filter((field) => !(field in map));
    expect(missing).toEqual([]);
  });

  it("names no field that the schema does not have", () => {
    for (const typeName of ["Query", "Mutation"]) {
      const type = schema.getType(typeName);
      if (!isObjectType(type)) throw new Error(`${typeName} missing`);
      const stale = Object.keys(rules[typeName] ?? {}).filter((field) => !(field in type.getFields()));
      expect({ typeName, stale }).toEqual({ typeName, stale: [] });
    }
  });

  it("names a rule for every object type the API returns", () => {
    const objectTypes = Object.values(schema.getTypeMap())
      .filter((t) => isObjectType(t) && !t.name.startsWith("__") && t.name !== "Query" && t.name !== "Mutation")
      .map((t) => t.name);
    expect(objectTypes.filter((name) => !(name in rules))).toEqual([]);
  });
});
