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
import { EnterpriseResolver } from "./modules/enterprise/enterprise.resolver";
import { FollowUpResolver } from "./modules/enterprise/follow-up.resolver";
import { ServiceResolver } from "./modules/service/service.resolver";
import { TagResolver } from "./modules/tag/tag.resolver";
import { SettingsResolver } from "./modules/settings/settings.resolver";
import { DealerRegionResolver } from "./modules/dealer/dealer-region.resolver";
import { RoutingRuleResolver, RoutingRuleTargetResolver } from "./modules/routing/routing-rule.resolver";
import { LeadResolver } from "./modules/lead/lead.resolver";
import { PoolResolver } from "./modules/pool/pool.resolver";
import { QuotaUsageResolver } from "./modules/registration/quota-usage.resolver";
import { RegistrationResolver } from "./modules/registration/registration.resolver";
import { AnnouncementResolver, NoticeResolver } from "./modules/notice/notice.resolver";

/** The one buildSchema() call. Input classes are validated by class-validator. */
export function buildApiSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [
      AuthResolver,
      AccountResolver,
      VendorStaffResolver,
      DealerResolver,
      AuditResolver,
      CatalogResolver,
      EnterpriseResolver,
      FollowUpResolver,
      TagResolver,
      ServiceResolver,
      SettingsResolver,
      DealerRegionResolver,
      RoutingRuleResolver,
      RoutingRuleTargetResolver,
      LeadResolver,
      PoolResolver,
      RegistrationResolver,
      QuotaUsageResolver,
      NoticeResolver,
      AnnouncementResolver,
    ],
    scalarsMap: [
      { type: Date, scalar: DateTimeResolver },
      { type: Object, scalar: JSONResolver },
    ],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
