import { graphql } from "@/gql";

export const DealerRowFragment = graphql(`
  fragment DealerRow on Dealer {
    id
    name
    regionName
    regions {
      code
      name
    }
    status
    channelManager {
      id
      loginName
      realName
    }
    quotas {
      productLine {
        id
        name
      }
      max
    }
    createdAt
  }
`);

export const DealerListQuery = graphql(`
  query DealerList($text: String, $first: Int, $after: String) {
    dealers(text: $text, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...DealerRow
        }
      }
    }
  }
`);

export const CreateDealerMutation = graphql(`
  mutation CreateDealer($input: CreateDealerInput!) {
    createDealer(input: $input) {
      ...DealerRow
    }
  }
`);

export const SetDealerRegionsMutation = graphql(`
  mutation SetDealerRegions($dealerId: ID!, $regionCodes: [String!]!) {
    setDealerRegions(dealerId: $dealerId, regionCodes: $regionCodes) {
      ...DealerRow
    }
  }
`);
