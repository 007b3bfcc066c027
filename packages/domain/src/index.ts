export * from "./permissions";
export * from "./account-tree";
export * from "./account-rules";
export * from "./error-codes";
