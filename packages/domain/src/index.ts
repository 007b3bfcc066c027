export * from "./permissions";
export * from "./account-tree";
export * from "./account-rules";
export * from "./error-codes";
export * from "./domain-name";
export * from "./regions";
export * from "./enterprise-vocabulary";
