import { graphql } from "@/gql";

/** 报备名额 of one product line: maximum, active registrations counted, what is left. */
export const QuotaFieldsFragment = graphql(`
  fragment QuotaFields on QuotaEntry {
    productLine {
      id
      code
      name
    }
    max
    used
    available
  }
`);

/**
 * The signed-in user's own 报备名额 (the effective account's, while acting as 代办人) and the
 * dealer's, shown above 报备列表 and in the 报备锁定 dialog.
 */
export const MyQuotasQuery = graphql(`
  query MyQuotas {
    me {
      account {
        id
        quotas {
          ...QuotaFields
        }
      }
    }
    myDealer {
      id
      name
      quotas {
        ...QuotaFields
      }
    }
  }
`);

/** 分配报备名额: the dealer's accounts with each one's quota per product line. */
export const AccountQuotasQuery = graphql(`
  query AccountQuotas($filter: AccountFilter, $first: Int!, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          loginName
          realName
          accountType
          status
          permissions
          quotas {
            ...QuotaFields
          }
        }
      }
    }
  }
`);

export const SetAccountQuotasMutation = graphql(`
  mutation SetAccountQuotas($accountId: ID!, $input: SetQuotasInput!) {
    setAccountQuotas(accountId: $accountId, input: $input) {
      id
      quotas {
        ...QuotaFields
      }
    }
  }
`);

/** Vendor › 报备名额: every dealer with its maximum and usage per product line. */
export const DealerQuotasQuery = graphql(`
  query DealerQuotas($text: String, $first: Int!, $after: String) {
    dealers(text: $text, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          regionName
          status
          channelManager {
            id
            loginName
            realName
          }
          quotas {
            ...QuotaFields
          }
        }
      }
    }
  }
`);

export const SetDealerQuotasMutation = graphql(`
  mutation SetDealerQuotas($dealerId: ID!, $input: SetQuotasInput!) {
    setDealerQuotas(dealerId: $dealerId, input: $input) {
      id
      quotas {
        ...QuotaFields
      }
    }
  }
`);
