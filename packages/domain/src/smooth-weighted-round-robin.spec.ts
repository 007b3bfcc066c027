import { smoothWeightedRoundRobin, type SwrrTarget } from "./smooth-weighted-round-robin";

/** Runs `rounds` rounds, storing each round's `after` values as the next round's state. */
function run(weights: Record<string, number>, rounds: number, start: Record<string, number> = {}) {
  let state: SwrrTarget[] = Object.entries(weights).map(([id, weight]) => ({ id, weight, current: start[id] ?? 0 }));
  const picks: string[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const round = smoothWeightedRoundRobin(state);
    if (!round) throw new Error("no round");
    picks.push(round.pickedId);
    state = state.map((t) => ({ ...t, current: round.candidates.find((c) => c.id === t.id)?.after ?? t.current }));
  }
  return { picks, state };
}

describe("smooth weighted round-robin (nginx)", () => {
  it("spreads picks out: 5/1/1 gives a a b a c a a", () => {
    expect(run({ a: 5, b: 1, c: 1 }, 7).picks.join(" ")).toBe("a a b a c a a");
  });

  it("picks each target exactly `weight` times per cycle of `total` rounds, and the state returns to 0", () => {
    const { picks, state } = run({ a: 5, b: 3, c: 2 }, 1000);
    const count = (id: string) => picks.filter((p) => p === id).length;
    expect([count("a"), count("b"), count("c")]).toEqual([500, 300, 200]);
    expect(state.map((t) => t.current)).toEqual([0, 0, 0]);
    for (let cycle = 0; cycle < 100; cycle += 1) {
      const slice = picks.slice(cycle * 10, cycle * 10 + 10);
      expect(slice.filter((p) => p === "a")).toHaveLength(5);
    }
  });

  it("keeps the sum of current values unchanged every round", () => {
    let state: SwrrTarget[] = [
      { id: "x", weight: 7, current: 3 },
      { id: "y", weight: 2, current: -1 },
      { id: "z", weight: 1, current: -2 },
    ];
    for (let i = 0; i < 50; i += 1) {
      const round = smoothWeightedRoundRobin(state);
      if (!round) throw new Error("no round");
      expect(round.candidates.reduce((s, c) => s + c.after, 0)).toBe(0);
      state = round.candidates.map((c) => ({ id: c.id, weight: c.weight, current: c.after }));
    }
  });

  it("breaks ties on the lowest id, whatever the input order", () => {
    const forward = smoothWeightedRoundRobin([
      { id: "b", weight: 1, current: 0 },
      { id: "a", weight: 1, current: 0 },
    ]);
    expect(forward?.pickedId).toBe("a");
    expect(forward?.tie).toBe(true);
    expect(forward?.candidates.map((c) => c.id)).toEqual(["a", "b"]);
    const clear = smoothWeightedRoundRobin([
      { id: "a", weight: 1, current: 0 },
      { id: "b", weight: 2, current: 0 },
    ]);
    expect(clear?.pickedId).toBe("b");
    expect(clear?.tie).toBe(false);
  });

  it("describes the round: before, raised, after and the total", () => {
    const round = smoothWeightedRoundRobin([
      { id: "a", weight: 5, current: -5 },
      { id: "b", weight: 3, current: 3 },
      { id: "c", weight: 2, current: 2 },
    ]);
    expect(round).toEqual({
      pickedId: "b",
      total: 10,
      tie: false,
      candidates: [
        { id: "a", weight: 5, before: -5, raised: 0, after: 0 },
        { id: "b", weight: 3, before: 3, raised: 6, after: -4 },
        { id: "c", weight: 2, before: 2, raised: 4, after: 4 },
      ],
    });
  });

  it("counts only the targets passed (a disabled dealer is left out of the round and its total)", () => {
    const round = smoothWeightedRoundRobin([
      { id: "a", weight: 5, current: 0 },
      { id: "c", weight: 2, current: 0 },
    ]);
    expect(round?.total).toBe(7);
    expect(round?.candidates.map((c) => c.id)).toEqual(["a", "c"]);
  });

  it("returns null for no targets and refuses non-positive weights", () => {
    expect(smoothWeightedRoundRobin([])).toBeNull();
    expect(() => smoothWeightedRoundRobin([{ id: "a", weight: 0, current: 0 }])).toThrow(RangeError);
    expect(() => smoothWeightedRoundRobin([{ id: "a", weight: 1.5, current: 0 }])).toThrow(RangeError);
  });
});
