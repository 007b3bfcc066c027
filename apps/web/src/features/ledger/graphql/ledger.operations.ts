import { graphql } from "@/gql";

export const LedgerEntryRowFragment = graphql(`
  fragment LedgerEntryRow on LedgerEntry {
    id
    kind
    amount
    balanceAfter
    orderId
    orderNo
    reference
    note
    createdAt
    createdBy {
      id
      realName
    }
    dealer {
      id
      name
    }
  }
`);

/** 经销商信息: the signed-in dealer's profile, product lines (quotas, discounts) and balance. */
export const DealerInfoQuery = graphql(`
  query DealerInfo {
    myDealer {
      id
      name
      regionName
      status
      balance
      channelManager {
        id
        realName
      }
      quotas {
        productLine {
          id
          code
          name
        }
        max
        used
        available
      }
      discounts {
        productLine {
          id
          code
          name
        }
        rateBp
      }
    }
  }
`);

export const LedgerEntriesQuery = graphql(`
  query LedgerEntries($filter: LedgerEntryFilter, $first: Int!, $after: String) {
    ledgerEntries(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...LedgerEntryRow
        }
      }
    }
  }
`);

export const BalanceHistoryQuery = graphql(`
  query BalanceHistory($dealerId: ID!, $days: Int!) {
    balanceHistory(dealerId: $dealerId, days: $days) {
      date
      balance
    }
  }
`);

/** 充值: the chosen dealer's current balance, shown beside the form. */
export const DealerBalanceQuery = graphql(`
  query DealerBalance($id: ID!) {
    dealer(id: $id) {
      id
      name
      balance
    }
  }
`);

export const TopUpMutation = graphql(`
  mutation TopUp($input: TopUpInput!) {
    topUp(input: $input) {
      ...LedgerEntryRow
    }
  }
`);
