/** A heading of the document, for the table of contents and the heading's anchor id. */
export interface DocHeading {
  id: string;
  text: string;
  depth: 2 | 3;
}

/** An anchor id for a heading's text: letters and digits of any script, the rest collapsed to "-". */
export function headingId(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, "-")
      .replace(/^-+|-+$/g, "") || "section"
  );
}

/** Heading text as it reads, without inline markdown (`code`, **bold**, _emphasis_, [links](…)). */
function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_]/g, "")
    .trim();
}

/** The `##` and `###` headings of a markdown document, skipping fenced code. */
export function docOutline(markdown: string): DocHeading[] {
  const out: DocHeading[] = [];
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) continue;
    const match = /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
    if (!match?.[1] || !match[2]) continue;
    const text = plainText(match[2]);
    out.push({ id: headingId(text), text, depth: match[1].length === 2 ? 2 : 3 });
  }
  return out;
}

/**
 * The examples are written for any installation: `$CRM_URL` stands for the console's address
 * (and `export CRM_URL=…` sets it). On the page they show the address the reader is using.
 */
export function fillOrigin(code: string, origin: string): string {
  return code.replace(/^(\s*export CRM_URL=)\S*/gm, `$1${origin}`).replace(/\$\{CRM_URL\}|\$CRM_URL\b/g, origin);
}
