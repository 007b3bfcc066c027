import "reflect-metadata";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { AccountResolver } from "./modules/account/account.resolver";
import { VendorStaffResolver } from "./modules/account/vendor-staff.resolver";
import { AuditResolver } from "./modules/audit/audit.resolver";
import { AuthResolver } from "./modules/auth/auth.resolver";
import { CatalogResolver } from "./modules/catalog/catalog.resolver";
import { DealerResolver } from "./modules/dealer/dealer.resolver";

/** The one buildSchema() call. Input classes are validated by class-validator. */
export function buildApiSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [AuthResolver, AccountResolver, VendorStaffResolver, DealerResolver, AuditResolver, CatalogResolver],
    scalarsMap: [
      { type: Date, scalar: DateTimeResolver },
      { type: Object, scalar: JSONResolver },
    ],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
