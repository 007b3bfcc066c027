import { readFile } from "node:fs/promises";
import path from "node:path";

/**
 * docs/partner-api.md at the repository root: the one source of the partner documentation,
 * read on the server (the console runs from apps/web) and never sent to the browser as markdown.
 */
const DOC_PATH = path.resolve(process.cwd(), "../../docs/partner-api.md");

let cached: Promise<string> | undefined;

/** Server only (node:fs). Read once in production; on every request under `next dev`, so edits show. */
export function loadPartnerApiDoc(): Promise<string> {
  if (process.env.NODE_ENV !== "production") return readFile(DOC_PATH, "utf8");
  cached ??= readFile(DOC_PATH, "utf8");
  return cached;
}
