"use client";

import { skipToken, useQuery } from "@apollo/client/react";
import { useViewer } from "../session/components/viewer-provider";
import { isDealerAdmin } from "../session/viewer";
import { canEditEnterprises } from "./enterprise-access";
import { AssignableOwnersQuery } from "./graphql/enterprise.operations";

/**
 * Whether the viewer may put an enterprise under another account (create with an owner,
 * 转移): admins, and superiors — accounts that see an active colleague below them. A plain
 * staff account sees only itself. The API checks every pick again.
 */
export function useMayPickOwner(): boolean {
  const viewer = useViewer();
  const editor = canEditEnterprises(viewer);
  const admin = isDealerAdmin(viewer);
  const { data } = useQuery(AssignableOwnersQuery, editor && !admin ? { fetchPolicy: "cache-first" } : skipToken);
  if (!editor) return false;
  return admin || (data?.accounts.totalCount ?? 0) > 1;
}
