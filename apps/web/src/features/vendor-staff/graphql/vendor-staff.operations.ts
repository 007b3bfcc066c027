import { graphql } from "@/gql";

export const VendorRoleCatalogQuery = graphql(`
  query VendorRoleCatalog {
    vendorRoleCatalog {
      code
      labelZh
      labelEn
    }
  }
`);

export const CreateVendorStaffMutation = graphql(`
  mutation CreateVendorStaff($input: CreateVendorStaffInput!) {
    createVendorStaff(input: $input) {
      ...AccountRow
    }
  }
`);

export const UpdateVendorStaffMutation = graphql(`
  mutation UpdateVendorStaff($id: ID!, $input: UpdateVendorStaffInput!) {
    updateVendorStaff(id: $id, input: $input) {
      ...AccountRow
    }
  }
`);
