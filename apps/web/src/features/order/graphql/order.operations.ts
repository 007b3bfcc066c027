import { graphql } from "@/gql";

/** One row of the order lists (全部 / 待确认 / 待扣款, an enterprise's 订单 tab, 订单确认). */
export const OrderRowFragment = graphql(`
  fragment OrderRow on Order {
    id
    orderNo
    type
    status
    domain
    domainUnicode
    editionName
    seats
    months
    giftMonths
    trialDays
    listAmount
    settlementAmount
    reductionAmount
    amountDue
    confirmationReasons
    createdAt
    productLine {
      id
      name
    }
    enterprise {
      id
      name
    }
    dealer {
      id
      name
    }
    creator {
      id
      loginName
      realName
    }
  }
`);

/** The service an order created or acts on (also the services an order dialog acts on). */
export const OrderServiceFragment = graphql(`
  fragment OrderServiceFields on Service {
    id
    kind
    domain
    domainUnicode
    seats
    startsAt
    expiresAt
    productLine {
      id
      name
    }
    edition {
      id
      name
    }
  }
`);

/** 订单详情: every field, the timeline's timestamps and the service. */
export const OrderDetailFragment = graphql(`
  fragment OrderDetail on Order {
    ...OrderRow
    remark
    rejectReason
    decidedAt
    paidAt
    closedAt
    updatedAt
    service {
      ...OrderServiceFields
    }
  }
`);

/** 全部订单 and its filtered views, newest first. */
export const OrdersQuery = graphql(`
  query Orders($filter: OrderFilter, $first: Int!, $after: String) {
    orders(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...OrderRow
        }
      }
    }
  }
`);

export const OrderQuery = graphql(`
  query OrderDetailPage($id: ID!) {
    order(id: $id) {
      ...OrderDetail
    }
  }
`);

/** What the order would cost and whether it would wait for the vendor, before it is submitted. */
export const OrderQuoteQuery = graphql(`
  query OrderQuote($input: CreateOrderInput!) {
    orderQuote(input: $input) {
      type
      domain
      seats
      months
      giftMonths
      allowedGiftMonths
      trialDays
      remainingDays
      listAmount
      settlementAmount
      confirmationReasons
    }
  }
`);

/** The product lines with their editions (prices as the viewer may see them) and gift rules. */
export const OrderCatalogQuery = graphql(`
  query OrderCatalog {
    productLines {
      id
      code
      name
      giftRule {
        perPaidMonths
        maxGiftMonths
        labelZh
        labelEn
      }
      editions {
        id
        code
        name
        isSpecial
        listPrice
        settlementPrice
      }
    }
  }
`);

/** The viewer's dealer's balance (null without 查看经销商财务信息). */
export const MyBalanceQuery = graphql(`
  query MyDealerBalance {
    myDealer {
      id
      balance
    }
  }
`);

export const CreateOrderMutation = graphql(`
  mutation CreateOrder($input: CreateOrderInput!) {
    createOrder(input: $input) {
      ...OrderDetail
    }
  }
`);

/** 扣款: the same key on a retry of one attempt never debits twice. */
export const PayOrderMutation = graphql(`
  mutation PayOrder($id: ID!, $idempotencyKey: String!) {
    payOrder(id: $id, idempotencyKey: $idempotencyKey) {
      ...OrderDetail
    }
  }
`);

export const CloseOrderMutation = graphql(`
  mutation CloseOrder($id: ID!) {
    closeOrder(id: $id) {
      ...OrderDetail
    }
  }
`);

export const ConfirmOrderMutation = graphql(`
  mutation ConfirmOrder($id: ID!) {
    confirmOrder(id: $id) {
      ...OrderDetail
    }
  }
`);

export const RejectOrderMutation = graphql(`
  mutation RejectOrder($id: ID!, $reason: String!) {
    rejectOrder(id: $id, reason: $reason) {
      ...OrderDetail
    }
  }
`);

/** The enterprise's running registrations: a new or trial order defaults to one of them. */
export const OrderEnterpriseRegistrationsQuery = graphql(`
  query OrderEnterpriseRegistrations($enterpriseId: ID!) {
    registrations(filter: { enterpriseId: $enterpriseId, status: ACTIVE }, first: 50) {
      edges {
        node {
          id
          domain
          productLine {
            id
          }
        }
      }
    }
  }
`);
