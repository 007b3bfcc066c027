import { graphql } from "@/gql";

export const ViewerAccountFieldsFragment = graphql(`
  fragment ViewerAccountFields on Account {
    id
    kind
    loginName
    realName
    mobile
    accountType
    vendorRoles
    status
    permissions
    dealer {
      id
      name
    }
    delegate {
      id
      loginName
      realName
    }
    delegateFrom
    delegateUntil
  }
`);

export const ViewerFieldsFragment = graphql(`
  fragment ViewerFields on Viewer {
    account {
      ...ViewerAccountFields
    }
    actor {
      ...ViewerAccountFields
    }
    actingAs {
      id
      loginName
      realName
    }
    permissions
    vendorRoles
    principalsICanActFor {
      id
      loginName
      realName
      delegateFrom
      delegateUntil
    }
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...ViewerFields
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...ViewerFields
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const ActAsMutation = graphql(`
  mutation ActAs($principalId: ID!) {
    actAs(principalId: $principalId) {
      ...ViewerFields
    }
  }
`);

export const StopActingAsMutation = graphql(`
  mutation StopActingAs {
    stopActingAs {
      ...ViewerFields
    }
  }
`);
