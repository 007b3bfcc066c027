"use client";

import { skipToken, useQuery } from "@apollo/client/react";
import type { EnterpriseFilter, EnterpriseSort, SortDirection } from "@/gql/graphql";
import type { EnterpriseListKind } from "../enterprise-list-state";
import {
  AllEnterprisesQuery,
  RenewalDueEnterprisesQuery,
  RoutedEnterprisesQuery,
  TrialExpiredEnterprisesQuery,
} from "../graphql/enterprise.operations";
import type { EnterpriseListRow } from "./enterprise-columns";

export interface EnterpriseListVariables {
  filter: EnterpriseFilter;
  sort: EnterpriseSort;
  direction: SortDirection;
  first: number;
  after: string | null;
  withinDays: number;
}

export interface EnterpriseListResult {
  rows: EnterpriseListRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  loading: boolean;
  error: unknown;
  refetch: () => void;
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly { node: EnterpriseListRow }[];
}

/**
 * One named query per list (全部 / 待续费 / 试用过期 / 甩单), each aliased `list`; only the
 * page's own list runs (the others are skipped), and all four read the same way.
 */
export function useEnterpriseList(kind: EnterpriseListKind, v: EnterpriseListVariables): EnterpriseListResult {
  const common = { filter: v.filter, sort: v.sort, direction: v.direction, first: v.first, after: v.after };
  const options = { fetchPolicy: "cache-and-network", notifyOnNetworkStatusChange: true } as const;
  const all = useQuery(AllEnterprisesQuery, kind === "all" ? { ...options, variables: common } : skipToken);
  const renewal = useQuery(
    RenewalDueEnterprisesQuery,
    kind === "renewal" ? { ...options, variables: { ...common, withinDays: v.withinDays } } : skipToken,
  );
  const trial = useQuery(
    TrialExpiredEnterprisesQuery,
    kind === "trial-expired" ? { ...options, variables: common } : skipToken,
  );
  const routed = useQuery(RoutedEnterprisesQuery, kind === "routed" ? { ...options, variables: common } : skipToken);

  const pick = (): { connection: Connection | undefined; loading: boolean; error: unknown; refetch: () => void } => {
    switch (kind) {
      case "all":
        return {
          connection: all.data?.list,
          loading: all.loading,
          error: all.error,
          refetch: () => void all.refetch(),
        };
      case "renewal":
        return {
          connection: renewal.data?.list,
          loading: renewal.loading,
          error: renewal.error,
          refetch: () => void renewal.refetch(),
        };
      case "trial-expired":
        return {
          connection: trial.data?.list,
          loading: trial.loading,
          error: trial.error,
          refetch: () => void trial.refetch(),
        };
      case "routed":
        return {
          connection: routed.data?.list,
          loading: routed.loading,
          error: routed.error,
          refetch: () => void routed.refetch(),
        };
    }
  };
  const { connection, loading, error, refetch } = pick();
  return {
    rows: connection?.edges.map((e) => e.node) ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    endCursor: connection?.pageInfo.endCursor ?? null,
    loading,
    error,
    refetch,
  };
}
