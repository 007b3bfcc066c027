/**
 * Smooth weighted round-robin: nginx's upstream algorithm, used to pick a dealer for a lead
 * (甩单). Each target keeps a running value `current`. One round:
 *
 * 1. every eligible target's current += its weight;
 * 2. the target with the highest current is picked (a tie goes to the lowest id, so the
 *    outcome never depends on the order the caller passes);
 * 3. the picked target's current -= the total weight of this round's eligible targets.
 *
 * Over any run of `total` consecutive rounds with unchanged targets each target is picked
 * exactly `weight` times, spread out rather than in bursts (weights 5/1/1 give a a b a c a a,
 * not a a a a a b c). The sum of all current values never changes (the round adds `total`
 * and takes `total` away), so it stays 0 when it starts at 0.
 *
 * Targets left out of a round (a disabled dealer) keep their current value untouched and do
 * not count towards that round's total. Pure: the caller stores the `after` values.
 */

export interface SwrrTarget {
  readonly id: string;
  /** A positive integer. */
  readonly weight: number;
  /** The stored running value before this round. */
  readonly current: number;
}

export interface SwrrCandidate {
  readonly id: string;
  readonly weight: number;
  /** The running value before this round. */
  readonly before: number;
  /** before + weight: the value compared this round. */
  readonly raised: number;
  /** What to store after this round: `raised`, or `raised − total` for the picked target. */
  readonly after: number;
}

export interface SwrrRound {
  readonly pickedId: string;
  /** Sum of the weights of this round's targets. */
  readonly total: number;
  /** Whether another target had the same highest value (and lost on its id). */
  readonly tie: boolean;
  /** Every target of the round, in id order. */
  readonly candidates: readonly SwrrCandidate[];
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One round over the eligible targets; null when there are none. Throws on a non-positive weight. */
export function smoothWeightedRoundRobin(targets: readonly SwrrTarget[]): SwrrRound | null {
  if (targets.length === 0) return null;
  for (const t of targets) {
    if (!Number.isSafeInteger(t.weight) || t.weight <= 0) {
      throw new RangeError(`smooth weighted round-robin: weight of ${t.id} must be a positive integer`);
    }
    if (!Number.isSafeInteger(t.current)) {
      throw new RangeError(`smooth weighted round-robin: current value of ${t.id} must be an integer`);
    }
  }
  const ordered = [...targets].sort((a, b) => compareIds(a.id, b.id));
  const total = ordered.reduce((sum, t) => sum + t.weight, 0);
  const raised = ordered.map((t) => ({ id: t.id, weight: t.weight, before: t.current, raised: t.current + t.weight }));
  let best = raised[0];
  let tie = false;
  for (const c of raised.slice(1)) {
    if (!best || c.raised > best.raised) {
      best = c;
      tie = false;
    } else if (c.raised === best.raised) {
      tie = true;
    }
  }
  if (!best) return null;
  const pickedId = best.id;
  return {
    pickedId,
    total,
    tie,
    candidates: raised.map((c) => ({ ...c, after: c.id === pickedId ? c.raised - total : c.raised })),
  };
}
