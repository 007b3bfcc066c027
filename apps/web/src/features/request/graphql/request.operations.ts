import { graphql } from "@/gql";

/** A request type with its form and chain (submit form, 申请类型 admin page, filters). */
export const RequestTypeFieldsFragment = graphql(`
  fragment RequestTypeFields on RequestType {
    id
    code
    groupCode
    name
    description
    chain
    action
    maxAttachments
    active
    sortOrder
    fields {
      key
      label
      kind
      required
      options
    }
  }
`);

export const RequestTypesQuery = graphql(`
  query RequestTypes($includeInactive: Boolean) {
    requestTypes(includeInactive: $includeInactive) {
      ...RequestTypeFields
    }
  }
`);

/** One row of 所有业务 / 待办业务 / 待审批. */
export const BusinessRequestRowFragment = graphql(`
  fragment BusinessRequestRow on BusinessRequest {
    id
    requestNo
    status
    chain
    currentStep
    amount
    createdAt
    endedAt
    type {
      id
      name
      groupCode
    }
    dealer {
      id
      name
    }
    submitter {
      id
      realName
      loginName
    }
    order {
      id
      orderNo
    }
  }
`);

export const BusinessRequestsQuery = graphql(`
  query BusinessRequests($filter: RequestFilter, $first: Int!, $after: String) {
    businessRequests(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BusinessRequestRow
        }
      }
    }
  }
`);

export const BusinessRequestDetailFragment = graphql(`
  fragment BusinessRequestDetail on BusinessRequest {
    ...BusinessRequestRow
    payload
    remark
    updatedAt
    viewerMayDecide
    viewerIsSubmitter
    type {
      ...RequestTypeFields
    }
    order {
      id
      orderNo
      status
      amountDue
      reductionAmount
    }
    steps {
      stepNo
      role
      decision
      comment
      decidedAt
      decider {
        id
        realName
      }
    }
    attachments {
      id
      fileName
      contentType
      sizeBytes
      createdAt
      downloadUrl
    }
  }
`);

export const BusinessRequestQuery = graphql(`
  query BusinessRequest($id: ID!) {
    businessRequest(id: $id) {
      ...BusinessRequestDetail
    }
  }
`);

export const SubmitBusinessRequestMutation = graphql(`
  mutation SubmitBusinessRequest($input: SubmitRequestInput!) {
    submitBusinessRequest(input: $input) {
      id
      requestNo
    }
  }
`);

export const WithdrawBusinessRequestMutation = graphql(`
  mutation WithdrawBusinessRequest($id: ID!) {
    withdrawBusinessRequest(id: $id) {
      ...BusinessRequestDetail
    }
  }
`);

export const DecideBusinessRequestMutation = graphql(`
  mutation DecideBusinessRequest($id: ID!, $step: Int!, $decision: StepDecision!, $comment: String) {
    decideBusinessRequest(id: $id, step: $step, decision: $decision, comment: $comment) {
      ...BusinessRequestDetail
    }
  }
`);

export const SaveRequestTypeMutation = graphql(`
  mutation SaveRequestType($id: ID, $input: RequestTypeInput!) {
    saveRequestType(id: $id, input: $input) {
      ...RequestTypeFields
    }
  }
`);
