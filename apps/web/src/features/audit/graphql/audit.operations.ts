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
