"use client";

import { skipToken, useQuery } from "@apollo/client/react";
import { useCallback } from "react";
import type { QuotaFieldsFragment } from "@/gql/graphql";
import { useViewer } from "../../session/components/viewer-provider";
import { isVendorViewer } from "../../session/viewer";
import { MyQuotasQuery } from "../graphql/quota.operations";

/** One product line of the signed-in user's 报备名额: the own entry (null: not assigned) and the dealer's. */
export interface MyQuotaLine {
  productLine: QuotaFieldsFragment["productLine"];
  own: QuotaFieldsFragment | null;
  dealer: QuotaFieldsFragment | null;
}

export interface MyQuotas {
  lines: MyQuotaLine[];
  loaded: boolean;
  refetch: () => void;
}

/** "used/max" as the console shows a quota. */
export function usedOfMax(entry: Pick<QuotaFieldsFragment, "used" | "max"> | null): string {
  return entry ? `${entry.used}/${entry.max}` : "0/0";
}

/**
 * The viewer's own quota per product line (limited by the dealer's too: `own.available`) next
 * to the dealer's, in the dealer's product-line order; lines the dealer has no maximum for are left out.
 */
export function useMyQuotas(): MyQuotas {
  const viewer = useViewer();
  const { data, refetch } = useQuery(
    MyQuotasQuery,
    isVendorViewer(viewer) ? skipToken : { fetchPolicy: "cache-and-network", notifyOnNetworkStatusChange: true },
  );
  const own = data?.me?.account.quotas ?? [];
  const dealer = data?.myDealer.quotas ?? [];
  const lines: MyQuotaLine[] = dealer.map((d) => ({
    productLine: d.productLine,
    dealer: d,
    own: own.find((o) => o.productLine.id === d.productLine.id) ?? null,
  }));
  for (const o of own) {
    if (!lines.some((l) => l.productLine.id === o.productLine.id)) {
      lines.push({ productLine: o.productLine, own: o, dealer: null });
    }
  }
  // Stable, so a dialog can refetch when it opens without refetching on every render.
  const refresh = useCallback(() => void refetch().catch(() => undefined), [refetch]);
  return { lines, loaded: data !== undefined, refetch: refresh };
}
