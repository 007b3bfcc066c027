"use client";

import { skipToken, useQuery } from "@apollo/client/react";
import { seesWholeDealer } from "@crm/domain";
import { useViewer } from "../../session/components/viewer-provider";
import { VisibleDealerAccountsQuery } from "../graphql/registration.operations";

/**
 * Whether the viewer sees other accounts' registrations (admins and assistants: the whole dealer;
 * superiors: the accounts below them), so filtering by 报备帐号 means something.
 */
export function useSeesOtherAccounts(): boolean {
  const viewer = useViewer();
  const whole = seesWholeDealer(viewer.account.accountType ?? "STAFF", viewer.permissions);
  const { data } = useQuery(VisibleDealerAccountsQuery, whole ? skipToken : { fetchPolicy: "cache-first" });
  return whole || (data?.accounts.totalCount ?? 0) > 1;
}
