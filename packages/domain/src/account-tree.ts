/**
 * The 隶属 (superior) tree of one dealer's accounts.
 * `parentOf` maps an account id to its superior id (or null).
 */
export type SuperiorMap = ReadonlyMap<string, string | null>;

/** True when making `superiorId` the superior of `accountId` would close a cycle. */
export function wouldCreateCycle(parentOf: SuperiorMap, accountId: string, superiorId: string | null): boolean {
  let current: string | null = superiorId;
  const seen = new Set<string>();
  while (current !== null) {
    if (current === accountId) return true;
    if (seen.has(current)) return true; // a cycle already present upstream: refuse to extend it
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}

/** Every account below `rootId` in the tree, transitively (not including the root). */
export function descendantsOf(parentOf: SuperiorMap, rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const [child, parent] of parentOf) {
    if (parent === null) continue;
    const list = children.get(parent) ?? [];
    list.push(child);
    children.set(parent, list);
  }
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const child of children.get(id) ?? []) {
      if (!out.has(child) && child !== rootId) {
        out.add(child);
        stack.push(child);
      }
    }
  }
  return out;
}
