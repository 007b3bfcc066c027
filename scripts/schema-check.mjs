// Fails on breaking changes between schema.baseline.graphql (the released contract, updated
// deliberately) and schema.graphql, unless each is listed in schema-changes.acknowledged.json.
import { readFileSync } from "node:fs";
import { diff, CriticalityLevel } from "@graphql-inspector/core";
import { buildSchema } from "graphql";

const load = (file) => buildSchema(readFileSync(new URL(`../${file}`, import.meta.url), "utf8"));
const acknowledged = new Set(
  JSON.parse(readFileSync(new URL("../schema-changes.acknowledged.json", import.meta.url), "utf8")).map((e) => e.path),
);
const changes = await diff(load("schema.baseline.graphql"), load("schema.graphql"));
const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
const unacknowledged = breaking.filter((c) => !acknowledged.has(c.path));
for (const c of changes) console.log(`${c.criticality.level.padEnd(12)} ${c.path ?? ""}  ${c.message}`);
if (unacknowledged.length > 0) {
  console.error(`\n${unacknowledged.length} breaking change(s) not acknowledged in schema-changes.acknowledged.json:`);
  for (const c of unacknowledged) console.error(`  ${c.path}: ${c.message}`);
  process.exit(1);
}
console.log(`\nschema check: ${changes.length} change(s), ${breaking.length} breaking (all acknowledged)`);
