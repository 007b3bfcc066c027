import { graphql } from "@/gql";

/** One contract file of an order. */
export const ContractFileRowFragment = graphql(`
  fragment ContractFileRow on ContractFile {
    id
    fileName
    contentType
    sizeBytes
    createdAt
    downloadUrl
    uploadedBy {
      id
      realName
      loginName
    }
  }
`);

/** An order's contract files (and its status: a paid order's files stay, a closed one takes no more). */
export const OrderContractsQuery = graphql(`
  query OrderContracts($id: ID!) {
    order(id: $id) {
      id
      status
      contracts {
        ...ContractFileRow
      }
    }
  }
`);

/** Deletes a contract file of an unpaid order; answers the order's remaining files. */
export const DeleteContractFileMutation = graphql(`
  mutation DeleteContractFile($id: ID!) {
    deleteContractFile(id: $id) {
      id
      status
      contracts {
        ...ContractFileRow
      }
    }
  }
`);
