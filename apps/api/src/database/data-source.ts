import "reflect-metadata";
import { DataSource } from "typeorm";
import { AccountEntity } from "../modules/account/account.entity";
import { AccountQuotaEntity } from "../modules/account/account-quota.entity";
import { AuditLogEntity } from "../modules/audit/audit-log.entity";
import { LoginAttemptEntity } from "../modules/auth/login-attempt.entity";
import { SessionEntity } from "../modules/auth/session.entity";
import { ProductLineEntity } from "../modules/catalog/product-line.entity";
import { EditionEntity } from "../modules/catalog/edition.entity";
import { AddonEntity } from "../modules/catalog/addon.entity";
import { DealerDiscountEntity } from "../modules/pricing/dealer-discount.entity";
import { DealerEntity } from "../modules/dealer/dealer.entity";
import { DealerQuotaEntity } from "../modules/dealer/dealer-quota.entity";
import { Foundation1764780000000 } from "./migrations/1764780000000-foundation";
import { Enterprises1764790000000 } from "./migrations/1764790000000-enterprises";
import { EnterpriseEntity } from "../modules/enterprise/enterprise.entity";
import { EnterpriseDomainEntity } from "../modules/enterprise/enterprise-domain.entity";
import { EnterpriseContactEntity } from "../modules/enterprise/enterprise-contact.entity";
import { FollowUpEntity } from "../modules/enterprise/follow-up.entity";
import { TagEntity } from "../modules/tag/tag.entity";
import { EnterpriseTagEntity } from "../modules/tag/enterprise-tag.entity";
import { ServiceEntity } from "../modules/service/service.entity";
import { ServiceAddonEntity } from "../modules/service/service-addon.entity";
import { ContractFileEntity } from "../modules/contract/contract-file.entity";
import { LeadRoutingPool1764795000000 } from "./migrations/1764795000000-lead-routing-pool";
import { AccountShape1764799000000 } from "./migrations/1764799000000-account-shape";
import { AppSettingEntity } from "../modules/settings/app-setting.entity";
import { DealerRegionEntity } from "../modules/dealer/dealer-region.entity";
import { RoutingRuleEntity } from "../modules/routing/routing-rule.entity";
import { RoutingRuleTargetEntity } from "../modules/routing/routing-rule-target.entity";
import { LeadEntity } from "../modules/lead/lead.entity";
import { PoolClaimEntity } from "../modules/pool/pool-claim.entity";
import { Registrations1764800000000 } from "./migrations/1764800000000-registrations";
import { OrderEntity } from "../modules/order/order.entity";
import { RequestTypeEntity } from "../modules/request/request-type.entity";
import { BusinessRequestEntity } from "../modules/request/business-request.entity";
import { RequestStepEntity } from "../modules/request/request-step.entity";
import { BusinessRequests1764820000000 } from "./migrations/1764820000000-business-requests";
import { DefaultRequestTypes1764830000000 } from "./migrations/1764830000000-default-request-types";
import { RequestAttachmentEntity } from "../modules/request/request-attachment.entity";
import { RegistrationEntity } from "../modules/registration/registration.entity";
import { OrdersLedger1764810000000 } from "./migrations/1764810000000-orders-ledger";
import { LedgerInsertGuard1764810100000 } from "./migrations/1764810100000-ledger-insert-guard";
import { OrderPricedExpiry1764810200000 } from "./migrations/1764810200000-order-priced-expiry";
import { Campaigns1764840000000 } from "./migrations/1764840000000-campaigns";
import { CampaignChannelEntity } from "../modules/campaign/campaign-channel.entity";
import { CampaignEntity } from "../modules/campaign/campaign.entity";
import { MessageCenter1764801000000 } from "./migrations/1764801000000-message-center";
import { NoticeEntity } from "../modules/notice/notice.entity";
import { NoticeDealerEntity } from "../modules/notice/notice-dealer.entity";
import { NoticeReadEntity } from "../modules/notice/notice-read.entity";
import { DomainVerificationEntity } from "../modules/notice/domain-verification.entity";
import { DealerBalanceEntity } from "../modules/ledger/dealer-balance.entity";
import { LedgerEntryEntity } from "../modules/ledger/ledger-entry.entity";
import { InvoiceRequestEntity } from "../modules/invoice/invoice-request.entity";
import { ApiKeyEntity } from "../modules/api-key/api-key.entity";
import { ApiKeyCallEntity } from "../modules/api-key/api-key-call.entity";
import { ApiKeys1764850000000 } from "./migrations/1764850000000-api-keys";
import { EnterpriseListCount1764860000000 } from "./migrations/1764860000000-enterprise-list-count";
import { EnterpriseSearchBigrams1764861000000 } from "./migrations/1764861000000-enterprise-search-bigrams";
import { ApiKeyCalls1764870000000 } from "./migrations/1764870000000-api-key-calls";

export const ENTITIES = [
  AccountEntity,
  AccountQuotaEntity,
  AuditLogEntity,
  LoginAttemptEntity,
  SessionEntity,
  ProductLineEntity,
  EditionEntity,
  AddonEntity,
  DealerDiscountEntity,
  DealerEntity,
  DealerQuotaEntity,
  EnterpriseEntity,
  EnterpriseDomainEntity,
  EnterpriseContactEntity,
  FollowUpEntity,
  TagEntity,
  EnterpriseTagEntity,
  ServiceEntity,
  ServiceAddonEntity,
  ContractFileEntity,
  AppSettingEntity,
  DealerRegionEntity,
  RoutingRuleEntity,
  RoutingRuleTargetEntity,
  LeadEntity,
  PoolClaimEntity,
  RegistrationEntity,
  OrderEntity,
  RequestTypeEntity,
  BusinessRequestEntity,
  RequestStepEntity,
  NoticeEntity,
  NoticeDealerEntity,
  NoticeReadEntity,
  DomainVerificationEntity,
  DealerBalanceEntity,
  LedgerEntryEntity,
  InvoiceRequestEntity,
  RequestAttachmentEntity,
  CampaignEntity,
  CampaignChannelEntity,
  ApiKeyEntity,
  ApiKeyCallEntity,
];

export const MIGRATIONS = [
  Foundation1764780000000,
  Enterprises1764790000000,
  LeadRoutingPool1764795000000,
  AccountShape1764799000000,
  Registrations1764800000000,
  MessageCenter1764801000000,
  OrdersLedger1764810000000,
  BusinessRequests1764820000000,
  LedgerInsertGuard1764810100000,
  OrderPricedExpiry1764810200000,
  DefaultRequestTypes1764830000000,
  Campaigns1764840000000,
  ApiKeys1764850000000,
  EnterpriseListCount1764860000000,
  EnterpriseSearchBigrams1764861000000,
  ApiKeyCalls1764870000000,
];

/** The schema comes from migrations only (synchronize would drop hand-made indexes). */
export function createDataSource(url: string, poolSize = 10): DataSource {
  return new DataSource({
    type: "postgres",
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    synchronize: false,
    migrationsRun: false,
    // failed queries reach the error formatter, which logs them without their parameters
    logging: false,
    extra: { max: poolSize },
  });
}
