/**
 * How much of everything to generate. `--enterprises 1000000` is the reference scale of issue 9;
 * every other volume scales with it, so `--enterprises 20000` is a small set for development.
 */
export interface Volumes {
  enterprises: number;
  dealers: number;
  /** Dealer accounts (vendor staff come on top). */
  accounts: number;
  /** Dealers of the large shape (a sales manager with ~40 descendants, 5 levels). */
  largeDealers: number;
  campaigns: number;
  pageViews: number;
  /** Share of page views still raw in campaign_view_event (not yet rolled up). */
  rawViewShare: number;
}

export const REFERENCE_ENTERPRISES = 1_000_000;

export function volumesFor(enterprises: number): Volumes {
  if (!Number.isInteger(enterprises) || enterprises < 1000) throw new Error("--enterprises must be an integer ≥ 1000");
  const f = enterprises / REFERENCE_ENTERPRISES;
  const dealers = Math.max(4, Math.round(2000 * f));
  const largeDealers = Math.max(1, Math.round(dealers * 0.05));
  const accounts = Math.max(largeDealers * LARGE_DEALER_SIZE + (dealers - largeDealers) * 3, Math.round(20_000 * f));
  return {
    enterprises,
    dealers,
    accounts,
    largeDealers,
    campaigns: Math.max(2, Math.round(200 * f)),
    pageViews: Math.round(5_000_000 * f),
    rawViewShare: 0.01,
  };
}

/** Accounts of a large dealer (see org.ts). */
export const LARGE_DEALER_SIZE = 60;
export const SMALL_DEALER_MIN = 3;
export const SMALL_DEALER_MAX = 14;
