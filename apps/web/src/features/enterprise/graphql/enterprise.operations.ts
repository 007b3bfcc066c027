import { graphql } from "@/gql";

/** The columns every enterprise list shows. */
export const EnterpriseRowFragment = graphql(`
  fragment EnterpriseRow on Enterprise {
    id
    name
    mainDomain
    mainDomainUnicode
    regionCode
    regionName
    industry
    scale
    source
    status
    tags {
      id
      name
      color
    }
    owner {
      id
      loginName
      realName
    }
    lastFollowUpAt
    createdAt
  }
`);

/** 全部录入企业 (aliased `list` like the other three, so the page reads them alike). */
export const AllEnterprisesQuery = graphql(`
  query AllEnterprises(
    $filter: EnterpriseFilter
    $sort: EnterpriseSort!
    $direction: SortDirection!
    $first: Int!
    $after: String
  ) {
    list: enterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EnterpriseRow
        }
      }
    }
  }
`);

/** 企业待续费: a PAID service expiring within N days. */
export const RenewalDueEnterprisesQuery = graphql(`
  query RenewalDueEnterprises(
    $withinDays: Int!
    $filter: EnterpriseFilter
    $sort: EnterpriseSort!
    $direction: SortDirection!
    $first: Int!
    $after: String
  ) {
    list: renewalDueEnterprises(
      withinDays: $withinDays
      filter: $filter
      sort: $sort
      direction: $direction
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EnterpriseRow
          nextPaidExpiresAt
          services {
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
        }
      }
    }
  }
`);

/** 试用过期企业. */
export const TrialExpiredEnterprisesQuery = graphql(`
  query TrialExpiredEnterprises(
    $filter: EnterpriseFilter
    $sort: EnterpriseSort!
    $direction: SortDirection!
    $first: Int!
    $after: String
  ) {
    list: trialExpiredEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EnterpriseRow
          trialExpiredAt
          services {
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
        }
      }
    }
  }
`);

/** 甩单企业: with the routing time and the dealer's view of the routing trace. */
export const RoutedEnterprisesQuery = graphql(`
  query RoutedEnterprises(
    $filter: EnterpriseFilter
    $sort: EnterpriseSort!
    $direction: SortDirection!
    $first: Int!
    $after: String
  ) {
    list: routedEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...EnterpriseRow
          routedAt
          routingTrace
        }
      }
    }
  }
`);

/** The owner named in a shared list URL, to label the account picker. */
export const OwnerLabelQuery = graphql(`
  query OwnerLabel($id: ID!) {
    account(id: $id) {
      id
      loginName
      realName
    }
  }
`);

/** Whether the viewer sees any active colleague (a superior) to pick as owner. */
export const AssignableOwnersQuery = graphql(`
  query AssignableOwners {
    accounts(filter: { kind: DEALER, status: ACTIVE }, first: 1) {
      totalCount
    }
  }
`);

export const EnterpriseDetailFragment = graphql(`
  fragment EnterpriseDetail on Enterprise {
    ...EnterpriseRow
    notes
    domains {
      domain
      unicode
      isMain
    }
    secondaryDomains {
      domain
      unicode
    }
    productLine {
      id
      name
    }
    contacts {
      id
      name
      mobile
      email
      title
    }
    services {
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
    createdBy {
      id
      loginName
      realName
    }
    nextPaidExpiresAt
    trialExpiredAt
    routedAt
    routingTrace
    updatedAt
  }
`);

export const EnterpriseDetailQuery = graphql(`
  query EnterpriseDetailPage($id: ID!) {
    enterprise(id: $id) {
      ...EnterpriseDetail
    }
  }
`);

export const CreateEnterpriseMutation = graphql(`
  mutation CreateEnterprise($input: CreateEnterpriseInput!) {
    createEnterprise(input: $input) {
      ...EnterpriseDetail
    }
  }
`);

export const UpdateEnterpriseMutation = graphql(`
  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {
    updateEnterprise(id: $id, input: $input) {
      ...EnterpriseDetail
    }
  }
`);

export const ReassignEnterpriseMutation = graphql(`
  mutation ReassignEnterprise($id: ID!, $ownerAccountId: ID!) {
    reassignEnterprise(id: $id, ownerAccountId: $ownerAccountId) {
      id
      owner {
        id
        loginName
        realName
      }
      updatedAt
    }
  }
`);

export const SetEnterpriseTagsMutation = graphql(`
  mutation SetEnterpriseTags($id: ID!, $tagIds: [ID!]!) {
    setEnterpriseTags(id: $id, tagIds: $tagIds) {
      id
      tags {
        id
        name
        color
      }
      updatedAt
    }
  }
`);

export const AddEnterpriseContactMutation = graphql(`
  mutation AddEnterpriseContact($enterpriseId: ID!, $input: EnterpriseContactInput!) {
    addEnterpriseContact(enterpriseId: $enterpriseId, input: $input) {
      id
      name
      mobile
      email
      title
    }
  }
`);

export const UpdateEnterpriseContactMutation = graphql(`
  mutation UpdateEnterpriseContact($id: ID!, $input: EnterpriseContactInput!) {
    updateEnterpriseContact(id: $id, input: $input) {
      id
      name
      mobile
      email
      title
    }
  }
`);

export const RemoveEnterpriseContactMutation = graphql(`
  mutation RemoveEnterpriseContact($id: ID!) {
    removeEnterpriseContact(id: $id)
  }
`);

export const FollowUpItemFragment = graphql(`
  fragment FollowUpItem on FollowUp {
    id
    channel
    content
    nextStep
    nextAt
    happenedAt
    createdAt
    author {
      id
      loginName
      realName
    }
  }
`);

/** 跟进记录, newest first, one page at a time ("load more"). */
export const EnterpriseFollowUpsQuery = graphql(`
  query EnterpriseFollowUps($id: ID!, $first: Int!, $after: String) {
    enterprise(id: $id) {
      id
      lastFollowUpAt
      followUps(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            ...FollowUpItem
          }
        }
      }
    }
  }
`);

export const AddFollowUpMutation = graphql(`
  mutation AddFollowUp($enterpriseId: ID!, $input: FollowUpInput!) {
    addFollowUp(enterpriseId: $enterpriseId, input: $input) {
      ...FollowUpItem
    }
  }
`);
