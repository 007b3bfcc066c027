import { graphql } from "@/gql";

/** 折扣 of one dealer for one product line (basis points of list). */
export const DealerDiscountFieldsFragment = graphql(`
  fragment DealerDiscountFields on DealerDiscount {
    rateBp
    updatedAt
    productLine {
      id
      code
      name
    }
  }
`);

/** Vendor › 折扣: every dealer with its discount per product line (null when the viewer may not see them). */
export const DealerDiscountsQuery = graphql(`
  query DealerDiscounts($text: String, $first: Int!, $after: String) {
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
          discounts {
            ...DealerDiscountFields
          }
        }
      }
    }
  }
`);

export const SetDealerDiscountsMutation = graphql(`
  mutation SetDealerDiscounts($dealerId: ID!, $input: SetDealerDiscountsInput!) {
    setDealerDiscounts(dealerId: $dealerId, input: $input) {
      id
      discounts {
        ...DealerDiscountFields
      }
    }
  }
`);

/**
 * 价格表: active editions of every product line with the list price and the settlement price
 * (each null when the viewer may not see it). Dealer accounts get their own dealer's settlement
 * prices; vendor staff pass the dealer.
 */
export const PriceListQuery = graphql(`
  query PriceList($dealerId: ID) {
    productLines {
      id
      code
      name
      giftRule {
        labelZh
        labelEn
      }
      editions {
        id
        code
        name
        isSpecial
        listPrice
        settlementPrice(dealerId: $dealerId)
      }
    }
  }
`);
