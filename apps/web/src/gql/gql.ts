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
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    ownerKind\n    scopes\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    apiKeyScopeCatalog {\n      scope\n      label\n      labelEn\n      owner\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query ApiKeyCalls($apiKeyId: ID!, $first: Int!, $after: String) {\n    apiKeyCalls(apiKeyId: $apiKeyId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          operationType\n          operationName\n          rootFields\n          outcome\n          clientIp\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.ApiKeyCallsDocument,
    "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    actor {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n    principal {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AuditLogRowFragmentDoc,
    "\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n": typeof types.AuditLogListDocument,
    "\n  query AuditAccountName($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n": typeof types.AuditAccountNameDocument,
    "\n  query CampaignList($filter: CampaignFilter, $page: Int!, $pageSize: Int!) {\n    campaigns(filter: $filter, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        id\n        slug\n        name\n        dealerName\n        creatorName\n        createdAt\n        validFrom\n        validTo\n        reviewStatus\n        reviewReason\n        enabled\n        liveness\n        channels {\n          code\n          name\n          sharePath\n        }\n      }\n    }\n  }\n": typeof types.CampaignListDocument,
    "\n  mutation SetCampaignEnabled($id: ID!, $enabled: Boolean!) {\n    setCampaignEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n      liveness\n    }\n  }\n": typeof types.SetCampaignEnabledDocument,
    "\n  mutation ReviewCampaign($id: ID!, $decision: CampaignReviewDecision!, $reason: String) {\n    reviewCampaign(id: $id, decision: $decision, reason: $reason) {\n      id\n      reviewStatus\n      reviewReason\n      liveness\n    }\n  }\n": typeof types.ReviewCampaignDocument,
    "\n  query CampaignStatsPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      slug\n    }\n    campaignStats(id: $id) {\n      totals {\n        pv\n        uv\n        signups\n      }\n      channels {\n        code\n        name\n        pv\n        uv\n        signups\n      }\n      daily {\n        day\n        pv\n        uv\n        signups\n      }\n    }\n  }\n": typeof types.CampaignStatsPageDocument,
    "\n  fragment CampaignEditorFields on Campaign {\n    id\n    slug\n    name\n    title\n    bodyHtml\n    bannerUrl\n    formFields\n    validFrom\n    validTo\n    reviewStatus\n    reviewReason\n    enabled\n    liveness\n    dealerName\n    creatorName\n    createdAt\n    channels {\n      code\n      name\n      sharePath\n    }\n  }\n": typeof types.CampaignEditorFieldsFragmentDoc,
    "\n  query CampaignEditor($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignEditorFields\n    }\n  }\n": typeof types.CampaignEditorDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n": typeof types.UpdateCampaignDocument,
    "\n  query CampaignReviewQueue($page: Int!, $pageSize: Int!) {\n    campaigns(filter: { reviewStatus: PENDING }, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        ...CampaignEditorFields\n      }\n    }\n  }\n": typeof types.CampaignReviewQueueDocument,
    "\n  query ProductLines {\n    productLines {\n      id\n      code\n      name\n    }\n  }\n": typeof types.ProductLinesDocument,
    "\n  fragment CatalogEdition on Edition {\n    id\n    code\n    name\n    isSpecial\n    listPrice\n    active\n    sortOrder\n  }\n": typeof types.CatalogEditionFragmentDoc,
    "\n  fragment CatalogAddon on Addon {\n    id\n    code\n    name\n    description\n    active\n    sortOrder\n  }\n": typeof types.CatalogAddonFragmentDoc,
    "\n  fragment CatalogProductLine on ProductLine {\n    id\n    code\n    name\n    sortOrder\n    giftRule {\n      perPaidMonths\n      maxGiftMonths\n      labelZh\n      labelEn\n    }\n    editions(includeInactive: true) {\n      ...CatalogEdition\n    }\n    addons(includeInactive: true) {\n      ...CatalogAddon\n    }\n  }\n": typeof types.CatalogProductLineFragmentDoc,
    "\n  query ProductCatalog {\n    productLines {\n      ...CatalogProductLine\n    }\n  }\n": typeof types.ProductCatalogDocument,
    "\n  mutation CreateProductLine($input: CreateProductLineInput!) {\n    createProductLine(input: $input) {\n      ...CatalogProductLine\n    }\n  }\n": typeof types.CreateProductLineDocument,
    "\n  mutation UpdateProductLine($id: ID!, $input: UpdateProductLineInput!) {\n    updateProductLine(id: $id, input: $input) {\n      ...CatalogProductLine\n    }\n  }\n": typeof types.UpdateProductLineDocument,
    "\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...CatalogEdition\n    }\n  }\n": typeof types.CreateEditionDocument,
    "\n  mutation UpdateEdition($id: ID!, $input: UpdateEditionInput!) {\n    updateEdition(id: $id, input: $input) {\n      ...CatalogEdition\n    }\n  }\n": typeof types.UpdateEditionDocument,
    "\n  mutation CreateAddon($input: CreateAddonInput!) {\n    createAddon(input: $input) {\n      ...CatalogAddon\n    }\n  }\n": typeof types.CreateAddonDocument,
    "\n  mutation UpdateAddon($id: ID!, $input: UpdateAddonInput!) {\n    updateAddon(id: $id, input: $input) {\n      ...CatalogAddon\n    }\n  }\n": typeof types.UpdateAddonDocument,
    "\n  fragment ContractFileRow on ContractFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploadedBy {\n      id\n      realName\n      loginName\n    }\n  }\n": typeof types.ContractFileRowFragmentDoc,
    "\n  query OrderContracts($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n": typeof types.OrderContractsDocument,
    "\n  mutation DeleteContractFile($id: ID!) {\n    deleteContractFile(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n": typeof types.DeleteContractFileDocument,
    "\n  query DealerHome {\n    dealerHome {\n      routedNotFollowedUp\n      registrationsEndingSoon\n      endingSoonDays\n      ordersPendingPayment\n      requestsPending\n      unreadNotices\n      balance\n      periodStart\n      quotas {\n        productLineId\n        productLineName\n        dealerMax\n        dealerUsed\n        ownMax\n        ownUsed\n        available\n      }\n      funnel {\n        stage\n        count\n      }\n    }\n  }\n": typeof types.DealerHomeDocument,
    "\n  query VendorHome {\n    vendorHome {\n      panels\n      channelManager {\n        pendingApprovals\n        dealers {\n          id\n          name\n          status\n          balance\n          openRegistrations\n          pendingApprovals\n          quotas {\n            productLineName\n            max\n            used\n          }\n          discounts {\n            productLineName\n            rateBp\n          }\n        }\n      }\n      salesDirector {\n        queueSize\n        oldestWaitingSince\n        recentDecisions {\n          requestId\n          requestNo\n          typeName\n          dealerName\n          decision\n          decidedAt\n          decidedByName\n        }\n      }\n      finance {\n        monthStart\n        topUpsThisMonth\n        topUpCountThisMonth\n        totalBalance\n        invoicesPending\n        dailyTopUps {\n          date\n          amount\n        }\n      }\n      operations {\n        ordersPendingConfirmation\n        unroutedLeads\n        routedLeadsLast7Days\n        recentAnnouncements {\n          id\n          title\n          createdAt\n        }\n      }\n      platformAdmin {\n        activeDealers\n        disabledDealers\n        activeAccounts\n        signedInLast30Days\n        periodStart\n        productLines {\n          productLineId\n          productLineName\n          orders\n          paidOrders\n          revenue\n        }\n      }\n    }\n  }\n": typeof types.VendorHomeDocument,
    "\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    regions {\n      code\n      name\n    }\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n": typeof types.DealerRowFragmentDoc,
    "\n  query DealerList($text: String, $first: Int, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealerRow\n        }\n      }\n    }\n  }\n": typeof types.DealerListDocument,
    "\n  mutation CreateDealer($input: CreateDealerInput!) {\n    createDealer(input: $input) {\n      ...DealerRow\n    }\n  }\n": typeof types.CreateDealerDocument,
    "\n  mutation SetDealerRegions($dealerId: ID!, $regionCodes: [String!]!) {\n    setDealerRegions(dealerId: $dealerId, regionCodes: $regionCodes) {\n      ...DealerRow\n    }\n  }\n": typeof types.SetDealerRegionsDocument,
    "\n  fragment EnterpriseRow on Enterprise {\n    id\n    name\n    mainDomain\n    mainDomainUnicode\n    regionCode\n    regionName\n    industry\n    scale\n    source\n    status\n    tags {\n      id\n      name\n      color\n    }\n    owner {\n      id\n      loginName\n      realName\n    }\n    lastFollowUpAt\n    createdAt\n  }\n": typeof types.EnterpriseRowFragmentDoc,
    "\n  query AllEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: enterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n        }\n      }\n    }\n  }\n": typeof types.AllEnterprisesDocument,
    "\n  query RenewalDueEnterprises(\n    $withinDays: Int!\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: renewalDueEnterprises(\n      withinDays: $withinDays\n      filter: $filter\n      sort: $sort\n      direction: $direction\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          nextPaidExpiresAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RenewalDueEnterprisesDocument,
    "\n  query TrialExpiredEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: trialExpiredEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          trialExpiredAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.TrialExpiredEnterprisesDocument,
    "\n  query RoutedEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: routedEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          routedAt\n          routingTrace\n        }\n      }\n    }\n  }\n": typeof types.RoutedEnterprisesDocument,
    "\n  query OwnerLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n": typeof types.OwnerLabelDocument,
    "\n  query AssignableOwners {\n    accounts(filter: { kind: DEALER, status: ACTIVE }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.AssignableOwnersDocument,
    "\n  fragment EnterpriseDetail on Enterprise {\n    ...EnterpriseRow\n    notes\n    domains {\n      domain\n      unicode\n      isMain\n    }\n    secondaryDomains {\n      domain\n      unicode\n    }\n    productLine {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n      mobile\n      email\n      title\n    }\n    services {\n      id\n      kind\n      domain\n      domainUnicode\n      seats\n      startsAt\n      expiresAt\n      productLine {\n        id\n        name\n      }\n      edition {\n        id\n        name\n      }\n    }\n    createdBy {\n      id\n      loginName\n      realName\n    }\n    nextPaidExpiresAt\n    trialExpiredAt\n    routedAt\n    routingTrace\n    updatedAt\n  }\n": typeof types.EnterpriseDetailFragmentDoc,
    "\n  query EnterpriseDetailPage($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseDetail\n    }\n  }\n": typeof types.EnterpriseDetailPageDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n": typeof types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n": typeof types.UpdateEnterpriseDocument,
    "\n  mutation ReassignEnterprise($id: ID!, $ownerAccountId: ID!) {\n    reassignEnterprise(id: $id, ownerAccountId: $ownerAccountId) {\n      id\n      owner {\n        id\n        loginName\n        realName\n      }\n      updatedAt\n    }\n  }\n": typeof types.ReassignEnterpriseDocument,
    "\n  mutation SetEnterpriseTags($id: ID!, $tagIds: [ID!]!) {\n    setEnterpriseTags(id: $id, tagIds: $tagIds) {\n      id\n      tags {\n        id\n        name\n        color\n      }\n      updatedAt\n    }\n  }\n": typeof types.SetEnterpriseTagsDocument,
    "\n  mutation AddEnterpriseContact($enterpriseId: ID!, $input: EnterpriseContactInput!) {\n    addEnterpriseContact(enterpriseId: $enterpriseId, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n": typeof types.AddEnterpriseContactDocument,
    "\n  mutation UpdateEnterpriseContact($id: ID!, $input: EnterpriseContactInput!) {\n    updateEnterpriseContact(id: $id, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n": typeof types.UpdateEnterpriseContactDocument,
    "\n  mutation RemoveEnterpriseContact($id: ID!) {\n    removeEnterpriseContact(id: $id)\n  }\n": typeof types.RemoveEnterpriseContactDocument,
    "\n  fragment FollowUpItem on FollowUp {\n    id\n    channel\n    content\n    nextStep\n    nextAt\n    happenedAt\n    createdAt\n    author {\n      id\n      loginName\n      realName\n    }\n  }\n": typeof types.FollowUpItemFragmentDoc,
    "\n  query EnterpriseFollowUps($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      lastFollowUpAt\n      followUps(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FollowUpItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.EnterpriseFollowUpsDocument,
    "\n  mutation AddFollowUp($enterpriseId: ID!, $input: FollowUpInput!) {\n    addFollowUp(enterpriseId: $enterpriseId, input: $input) {\n      ...FollowUpItem\n    }\n  }\n": typeof types.AddFollowUpDocument,
    "\n  fragment TagItem on Tag {\n    id\n    name\n    color\n    enterpriseCount\n    createdAt\n  }\n": typeof types.TagItemFragmentDoc,
    "\n  query Tags {\n    tags {\n      ...TagItem\n    }\n  }\n": typeof types.TagsDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      ...TagItem\n    }\n  }\n": typeof types.CreateTagDocument,
    "\n  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {\n    updateTag(id: $id, input: $input) {\n      ...TagItem\n    }\n  }\n": typeof types.UpdateTagDocument,
    "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n": typeof types.DeleteTagDocument,
    "\n  fragment InvoiceRequestRow on InvoiceRequest {\n    id\n    status\n    orderId\n    orderNo\n    title\n    taxNumber\n    amount\n    note\n    invoiceNo\n    handledNote\n    handledAt\n    createdAt\n    dealer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      realName\n    }\n    handledBy {\n      id\n      realName\n    }\n  }\n": typeof types.InvoiceRequestRowFragmentDoc,
    "\n  query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int!, $after: String) {\n    invoiceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvoiceRequestRow\n        }\n      }\n    }\n  }\n": typeof types.InvoiceRequestsDocument,
    "\n  query InvoiceableOrders {\n    invoiceableOrders(first: 200) {\n      orderId\n      orderNo\n      amount\n      paidAt\n      enterpriseName\n    }\n  }\n": typeof types.InvoiceableOrdersDocument,
    "\n  mutation RequestInvoice($input: RequestInvoiceInput!) {\n    requestInvoice(input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n": typeof types.RequestInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(id: $id, input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n": typeof types.IssueInvoiceDocument,
    "\n  mutation RejectInvoice($id: ID!, $note: String!) {\n    rejectInvoice(id: $id, note: $note) {\n      ...InvoiceRequestRow\n    }\n  }\n": typeof types.RejectInvoiceDocument,
    "\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    orderId\n    orderNo\n    reference\n    note\n    createdAt\n    createdBy {\n      id\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n  }\n": typeof types.LedgerEntryRowFragmentDoc,
    "\n  query DealerInfo {\n    myDealer {\n      id\n      name\n      regionName\n      status\n      balance\n      channelManager {\n        id\n        realName\n      }\n      quotas {\n        productLine {\n          id\n          code\n          name\n        }\n        max\n        used\n        available\n      }\n      discounts {\n        productLine {\n          id\n          code\n          name\n        }\n        rateBp\n      }\n    }\n  }\n": typeof types.DealerInfoDocument,
    "\n  query LedgerEntries($filter: LedgerEntryFilter, $first: Int!, $after: String) {\n    ledgerEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n": typeof types.LedgerEntriesDocument,
    "\n  query BalanceHistory($dealerId: ID!, $days: Int!) {\n    balanceHistory(dealerId: $dealerId, days: $days) {\n      date\n      balance\n    }\n  }\n": typeof types.BalanceHistoryDocument,
    "\n  query DealerBalance($id: ID!) {\n    dealer(id: $id) {\n      id\n      name\n      balance\n    }\n  }\n": typeof types.DealerBalanceDocument,
    "\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) {\n      ...LedgerEntryRow\n    }\n  }\n": typeof types.TopUpDocument,
    "\n  fragment NoticeRow on Notice {\n    id\n    type\n    title\n    body\n    link\n    params\n    eventCount\n    read\n    createdAt\n    lastEventAt\n  }\n": typeof types.NoticeRowFragmentDoc,
    "\n  query Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeRow\n        }\n      }\n    }\n  }\n": typeof types.NoticesDocument,
    "\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n": typeof types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n      eventCount\n      lastEventAt\n    }\n  }\n": typeof types.MarkNoticeReadDocument,
    "\n  mutation MarkAllNoticesRead {\n    markAllNoticesRead\n  }\n": typeof types.MarkAllNoticesReadDocument,
    "\n  fragment AnnouncementRow on Announcement {\n    id\n    title\n    body\n    link\n    allDealers\n    publishedByName\n    createdAt\n    dealers {\n      id\n      name\n    }\n  }\n": typeof types.AnnouncementRowFragmentDoc,
    "\n  query Announcements($first: Int!, $after: String) {\n    announcements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AnnouncementRow\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementsDocument,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.PublishAnnouncementDocument,
    "\n  query AnnouncementDealerOptions($text: String) {\n    dealers(text: $text, first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementDealerOptionsDocument,
    "\n  fragment OrderRow on Order {\n    id\n    orderNo\n    type\n    status\n    domain\n    domainUnicode\n    editionName\n    seats\n    months\n    giftMonths\n    trialDays\n    listAmount\n    settlementAmount\n    reductionAmount\n    amountDue\n    confirmationReasons\n    createdAt\n    productLine {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    creator {\n      id\n      loginName\n      realName\n    }\n  }\n": typeof types.OrderRowFragmentDoc,
    "\n  fragment OrderServiceFields on Service {\n    id\n    kind\n    domain\n    domainUnicode\n    seats\n    startsAt\n    expiresAt\n    productLine {\n      id\n      name\n    }\n    edition {\n      id\n      name\n    }\n  }\n": typeof types.OrderServiceFieldsFragmentDoc,
    "\n  fragment OrderDetail on Order {\n    ...OrderRow\n    remark\n    rejectReason\n    decidedAt\n    paidAt\n    closedAt\n    updatedAt\n    service {\n      ...OrderServiceFields\n    }\n  }\n": typeof types.OrderDetailFragmentDoc,
    "\n  query Orders($filter: OrderFilter, $first: Int!, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n": typeof types.OrdersDocument,
    "\n  query OrderDetailPage($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail\n    }\n  }\n": typeof types.OrderDetailPageDocument,
    "\n  query OrderQuote($input: CreateOrderInput!) {\n    orderQuote(input: $input) {\n      type\n      domain\n      seats\n      months\n      giftMonths\n      allowedGiftMonths\n      trialDays\n      remainingDays\n      listAmount\n      settlementAmount\n      confirmationReasons\n    }\n  }\n": typeof types.OrderQuoteDocument,
    "\n  query OrderCatalog {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        perPaidMonths\n        maxGiftMonths\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice\n      }\n    }\n  }\n": typeof types.OrderCatalogDocument,
    "\n  query MyDealerBalance {\n    myDealer {\n      id\n      balance\n    }\n  }\n": typeof types.MyDealerBalanceDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderDetail\n    }\n  }\n": typeof types.CreateOrderDocument,
    "\n  mutation PayOrder($id: ID!, $idempotencyKey: String!) {\n    payOrder(id: $id, idempotencyKey: $idempotencyKey) {\n      ...OrderDetail\n    }\n  }\n": typeof types.PayOrderDocument,
    "\n  mutation CloseOrder($id: ID!) {\n    closeOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n": typeof types.CloseOrderDocument,
    "\n  mutation ConfirmOrder($id: ID!) {\n    confirmOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n": typeof types.ConfirmOrderDocument,
    "\n  mutation RejectOrder($id: ID!, $reason: String!) {\n    rejectOrder(id: $id, reason: $reason) {\n      ...OrderDetail\n    }\n  }\n": typeof types.RejectOrderDocument,
    "\n  query OrderEnterpriseRegistrations($enterpriseId: ID!) {\n    registrations(filter: { enterpriseId: $enterpriseId, status: ACTIVE }, first: 50) {\n      edges {\n        node {\n          id\n          domain\n          productLine {\n            id\n          }\n        }\n      }\n    }\n  }\n": typeof types.OrderEnterpriseRegistrationsDocument,
    "\n  fragment DealerDiscountFields on DealerDiscount {\n    rateBp\n    updatedAt\n    productLine {\n      id\n      code\n      name\n    }\n  }\n": typeof types.DealerDiscountFieldsFragmentDoc,
    "\n  query DealerDiscounts($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          discounts {\n            ...DealerDiscountFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealerDiscountsDocument,
    "\n  mutation SetDealerDiscounts($dealerId: ID!, $input: SetDealerDiscountsInput!) {\n    setDealerDiscounts(dealerId: $dealerId, input: $input) {\n      id\n      discounts {\n        ...DealerDiscountFields\n      }\n    }\n  }\n": typeof types.SetDealerDiscountsDocument,
    "\n  query PriceList($dealerId: ID) {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice(dealerId: $dealerId)\n      }\n    }\n  }\n": typeof types.PriceListDocument,
    "\n  fragment PoolEntryRow on PublicPoolEnterprise {\n    id\n    name\n    regionCode\n    regionName\n    industry\n    scale\n    productLines {\n      id\n      name\n    }\n    expiredAt\n    enteredAt\n  }\n": typeof types.PoolEntryRowFragmentDoc,
    "\n  query PublicPool($filter: PublicPoolFilter, $first: Int!, $after: String) {\n    publicPoolEnterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PoolEntryRow\n        }\n      }\n    }\n  }\n": typeof types.PublicPoolDocument,
    "\n  query MyDealerRegions {\n    myDealer {\n      id\n      regions {\n        code\n        name\n      }\n    }\n  }\n": typeof types.MyDealerRegionsDocument,
    "\n  mutation ClaimPoolEnterprise($id: ID!) {\n    claimPoolEnterprise(id: $id) {\n      id\n      enterpriseId\n      claimedAt\n      claimDay\n    }\n  }\n": typeof types.ClaimPoolEnterpriseDocument,
    "\n  query PoolSettings {\n    poolSettings {\n      graceDays\n      dailyClaimCap\n    }\n  }\n": typeof types.PoolSettingsDocument,
    "\n  mutation UpdatePoolSettings($input: PoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      graceDays\n      dailyClaimCap\n    }\n  }\n": typeof types.UpdatePoolSettingsDocument,
    "\n  mutation RunPublicPoolJob {\n    runPublicPoolJob\n  }\n": typeof types.RunPublicPoolJobDocument,
    "\n  fragment QuotaFields on QuotaEntry {\n    productLine {\n      id\n      code\n      name\n    }\n    max\n    used\n    available\n  }\n": typeof types.QuotaFieldsFragmentDoc,
    "\n  query MyQuotas {\n    me {\n      account {\n        id\n        quotas {\n          ...QuotaFields\n        }\n      }\n    }\n    myDealer {\n      id\n      name\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n": typeof types.MyQuotasDocument,
    "\n  query AccountQuotas($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          loginName\n          realName\n          accountType\n          status\n          permissions\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccountQuotasDocument,
    "\n  mutation SetAccountQuotas($accountId: ID!, $input: SetQuotasInput!) {\n    setAccountQuotas(accountId: $accountId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n": typeof types.SetAccountQuotasDocument,
    "\n  query DealerQuotas($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.DealerQuotasDocument,
    "\n  mutation SetDealerQuotas($dealerId: ID!, $input: SetQuotasInput!) {\n    setDealerQuotas(dealerId: $dealerId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n": typeof types.SetDealerQuotasDocument,
    "\n  fragment RegistrationRow on Registration {\n    id\n    domain\n    domainUnicode\n    status\n    startsAt\n    expiresAt\n    daysLeft\n    endedAt\n    productLine {\n      id\n      code\n      name\n    }\n    account {\n      id\n      loginName\n      realName\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n": typeof types.RegistrationRowFragmentDoc,
    "\n  query Registrations($filter: RegistrationFilter, $first: Int!, $after: String) {\n    registrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RegistrationRow\n        }\n      }\n    }\n  }\n": typeof types.RegistrationsDocument,
    "\n  mutation RegisterDomain($input: RegisterDomainInput!) {\n    registerDomain(input: $input) {\n      ...RegistrationRow\n    }\n  }\n": typeof types.RegisterDomainDocument,
    "\n  mutation UnlockRegistration($id: ID!) {\n    unlockRegistration(id: $id) {\n      ...RegistrationRow\n    }\n  }\n": typeof types.UnlockRegistrationDocument,
    "\n  query RegistrationHolderLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n": typeof types.RegistrationHolderLabelDocument,
    "\n  query VisibleDealerAccounts {\n    accounts(filter: { kind: DEALER }, first: 1) {\n      totalCount\n    }\n  }\n": typeof types.VisibleDealerAccountsDocument,
    "\n  fragment RequestTypeFields on RequestType {\n    id\n    code\n    groupCode\n    name\n    description\n    chain\n    action\n    maxAttachments\n    active\n    sortOrder\n    fields {\n      key\n      label\n      kind\n      required\n      options\n    }\n  }\n": typeof types.RequestTypeFieldsFragmentDoc,
    "\n  query RequestTypes($includeInactive: Boolean) {\n    requestTypes(includeInactive: $includeInactive) {\n      ...RequestTypeFields\n    }\n  }\n": typeof types.RequestTypesDocument,
    "\n  fragment BusinessRequestRow on BusinessRequest {\n    id\n    requestNo\n    status\n    chain\n    currentStep\n    amount\n    createdAt\n    endedAt\n    type {\n      id\n      name\n      groupCode\n    }\n    dealer {\n      id\n      name\n    }\n    submitter {\n      id\n      realName\n      loginName\n    }\n    order {\n      id\n      orderNo\n    }\n  }\n": typeof types.BusinessRequestRowFragmentDoc,
    "\n  query BusinessRequests($filter: RequestFilter, $first: Int!, $after: String) {\n    businessRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BusinessRequestRow\n        }\n      }\n    }\n  }\n": typeof types.BusinessRequestsDocument,
    "\n  fragment BusinessRequestDetail on BusinessRequest {\n    ...BusinessRequestRow\n    payload\n    remark\n    updatedAt\n    viewerMayDecide\n    viewerIsSubmitter\n    type {\n      ...RequestTypeFields\n    }\n    order {\n      id\n      orderNo\n      status\n      amountDue\n      reductionAmount\n    }\n    steps {\n      stepNo\n      role\n      decision\n      comment\n      decidedAt\n      decider {\n        id\n        realName\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n": typeof types.BusinessRequestDetailFragmentDoc,
    "\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n": typeof types.BusinessRequestDocument,
    "\n  mutation SubmitBusinessRequest($input: SubmitRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      id\n      requestNo\n    }\n  }\n": typeof types.SubmitBusinessRequestDocument,
    "\n  mutation WithdrawBusinessRequest($id: ID!) {\n    withdrawBusinessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n": typeof types.WithdrawBusinessRequestDocument,
    "\n  mutation DecideBusinessRequest($id: ID!, $step: Int!, $decision: StepDecision!, $comment: String) {\n    decideBusinessRequest(id: $id, step: $step, decision: $decision, comment: $comment) {\n      ...BusinessRequestDetail\n    }\n  }\n": typeof types.DecideBusinessRequestDocument,
    "\n  mutation SaveRequestType($id: ID, $input: RequestTypeInput!) {\n    saveRequestType(id: $id, input: $input) {\n      ...RequestTypeFields\n    }\n  }\n": typeof types.SaveRequestTypeDocument,
    "\n  fragment RoutingRuleRow on RoutingRule {\n    id\n    name\n    priority\n    enabled\n    regionCodes\n    regionNames\n    productLineIds\n    productLines {\n      id\n      name\n    }\n    sources\n    targets {\n      dealerId\n      weight\n      currentWeight\n      dealer {\n        id\n        name\n        status\n      }\n    }\n    updatedAt\n  }\n": typeof types.RoutingRuleRowFragmentDoc,
    "\n  query RoutingRules {\n    routingRules {\n      ...RoutingRuleRow\n    }\n  }\n": typeof types.RoutingRulesDocument,
    "\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n": typeof types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n": typeof types.UpdateRoutingRuleDocument,
    "\n  mutation SetRoutingRuleEnabled($id: ID!, $enabled: Boolean!) {\n    setRoutingRuleEnabled(id: $id, enabled: $enabled) {\n      ...RoutingRuleRow\n    }\n  }\n": typeof types.SetRoutingRuleEnabledDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": typeof types.DeleteRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleRow\n    }\n  }\n": typeof types.ReorderRoutingRulesDocument,
    "\n  mutation RoutingDryRun($input: RoutingDryRunInput!) {\n    routingDryRun(input: $input) {\n      outcome\n      existingEnterpriseId\n      rule {\n        id\n        name\n        priority\n      }\n      dealer {\n        id\n        name\n      }\n      traceLines {\n        zh\n        en\n      }\n    }\n  }\n": typeof types.RoutingDryRunDocument,
    "\n  query RoutingDealerOptions($text: String) {\n    dealers(text: $text, first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": typeof types.RoutingDealerOptionsDocument,
    "\n  fragment LeadRow on Lead {\n    id\n    companyName\n    domain\n    domainUnicode\n    source\n    status\n    regionName\n    contactName\n    productLine {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    rule {\n      id\n      name\n    }\n    enterpriseId\n    traceLines {\n      zh\n      en\n    }\n    createdAt\n  }\n": typeof types.LeadRowFragmentDoc,
    "\n  query LeadList($filter: LeadFilter, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n    }\n  }\n": typeof types.LeadListDocument,
    "\n  mutation IntakeLead($input: LeadIntakeInput!) {\n    intakeLead(input: $input) {\n      ...LeadRow\n    }\n  }\n": typeof types.IntakeLeadDocument,
    "\n  mutation IntakeLeads($inputs: [LeadIntakeInput!]!) {\n    intakeLeads(inputs: $inputs) {\n      ...LeadRow\n    }\n  }\n": typeof types.IntakeLeadsDocument,
    "\n  mutation RerouteLead($id: ID!) {\n    rerouteLead(id: $id) {\n      ...LeadRow\n    }\n  }\n": typeof types.RerouteLeadDocument,
    "\n  fragment ServiceAddonState on ServiceAddon {\n    enabled\n    updatedAt\n    addon {\n      id\n      code\n      name\n      description\n      active\n    }\n  }\n": typeof types.ServiceAddonStateFragmentDoc,
    "\n  fragment ServiceRow on Service {\n    ...OrderServiceFields\n    status\n    daysLeft\n    edition {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    addons {\n      ...ServiceAddonState\n    }\n  }\n": typeof types.ServiceRowFragmentDoc,
    "\n  query Services($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceRow\n        }\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  mutation SetServiceAddon($serviceId: ID!, $addonId: ID!, $enabled: Boolean!) {\n    setServiceAddon(serviceId: $serviceId, addonId: $addonId, enabled: $enabled) {\n      id\n      addons {\n        ...ServiceAddonState\n      }\n    }\n  }\n": typeof types.SetServiceAddonDocument,
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
    "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    ownerKind\n    scopes\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    apiKeyScopeCatalog {\n      scope\n      label\n      labelEn\n      owner\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query ApiKeyCalls($apiKeyId: ID!, $first: Int!, $after: String) {\n    apiKeyCalls(apiKeyId: $apiKeyId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          operationType\n          operationName\n          rootFields\n          outcome\n          clientIp\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.ApiKeyCallsDocument,
    "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    actor {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n    principal {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n  }\n": types.AuditLogRowFragmentDoc,
    "\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n": types.AuditLogListDocument,
    "\n  query AuditAccountName($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n": types.AuditAccountNameDocument,
    "\n  query CampaignList($filter: CampaignFilter, $page: Int!, $pageSize: Int!) {\n    campaigns(filter: $filter, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        id\n        slug\n        name\n        dealerName\n        creatorName\n        createdAt\n        validFrom\n        validTo\n        reviewStatus\n        reviewReason\n        enabled\n        liveness\n        channels {\n          code\n          name\n          sharePath\n        }\n      }\n    }\n  }\n": types.CampaignListDocument,
    "\n  mutation SetCampaignEnabled($id: ID!, $enabled: Boolean!) {\n    setCampaignEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n      liveness\n    }\n  }\n": types.SetCampaignEnabledDocument,
    "\n  mutation ReviewCampaign($id: ID!, $decision: CampaignReviewDecision!, $reason: String) {\n    reviewCampaign(id: $id, decision: $decision, reason: $reason) {\n      id\n      reviewStatus\n      reviewReason\n      liveness\n    }\n  }\n": types.ReviewCampaignDocument,
    "\n  query CampaignStatsPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      slug\n    }\n    campaignStats(id: $id) {\n      totals {\n        pv\n        uv\n        signups\n      }\n      channels {\n        code\n        name\n        pv\n        uv\n        signups\n      }\n      daily {\n        day\n        pv\n        uv\n        signups\n      }\n    }\n  }\n": types.CampaignStatsPageDocument,
    "\n  fragment CampaignEditorFields on Campaign {\n    id\n    slug\n    name\n    title\n    bodyHtml\n    bannerUrl\n    formFields\n    validFrom\n    validTo\n    reviewStatus\n    reviewReason\n    enabled\n    liveness\n    dealerName\n    creatorName\n    createdAt\n    channels {\n      code\n      name\n      sharePath\n    }\n  }\n": types.CampaignEditorFieldsFragmentDoc,
    "\n  query CampaignEditor($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignEditorFields\n    }\n  }\n": types.CampaignEditorDocument,
    "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n": types.UpdateCampaignDocument,
    "\n  query CampaignReviewQueue($page: Int!, $pageSize: Int!) {\n    campaigns(filter: { reviewStatus: PENDING }, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        ...CampaignEditorFields\n      }\n    }\n  }\n": types.CampaignReviewQueueDocument,
    "\n  query ProductLines {\n    productLines {\n      id\n      code\n      name\n    }\n  }\n": types.ProductLinesDocument,
    "\n  fragment CatalogEdition on Edition {\n    id\n    code\n    name\n    isSpecial\n    listPrice\n    active\n    sortOrder\n  }\n": types.CatalogEditionFragmentDoc,
    "\n  fragment CatalogAddon on Addon {\n    id\n    code\n    name\n    description\n    active\n    sortOrder\n  }\n": types.CatalogAddonFragmentDoc,
    "\n  fragment CatalogProductLine on ProductLine {\n    id\n    code\n    name\n    sortOrder\n    giftRule {\n      perPaidMonths\n      maxGiftMonths\n      labelZh\n      labelEn\n    }\n    editions(includeInactive: true) {\n      ...CatalogEdition\n    }\n    addons(includeInactive: true) {\n      ...CatalogAddon\n    }\n  }\n": types.CatalogProductLineFragmentDoc,
    "\n  query ProductCatalog {\n    productLines {\n      ...CatalogProductLine\n    }\n  }\n": types.ProductCatalogDocument,
    "\n  mutation CreateProductLine($input: CreateProductLineInput!) {\n    createProductLine(input: $input) {\n      ...CatalogProductLine\n    }\n  }\n": types.CreateProductLineDocument,
    "\n  mutation UpdateProductLine($id: ID!, $input: UpdateProductLineInput!) {\n    updateProductLine(id: $id, input: $input) {\n      ...CatalogProductLine\n    }\n  }\n": types.UpdateProductLineDocument,
    "\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...CatalogEdition\n    }\n  }\n": types.CreateEditionDocument,
    "\n  mutation UpdateEdition($id: ID!, $input: UpdateEditionInput!) {\n    updateEdition(id: $id, input: $input) {\n      ...CatalogEdition\n    }\n  }\n": types.UpdateEditionDocument,
    "\n  mutation CreateAddon($input: CreateAddonInput!) {\n    createAddon(input: $input) {\n      ...CatalogAddon\n    }\n  }\n": types.CreateAddonDocument,
    "\n  mutation UpdateAddon($id: ID!, $input: UpdateAddonInput!) {\n    updateAddon(id: $id, input: $input) {\n      ...CatalogAddon\n    }\n  }\n": types.UpdateAddonDocument,
    "\n  fragment ContractFileRow on ContractFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploadedBy {\n      id\n      realName\n      loginName\n    }\n  }\n": types.ContractFileRowFragmentDoc,
    "\n  query OrderContracts($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n": types.OrderContractsDocument,
    "\n  mutation DeleteContractFile($id: ID!) {\n    deleteContractFile(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n": types.DeleteContractFileDocument,
    "\n  query DealerHome {\n    dealerHome {\n      routedNotFollowedUp\n      registrationsEndingSoon\n      endingSoonDays\n      ordersPendingPayment\n      requestsPending\n      unreadNotices\n      balance\n      periodStart\n      quotas {\n        productLineId\n        productLineName\n        dealerMax\n        dealerUsed\n        ownMax\n        ownUsed\n        available\n      }\n      funnel {\n        stage\n        count\n      }\n    }\n  }\n": types.DealerHomeDocument,
    "\n  query VendorHome {\n    vendorHome {\n      panels\n      channelManager {\n        pendingApprovals\n        dealers {\n          id\n          name\n          status\n          balance\n          openRegistrations\n          pendingApprovals\n          quotas {\n            productLineName\n            max\n            used\n          }\n          discounts {\n            productLineName\n            rateBp\n          }\n        }\n      }\n      salesDirector {\n        queueSize\n        oldestWaitingSince\n        recentDecisions {\n          requestId\n          requestNo\n          typeName\n          dealerName\n          decision\n          decidedAt\n          decidedByName\n        }\n      }\n      finance {\n        monthStart\n        topUpsThisMonth\n        topUpCountThisMonth\n        totalBalance\n        invoicesPending\n        dailyTopUps {\n          date\n          amount\n        }\n      }\n      operations {\n        ordersPendingConfirmation\n        unroutedLeads\n        routedLeadsLast7Days\n        recentAnnouncements {\n          id\n          title\n          createdAt\n        }\n      }\n      platformAdmin {\n        activeDealers\n        disabledDealers\n        activeAccounts\n        signedInLast30Days\n        periodStart\n        productLines {\n          productLineId\n          productLineName\n          orders\n          paidOrders\n          revenue\n        }\n      }\n    }\n  }\n": types.VendorHomeDocument,
    "\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    regions {\n      code\n      name\n    }\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n": types.DealerRowFragmentDoc,
    "\n  query DealerList($text: String, $first: Int, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...DealerRow\n        }\n      }\n    }\n  }\n": types.DealerListDocument,
    "\n  mutation CreateDealer($input: CreateDealerInput!) {\n    createDealer(input: $input) {\n      ...DealerRow\n    }\n  }\n": types.CreateDealerDocument,
    "\n  mutation SetDealerRegions($dealerId: ID!, $regionCodes: [String!]!) {\n    setDealerRegions(dealerId: $dealerId, regionCodes: $regionCodes) {\n      ...DealerRow\n    }\n  }\n": types.SetDealerRegionsDocument,
    "\n  fragment EnterpriseRow on Enterprise {\n    id\n    name\n    mainDomain\n    mainDomainUnicode\n    regionCode\n    regionName\n    industry\n    scale\n    source\n    status\n    tags {\n      id\n      name\n      color\n    }\n    owner {\n      id\n      loginName\n      realName\n    }\n    lastFollowUpAt\n    createdAt\n  }\n": types.EnterpriseRowFragmentDoc,
    "\n  query AllEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: enterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n        }\n      }\n    }\n  }\n": types.AllEnterprisesDocument,
    "\n  query RenewalDueEnterprises(\n    $withinDays: Int!\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: renewalDueEnterprises(\n      withinDays: $withinDays\n      filter: $filter\n      sort: $sort\n      direction: $direction\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          nextPaidExpiresAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.RenewalDueEnterprisesDocument,
    "\n  query TrialExpiredEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: trialExpiredEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          trialExpiredAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.TrialExpiredEnterprisesDocument,
    "\n  query RoutedEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: routedEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          routedAt\n          routingTrace\n        }\n      }\n    }\n  }\n": types.RoutedEnterprisesDocument,
    "\n  query OwnerLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n": types.OwnerLabelDocument,
    "\n  query AssignableOwners {\n    accounts(filter: { kind: DEALER, status: ACTIVE }, first: 1) {\n      totalCount\n    }\n  }\n": types.AssignableOwnersDocument,
    "\n  fragment EnterpriseDetail on Enterprise {\n    ...EnterpriseRow\n    notes\n    domains {\n      domain\n      unicode\n      isMain\n    }\n    secondaryDomains {\n      domain\n      unicode\n    }\n    productLine {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n      mobile\n      email\n      title\n    }\n    services {\n      id\n      kind\n      domain\n      domainUnicode\n      seats\n      startsAt\n      expiresAt\n      productLine {\n        id\n        name\n      }\n      edition {\n        id\n        name\n      }\n    }\n    createdBy {\n      id\n      loginName\n      realName\n    }\n    nextPaidExpiresAt\n    trialExpiredAt\n    routedAt\n    routingTrace\n    updatedAt\n  }\n": types.EnterpriseDetailFragmentDoc,
    "\n  query EnterpriseDetailPage($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseDetail\n    }\n  }\n": types.EnterpriseDetailPageDocument,
    "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n": types.CreateEnterpriseDocument,
    "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n": types.UpdateEnterpriseDocument,
    "\n  mutation ReassignEnterprise($id: ID!, $ownerAccountId: ID!) {\n    reassignEnterprise(id: $id, ownerAccountId: $ownerAccountId) {\n      id\n      owner {\n        id\n        loginName\n        realName\n      }\n      updatedAt\n    }\n  }\n": types.ReassignEnterpriseDocument,
    "\n  mutation SetEnterpriseTags($id: ID!, $tagIds: [ID!]!) {\n    setEnterpriseTags(id: $id, tagIds: $tagIds) {\n      id\n      tags {\n        id\n        name\n        color\n      }\n      updatedAt\n    }\n  }\n": types.SetEnterpriseTagsDocument,
    "\n  mutation AddEnterpriseContact($enterpriseId: ID!, $input: EnterpriseContactInput!) {\n    addEnterpriseContact(enterpriseId: $enterpriseId, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n": types.AddEnterpriseContactDocument,
    "\n  mutation UpdateEnterpriseContact($id: ID!, $input: EnterpriseContactInput!) {\n    updateEnterpriseContact(id: $id, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n": types.UpdateEnterpriseContactDocument,
    "\n  mutation RemoveEnterpriseContact($id: ID!) {\n    removeEnterpriseContact(id: $id)\n  }\n": types.RemoveEnterpriseContactDocument,
    "\n  fragment FollowUpItem on FollowUp {\n    id\n    channel\n    content\n    nextStep\n    nextAt\n    happenedAt\n    createdAt\n    author {\n      id\n      loginName\n      realName\n    }\n  }\n": types.FollowUpItemFragmentDoc,
    "\n  query EnterpriseFollowUps($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      lastFollowUpAt\n      followUps(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FollowUpItem\n          }\n        }\n      }\n    }\n  }\n": types.EnterpriseFollowUpsDocument,
    "\n  mutation AddFollowUp($enterpriseId: ID!, $input: FollowUpInput!) {\n    addFollowUp(enterpriseId: $enterpriseId, input: $input) {\n      ...FollowUpItem\n    }\n  }\n": types.AddFollowUpDocument,
    "\n  fragment TagItem on Tag {\n    id\n    name\n    color\n    enterpriseCount\n    createdAt\n  }\n": types.TagItemFragmentDoc,
    "\n  query Tags {\n    tags {\n      ...TagItem\n    }\n  }\n": types.TagsDocument,
    "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      ...TagItem\n    }\n  }\n": types.CreateTagDocument,
    "\n  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {\n    updateTag(id: $id, input: $input) {\n      ...TagItem\n    }\n  }\n": types.UpdateTagDocument,
    "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n": types.DeleteTagDocument,
    "\n  fragment InvoiceRequestRow on InvoiceRequest {\n    id\n    status\n    orderId\n    orderNo\n    title\n    taxNumber\n    amount\n    note\n    invoiceNo\n    handledNote\n    handledAt\n    createdAt\n    dealer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      realName\n    }\n    handledBy {\n      id\n      realName\n    }\n  }\n": types.InvoiceRequestRowFragmentDoc,
    "\n  query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int!, $after: String) {\n    invoiceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvoiceRequestRow\n        }\n      }\n    }\n  }\n": types.InvoiceRequestsDocument,
    "\n  query InvoiceableOrders {\n    invoiceableOrders(first: 200) {\n      orderId\n      orderNo\n      amount\n      paidAt\n      enterpriseName\n    }\n  }\n": types.InvoiceableOrdersDocument,
    "\n  mutation RequestInvoice($input: RequestInvoiceInput!) {\n    requestInvoice(input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n": types.RequestInvoiceDocument,
    "\n  mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(id: $id, input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n": types.IssueInvoiceDocument,
    "\n  mutation RejectInvoice($id: ID!, $note: String!) {\n    rejectInvoice(id: $id, note: $note) {\n      ...InvoiceRequestRow\n    }\n  }\n": types.RejectInvoiceDocument,
    "\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    orderId\n    orderNo\n    reference\n    note\n    createdAt\n    createdBy {\n      id\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n  }\n": types.LedgerEntryRowFragmentDoc,
    "\n  query DealerInfo {\n    myDealer {\n      id\n      name\n      regionName\n      status\n      balance\n      channelManager {\n        id\n        realName\n      }\n      quotas {\n        productLine {\n          id\n          code\n          name\n        }\n        max\n        used\n        available\n      }\n      discounts {\n        productLine {\n          id\n          code\n          name\n        }\n        rateBp\n      }\n    }\n  }\n": types.DealerInfoDocument,
    "\n  query LedgerEntries($filter: LedgerEntryFilter, $first: Int!, $after: String) {\n    ledgerEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n": types.LedgerEntriesDocument,
    "\n  query BalanceHistory($dealerId: ID!, $days: Int!) {\n    balanceHistory(dealerId: $dealerId, days: $days) {\n      date\n      balance\n    }\n  }\n": types.BalanceHistoryDocument,
    "\n  query DealerBalance($id: ID!) {\n    dealer(id: $id) {\n      id\n      name\n      balance\n    }\n  }\n": types.DealerBalanceDocument,
    "\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) {\n      ...LedgerEntryRow\n    }\n  }\n": types.TopUpDocument,
    "\n  fragment NoticeRow on Notice {\n    id\n    type\n    title\n    body\n    link\n    params\n    eventCount\n    read\n    createdAt\n    lastEventAt\n  }\n": types.NoticeRowFragmentDoc,
    "\n  query Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeRow\n        }\n      }\n    }\n  }\n": types.NoticesDocument,
    "\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n": types.UnreadNoticeCountDocument,
    "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n      eventCount\n      lastEventAt\n    }\n  }\n": types.MarkNoticeReadDocument,
    "\n  mutation MarkAllNoticesRead {\n    markAllNoticesRead\n  }\n": types.MarkAllNoticesReadDocument,
    "\n  fragment AnnouncementRow on Announcement {\n    id\n    title\n    body\n    link\n    allDealers\n    publishedByName\n    createdAt\n    dealers {\n      id\n      name\n    }\n  }\n": types.AnnouncementRowFragmentDoc,
    "\n  query Announcements($first: Int!, $after: String) {\n    announcements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AnnouncementRow\n        }\n      }\n    }\n  }\n": types.AnnouncementsDocument,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n    }\n  }\n": types.PublishAnnouncementDocument,
    "\n  query AnnouncementDealerOptions($text: String) {\n    dealers(text: $text, first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.AnnouncementDealerOptionsDocument,
    "\n  fragment OrderRow on Order {\n    id\n    orderNo\n    type\n    status\n    domain\n    domainUnicode\n    editionName\n    seats\n    months\n    giftMonths\n    trialDays\n    listAmount\n    settlementAmount\n    reductionAmount\n    amountDue\n    confirmationReasons\n    createdAt\n    productLine {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    creator {\n      id\n      loginName\n      realName\n    }\n  }\n": types.OrderRowFragmentDoc,
    "\n  fragment OrderServiceFields on Service {\n    id\n    kind\n    domain\n    domainUnicode\n    seats\n    startsAt\n    expiresAt\n    productLine {\n      id\n      name\n    }\n    edition {\n      id\n      name\n    }\n  }\n": types.OrderServiceFieldsFragmentDoc,
    "\n  fragment OrderDetail on Order {\n    ...OrderRow\n    remark\n    rejectReason\n    decidedAt\n    paidAt\n    closedAt\n    updatedAt\n    service {\n      ...OrderServiceFields\n    }\n  }\n": types.OrderDetailFragmentDoc,
    "\n  query Orders($filter: OrderFilter, $first: Int!, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n": types.OrdersDocument,
    "\n  query OrderDetailPage($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail\n    }\n  }\n": types.OrderDetailPageDocument,
    "\n  query OrderQuote($input: CreateOrderInput!) {\n    orderQuote(input: $input) {\n      type\n      domain\n      seats\n      months\n      giftMonths\n      allowedGiftMonths\n      trialDays\n      remainingDays\n      listAmount\n      settlementAmount\n      confirmationReasons\n    }\n  }\n": types.OrderQuoteDocument,
    "\n  query OrderCatalog {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        perPaidMonths\n        maxGiftMonths\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice\n      }\n    }\n  }\n": types.OrderCatalogDocument,
    "\n  query MyDealerBalance {\n    myDealer {\n      id\n      balance\n    }\n  }\n": types.MyDealerBalanceDocument,
    "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderDetail\n    }\n  }\n": types.CreateOrderDocument,
    "\n  mutation PayOrder($id: ID!, $idempotencyKey: String!) {\n    payOrder(id: $id, idempotencyKey: $idempotencyKey) {\n      ...OrderDetail\n    }\n  }\n": types.PayOrderDocument,
    "\n  mutation CloseOrder($id: ID!) {\n    closeOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n": types.CloseOrderDocument,
    "\n  mutation ConfirmOrder($id: ID!) {\n    confirmOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n": types.ConfirmOrderDocument,
    "\n  mutation RejectOrder($id: ID!, $reason: String!) {\n    rejectOrder(id: $id, reason: $reason) {\n      ...OrderDetail\n    }\n  }\n": types.RejectOrderDocument,
    "\n  query OrderEnterpriseRegistrations($enterpriseId: ID!) {\n    registrations(filter: { enterpriseId: $enterpriseId, status: ACTIVE }, first: 50) {\n      edges {\n        node {\n          id\n          domain\n          productLine {\n            id\n          }\n        }\n      }\n    }\n  }\n": types.OrderEnterpriseRegistrationsDocument,
    "\n  fragment DealerDiscountFields on DealerDiscount {\n    rateBp\n    updatedAt\n    productLine {\n      id\n      code\n      name\n    }\n  }\n": types.DealerDiscountFieldsFragmentDoc,
    "\n  query DealerDiscounts($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          discounts {\n            ...DealerDiscountFields\n          }\n        }\n      }\n    }\n  }\n": types.DealerDiscountsDocument,
    "\n  mutation SetDealerDiscounts($dealerId: ID!, $input: SetDealerDiscountsInput!) {\n    setDealerDiscounts(dealerId: $dealerId, input: $input) {\n      id\n      discounts {\n        ...DealerDiscountFields\n      }\n    }\n  }\n": types.SetDealerDiscountsDocument,
    "\n  query PriceList($dealerId: ID) {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice(dealerId: $dealerId)\n      }\n    }\n  }\n": types.PriceListDocument,
    "\n  fragment PoolEntryRow on PublicPoolEnterprise {\n    id\n    name\n    regionCode\n    regionName\n    industry\n    scale\n    productLines {\n      id\n      name\n    }\n    expiredAt\n    enteredAt\n  }\n": types.PoolEntryRowFragmentDoc,
    "\n  query PublicPool($filter: PublicPoolFilter, $first: Int!, $after: String) {\n    publicPoolEnterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PoolEntryRow\n        }\n      }\n    }\n  }\n": types.PublicPoolDocument,
    "\n  query MyDealerRegions {\n    myDealer {\n      id\n      regions {\n        code\n        name\n      }\n    }\n  }\n": types.MyDealerRegionsDocument,
    "\n  mutation ClaimPoolEnterprise($id: ID!) {\n    claimPoolEnterprise(id: $id) {\n      id\n      enterpriseId\n      claimedAt\n      claimDay\n    }\n  }\n": types.ClaimPoolEnterpriseDocument,
    "\n  query PoolSettings {\n    poolSettings {\n      graceDays\n      dailyClaimCap\n    }\n  }\n": types.PoolSettingsDocument,
    "\n  mutation UpdatePoolSettings($input: PoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      graceDays\n      dailyClaimCap\n    }\n  }\n": types.UpdatePoolSettingsDocument,
    "\n  mutation RunPublicPoolJob {\n    runPublicPoolJob\n  }\n": types.RunPublicPoolJobDocument,
    "\n  fragment QuotaFields on QuotaEntry {\n    productLine {\n      id\n      code\n      name\n    }\n    max\n    used\n    available\n  }\n": types.QuotaFieldsFragmentDoc,
    "\n  query MyQuotas {\n    me {\n      account {\n        id\n        quotas {\n          ...QuotaFields\n        }\n      }\n    }\n    myDealer {\n      id\n      name\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n": types.MyQuotasDocument,
    "\n  query AccountQuotas($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          loginName\n          realName\n          accountType\n          status\n          permissions\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n": types.AccountQuotasDocument,
    "\n  mutation SetAccountQuotas($accountId: ID!, $input: SetQuotasInput!) {\n    setAccountQuotas(accountId: $accountId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n": types.SetAccountQuotasDocument,
    "\n  query DealerQuotas($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n": types.DealerQuotasDocument,
    "\n  mutation SetDealerQuotas($dealerId: ID!, $input: SetQuotasInput!) {\n    setDealerQuotas(dealerId: $dealerId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n": types.SetDealerQuotasDocument,
    "\n  fragment RegistrationRow on Registration {\n    id\n    domain\n    domainUnicode\n    status\n    startsAt\n    expiresAt\n    daysLeft\n    endedAt\n    productLine {\n      id\n      code\n      name\n    }\n    account {\n      id\n      loginName\n      realName\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n": types.RegistrationRowFragmentDoc,
    "\n  query Registrations($filter: RegistrationFilter, $first: Int!, $after: String) {\n    registrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RegistrationRow\n        }\n      }\n    }\n  }\n": types.RegistrationsDocument,
    "\n  mutation RegisterDomain($input: RegisterDomainInput!) {\n    registerDomain(input: $input) {\n      ...RegistrationRow\n    }\n  }\n": types.RegisterDomainDocument,
    "\n  mutation UnlockRegistration($id: ID!) {\n    unlockRegistration(id: $id) {\n      ...RegistrationRow\n    }\n  }\n": types.UnlockRegistrationDocument,
    "\n  query RegistrationHolderLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n": types.RegistrationHolderLabelDocument,
    "\n  query VisibleDealerAccounts {\n    accounts(filter: { kind: DEALER }, first: 1) {\n      totalCount\n    }\n  }\n": types.VisibleDealerAccountsDocument,
    "\n  fragment RequestTypeFields on RequestType {\n    id\n    code\n    groupCode\n    name\n    description\n    chain\n    action\n    maxAttachments\n    active\n    sortOrder\n    fields {\n      key\n      label\n      kind\n      required\n      options\n    }\n  }\n": types.RequestTypeFieldsFragmentDoc,
    "\n  query RequestTypes($includeInactive: Boolean) {\n    requestTypes(includeInactive: $includeInactive) {\n      ...RequestTypeFields\n    }\n  }\n": types.RequestTypesDocument,
    "\n  fragment BusinessRequestRow on BusinessRequest {\n    id\n    requestNo\n    status\n    chain\n    currentStep\n    amount\n    createdAt\n    endedAt\n    type {\n      id\n      name\n      groupCode\n    }\n    dealer {\n      id\n      name\n    }\n    submitter {\n      id\n      realName\n      loginName\n    }\n    order {\n      id\n      orderNo\n    }\n  }\n": types.BusinessRequestRowFragmentDoc,
    "\n  query BusinessRequests($filter: RequestFilter, $first: Int!, $after: String) {\n    businessRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BusinessRequestRow\n        }\n      }\n    }\n  }\n": types.BusinessRequestsDocument,
    "\n  fragment BusinessRequestDetail on BusinessRequest {\n    ...BusinessRequestRow\n    payload\n    remark\n    updatedAt\n    viewerMayDecide\n    viewerIsSubmitter\n    type {\n      ...RequestTypeFields\n    }\n    order {\n      id\n      orderNo\n      status\n      amountDue\n      reductionAmount\n    }\n    steps {\n      stepNo\n      role\n      decision\n      comment\n      decidedAt\n      decider {\n        id\n        realName\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n": types.BusinessRequestDetailFragmentDoc,
    "\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n": types.BusinessRequestDocument,
    "\n  mutation SubmitBusinessRequest($input: SubmitRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      id\n      requestNo\n    }\n  }\n": types.SubmitBusinessRequestDocument,
    "\n  mutation WithdrawBusinessRequest($id: ID!) {\n    withdrawBusinessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n": types.WithdrawBusinessRequestDocument,
    "\n  mutation DecideBusinessRequest($id: ID!, $step: Int!, $decision: StepDecision!, $comment: String) {\n    decideBusinessRequest(id: $id, step: $step, decision: $decision, comment: $comment) {\n      ...BusinessRequestDetail\n    }\n  }\n": types.DecideBusinessRequestDocument,
    "\n  mutation SaveRequestType($id: ID, $input: RequestTypeInput!) {\n    saveRequestType(id: $id, input: $input) {\n      ...RequestTypeFields\n    }\n  }\n": types.SaveRequestTypeDocument,
    "\n  fragment RoutingRuleRow on RoutingRule {\n    id\n    name\n    priority\n    enabled\n    regionCodes\n    regionNames\n    productLineIds\n    productLines {\n      id\n      name\n    }\n    sources\n    targets {\n      dealerId\n      weight\n      currentWeight\n      dealer {\n        id\n        name\n        status\n      }\n    }\n    updatedAt\n  }\n": types.RoutingRuleRowFragmentDoc,
    "\n  query RoutingRules {\n    routingRules {\n      ...RoutingRuleRow\n    }\n  }\n": types.RoutingRulesDocument,
    "\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n": types.CreateRoutingRuleDocument,
    "\n  mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n": types.UpdateRoutingRuleDocument,
    "\n  mutation SetRoutingRuleEnabled($id: ID!, $enabled: Boolean!) {\n    setRoutingRuleEnabled(id: $id, enabled: $enabled) {\n      ...RoutingRuleRow\n    }\n  }\n": types.SetRoutingRuleEnabledDocument,
    "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n": types.DeleteRoutingRuleDocument,
    "\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleRow\n    }\n  }\n": types.ReorderRoutingRulesDocument,
    "\n  mutation RoutingDryRun($input: RoutingDryRunInput!) {\n    routingDryRun(input: $input) {\n      outcome\n      existingEnterpriseId\n      rule {\n        id\n        name\n        priority\n      }\n      dealer {\n        id\n        name\n      }\n      traceLines {\n        zh\n        en\n      }\n    }\n  }\n": types.RoutingDryRunDocument,
    "\n  query RoutingDealerOptions($text: String) {\n    dealers(text: $text, first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n": types.RoutingDealerOptionsDocument,
    "\n  fragment LeadRow on Lead {\n    id\n    companyName\n    domain\n    domainUnicode\n    source\n    status\n    regionName\n    contactName\n    productLine {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    rule {\n      id\n      name\n    }\n    enterpriseId\n    traceLines {\n      zh\n      en\n    }\n    createdAt\n  }\n": types.LeadRowFragmentDoc,
    "\n  query LeadList($filter: LeadFilter, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n    }\n  }\n": types.LeadListDocument,
    "\n  mutation IntakeLead($input: LeadIntakeInput!) {\n    intakeLead(input: $input) {\n      ...LeadRow\n    }\n  }\n": types.IntakeLeadDocument,
    "\n  mutation IntakeLeads($inputs: [LeadIntakeInput!]!) {\n    intakeLeads(inputs: $inputs) {\n      ...LeadRow\n    }\n  }\n": types.IntakeLeadsDocument,
    "\n  mutation RerouteLead($id: ID!) {\n    rerouteLead(id: $id) {\n      ...LeadRow\n    }\n  }\n": types.RerouteLeadDocument,
    "\n  fragment ServiceAddonState on ServiceAddon {\n    enabled\n    updatedAt\n    addon {\n      id\n      code\n      name\n      description\n      active\n    }\n  }\n": types.ServiceAddonStateFragmentDoc,
    "\n  fragment ServiceRow on Service {\n    ...OrderServiceFields\n    status\n    daysLeft\n    edition {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    addons {\n      ...ServiceAddonState\n    }\n  }\n": types.ServiceRowFragmentDoc,
    "\n  query Services($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceRow\n        }\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  mutation SetServiceAddon($serviceId: ID!, $addonId: ID!, $enabled: Boolean!) {\n    setServiceAddon(serviceId: $serviceId, addonId: $addonId, enabled: $enabled) {\n      id\n      addons {\n        ...ServiceAddonState\n      }\n    }\n  }\n": types.SetServiceAddonDocument,
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
export function graphql(source: "\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    ownerKind\n    scopes\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on ApiKey {\n    id\n    name\n    prefix\n    ownerKind\n    scopes\n    createdByName\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    status\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    apiKeyScopeCatalog {\n      scope\n      label\n      labelEn\n      owner\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys($first: Int!, $after: String) {\n    apiKeys(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    apiKeyScopeCatalog {\n      scope\n      label\n      labelEn\n      owner\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateApiKeyInput!) {\n    createApiKey(input: $input) {\n      secret\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeApiKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyCalls($apiKeyId: ID!, $first: Int!, $after: String) {\n    apiKeyCalls(apiKeyId: $apiKeyId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          operationType\n          operationName\n          rootFields\n          outcome\n          clientIp\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyCalls($apiKeyId: ID!, $first: Int!, $after: String) {\n    apiKeyCalls(apiKeyId: $apiKeyId, first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          at\n          operationType\n          operationName\n          rootFields\n          outcome\n          clientIp\n          durationMs\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    actor {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n    principal {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AuditLogRow on AuditLogEntry {\n    id\n    actorName\n    principalName\n    action\n    entityType\n    entityId\n    before\n    after\n    at\n    actor {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n    principal {\n      id\n      dealer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLogs(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AuditLogRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditAccountName($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n"): (typeof documents)["\n  query AuditAccountName($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignList($filter: CampaignFilter, $page: Int!, $pageSize: Int!) {\n    campaigns(filter: $filter, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        id\n        slug\n        name\n        dealerName\n        creatorName\n        createdAt\n        validFrom\n        validTo\n        reviewStatus\n        reviewReason\n        enabled\n        liveness\n        channels {\n          code\n          name\n          sharePath\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignList($filter: CampaignFilter, $page: Int!, $pageSize: Int!) {\n    campaigns(filter: $filter, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        id\n        slug\n        name\n        dealerName\n        creatorName\n        createdAt\n        validFrom\n        validTo\n        reviewStatus\n        reviewReason\n        enabled\n        liveness\n        channels {\n          code\n          name\n          sharePath\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCampaignEnabled($id: ID!, $enabled: Boolean!) {\n    setCampaignEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n      liveness\n    }\n  }\n"): (typeof documents)["\n  mutation SetCampaignEnabled($id: ID!, $enabled: Boolean!) {\n    setCampaignEnabled(id: $id, enabled: $enabled) {\n      id\n      enabled\n      liveness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewCampaign($id: ID!, $decision: CampaignReviewDecision!, $reason: String) {\n    reviewCampaign(id: $id, decision: $decision, reason: $reason) {\n      id\n      reviewStatus\n      reviewReason\n      liveness\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewCampaign($id: ID!, $decision: CampaignReviewDecision!, $reason: String) {\n    reviewCampaign(id: $id, decision: $decision, reason: $reason) {\n      id\n      reviewStatus\n      reviewReason\n      liveness\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignStatsPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      slug\n    }\n    campaignStats(id: $id) {\n      totals {\n        pv\n        uv\n        signups\n      }\n      channels {\n        code\n        name\n        pv\n        uv\n        signups\n      }\n      daily {\n        day\n        pv\n        uv\n        signups\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignStatsPage($id: ID!) {\n    campaign(id: $id) {\n      id\n      name\n      slug\n    }\n    campaignStats(id: $id) {\n      totals {\n        pv\n        uv\n        signups\n      }\n      channels {\n        code\n        name\n        pv\n        uv\n        signups\n      }\n      daily {\n        day\n        pv\n        uv\n        signups\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignEditorFields on Campaign {\n    id\n    slug\n    name\n    title\n    bodyHtml\n    bannerUrl\n    formFields\n    validFrom\n    validTo\n    reviewStatus\n    reviewReason\n    enabled\n    liveness\n    dealerName\n    creatorName\n    createdAt\n    channels {\n      code\n      name\n      sharePath\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignEditorFields on Campaign {\n    id\n    slug\n    name\n    title\n    bodyHtml\n    bannerUrl\n    formFields\n    validFrom\n    validTo\n    reviewStatus\n    reviewReason\n    enabled\n    liveness\n    dealerName\n    creatorName\n    createdAt\n    channels {\n      code\n      name\n      sharePath\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignEditor($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignEditorFields\n    }\n  }\n"): (typeof documents)["\n  query CampaignEditor($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {\n    updateCampaign(id: $id, input: $input) {\n      ...CampaignEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignReviewQueue($page: Int!, $pageSize: Int!) {\n    campaigns(filter: { reviewStatus: PENDING }, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        ...CampaignEditorFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignReviewQueue($page: Int!, $pageSize: Int!) {\n    campaigns(filter: { reviewStatus: PENDING }, page: $page, pageSize: $pageSize) {\n      totalCount\n      items {\n        ...CampaignEditorFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductLines {\n    productLines {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProductLines {\n    productLines {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogEdition on Edition {\n    id\n    code\n    name\n    isSpecial\n    listPrice\n    active\n    sortOrder\n  }\n"): (typeof documents)["\n  fragment CatalogEdition on Edition {\n    id\n    code\n    name\n    isSpecial\n    listPrice\n    active\n    sortOrder\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogAddon on Addon {\n    id\n    code\n    name\n    description\n    active\n    sortOrder\n  }\n"): (typeof documents)["\n  fragment CatalogAddon on Addon {\n    id\n    code\n    name\n    description\n    active\n    sortOrder\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CatalogProductLine on ProductLine {\n    id\n    code\n    name\n    sortOrder\n    giftRule {\n      perPaidMonths\n      maxGiftMonths\n      labelZh\n      labelEn\n    }\n    editions(includeInactive: true) {\n      ...CatalogEdition\n    }\n    addons(includeInactive: true) {\n      ...CatalogAddon\n    }\n  }\n"): (typeof documents)["\n  fragment CatalogProductLine on ProductLine {\n    id\n    code\n    name\n    sortOrder\n    giftRule {\n      perPaidMonths\n      maxGiftMonths\n      labelZh\n      labelEn\n    }\n    editions(includeInactive: true) {\n      ...CatalogEdition\n    }\n    addons(includeInactive: true) {\n      ...CatalogAddon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProductCatalog {\n    productLines {\n      ...CatalogProductLine\n    }\n  }\n"): (typeof documents)["\n  query ProductCatalog {\n    productLines {\n      ...CatalogProductLine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateProductLine($input: CreateProductLineInput!) {\n    createProductLine(input: $input) {\n      ...CatalogProductLine\n    }\n  }\n"): (typeof documents)["\n  mutation CreateProductLine($input: CreateProductLineInput!) {\n    createProductLine(input: $input) {\n      ...CatalogProductLine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProductLine($id: ID!, $input: UpdateProductLineInput!) {\n    updateProductLine(id: $id, input: $input) {\n      ...CatalogProductLine\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProductLine($id: ID!, $input: UpdateProductLineInput!) {\n    updateProductLine(id: $id, input: $input) {\n      ...CatalogProductLine\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...CatalogEdition\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEdition($input: CreateEditionInput!) {\n    createEdition(input: $input) {\n      ...CatalogEdition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEdition($id: ID!, $input: UpdateEditionInput!) {\n    updateEdition(id: $id, input: $input) {\n      ...CatalogEdition\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEdition($id: ID!, $input: UpdateEditionInput!) {\n    updateEdition(id: $id, input: $input) {\n      ...CatalogEdition\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAddon($input: CreateAddonInput!) {\n    createAddon(input: $input) {\n      ...CatalogAddon\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAddon($input: CreateAddonInput!) {\n    createAddon(input: $input) {\n      ...CatalogAddon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAddon($id: ID!, $input: UpdateAddonInput!) {\n    updateAddon(id: $id, input: $input) {\n      ...CatalogAddon\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAddon($id: ID!, $input: UpdateAddonInput!) {\n    updateAddon(id: $id, input: $input) {\n      ...CatalogAddon\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractFileRow on ContractFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploadedBy {\n      id\n      realName\n      loginName\n    }\n  }\n"): (typeof documents)["\n  fragment ContractFileRow on ContractFile {\n    id\n    fileName\n    contentType\n    sizeBytes\n    createdAt\n    downloadUrl\n    uploadedBy {\n      id\n      realName\n      loginName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderContracts($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderContracts($id: ID!) {\n    order(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteContractFile($id: ID!) {\n    deleteContractFile(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteContractFile($id: ID!) {\n    deleteContractFile(id: $id) {\n      id\n      status\n      contracts {\n        ...ContractFileRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerHome {\n    dealerHome {\n      routedNotFollowedUp\n      registrationsEndingSoon\n      endingSoonDays\n      ordersPendingPayment\n      requestsPending\n      unreadNotices\n      balance\n      periodStart\n      quotas {\n        productLineId\n        productLineName\n        dealerMax\n        dealerUsed\n        ownMax\n        ownUsed\n        available\n      }\n      funnel {\n        stage\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerHome {\n    dealerHome {\n      routedNotFollowedUp\n      registrationsEndingSoon\n      endingSoonDays\n      ordersPendingPayment\n      requestsPending\n      unreadNotices\n      balance\n      periodStart\n      quotas {\n        productLineId\n        productLineName\n        dealerMax\n        dealerUsed\n        ownMax\n        ownUsed\n        available\n      }\n      funnel {\n        stage\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VendorHome {\n    vendorHome {\n      panels\n      channelManager {\n        pendingApprovals\n        dealers {\n          id\n          name\n          status\n          balance\n          openRegistrations\n          pendingApprovals\n          quotas {\n            productLineName\n            max\n            used\n          }\n          discounts {\n            productLineName\n            rateBp\n          }\n        }\n      }\n      salesDirector {\n        queueSize\n        oldestWaitingSince\n        recentDecisions {\n          requestId\n          requestNo\n          typeName\n          dealerName\n          decision\n          decidedAt\n          decidedByName\n        }\n      }\n      finance {\n        monthStart\n        topUpsThisMonth\n        topUpCountThisMonth\n        totalBalance\n        invoicesPending\n        dailyTopUps {\n          date\n          amount\n        }\n      }\n      operations {\n        ordersPendingConfirmation\n        unroutedLeads\n        routedLeadsLast7Days\n        recentAnnouncements {\n          id\n          title\n          createdAt\n        }\n      }\n      platformAdmin {\n        activeDealers\n        disabledDealers\n        activeAccounts\n        signedInLast30Days\n        periodStart\n        productLines {\n          productLineId\n          productLineName\n          orders\n          paidOrders\n          revenue\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VendorHome {\n    vendorHome {\n      panels\n      channelManager {\n        pendingApprovals\n        dealers {\n          id\n          name\n          status\n          balance\n          openRegistrations\n          pendingApprovals\n          quotas {\n            productLineName\n            max\n            used\n          }\n          discounts {\n            productLineName\n            rateBp\n          }\n        }\n      }\n      salesDirector {\n        queueSize\n        oldestWaitingSince\n        recentDecisions {\n          requestId\n          requestNo\n          typeName\n          dealerName\n          decision\n          decidedAt\n          decidedByName\n        }\n      }\n      finance {\n        monthStart\n        topUpsThisMonth\n        topUpCountThisMonth\n        totalBalance\n        invoicesPending\n        dailyTopUps {\n          date\n          amount\n        }\n      }\n      operations {\n        ordersPendingConfirmation\n        unroutedLeads\n        routedLeadsLast7Days\n        recentAnnouncements {\n          id\n          title\n          createdAt\n        }\n      }\n      platformAdmin {\n        activeDealers\n        disabledDealers\n        activeAccounts\n        signedInLast30Days\n        periodStart\n        productLines {\n          productLineId\n          productLineName\n          orders\n          paidOrders\n          revenue\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    regions {\n      code\n      name\n    }\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DealerRow on Dealer {\n    id\n    name\n    regionName\n    regions {\n      code\n      name\n    }\n    status\n    channelManager {\n      id\n      loginName\n      realName\n    }\n    quotas {\n      productLine {\n        id\n        name\n      }\n      max\n    }\n    createdAt\n  }\n"];
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
export function graphql(source: "\n  mutation SetDealerRegions($dealerId: ID!, $regionCodes: [String!]!) {\n    setDealerRegions(dealerId: $dealerId, regionCodes: $regionCodes) {\n      ...DealerRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetDealerRegions($dealerId: ID!, $regionCodes: [String!]!) {\n    setDealerRegions(dealerId: $dealerId, regionCodes: $regionCodes) {\n      ...DealerRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseRow on Enterprise {\n    id\n    name\n    mainDomain\n    mainDomainUnicode\n    regionCode\n    regionName\n    industry\n    scale\n    source\n    status\n    tags {\n      id\n      name\n      color\n    }\n    owner {\n      id\n      loginName\n      realName\n    }\n    lastFollowUpAt\n    createdAt\n  }\n"): (typeof documents)["\n  fragment EnterpriseRow on Enterprise {\n    id\n    name\n    mainDomain\n    mainDomainUnicode\n    regionCode\n    regionName\n    industry\n    scale\n    source\n    status\n    tags {\n      id\n      name\n      color\n    }\n    owner {\n      id\n      loginName\n      realName\n    }\n    lastFollowUpAt\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: enterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AllEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: enterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenewalDueEnterprises(\n    $withinDays: Int!\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: renewalDueEnterprises(\n      withinDays: $withinDays\n      filter: $filter\n      sort: $sort\n      direction: $direction\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          nextPaidExpiresAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RenewalDueEnterprises(\n    $withinDays: Int!\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: renewalDueEnterprises(\n      withinDays: $withinDays\n      filter: $filter\n      sort: $sort\n      direction: $direction\n      first: $first\n      after: $after\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          nextPaidExpiresAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrialExpiredEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: trialExpiredEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          trialExpiredAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrialExpiredEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: trialExpiredEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          trialExpiredAt\n          services {\n            id\n            kind\n            domain\n            domainUnicode\n            seats\n            startsAt\n            expiresAt\n            productLine {\n              id\n              name\n            }\n            edition {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutedEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: routedEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          routedAt\n          routingTrace\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutedEnterprises(\n    $filter: EnterpriseFilter\n    $sort: EnterpriseSort!\n    $direction: SortDirection!\n    $first: Int!\n    $after: String\n  ) {\n    list: routedEnterprises(filter: $filter, sort: $sort, direction: $direction, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...EnterpriseRow\n          routedAt\n          routingTrace\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OwnerLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n"): (typeof documents)["\n  query OwnerLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AssignableOwners {\n    accounts(filter: { kind: DEALER, status: ACTIVE }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query AssignableOwners {\n    accounts(filter: { kind: DEALER, status: ACTIVE }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EnterpriseDetail on Enterprise {\n    ...EnterpriseRow\n    notes\n    domains {\n      domain\n      unicode\n      isMain\n    }\n    secondaryDomains {\n      domain\n      unicode\n    }\n    productLine {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n      mobile\n      email\n      title\n    }\n    services {\n      id\n      kind\n      domain\n      domainUnicode\n      seats\n      startsAt\n      expiresAt\n      productLine {\n        id\n        name\n      }\n      edition {\n        id\n        name\n      }\n    }\n    createdBy {\n      id\n      loginName\n      realName\n    }\n    nextPaidExpiresAt\n    trialExpiredAt\n    routedAt\n    routingTrace\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment EnterpriseDetail on Enterprise {\n    ...EnterpriseRow\n    notes\n    domains {\n      domain\n      unicode\n      isMain\n    }\n    secondaryDomains {\n      domain\n      unicode\n    }\n    productLine {\n      id\n      name\n    }\n    contacts {\n      id\n      name\n      mobile\n      email\n      title\n    }\n    services {\n      id\n      kind\n      domain\n      domainUnicode\n      seats\n      startsAt\n      expiresAt\n      productLine {\n        id\n        name\n      }\n      edition {\n        id\n        name\n      }\n    }\n    createdBy {\n      id\n      loginName\n      realName\n    }\n    nextPaidExpiresAt\n    trialExpiredAt\n    routedAt\n    routingTrace\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseDetailPage($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseDetail\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseDetailPage($id: ID!) {\n    enterprise(id: $id) {\n      ...EnterpriseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEnterprise($input: CreateEnterpriseInput!) {\n    createEnterprise(input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnterprise($id: ID!, $input: UpdateEnterpriseInput!) {\n    updateEnterprise(id: $id, input: $input) {\n      ...EnterpriseDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReassignEnterprise($id: ID!, $ownerAccountId: ID!) {\n    reassignEnterprise(id: $id, ownerAccountId: $ownerAccountId) {\n      id\n      owner {\n        id\n        loginName\n        realName\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReassignEnterprise($id: ID!, $ownerAccountId: ID!) {\n    reassignEnterprise(id: $id, ownerAccountId: $ownerAccountId) {\n      id\n      owner {\n        id\n        loginName\n        realName\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetEnterpriseTags($id: ID!, $tagIds: [ID!]!) {\n    setEnterpriseTags(id: $id, tagIds: $tagIds) {\n      id\n      tags {\n        id\n        name\n        color\n      }\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SetEnterpriseTags($id: ID!, $tagIds: [ID!]!) {\n    setEnterpriseTags(id: $id, tagIds: $tagIds) {\n      id\n      tags {\n        id\n        name\n        color\n      }\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddEnterpriseContact($enterpriseId: ID!, $input: EnterpriseContactInput!) {\n    addEnterpriseContact(enterpriseId: $enterpriseId, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation AddEnterpriseContact($enterpriseId: ID!, $input: EnterpriseContactInput!) {\n    addEnterpriseContact(enterpriseId: $enterpriseId, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEnterpriseContact($id: ID!, $input: EnterpriseContactInput!) {\n    updateEnterpriseContact(id: $id, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEnterpriseContact($id: ID!, $input: EnterpriseContactInput!) {\n    updateEnterpriseContact(id: $id, input: $input) {\n      id\n      name\n      mobile\n      email\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveEnterpriseContact($id: ID!) {\n    removeEnterpriseContact(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveEnterpriseContact($id: ID!) {\n    removeEnterpriseContact(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowUpItem on FollowUp {\n    id\n    channel\n    content\n    nextStep\n    nextAt\n    happenedAt\n    createdAt\n    author {\n      id\n      loginName\n      realName\n    }\n  }\n"): (typeof documents)["\n  fragment FollowUpItem on FollowUp {\n    id\n    channel\n    content\n    nextStep\n    nextAt\n    happenedAt\n    createdAt\n    author {\n      id\n      loginName\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnterpriseFollowUps($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      lastFollowUpAt\n      followUps(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FollowUpItem\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnterpriseFollowUps($id: ID!, $first: Int!, $after: String) {\n    enterprise(id: $id) {\n      id\n      lastFollowUpAt\n      followUps(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            ...FollowUpItem\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddFollowUp($enterpriseId: ID!, $input: FollowUpInput!) {\n    addFollowUp(enterpriseId: $enterpriseId, input: $input) {\n      ...FollowUpItem\n    }\n  }\n"): (typeof documents)["\n  mutation AddFollowUp($enterpriseId: ID!, $input: FollowUpInput!) {\n    addFollowUp(enterpriseId: $enterpriseId, input: $input) {\n      ...FollowUpItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TagItem on Tag {\n    id\n    name\n    color\n    enterpriseCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment TagItem on Tag {\n    id\n    name\n    color\n    enterpriseCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tags {\n    tags {\n      ...TagItem\n    }\n  }\n"): (typeof documents)["\n  query Tags {\n    tags {\n      ...TagItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      ...TagItem\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTag($input: CreateTagInput!) {\n    createTag(input: $input) {\n      ...TagItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {\n    updateTag(id: $id, input: $input) {\n      ...TagItem\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {\n    updateTag(id: $id, input: $input) {\n      ...TagItem\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteTag($id: ID!) {\n    deleteTag(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceRequestRow on InvoiceRequest {\n    id\n    status\n    orderId\n    orderNo\n    title\n    taxNumber\n    amount\n    note\n    invoiceNo\n    handledNote\n    handledAt\n    createdAt\n    dealer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      realName\n    }\n    handledBy {\n      id\n      realName\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceRequestRow on InvoiceRequest {\n    id\n    status\n    orderId\n    orderNo\n    title\n    taxNumber\n    amount\n    note\n    invoiceNo\n    handledNote\n    handledAt\n    createdAt\n    dealer {\n      id\n      name\n    }\n    requestedBy {\n      id\n      realName\n    }\n    handledBy {\n      id\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int!, $after: String) {\n    invoiceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvoiceRequestRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceRequests($filter: InvoiceRequestFilter, $first: Int!, $after: String) {\n    invoiceRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...InvoiceRequestRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceableOrders {\n    invoiceableOrders(first: 200) {\n      orderId\n      orderNo\n      amount\n      paidAt\n      enterpriseName\n    }\n  }\n"): (typeof documents)["\n  query InvoiceableOrders {\n    invoiceableOrders(first: 200) {\n      orderId\n      orderNo\n      amount\n      paidAt\n      enterpriseName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestInvoice($input: RequestInvoiceInput!) {\n    requestInvoice(input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n"): (typeof documents)["\n  mutation RequestInvoice($input: RequestInvoiceInput!) {\n    requestInvoice(input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(id: $id, input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n"): (typeof documents)["\n  mutation IssueInvoice($id: ID!, $input: IssueInvoiceInput!) {\n    issueInvoice(id: $id, input: $input) {\n      ...InvoiceRequestRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectInvoice($id: ID!, $note: String!) {\n    rejectInvoice(id: $id, note: $note) {\n      ...InvoiceRequestRow\n    }\n  }\n"): (typeof documents)["\n  mutation RejectInvoice($id: ID!, $note: String!) {\n    rejectInvoice(id: $id, note: $note) {\n      ...InvoiceRequestRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    orderId\n    orderNo\n    reference\n    note\n    createdAt\n    createdBy {\n      id\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment LedgerEntryRow on LedgerEntry {\n    id\n    kind\n    amount\n    balanceAfter\n    orderId\n    orderNo\n    reference\n    note\n    createdAt\n    createdBy {\n      id\n      realName\n    }\n    dealer {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerInfo {\n    myDealer {\n      id\n      name\n      regionName\n      status\n      balance\n      channelManager {\n        id\n        realName\n      }\n      quotas {\n        productLine {\n          id\n          code\n          name\n        }\n        max\n        used\n        available\n      }\n      discounts {\n        productLine {\n          id\n          code\n          name\n        }\n        rateBp\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerInfo {\n    myDealer {\n      id\n      name\n      regionName\n      status\n      balance\n      channelManager {\n        id\n        realName\n      }\n      quotas {\n        productLine {\n          id\n          code\n          name\n        }\n        max\n        used\n        available\n      }\n      discounts {\n        productLine {\n          id\n          code\n          name\n        }\n        rateBp\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerEntries($filter: LedgerEntryFilter, $first: Int!, $after: String) {\n    ledgerEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LedgerEntries($filter: LedgerEntryFilter, $first: Int!, $after: String) {\n    ledgerEntries(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LedgerEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BalanceHistory($dealerId: ID!, $days: Int!) {\n    balanceHistory(dealerId: $dealerId, days: $days) {\n      date\n      balance\n    }\n  }\n"): (typeof documents)["\n  query BalanceHistory($dealerId: ID!, $days: Int!) {\n    balanceHistory(dealerId: $dealerId, days: $days) {\n      date\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerBalance($id: ID!) {\n    dealer(id: $id) {\n      id\n      name\n      balance\n    }\n  }\n"): (typeof documents)["\n  query DealerBalance($id: ID!) {\n    dealer(id: $id) {\n      id\n      name\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) {\n      ...LedgerEntryRow\n    }\n  }\n"): (typeof documents)["\n  mutation TopUp($input: TopUpInput!) {\n    topUp(input: $input) {\n      ...LedgerEntryRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NoticeRow on Notice {\n    id\n    type\n    title\n    body\n    link\n    params\n    eventCount\n    read\n    createdAt\n    lastEventAt\n  }\n"): (typeof documents)["\n  fragment NoticeRow on Notice {\n    id\n    type\n    title\n    body\n    link\n    params\n    eventCount\n    read\n    createdAt\n    lastEventAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notices($filter: NoticeFilter, $first: Int!, $after: String) {\n    notices(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...NoticeRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n"): (typeof documents)["\n  query UnreadNoticeCount {\n    unreadNoticeCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n      eventCount\n      lastEventAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNoticeRead($id: ID!) {\n    markNoticeRead(id: $id) {\n      id\n      read\n      eventCount\n      lastEventAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNoticesRead {\n    markAllNoticesRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNoticesRead {\n    markAllNoticesRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnnouncementRow on Announcement {\n    id\n    title\n    body\n    link\n    allDealers\n    publishedByName\n    createdAt\n    dealers {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AnnouncementRow on Announcement {\n    id\n    title\n    body\n    link\n    allDealers\n    publishedByName\n    createdAt\n    dealers {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Announcements($first: Int!, $after: String) {\n    announcements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AnnouncementRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Announcements($first: Int!, $after: String) {\n    announcements(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...AnnouncementRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementDealerOptions($text: String) {\n    dealers(text: $text, first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementDealerOptions($text: String) {\n    dealers(text: $text, first: 50) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderRow on Order {\n    id\n    orderNo\n    type\n    status\n    domain\n    domainUnicode\n    editionName\n    seats\n    months\n    giftMonths\n    trialDays\n    listAmount\n    settlementAmount\n    reductionAmount\n    amountDue\n    confirmationReasons\n    createdAt\n    productLine {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    creator {\n      id\n      loginName\n      realName\n    }\n  }\n"): (typeof documents)["\n  fragment OrderRow on Order {\n    id\n    orderNo\n    type\n    status\n    domain\n    domainUnicode\n    editionName\n    seats\n    months\n    giftMonths\n    trialDays\n    listAmount\n    settlementAmount\n    reductionAmount\n    amountDue\n    confirmationReasons\n    createdAt\n    productLine {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    creator {\n      id\n      loginName\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderServiceFields on Service {\n    id\n    kind\n    domain\n    domainUnicode\n    seats\n    startsAt\n    expiresAt\n    productLine {\n      id\n      name\n    }\n    edition {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment OrderServiceFields on Service {\n    id\n    kind\n    domain\n    domainUnicode\n    seats\n    startsAt\n    expiresAt\n    productLine {\n      id\n      name\n    }\n    edition {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrderDetail on Order {\n    ...OrderRow\n    remark\n    rejectReason\n    decidedAt\n    paidAt\n    closedAt\n    updatedAt\n    service {\n      ...OrderServiceFields\n    }\n  }\n"): (typeof documents)["\n  fragment OrderDetail on Order {\n    ...OrderRow\n    remark\n    rejectReason\n    decidedAt\n    paidAt\n    closedAt\n    updatedAt\n    service {\n      ...OrderServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Orders($filter: OrderFilter, $first: Int!, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Orders($filter: OrderFilter, $first: Int!, $after: String) {\n    orders(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...OrderRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderDetailPage($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail\n    }\n  }\n"): (typeof documents)["\n  query OrderDetailPage($id: ID!) {\n    order(id: $id) {\n      ...OrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderQuote($input: CreateOrderInput!) {\n    orderQuote(input: $input) {\n      type\n      domain\n      seats\n      months\n      giftMonths\n      allowedGiftMonths\n      trialDays\n      remainingDays\n      listAmount\n      settlementAmount\n      confirmationReasons\n    }\n  }\n"): (typeof documents)["\n  query OrderQuote($input: CreateOrderInput!) {\n    orderQuote(input: $input) {\n      type\n      domain\n      seats\n      months\n      giftMonths\n      allowedGiftMonths\n      trialDays\n      remainingDays\n      listAmount\n      settlementAmount\n      confirmationReasons\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderCatalog {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        perPaidMonths\n        maxGiftMonths\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderCatalog {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        perPaidMonths\n        maxGiftMonths\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDealerBalance {\n    myDealer {\n      id\n      balance\n    }\n  }\n"): (typeof documents)["\n  query MyDealerBalance {\n    myDealer {\n      id\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrder($input: CreateOrderInput!) {\n    createOrder(input: $input) {\n      ...OrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PayOrder($id: ID!, $idempotencyKey: String!) {\n    payOrder(id: $id, idempotencyKey: $idempotencyKey) {\n      ...OrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation PayOrder($id: ID!, $idempotencyKey: String!) {\n    payOrder(id: $id, idempotencyKey: $idempotencyKey) {\n      ...OrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseOrder($id: ID!) {\n    closeOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation CloseOrder($id: ID!) {\n    closeOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmOrder($id: ID!) {\n    confirmOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmOrder($id: ID!) {\n    confirmOrder(id: $id) {\n      ...OrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectOrder($id: ID!, $reason: String!) {\n    rejectOrder(id: $id, reason: $reason) {\n      ...OrderDetail\n    }\n  }\n"): (typeof documents)["\n  mutation RejectOrder($id: ID!, $reason: String!) {\n    rejectOrder(id: $id, reason: $reason) {\n      ...OrderDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrderEnterpriseRegistrations($enterpriseId: ID!) {\n    registrations(filter: { enterpriseId: $enterpriseId, status: ACTIVE }, first: 50) {\n      edges {\n        node {\n          id\n          domain\n          productLine {\n            id\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrderEnterpriseRegistrations($enterpriseId: ID!) {\n    registrations(filter: { enterpriseId: $enterpriseId, status: ACTIVE }, first: 50) {\n      edges {\n        node {\n          id\n          domain\n          productLine {\n            id\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DealerDiscountFields on DealerDiscount {\n    rateBp\n    updatedAt\n    productLine {\n      id\n      code\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment DealerDiscountFields on DealerDiscount {\n    rateBp\n    updatedAt\n    productLine {\n      id\n      code\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerDiscounts($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          discounts {\n            ...DealerDiscountFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerDiscounts($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          discounts {\n            ...DealerDiscountFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDealerDiscounts($dealerId: ID!, $input: SetDealerDiscountsInput!) {\n    setDealerDiscounts(dealerId: $dealerId, input: $input) {\n      id\n      discounts {\n        ...DealerDiscountFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDealerDiscounts($dealerId: ID!, $input: SetDealerDiscountsInput!) {\n    setDealerDiscounts(dealerId: $dealerId, input: $input) {\n      id\n      discounts {\n        ...DealerDiscountFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceList($dealerId: ID) {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice(dealerId: $dealerId)\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriceList($dealerId: ID) {\n    productLines {\n      id\n      code\n      name\n      giftRule {\n        labelZh\n        labelEn\n      }\n      editions {\n        id\n        code\n        name\n        isSpecial\n        listPrice\n        settlementPrice(dealerId: $dealerId)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PoolEntryRow on PublicPoolEnterprise {\n    id\n    name\n    regionCode\n    regionName\n    industry\n    scale\n    productLines {\n      id\n      name\n    }\n    expiredAt\n    enteredAt\n  }\n"): (typeof documents)["\n  fragment PoolEntryRow on PublicPoolEnterprise {\n    id\n    name\n    regionCode\n    regionName\n    industry\n    scale\n    productLines {\n      id\n      name\n    }\n    expiredAt\n    enteredAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPool($filter: PublicPoolFilter, $first: Int!, $after: String) {\n    publicPoolEnterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PoolEntryRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicPool($filter: PublicPoolFilter, $first: Int!, $after: String) {\n    publicPoolEnterprises(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PoolEntryRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDealerRegions {\n    myDealer {\n      id\n      regions {\n        code\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyDealerRegions {\n    myDealer {\n      id\n      regions {\n        code\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ClaimPoolEnterprise($id: ID!) {\n    claimPoolEnterprise(id: $id) {\n      id\n      enterpriseId\n      claimedAt\n      claimDay\n    }\n  }\n"): (typeof documents)["\n  mutation ClaimPoolEnterprise($id: ID!) {\n    claimPoolEnterprise(id: $id) {\n      id\n      enterpriseId\n      claimedAt\n      claimDay\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PoolSettings {\n    poolSettings {\n      graceDays\n      dailyClaimCap\n    }\n  }\n"): (typeof documents)["\n  query PoolSettings {\n    poolSettings {\n      graceDays\n      dailyClaimCap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePoolSettings($input: PoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      graceDays\n      dailyClaimCap\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePoolSettings($input: PoolSettingsInput!) {\n    updatePoolSettings(input: $input) {\n      graceDays\n      dailyClaimCap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunPublicPoolJob {\n    runPublicPoolJob\n  }\n"): (typeof documents)["\n  mutation RunPublicPoolJob {\n    runPublicPoolJob\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotaFields on QuotaEntry {\n    productLine {\n      id\n      code\n      name\n    }\n    max\n    used\n    available\n  }\n"): (typeof documents)["\n  fragment QuotaFields on QuotaEntry {\n    productLine {\n      id\n      code\n      name\n    }\n    max\n    used\n    available\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyQuotas {\n    me {\n      account {\n        id\n        quotas {\n          ...QuotaFields\n        }\n      }\n    }\n    myDealer {\n      id\n      name\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyQuotas {\n    me {\n      account {\n        id\n        quotas {\n          ...QuotaFields\n        }\n      }\n    }\n    myDealer {\n      id\n      name\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountQuotas($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          loginName\n          realName\n          accountType\n          status\n          permissions\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountQuotas($filter: AccountFilter, $first: Int!, $after: String) {\n    accounts(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          loginName\n          realName\n          accountType\n          status\n          permissions\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountQuotas($accountId: ID!, $input: SetQuotasInput!) {\n    setAccountQuotas(accountId: $accountId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAccountQuotas($accountId: ID!, $input: SetQuotasInput!) {\n    setAccountQuotas(accountId: $accountId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DealerQuotas($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DealerQuotas($text: String, $first: Int!, $after: String) {\n    dealers(text: $text, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          regionName\n          status\n          channelManager {\n            id\n            loginName\n            realName\n          }\n          quotas {\n            ...QuotaFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDealerQuotas($dealerId: ID!, $input: SetQuotasInput!) {\n    setDealerQuotas(dealerId: $dealerId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDealerQuotas($dealerId: ID!, $input: SetQuotasInput!) {\n    setDealerQuotas(dealerId: $dealerId, input: $input) {\n      id\n      quotas {\n        ...QuotaFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistrationRow on Registration {\n    id\n    domain\n    domainUnicode\n    status\n    startsAt\n    expiresAt\n    daysLeft\n    endedAt\n    productLine {\n      id\n      code\n      name\n    }\n    account {\n      id\n      loginName\n      realName\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RegistrationRow on Registration {\n    id\n    domain\n    domainUnicode\n    status\n    startsAt\n    expiresAt\n    daysLeft\n    endedAt\n    productLine {\n      id\n      code\n      name\n    }\n    account {\n      id\n      loginName\n      realName\n    }\n    enterprise {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Registrations($filter: RegistrationFilter, $first: Int!, $after: String) {\n    registrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RegistrationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Registrations($filter: RegistrationFilter, $first: Int!, $after: String) {\n    registrations(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...RegistrationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterDomain($input: RegisterDomainInput!) {\n    registerDomain(input: $input) {\n      ...RegistrationRow\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterDomain($input: RegisterDomainInput!) {\n    registerDomain(input: $input) {\n      ...RegistrationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlockRegistration($id: ID!) {\n    unlockRegistration(id: $id) {\n      ...RegistrationRow\n    }\n  }\n"): (typeof documents)["\n  mutation UnlockRegistration($id: ID!) {\n    unlockRegistration(id: $id) {\n      ...RegistrationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistrationHolderLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n"): (typeof documents)["\n  query RegistrationHolderLabel($id: ID!) {\n    account(id: $id) {\n      id\n      loginName\n      realName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisibleDealerAccounts {\n    accounts(filter: { kind: DEALER }, first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query VisibleDealerAccounts {\n    accounts(filter: { kind: DEALER }, first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RequestTypeFields on RequestType {\n    id\n    code\n    groupCode\n    name\n    description\n    chain\n    action\n    maxAttachments\n    active\n    sortOrder\n    fields {\n      key\n      label\n      kind\n      required\n      options\n    }\n  }\n"): (typeof documents)["\n  fragment RequestTypeFields on RequestType {\n    id\n    code\n    groupCode\n    name\n    description\n    chain\n    action\n    maxAttachments\n    active\n    sortOrder\n    fields {\n      key\n      label\n      kind\n      required\n      options\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RequestTypes($includeInactive: Boolean) {\n    requestTypes(includeInactive: $includeInactive) {\n      ...RequestTypeFields\n    }\n  }\n"): (typeof documents)["\n  query RequestTypes($includeInactive: Boolean) {\n    requestTypes(includeInactive: $includeInactive) {\n      ...RequestTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessRequestRow on BusinessRequest {\n    id\n    requestNo\n    status\n    chain\n    currentStep\n    amount\n    createdAt\n    endedAt\n    type {\n      id\n      name\n      groupCode\n    }\n    dealer {\n      id\n      name\n    }\n    submitter {\n      id\n      realName\n      loginName\n    }\n    order {\n      id\n      orderNo\n    }\n  }\n"): (typeof documents)["\n  fragment BusinessRequestRow on BusinessRequest {\n    id\n    requestNo\n    status\n    chain\n    currentStep\n    amount\n    createdAt\n    endedAt\n    type {\n      id\n      name\n      groupCode\n    }\n    dealer {\n      id\n      name\n    }\n    submitter {\n      id\n      realName\n      loginName\n    }\n    order {\n      id\n      orderNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessRequests($filter: RequestFilter, $first: Int!, $after: String) {\n    businessRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BusinessRequestRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BusinessRequests($filter: RequestFilter, $first: Int!, $after: String) {\n    businessRequests(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BusinessRequestRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BusinessRequestDetail on BusinessRequest {\n    ...BusinessRequestRow\n    payload\n    remark\n    updatedAt\n    viewerMayDecide\n    viewerIsSubmitter\n    type {\n      ...RequestTypeFields\n    }\n    order {\n      id\n      orderNo\n      status\n      amountDue\n      reductionAmount\n    }\n    steps {\n      stepNo\n      role\n      decision\n      comment\n      decidedAt\n      decider {\n        id\n        realName\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n"): (typeof documents)["\n  fragment BusinessRequestDetail on BusinessRequest {\n    ...BusinessRequestRow\n    payload\n    remark\n    updatedAt\n    viewerMayDecide\n    viewerIsSubmitter\n    type {\n      ...RequestTypeFields\n    }\n    order {\n      id\n      orderNo\n      status\n      amountDue\n      reductionAmount\n    }\n    steps {\n      stepNo\n      role\n      decision\n      comment\n      decidedAt\n      decider {\n        id\n        realName\n      }\n    }\n    attachments {\n      id\n      fileName\n      contentType\n      sizeBytes\n      createdAt\n      downloadUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n"): (typeof documents)["\n  query BusinessRequest($id: ID!) {\n    businessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitBusinessRequest($input: SubmitRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      id\n      requestNo\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitBusinessRequest($input: SubmitRequestInput!) {\n    submitBusinessRequest(input: $input) {\n      id\n      requestNo\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawBusinessRequest($id: ID!) {\n    withdrawBusinessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawBusinessRequest($id: ID!) {\n    withdrawBusinessRequest(id: $id) {\n      ...BusinessRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideBusinessRequest($id: ID!, $step: Int!, $decision: StepDecision!, $comment: String) {\n    decideBusinessRequest(id: $id, step: $step, decision: $decision, comment: $comment) {\n      ...BusinessRequestDetail\n    }\n  }\n"): (typeof documents)["\n  mutation DecideBusinessRequest($id: ID!, $step: Int!, $decision: StepDecision!, $comment: String) {\n    decideBusinessRequest(id: $id, step: $step, decision: $decision, comment: $comment) {\n      ...BusinessRequestDetail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRequestType($id: ID, $input: RequestTypeInput!) {\n    saveRequestType(id: $id, input: $input) {\n      ...RequestTypeFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveRequestType($id: ID, $input: RequestTypeInput!) {\n    saveRequestType(id: $id, input: $input) {\n      ...RequestTypeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoutingRuleRow on RoutingRule {\n    id\n    name\n    priority\n    enabled\n    regionCodes\n    regionNames\n    productLineIds\n    productLines {\n      id\n      name\n    }\n    sources\n    targets {\n      dealerId\n      weight\n      currentWeight\n      dealer {\n        id\n        name\n        status\n      }\n    }\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RoutingRuleRow on RoutingRule {\n    id\n    name\n    priority\n    enabled\n    regionCodes\n    regionNames\n    productLineIds\n    productLines {\n      id\n      name\n    }\n    sources\n    targets {\n      dealerId\n      weight\n      currentWeight\n      dealer {\n        id\n        name\n        status\n      }\n    }\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingRules {\n    routingRules {\n      ...RoutingRuleRow\n    }\n  }\n"): (typeof documents)["\n  query RoutingRules {\n    routingRules {\n      ...RoutingRuleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRoutingRule($input: RoutingRuleInput!) {\n    createRoutingRule(input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {\n    updateRoutingRule(id: $id, input: $input) {\n      ...RoutingRuleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoutingRuleEnabled($id: ID!, $enabled: Boolean!) {\n    setRoutingRuleEnabled(id: $id, enabled: $enabled) {\n      ...RoutingRuleRow\n    }\n  }\n"): (typeof documents)["\n  mutation SetRoutingRuleEnabled($id: ID!, $enabled: Boolean!) {\n    setRoutingRuleEnabled(id: $id, enabled: $enabled) {\n      ...RoutingRuleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRoutingRule($id: ID!) {\n    deleteRoutingRule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleRow\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderRoutingRules($ids: [ID!]!) {\n    reorderRoutingRules(ids: $ids) {\n      ...RoutingRuleRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RoutingDryRun($input: RoutingDryRunInput!) {\n    routingDryRun(input: $input) {\n      outcome\n      existingEnterpriseId\n      rule {\n        id\n        name\n        priority\n      }\n      dealer {\n        id\n        name\n      }\n      traceLines {\n        zh\n        en\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RoutingDryRun($input: RoutingDryRunInput!) {\n    routingDryRun(input: $input) {\n      outcome\n      existingEnterpriseId\n      rule {\n        id\n        name\n        priority\n      }\n      dealer {\n        id\n        name\n      }\n      traceLines {\n        zh\n        en\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingDealerOptions($text: String) {\n    dealers(text: $text, first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RoutingDealerOptions($text: String) {\n    dealers(text: $text, first: 100) {\n      edges {\n        node {\n          id\n          name\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LeadRow on Lead {\n    id\n    companyName\n    domain\n    domainUnicode\n    source\n    status\n    regionName\n    contactName\n    productLine {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    rule {\n      id\n      name\n    }\n    enterpriseId\n    traceLines {\n      zh\n      en\n    }\n    createdAt\n  }\n"): (typeof documents)["\n  fragment LeadRow on Lead {\n    id\n    companyName\n    domain\n    domainUnicode\n    source\n    status\n    regionName\n    contactName\n    productLine {\n      id\n      name\n    }\n    dealer {\n      id\n      name\n    }\n    rule {\n      id\n      name\n    }\n    enterpriseId\n    traceLines {\n      zh\n      en\n    }\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeadList($filter: LeadFilter, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LeadList($filter: LeadFilter, $first: Int!, $after: String) {\n    leads(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...LeadRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeLead($input: LeadIntakeInput!) {\n    intakeLead(input: $input) {\n      ...LeadRow\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeLead($input: LeadIntakeInput!) {\n    intakeLead(input: $input) {\n      ...LeadRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntakeLeads($inputs: [LeadIntakeInput!]!) {\n    intakeLeads(inputs: $inputs) {\n      ...LeadRow\n    }\n  }\n"): (typeof documents)["\n  mutation IntakeLeads($inputs: [LeadIntakeInput!]!) {\n    intakeLeads(inputs: $inputs) {\n      ...LeadRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerouteLead($id: ID!) {\n    rerouteLead(id: $id) {\n      ...LeadRow\n    }\n  }\n"): (typeof documents)["\n  mutation RerouteLead($id: ID!) {\n    rerouteLead(id: $id) {\n      ...LeadRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceAddonState on ServiceAddon {\n    enabled\n    updatedAt\n    addon {\n      id\n      code\n      name\n      description\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceAddonState on ServiceAddon {\n    enabled\n    updatedAt\n    addon {\n      id\n      code\n      name\n      description\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceRow on Service {\n    ...OrderServiceFields\n    status\n    daysLeft\n    edition {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    addons {\n      ...ServiceAddonState\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceRow on Service {\n    ...OrderServiceFields\n    status\n    daysLeft\n    edition {\n      id\n      name\n    }\n    enterprise {\n      id\n      name\n    }\n    addons {\n      ...ServiceAddonState\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($filter: ServiceFilter, $first: Int!, $after: String) {\n    services(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...ServiceRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetServiceAddon($serviceId: ID!, $addonId: ID!, $enabled: Boolean!) {\n    setServiceAddon(serviceId: $serviceId, addonId: $addonId, enabled: $enabled) {\n      id\n      addons {\n        ...ServiceAddonState\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetServiceAddon($serviceId: ID!, $addonId: ID!, $enabled: Boolean!) {\n    setServiceAddon(serviceId: $serviceId, addonId: $addonId, enabled: $enabled) {\n      id\n      addons {\n        ...ServiceAddonState\n      }\n    }\n  }\n"];
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