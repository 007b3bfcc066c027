import { graphql } from "@/gql";

export const RoutingRuleRowFragment = graphql(`
  fragment RoutingRuleRow on RoutingRule {
    id
    name
    priority
    enabled
    regionCodes
    regionNames
    productLineIds
    productLines {
      id
      name
    }
    sources
    targets {
      dealerId
      weight
      currentWeight
      dealer {
        id
        name
        status
      }
    }
    updatedAt
  }
`);

export const RoutingRulesQuery = graphql(`
  query RoutingRules {
    routingRules {
      ...RoutingRuleRow
    }
  }
`);

export const CreateRoutingRuleMutation = graphql(`
  mutation CreateRoutingRule($input: RoutingRuleInput!) {
    createRoutingRule(input: $input) {
      ...RoutingRuleRow
    }
  }
`);

export const UpdateRoutingRuleMutation = graphql(`
  mutation UpdateRoutingRule($id: ID!, $input: RoutingRuleInput!) {
    updateRoutingRule(id: $id, input: $input) {
      ...RoutingRuleRow
    }
  }
`);

export const SetRoutingRuleEnabledMutation = graphql(`
  mutation SetRoutingRuleEnabled($id: ID!, $enabled: Boolean!) {
    setRoutingRuleEnabled(id: $id, enabled: $enabled) {
      ...RoutingRuleRow
    }
  }
`);

export const DeleteRoutingRuleMutation = graphql(`
  mutation DeleteRoutingRule($id: ID!) {
    deleteRoutingRule(id: $id)
  }
`);

export const ReorderRoutingRulesMutation = graphql(`
  mutation ReorderRoutingRules($ids: [ID!]!) {
    reorderRoutingRules(ids: $ids) {
      ...RoutingRuleRow
    }
  }
`);

export const RoutingDryRunMutation = graphql(`
  mutation RoutingDryRun($input: RoutingDryRunInput!) {
    routingDryRun(input: $input) {
      outcome
      existingEnterpriseId
      rule {
        id
        name
        priority
      }
      dealer {
        id
        name
      }
      traceLines {
        zh
        en
      }
    }
  }
`);

export const RoutingDealerOptionsQuery = graphql(`
  query RoutingDealerOptions($text: String) {
    dealers(text: $text, first: 100) {
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

export const LeadRowFragment = graphql(`
  fragment LeadRow on Lead {
    id
    companyName
    domain
    domainUnicode
    source
    status
    regionName
    contactName
    productLine {
      id
      name
    }
    dealer {
      id
      name
    }
    rule {
      id
      name
    }
    enterpriseId
    traceLines {
      zh
      en
    }
    createdAt
  }
`);

export const LeadListQuery = graphql(`
  query LeadList($filter: LeadFilter, $first: Int!, $after: String) {
    leads(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...LeadRow
        }
      }
    }
  }
`);

export const IntakeLeadMutation = graphql(`
  mutation IntakeLead($input: LeadIntakeInput!) {
    intakeLead(input: $input) {
      ...LeadRow
    }
  }
`);

export const IntakeLeadsMutation = graphql(`
  mutation IntakeLeads($inputs: [LeadIntakeInput!]!) {
    intakeLeads(inputs: $inputs) {
      ...LeadRow
    }
  }
`);

export const RerouteLeadMutation = graphql(`
  mutation RerouteLead($id: ID!) {
    rerouteLead(id: $id) {
      ...LeadRow
    }
  }
`);
