import { registerEnumType } from "type-graphql";

export const SortDirection = { ASC: "ASC", DESC: "DESC" } as const;
export type SortDirection = keyof typeof SortDirection;

registerEnumType(SortDirection, { name: "SortDirection", description: "升序 ascending / 降序 descending" });
