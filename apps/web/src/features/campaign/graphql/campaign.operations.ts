import { graphql } from "@/gql";

export const CampaignListQuery = graphql(`
  query CampaignList($filter: CampaignFilter, $page: Int!, $pageSize: Int!) {
    campaigns(filter: $filter, page: $page, pageSize: $pageSize) {
      totalCount
      items {
        id
        slug
        name
        dealerName
        creatorName
        createdAt
        validFrom
        validTo
        reviewStatus
        reviewReason
        enabled
        liveness
        channels {
          code
          name
          sharePath
        }
      }
    }
  }
`);

export const SetCampaignEnabledMutation = graphql(`
  mutation SetCampaignEnabled($id: ID!, $enabled: Boolean!) {
    setCampaignEnabled(id: $id, enabled: $enabled) {
      id
      enabled
      liveness
    }
  }
`);

export const ReviewCampaignMutation = graphql(`
  mutation ReviewCampaign($id: ID!, $decision: CampaignReviewDecision!, $reason: String) {
    reviewCampaign(id: $id, decision: $decision, reason: $reason) {
      id
      reviewStatus
      reviewReason
      liveness
    }
  }
`);

export const CampaignStatsQuery = graphql(`
  query CampaignStatsPage($id: ID!) {
    campaign(id: $id) {
      id
      name
      slug
    }
    campaignStats(id: $id) {
      totals {
        pv
        uv
        signups
      }
      channels {
        code
        name
        pv
        uv
        signups
      }
      daily {
        day
        pv
        uv
        signups
      }
    }
  }
`);

export const CampaignEditorFieldsFragment = graphql(`
  fragment CampaignEditorFields on Campaign {
    id
    slug
    name
    title
    bodyHtml
    bannerUrl
    formFields
    validFrom
    validTo
    reviewStatus
    reviewReason
    enabled
    liveness
    dealerName
    creatorName
    createdAt
    channels {
      code
      name
      sharePath
    }
  }
`);

export const CampaignEditorQuery = graphql(`
  query CampaignEditor($id: ID!) {
    campaign(id: $id) {
      ...CampaignEditorFields
    }
  }
`);

export const CreateCampaignMutation = graphql(`
  mutation CreateCampaign($input: CampaignInput!) {
    createCampaign(input: $input) {
      ...CampaignEditorFields
    }
  }
`);

export const UpdateCampaignMutation = graphql(`
  mutation UpdateCampaign($id: ID!, $input: CampaignInput!) {
    updateCampaign(id: $id, input: $input) {
      ...CampaignEditorFields
    }
  }
`);

export const CampaignReviewQueueQuery = graphql(`
  query CampaignReviewQueue($page: Int!, $pageSize: Int!) {
    campaigns(filter: { reviewStatus: PENDING }, page: $page, pageSize: $pageSize) {
      totalCount
      items {
        ...CampaignEditorFields
      }
    }
  }
`);
