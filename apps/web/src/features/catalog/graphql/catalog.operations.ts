import { graphql } from "@/gql";

/** The product lines (产品线), for pickers and filters. */
export const ProductLinesQuery = graphql(`
  query ProductLines {
    productLines {
      id
      code
      name
    }
  }
`);

/** One edition as the catalogue page shows it: the list price is null unless the viewer may see it. */
export const CatalogEditionFragment = graphql(`
  fragment CatalogEdition on Edition {
    id
    code
    name
    isSpecial
    listPrice
    active
    sortOrder
  }
`);

export const CatalogAddonFragment = graphql(`
  fragment CatalogAddon on Addon {
    id
    code
    name
    description
    active
    sortOrder
  }
`);

export const CatalogProductLineFragment = graphql(`
  fragment CatalogProductLine on ProductLine {
    id
    code
    name
    sortOrder
    giftRule {
      perPaidMonths
      maxGiftMonths
      labelZh
      labelEn
    }
    editions(includeInactive: true) {
      ...CatalogEdition
    }
    addons(includeInactive: true) {
      ...CatalogAddon
    }
  }
`);

/** Vendor › 产品线/版本/价格: every product line with all its editions and addons (inactive ones too). */
export const ProductCatalogQuery = graphql(`
  query ProductCatalog {
    productLines {
      ...CatalogProductLine
    }
  }
`);

export const CreateProductLineMutation = graphql(`
  mutation CreateProductLine($input: CreateProductLineInput!) {
    createProductLine(input: $input) {
      ...CatalogProductLine
    }
  }
`);

export const UpdateProductLineMutation = graphql(`
  mutation UpdateProductLine($id: ID!, $input: UpdateProductLineInput!) {
    updateProductLine(id: $id, input: $input) {
      ...CatalogProductLine
    }
  }
`);

export const CreateEditionMutation = graphql(`
  mutation CreateEdition($input: CreateEditionInput!) {
    createEdition(input: $input) {
      ...CatalogEdition
    }
  }
`);

export const UpdateEditionMutation = graphql(`
  mutation UpdateEdition($id: ID!, $input: UpdateEditionInput!) {
    updateEdition(id: $id, input: $input) {
      ...CatalogEdition
    }
  }
`);

export const CreateAddonMutation = graphql(`
  mutation CreateAddon($input: CreateAddonInput!) {
    createAddon(input: $input) {
      ...CatalogAddon
    }
  }
`);

export const UpdateAddonMutation = graphql(`
  mutation UpdateAddon($id: ID!, $input: UpdateAddonInput!) {
    updateAddon(id: $id, input: $input) {
      ...CatalogAddon
    }
  }
`);
