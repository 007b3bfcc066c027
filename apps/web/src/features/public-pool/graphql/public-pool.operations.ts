import { graphql } from "@/gql";

export const PoolEntryRowFragment = graphql(`
  fragment PoolEntryRow on PublicPoolEnterprise {
    id
    name
    regionCode
    regionName
    industry
    scale
    productLines {
      id
      name
    }
    expiredAt
    enteredAt
  }
`);

export const PublicPoolQuery = graphql(`
  query PublicPool($filter: PublicPoolFilter, $first: Int!, $after: String) {
    publicPoolEnterprises(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PoolEntryRow
        }
      }
    }
  }
`);

export const MyDealerRegionsQuery = graphql(`
  query MyDealerRegions {
    myDealer {
      id
      regions {
        code
        name
      }
    }
  }
`);

export const ClaimPoolEnterpriseMutation = graphql(`
  mutation ClaimPoolEnterprise($id: ID!) {
    claimPoolEnterprise(id: $id) {
      id
      enterpriseId
      claimedAt
      claimDay
    }
  }
`);

export const PoolSettingsQuery = graphql(`
  query PoolSettings {
    poolSettings {
      graceDays
      dailyClaimCap
    }
  }
`);

export const UpdatePoolSettingsMutation = graphql(`
  mutation UpdatePoolSettings($input: PoolSettingsInput!) {
    updatePoolSettings(input: $input) {
      graceDays
      dailyClaimCap
    }
  }
`);

export const RunPublicPoolJobMutation = graphql(`
  mutation RunPublicPoolJob {
    runPublicPoolJob
  }
`);
