import { graphql } from "@/gql";

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: UpdateProfileInput!) {
    updateMyProfile(input: $input) {
      id
      realName
      mobile
      updatedAt
    }
  }
`);

export const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

export const SetDelegateMutation = graphql(`
  mutation SetDelegate($input: SetDelegateInput!) {
    setDelegate(input: $input) {
      id
      delegate {
        id
        loginName
        realName
      }
      delegateFrom
      delegateUntil
    }
  }
`);

export const ClearDelegateMutation = graphql(`
  mutation ClearDelegate {
    clearDelegate {
      id
      delegate {
        id
      }
      delegateFrom
      delegateUntil
    }
  }
`);

export const DelegateCandidatesQuery = graphql(`
  query DelegateCandidates($text: String) {
    delegateCandidates(text: $text) {
      id
      loginName
      realName
    }
  }
`);
