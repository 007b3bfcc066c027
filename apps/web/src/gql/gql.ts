/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountRow on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    superior {\n      id\n      loginName\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n    lastLoginAt\n    createdAt\n    updatedAt\n  }\n": typeof types.AccountRowFragmentDoc,
    "\n  query AccountList($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n": typeof types.AccountListDocument,
    "\n  query AccountOptions($filter: AccountFilter, $first: Int) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginName\n          realName\n          status\n        }\n      }\n    }\n  }\n": typeof types.AccountOptionsDocument,
    "\n  query AccountFormCatalog {\n    permissionCatalog {\n      code\n      labelZh\n      labelEn\n    }\n    rolePresets {\n      code\n      labelZh\n      labelEn\n      accountType\n      permissions\n    }\n  }\n": typeof types.AccountFormCatalogDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.CreateAccountDocument,
    "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.UpdateAccountDocument,
    "\n  mutation SetAccountStatus($id: ID!, $status: ActiveStatus!) {\n    setAccountStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SetAccountStatusDocument,
    "\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword)\n  }\n": typeof types.ResetAccountPasswordDocument,
    "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n  }\n": typeof types.AuditLogRowFragmentDoc,
    "\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n": typeof types.AuditLogListDocument,
    "\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n": typeof types.DealerRowFragmentDoc,
    "\n  query DealerList($text: String, $first: Int, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealerRow\n        }\n      }\n    }\n  }\n": typeof types.DealerListDocument,
    "\n  mutation CreateDealer($input: CreateDealerInput!) {\n    createDealer(input: $input) {\n      ...DealerRow\n    }\n  }\n": typeof types.CreateDealerDocument,
    "\n  fragment ViewerAccountFields on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    dealer {\n      id\n      name\n    }\n    delegate {\n      id\n      loginName\n      realName\n    }\n    delegateFrom\n    delegateUntil\n  }\n": typeof types.ViewerAccountFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    account {\n      ...ViewerAccountFields\n    }\n    actor {\n      ...ViewerAccountFields\n    }\n    actingAs {\n      id\n      loginName\n      realName\n    }\n    permissions\n    vendorRoles\n    principalsICanActFor {\n      id\n      loginName\n      realName\n      delegateFrom\n      delegateUntil\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ActAs($principalId: ID!) {\n    actAs(principalId: $principalId) {\n      ...ViewerFields\n    }\n  }\n": typeof types.ActAsDocument,
    "\n  mutation StopActingAs {\n    stopActingAs {\n      ...ViewerFields\n    }\n  }\n": typeof types.StopActingAsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      realName\n      mobile\n      updatedAt\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SetDelegate($input: SetDelegateInput!) {\n    setDelegate(input: $input) {\n      id\n      delegate {\n        id\n        loginName\n        realName\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n": typeof types.SetDelegateDocument,
    "\n  mutation ClearDelegate {\n    clearDelegate {\n      id\n      delegate {\n        id\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n": typeof types.ClearDelegateDocument,
    "\n  query DelegateCandidates($text: String) {\n    delegateCandidates(text: $text) {\n      id\n      loginName\n      realName\n    }\n  }\n": typeof types.DelegateCandidatesDocument,
    "\n  query VendorRoleCatalog {\n    vendorRoleCatalog {\n      code\n      labelZh\n      labelEn\n    }\n  }\n": typeof types.VendorRoleCatalogDocument,
    "\n  mutation CreateVendorStaff($input: CreateVendorStaffInput!) {\n    createVendorStaff(input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.CreateVendorStaffDocument,
    "\n  mutation UpdateVendorStaff($id: ID!, $input: UpdateVendorStaffInput!) {\n    updateVendorStaff(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n": typeof types.UpdateVendorStaffDocument,
};
const documents: Documents = {
    "\n  fragment AccountRow on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    superior {\n      id\n      loginName\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n    lastLoginAt\n    createdAt\n    updatedAt\n  }\n": types.AccountRowFragmentDoc,
    "\n  query AccountList($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n": types.AccountListDocument,
    "\n  query AccountOptions($filter: AccountFilter, $first: Int) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginName\n          realName\n          status\n        }\n      }\n    }\n  }\n": types.AccountOptionsDocument,
    "\n  query AccountFormCatalog {\n    permissionCatalog {\n      code\n      labelZh\n      labelEn\n    }\n    rolePresets {\n      code\n      labelZh\n      labelEn\n      accountType\n      permissions\n    }\n  }\n": types.AccountFormCatalogDocument,
    "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.CreateAccountDocument,
    "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n": types.UpdateAccountDocument,
    "\n  mutation SetAccountStatus($id: ID!, $status: ActiveStatus!) {\n    setAccountStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SetAccountStatusDocument,
    "\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword)\n  }\n": types.ResetAccountPasswordDocument,
    "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n  }\n": types.AuditLogRowFragmentDoc,
    "\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n": types.AuditLogListDocument,
    "\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n": types.DealerRowFragmentDoc,
    "\n  query DealerList($text: String, $first: Int, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealerRow\n        }\n      }\n    }\n  }\n": types.DealerListDocument,
    "\n  mutation CreateDealer($input: CreateDealerInput!) {\n    createDealer(input: $input) {\n      ...DealerRow\n    }\n  }\n": types.CreateDealerDocument,
    "\n  fragment ViewerAccountFields on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    dealer {\n      id\n      name\n    }\n    delegate {\n      id\n      loginName\n      realName\n    }\n    delegateFrom\n    delegateUntil\n  }\n": types.ViewerAccountFieldsFragmentDoc,
    "\n  fragment ViewerFields on Viewer {\n    account {\n      ...ViewerAccountFields\n    }\n    actor {\n      ...ViewerAccountFields\n    }\n    actingAs {\n      id\n      loginName\n      realName\n    }\n    permissions\n    vendorRoles\n    principalsICanActFor {\n      id\n      loginName\n      realName\n      delegateFrom\n      delegateUntil\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ActAs($principalId: ID!) {\n    actAs(principalId: $principalId) {\n      ...ViewerFields\n    }\n  }\n": types.ActAsDocument,
    "\n  mutation StopActingAs {\n    stopActingAs {\n      ...ViewerFields\n    }\n  }\n": types.StopActingAsDocument,
    "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      realName\n      mobile\n      updatedAt\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SetDelegate($input: SetDelegateInput!) {\n    setDelegate(input: $input) {\n      id\n      delegate {\n        id\n        loginName\n        realName\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n": types.SetDelegateDocument,
    "\n  mutation ClearDelegate {\n    clearDelegate {\n      id\n      delegate {\n        id\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n": types.ClearDelegateDocument,
    "\n  query DelegateCandidates($text: String) {\n    delegateCandidates(text: $text) {\n      id\n      loginName\n      realName\n    }\n  }\n": types.DelegateCandidatesDocument,
    "\n  query VendorRoleCatalog {\n    vendorRoleCatalog {\n      code\n      labelZh\n      labelEn\n    }\n  }\n": types.VendorRoleCatalogDocument,
    "\n  mutation CreateVendorStaff($input: CreateVendorStaffInput!) {\n    createVendorStaff(input: $input) {\n      ...AccountRow\n    }\n  }\n": types.CreateVendorStaffDocument,
    "\n  mutation UpdateVendorStaff($id: ID!, $input: UpdateVendorStaffInput!) {\n    updateVendorStaff(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n": types.UpdateVendorStaffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountRow on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    superior {\n      id\n      loginName\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n    lastLoginAt\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment AccountRow on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    superior {\n      id\n      loginName\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n    lastLoginAt\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountList($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountList($filter: AccountFilter, $first: Int, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AccountRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountOptions($filter: AccountFilter, $first: Int) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginName\n          realName\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountOptions($filter: AccountFilter, $first: Int) {\n    accounts(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id\n          loginName\n          realName\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountFormCatalog {\n    permissionCatalog {\n      code\n      labelZh\n      labelEn\n    }\n    rolePresets {\n      code\n      labelZh\n      labelEn\n      accountType\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query AccountFormCatalog {\n    permissionCatalog {\n      code\n      labelZh\n      labelEn\n    }\n    rolePresets {\n      code\n      labelZh\n      labelEn\n      accountType\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAccount($id: ID!, $input: UpdateAccountInput!) {\n    updateAccount(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountStatus($id: ID!, $status: ActiveStatus!) {\n    setAccountStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountStatus($id: ID!, $status: ActiveStatus!) {\n    setAccountStatus(id: $id, status: $status) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetAccountPassword($id: ID!, $newPassword: String!) {\n    resetAccountPassword(id: $id, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n  }\n"): (typeof documents)["\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerList($text: String, $first: Int, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealerRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerList($text: String, $first: Int, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealerRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateDealer($input: CreateDealerInput!) {\n    createDealer(input: $input) {\n      ...DealerRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateDealer($input: CreateDealerInput!) {\n    createDealer(input: $input) {\n      ...DealerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerAccountFields on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    dealer {\n      id\n      name\n    }\n    delegate {\n      id\n      loginName\n      realName\n    }\n    delegateFrom\n    delegateUntil\n  }\n"): (typeof documents)["\n  fragment ViewerAccountFields on Account {\n    id\n    kind\n    loginName\n    realName\n    mobile\n    accountType\n    vendorRoles\n    status\n    permissions\n    dealer {\n      id\n      name\n    }\n    delegate {\n      id\n      loginName\n      realName\n    }\n    delegateFrom\n    delegateUntil\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    account {\n      ...ViewerAccountFields\n    }\n    actor {\n      ...ViewerAccountFields\n    }\n    actingAs {\n      id\n      loginName\n      realName\n    }\n    permissions\n    vendorRoles\n    principalsICanActFor {\n      id\n      loginName\n      realName\n      delegateFrom\n      delegateUntil\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    account {\n      ...ViewerAccountFields\n    }\n    actor {\n      ...ViewerAccountFields\n    }\n    actingAs {\n      id\n      loginName\n      realName\n    }\n    permissions\n    vendorRoles\n    principalsICanActFor {\n      id\n      loginName\n      realName\n      delegateFrom\n      delegateUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActAs($principalId: ID!) {\n    actAs(principalId: $principalId) {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation ActAs($principalId: ID!) {\n    actAs(principalId: $principalId) {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopActingAs {\n    stopActingAs {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  mutation StopActingAs {\n    stopActingAs {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      realName\n      mobile\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateProfileInput!) {\n    updateMyProfile(input: $input) {\n      id\n      realName\n      mobile\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDelegate($input: SetDelegateInput!) {\n    setDelegate(input: $input) {\n      id\n      delegate {\n        id\n        loginName\n        realName\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n"): (typeof documents)["\n  mutation SetDelegate($input: SetDelegateInput!) {\n    setDelegate(input: $input) {\n      id\n      delegate {\n        id\n        loginName\n        realName\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClearDelegate {\n    clearDelegate {\n      id\n      delegate {\n        id\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n"): (typeof documents)["\n  mutation ClearDelegate {\n    clearDelegate {\n      id\n      delegate {\n        id\n      }\n      delegateFrom\n      delegateUntil\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DelegateCandidates($text: String) {\n    delegateCandidates(text: $text) {\n      id\n      loginName\n      realName\n    }\n  }\n"): (typeof documents)["\n  query DelegateCandidates($text: String) {\n    delegateCandidates(text: $text) {\n      id\n      loginName\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorRoleCatalog {\n    vendorRoleCatalog {\n      code\n      labelZh\n      labelEn\n    }\n  }\n"): (typeof documents)["\n  query VendorRoleCatalog {\n    vendorRoleCatalog {\n      code\n      labelZh\n      labelEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVendorStaff($input: CreateVendorStaffInput!) {\n    createVendorStaff(input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVendorStaff($input: CreateVendorStaffInput!) {\n    createVendorStaff(input: $input) {\n      ...AccountRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVendorStaff($id: ID!, $input: UpdateVendorStaffInput!) {\n    updateVendorStaff(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVendorStaff($id: ID!, $input: UpdateVendorStaffInput!) {\n    updateVendorStaff(id: $id, input: $input) {\n      ...AccountRow\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;