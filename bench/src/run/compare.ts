import { mergeLoads, runLoad, type LoadOptions, type LoadResult } from "./load";
import type { ScenarioContext } from "./types";

type Side = Omit<LoadOptions, "connections" | "duration">;

/**
 * The product and its baseline in the same run, alternating: a short warm-up of each, then
 * `rounds` rounds of product then baseline, each duration/rounds seconds, so both see the same
 * machine (load from elsewhere hits both alike). Returns each side's rounds merged.
 */
export async function alternate(
  ctx: ScenarioContext,
  connections: number,
  product: Side,
  baseline: Side,
  hooks: {
    beforeProductRound?: () => Promise<void>;
    afterProductRound?: (load: LoadResult) => Promise<void>;
    /**
     * Rounds of a fixed number of requests (the warm-up's rate × the round's seconds) instead of
     * a fixed time: every request sent is answered, none is cut off when the time is up — for
     * counting what the server did against what was sent.
     */
    byAmount?: boolean;
  } = {},
): Promise<{ product: LoadResult; baseline: LoadResult }> {
  const rounds = Math.max(1, ctx.options.rounds);
  const slice = Math.max(1, Math.round(ctx.options.duration / rounds));
  const warmProduct = await runLoad({ ...product, connections, duration: 2 });
  const warmBaseline = await runLoad({ ...baseline, connections, duration: 2 });
  const amountOf = (warm: LoadResult) =>
    hooks.byAmount ? Math.max(connections, Math.round(warm.rps * slice)) : undefined;
  const productLoads: LoadResult[] = [];
  const baselineLoads: LoadResult[] = [];
  for (let round = 0; round < rounds; round++) {
    await hooks.beforeProductRound?.();
    const p = await runLoad({ ...product, connections, duration: slice, amount: amountOf(warmProduct) });
    productLoads.push(p);
    await hooks.afterProductRound?.(p);
    baselineLoads.push(await runLoad({ ...baseline, connections, duration: slice, amount: amountOf(warmBaseline) }));
    ctx.log(
      `  round ${round + 1}/${rounds}: product ${p.rps.toFixed(0)} req/s, baseline ${baselineLoads.at(-1)?.rps.toFixed(0)} req/s`,
    );
  }
  return { product: mergeLoads(productLoads), baseline: mergeLoads(baselineLoads) };
}

/** A GraphQL answer with errors is a failed request even with HTTP 200. */
export function graphqlCheck(status: number, body: string): string | null {
  if (status !== 200) return `HTTP ${status}`;
  if (body.includes('"errors"')) {
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1];
    return `GraphQL ${code ?? "error"}`;
  }
  return null;
}
