import { graphql } from "@/gql";

export const AccountRowFragment = graphql(`
  fragment AccountRow on Account {
    id
    kind
    loginName
    realName
    mobile
    accountType
    vendorRoles
    status
    permissions
    superior {
      id
      loginName
      realName
    }
    dealer {
      id
      name
    }
    lastLoginAt
    createdAt
    updatedAt
  }
`);

export const AccountListQuery = graphql(`
  query AccountList($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AccountRow
        }
      }
    }
  }
`);

export const AccountOptionsQuery = graphql(`
  query AccountOptions($filter: AccountFilter, $first: Int) {
    accounts(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id
          loginName
          realName
          status
        }
      }
    }
  }
`);

export const AccountFormCatalogQuery = graphql(`
  query AccountFormCatalog {
    permissionCatalog {
      code
      labelZh
      labelEn
    }
    rolePresets {
      code
      labelZh
      labelEn
      accountType
      permissions
    }
  }
`);

export const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountRow
    }
  }
`);

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, input: $input) {
      ...AccountRow
    }
  }
`);

export const SetAccountStatusMutation = graphql(`
  mutation SetAccountStatus($id: ID!, $status: ActiveStatus!) {
    setAccountStatus(id: $id, status: $status) {
      id
      status
      updatedAt
    }
  }
`);

export const ResetAccountPasswordMutation = graphql(`
  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {
    resetAccountPassword(id: $id, newPassword: $newPassword)
  }
`);
