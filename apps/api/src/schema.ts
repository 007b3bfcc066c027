import { CampaignChannelResolver, CampaignResolver } from "./modules/campaign/campaign.resolver";
import { ApiKeyResolver } from "./modules/api-key/api-key.resolver";
import "reflect-metadata";
import { DateTimeResolver, JSONResolver } from "graphql-scalars";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { AccountResolver } from "./modules/account/account.resolver";
import { VendorStaffResolver } from "./modules/account/vendor-staff.resolver";
import { AuditResolver } from "./modules/audit/audit.resolver";
import { AuthResolver } from "./modules/auth/auth.resolver";
import { CatalogResolver } from "./modules/catalog/catalog.resolver";
import { EditionResolver, ProductLineResolver } from "./modules/catalog/product-line.resolver";
import {
  DealerDiscountFieldsResolver,
  DealerDiscountResolver,
  EditionPriceResolver,
} from "./modules/pricing/pricing.resolver";
import { DealerResolver } from "./modules/dealer/dealer.resolver";
import { EnterpriseResolver } from "./modules/enterprise/enterprise.resolver";
import { FollowUpResolver } from "./modules/enterprise/follow-up.resolver";
import { ServiceResolver } from "./modules/service/service.resolver";
import { ContractFileResolver, OrderContractsResolver } from "./modules/contract/contract.resolver";
import { TagResolver } from "./modules/tag/tag.resolver";
import { SettingsResolver } from "./modules/settings/settings.resolver";
import { DealerRegionResolver } from "./modules/dealer/dealer-region.resolver";
import { RoutingRuleResolver, RoutingRuleTargetResolver } from "./modules/routing/routing-rule.resolver";
import { LeadResolver } from "./modules/lead/lead.resolver";
import { PoolResolver } from "./modules/pool/pool.resolver";
import { RequestResolver, RequestStepResolver } from "./modules/request/request.resolver";
import { OrderResolver } from "./modules/order/order.resolver";
import { LedgerResolver } from "./modules/ledger/ledger.resolver";
import { DealerBalanceResolver } from "./modules/ledger/dealer-balance.resolver";
import { InvoiceResolver } from "./modules/invoice/invoice.resolver";
import { QuotaUsageResolver } from "./modules/registration/quota-usage.resolver";
import { RegistrationResolver } from "./modules/registration/registration.resolver";
import { AnnouncementResolver, NoticeResolver } from "./modules/notice/notice.resolver";
import { DashboardResolver } from "./modules/dashboard/dashboard.resolver";

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
      ProductLineResolver,
      EditionResolver,
      EditionPriceResolver,
      DealerDiscountResolver,
      DealerDiscountFieldsResolver,
      EnterpriseResolver,
      FollowUpResolver,
      TagResolver,
      ServiceResolver,
      SettingsResolver,
      DealerRegionResolver,
      RoutingRuleResolver,
      RoutingRuleTargetResolver,
      LeadResolver,
      ApiKeyResolver,
      PoolResolver,
      RegistrationResolver,
      QuotaUsageResolver,
      OrderResolver,
      RequestResolver,
      RequestStepResolver,
      OrderContractsResolver,
      ContractFileResolver,
      LedgerResolver,
      DealerBalanceResolver,
      InvoiceResolver,
      NoticeResolver,
      AnnouncementResolver,
      DashboardResolver,
      CampaignResolver,
      CampaignChannelResolver,
    ],
    scalarsMap: [
      { type: Date, scalar: DateTimeResolver },
      { type: Object, scalar: JSONResolver },
    ],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
}
