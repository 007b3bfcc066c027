import "reflect-metadata";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { lexicographicSortSchema, printSchema } from "graphql";
import { buildApiSchema } from "./schema";

/** Writes the sorted SDL to the repository root: the contract reviewers diff. */
const target = join(__dirname, "..", "..", "..", "schema.graphql");
writeFileSync(target, `${printSchema(lexicographicSortSchema(buildApiSchema()))}\n`);
console.log(`schema written to ${target}`);
