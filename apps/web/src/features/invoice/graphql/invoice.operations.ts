import { graphql } from "@/gql";

export const InvoiceRequestRowFragment = graphql(`
  fragment InvoiceRequestRow on InvoiceRequest {
    id
    status
    orderId
    orderNo
    title
    taxNumber
    amount
    note
    invoiceNo
    handledNote
    handledAt
    createdAt
    dealer {
      id
      name
    }
    requestedBy {
      id
      realName
    }
    handledBy {
      id
      realName
    }
  }
`);

export const InvoiceRequestsQuery = graphql(`
  query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int!, $after: String) {
    invoiceRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...InvoiceRequestRow
        }
      }
    }
  }
`);

export const InvoiceableOrdersQuery = graphql(`
  query InvoiceableOrders {
    invoiceableOrders(first: 200) {
      orderId
      orderNo
      amount
      paidAt
      enterpriseName
    }
  }
`);

export const RequestInvoiceMutation = graphql(`
  mutation RequestInvoice($input: RequestInvoiceInput!) {
    requestInvoice(input: $input) {
      ...InvoiceRequestRow
    }
  }
`);

export const IssueInvoiceMutation = graphql(`
  mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {
    issueInvoice(id: $id, input: $input) {
      ...InvoiceRequestRow
    }
  }
`);

export const RejectInvoiceMutation = graphql(`
  mutation RejectInvoice($id: ID!, $note: String!) {
    rejectInvoice(id: $id, note: $note) {
      ...InvoiceRequestRow
    }
  }
`);
