import { escapeLikePattern } from "@crm/domain";

/** A substring pattern for ILIKE with the user's %, _ and \ taken literally. */
export function likePattern(text: string): string {
  return `%${escapeLikePattern(text.trim())}%`;
}
