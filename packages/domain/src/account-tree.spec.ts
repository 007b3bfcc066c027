import { descendantsOf, wouldCreateCycle } from "./account-tree";

describe("superior tree", () => {
  // admin ← manager ← a, b ; manager2 separate
  const tree = new Map<string, string | null>([
    ["admin", null],
    ["manager", "admin"],
    ["a", "manager"],
    ["b", "manager"],
    ["manager2", null],
  ]);

  it("refuses a superior that is the account itself or one of its descendants", () => {
    expect(wouldCreateCycle(tree, "manager", "manager")).toBe(true);
    expect(wouldCreateCycle(tree, "manager", "a")).toBe(true);
    expect(wouldCreateCycle(tree, "admin", "b")).toBe(true);
  });

  it("accepts a superior outside the subtree or none", () => {
    expect(wouldCreateCycle(tree, "a", "manager2")).toBe(false);
    expect(wouldCreateCycle(tree, "manager", null)).toBe(false);
    expect(wouldCreateCycle(tree, "b", "a")).toBe(false);
  });

  it("lists descendants transitively", () => {
    expect([...descendantsOf(tree, "admin")].sort()).toEqual(["a", "b", "manager"]);
    expect([...descendantsOf(tree, "manager")].sort()).toEqual(["a", "b"]);
    expect(descendantsOf(tree, "a").size).toBe(0);
  });
});
