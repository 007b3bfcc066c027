import { graphql } from "@/gql";

/** One row of 报备列表 and of an enterprise's 报备状态 tab. */
export const RegistrationRowFragment = graphql(`
  fragment RegistrationRow on Registration {
    id
    domain
    domainUnicode
    status
    startsAt
    expiresAt
    daysLeft
    endedAt
    productLine {
      id
      code
      name
    }
    account {
      id
      loginName
      realName
    }
    enterprise {
      id
      name
    }
  }
`);

/** 报备列表: the viewer's visible registrations, newest first. */
export const RegistrationsQuery = graphql(`
  query Registrations($filter: RegistrationFilter, $first: Int!, $after: String) {
    registrations(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RegistrationRow
        }
      }
    }
  }
`);

/** 报备锁定: lock (product line, domain) for 90 days by the viewer's account. */
export const RegisterDomainMutation = graphql(`
  mutation RegisterDomain($input: RegisterDomainInput!) {
    registerDomain(input: $input) {
      ...RegistrationRow
    }
  }
`);

/** 解锁: ends an active lock now and frees its quota slot. */
export const UnlockRegistrationMutation = graphql(`
  mutation UnlockRegistration($id: ID!) {
    unlockRegistration(id: $id) {
      ...RegistrationRow
    }
  }
`);

/** The holder named in a shared list URL, to label the account picker. */
export const HolderLabelQuery = graphql(`
  query RegistrationHolderLabel($id: ID!) {
    account(id: $id) {
      id
      loginName
      realName
    }
  }
`);

/** Whether the viewer sees more accounts than its own (then 报备帐号 can be filtered). */
export const VisibleDealerAccountsQuery = graphql(`
  query VisibleDealerAccounts {
    accounts(filter: { kind: DEALER }, first: 1) {
      totalCount
    }
  }
`);
