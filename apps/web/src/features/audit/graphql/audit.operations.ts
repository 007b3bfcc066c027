import { graphql } from "@/gql";

export const AuditLogRowFragment = graphql(`
  fragment AuditLogRow on AuditLogEntry {
    id
    actorName
    principalName
    action
    entityType
    entityId
    before
    after
    at
    actor {
      id
      dealer {
        id
        name
      }
    }
    principal {
      id
      dealer {
        id
        name
      }
    }
  }
`);

export const AuditLogListQuery = graphql(`
  query AuditLogList($filter: AuditLogFilter, $first: Int, $after: String) {
    auditLogs(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AuditLogRow
        }
      }
    }
  }
`);

/** Names an account an audit snapshot refers to by id (隶属, 代办人); only accounts the viewer may see. */
export const AuditAccountNameQuery = graphql(`
  query AuditAccountName($id: ID!) {
    account(id: $id) {
      id
      loginName
      realName
    }
  }
`);
