import { GraphQLScalarType } from "graphql";
import { GraphQLSafeInt } from "graphql-scalars";
import type { ValueTransformer } from "typeorm";

/**
 * Money is integer 分 (1/100 yuan) everywhere: `bigint` in PostgreSQL, a safe integer in code
 * and on the wire (the GraphQL `Fen` scalar; Int is only 32-bit). Never floating point.
 */
export const FenScalar = new GraphQLScalarType({
  ...GraphQLSafeInt.toConfig(),
  name: "Fen",
  description: "Money in integer 分 (1/100 yuan), exact; at most 2^53 − 1",
});

/** `bigint` columns arrive from pg as strings; amounts stay far below 2^53, and this checks it. */
export const fenColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => {
    if (value === null) return null;
    const fen = Number(value);
    if (!Number.isSafeInteger(fen)) throw new RangeError(`amount out of range: ${value}`);
    return fen;
  },
};
