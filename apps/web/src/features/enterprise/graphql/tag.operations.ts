import { graphql } from "@/gql";

export const TagItemFragment = graphql(`
  fragment TagItem on Tag {
    id
    name
    color
    enterpriseCount
    createdAt
  }
`);

/** The dealer's tags by name, with how many visible enterprises carry each. */
export const TagsQuery = graphql(`
  query Tags {
    tags {
      ...TagItem
    }
  }
`);

export const CreateTagMutation = graphql(`
  mutation CreateTag($input: CreateTagInput!) {
    createTag(input: $input) {
      ...TagItem
    }
  }
`);

export const UpdateTagMutation = graphql(`
  mutation UpdateTag($id: ID!, $input: UpdateTagInput!) {
    updateTag(id: $id, input: $input) {
      ...TagItem
    }
  }
`);

export const DeleteTagMutation = graphql(`
  mutation DeleteTag($id: ID!) {
    deleteTag(id: $id)
  }
`);
