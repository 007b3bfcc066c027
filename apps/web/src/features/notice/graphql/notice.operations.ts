import { graphql } from "@/gql";

export const NoticeRowFragment = graphql(`
  fragment NoticeRow on Notice {
    id
    type
    title
    body
    link
    params
    eventCount
    read
    createdAt
    lastEventAt
  }
`);

export const NoticesQuery = graphql(`
  query Notices($filter: NoticeFilter, $first: Int!, $after: String) {
    notices(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...NoticeRow
        }
      }
    }
  }
`);

export const UnreadNoticeCountQuery = graphql(`
  query UnreadNoticeCount {
    unreadNoticeCount
  }
`);

export const MarkNoticeReadMutation = graphql(`
  mutation MarkNoticeRead($id: ID!) {
    markNoticeRead(id: $id) {
      id
      read
      eventCount
      lastEventAt
    }
  }
`);

export const MarkAllNoticesReadMutation = graphql(`
  mutation MarkAllNoticesRead {
    markAllNoticesRead
  }
`);

export const AnnouncementRowFragment = graphql(`
  fragment AnnouncementRow on Announcement {
    id
    title
    body
    link
    allDealers
    publishedByName
    createdAt
    dealers {
      id
      name
    }
  }
`);

export const AnnouncementsQuery = graphql(`
  query Announcements($first: Int!, $after: String) {
    announcements(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AnnouncementRow
        }
      }
    }
  }
`);

export const PublishAnnouncementMutation = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      id
      title
    }
  }
`);

export const AnnouncementDealerOptionsQuery = graphql(`
  query AnnouncementDealerOptions($text: String) {
    dealers(text: $text, first: 50) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);
