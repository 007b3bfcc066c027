/** A substring pattern for ILIKE with the user's %, _ and \ taken literally. */
export function likePattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
