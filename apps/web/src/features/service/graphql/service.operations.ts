import { graphql } from "@/gql";

/** One 增值服务 of a service and whether it is on. */
export const ServiceAddonStateFragment = graphql(`
  fragment ServiceAddonState on ServiceAddon {
    enabled
    updatedAt
    addon {
      id
      code
      name
      description
      active
    }
  }
`);

/** One row of 已开通服务 and of an enterprise's 已开通服务 tab (with what the order dialog needs). */
export const ServiceRowFragment = graphql(`
  fragment ServiceRow on Service {
    ...OrderServiceFields
    status
    daysLeft
    edition {
      id
      name
    }
    enterprise {
      id
      name
    }
    addons {
      ...ServiceAddonState
    }
  }
`);

/** 已开通服务: the viewer's visible services, soonest expiry first (latest expired first for EXPIRED). */
export const ServicesQuery = graphql(`
  query Services($filter: ServiceFilter, $first: Int!, $after: String) {
    services(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...ServiceRow
        }
      }
    }
  }
`);

/** Switches one 增值服务 on or off (idempotent); answers the service with its addons. */
export const SetServiceAddonMutation = graphql(`
  mutation SetServiceAddon($serviceId: ID!, $addonId: ID!, $enabled: Boolean!) {
    setServiceAddon(serviceId: $serviceId, addonId: $addonId, enabled: $enabled) {
      id
      addons {
        ...ServiceAddonState
      }
    }
  }
`);
