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
