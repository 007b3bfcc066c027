import { graphql } from "@/gql";

export const ApiKeyRowFragment = graphql(`
  fragment ApiKeyRow on ApiKey {
    id
    name
    prefix
    ownerKind
    scopes
    createdByName
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    status
  }
`);

export const ApiKeysQuery = graphql(`
  query ApiKeys($first: Int!, $after: String) {
    apiKeys(first: $first, after: $after) {
      totalCount
      edges {
        node {
          ...ApiKeyRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    apiKeyScopeCatalog {
      scope
      label
      labelEn
      owner
    }
  }
`);

export const CreateApiKeyMutation = graphql(`
  mutation CreateApiKey($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      secret
      apiKey {
        ...ApiKeyRow
      }
    }
  }
`);

export const RevokeApiKeyMutation = graphql(`
  mutation RevokeApiKey($id: ID!) {
    revokeApiKey(id: $id) {
      ...ApiKeyRow
    }
  }
`);

export const ApiKeyCallsQuery = graphql(`
  query ApiKeyCalls($apiKeyId: ID!, $first: Int!, $after: String) {
    apiKeyCalls(apiKeyId: $apiKeyId, first: $first, after: $after) {
      totalCount
      edges {
        node {
          id
          at
          operationType
          operationName
          rootFields
          outcome
          clientIp
          durationMs
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
