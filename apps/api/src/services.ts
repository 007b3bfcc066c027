import type { DataSource } from "typeorm";
import { AccountService } from "./modules/account/account.service";
import { VendorStaffService } from "./modules/account/vendor-staff.service";
import { AuditService } from "./modules/audit/audit.service";
import { AuthService, DEFAULT_AUTH_SETTINGS, type AuthSettings } from "./modules/auth/auth.service";
import { CatalogService } from "./modules/catalog/catalog.service";
import { DealerService } from "./modules/dealer/dealer.service";
import { EnterpriseService } from "./modules/enterprise/enterprise.service";
import { TagService } from "./modules/tag/tag.service";
import { SettingsService } from "./modules/settings/settings.service";
import { DealerRegionService } from "./modules/dealer/dealer-region.service";
import { RoutingRuleService } from "./modules/routing/routing-rule.service";
import { LeadService } from "./modules/lead/lead.service";
import { PoolService } from "./modules/pool/pool.service";
import { NoticeService } from "./modules/notice/notice.service";
import { RegistrationService } from "./modules/registration/registration.service";
import { PricingService } from "./modules/pricing/pricing.service";
import { LedgerService } from "./modules/ledger/ledger.service";
import { InvoiceService } from "./modules/invoice/invoice.service";
import { OrderService } from "./modules/order/order.service";
import { RequestService } from "./modules/request/request.service";
import { ServiceService } from "./modules/service/service.service";
import { ContractService } from "./modules/contract/contract.service";
import { DashboardService } from "./modules/dashboard/dashboard.service";
import { RequestAttachmentService } from "./modules/request/request-attachment.service";
import { CampaignService } from "./modules/campaign/campaign.service";
import {
  CampaignPublicService,
  DEFAULT_CAMPAIGN_PUBLIC_SETTINGS,
  type CampaignPublicSettings,
} from "./modules/campaign/campaign-public.service";
import { readEnv } from "./env";
import { ApiKeyService } from "./modules/api-key/api-key.service";
import { ApiKeyCallService } from "./modules/api-key/api-key-call.service";
import { LocalDiskFileStore, type FileStore } from "./shared/file-store";
import { systemClock, type Clock } from "./shared/clock";

export interface ServiceSettings extends AuthSettings {
  cookieSecure: boolean;
  /** Time as registration, orders and the ledger see it (lock periods, quotas, terms); tests move it. */
  clock: Clock;
  /** Where uploaded files keep their bytes; by default the local disk under CRM_FILES_DIR (see shared/file-store.ts). */
  fileStore?: FileStore;
  /** Campaign sign-up abuse limits (minimum fill time, rate limits); tests tighten or loosen them. */
  campaignPublic?: Partial<CampaignPublicSettings>;
}

/** The application's services, created once per process and shared by every request. */
export interface Services {
  dataSource: DataSource;
  settings: ServiceSettings;
  audit: AuditService;
  auth: AuthService;
  account: AccountService;
  vendorStaff: VendorStaffService;
  dealer: DealerService;
  catalog: CatalogService;
  enterprise: EnterpriseService;
  tag: TagService;
  appSettings: SettingsService;
  dealerRegion: DealerRegionService;
  routingRule: RoutingRuleService;
  lead: LeadService;
  pool: PoolService;
  notice: NoticeService;
  registration: RegistrationService;
  pricing: PricingService;
  ledger: LedgerService;
  invoice: InvoiceService;
  order: OrderService;
  request: RequestService;
  service: ServiceService;
  contract: ContractService;
  dashboard: DashboardService;
  requestAttachment: RequestAttachmentService;
  campaign: CampaignService;
  campaignPublic: CampaignPublicService;
  apiKey: ApiKeyService;
  apiKeyCall: ApiKeyCallService;
}

export function createServices(dataSource: DataSource, overrides: Partial<ServiceSettings> = {}): Services {
  const settings: ServiceSettings = { ...DEFAULT_AUTH_SETTINGS, cookieSecure: false, clock: systemClock, ...overrides };
  const audit = new AuditService(dataSource);
  const fileStore = settings.fileStore ?? new LocalDiskFileStore(readEnv().filesDir);
  const auth = new AuthService(dataSource, audit, settings);
  const appSettings = new SettingsService(dataSource, audit);
  const dealerRegion = new DealerRegionService(dataSource, audit);
  const enterprise = new EnterpriseService(dataSource, audit);
  const notice = new NoticeService(dataSource, audit);
  const registration = new RegistrationService(dataSource, audit, enterprise, notice, settings.clock);
  const pricing = new PricingService(dataSource, audit);
  const ledger = new LedgerService(dataSource, audit, settings.clock);
  const dashboard = new DashboardService(dataSource, { notices: notice, ledger }, settings.clock);
  const lead = new LeadService(dataSource, audit);
  const campaignPublic = new CampaignPublicService(dataSource, lead, settings.clock, {
    ...DEFAULT_CAMPAIGN_PUBLIC_SETTINGS,
    ...settings.campaignPublic,
  });
  return {
    dataSource,
    settings,
    audit,
    auth,
    account: new AccountService(dataSource, audit, auth),
    vendorStaff: new VendorStaffService(dataSource, audit),
    dealer: new DealerService(dataSource, audit),
    catalog: new CatalogService(dataSource, audit),
    enterprise,
    tag: new TagService(dataSource, audit),
    appSettings,
    dealerRegion,
    routingRule: new RoutingRuleService(dataSource, audit),
    lead,
    pool: new PoolService(dataSource, audit, appSettings, dealerRegion),
    notice,
    registration,
    pricing,
    ledger,
    invoice: new InvoiceService(dataSource, audit),
    order: new OrderService(
      dataSource,
      audit,
      enterprise,
      { pricing, ledger, registrations: registration, verifications: notice },
      settings.clock,
    ),
    service: new ServiceService(dataSource, audit, settings.clock),
    contract: new ContractService(dataSource, audit, fileStore),
    requestAttachment: new RequestAttachmentService(dataSource, audit, fileStore),
    campaign: new CampaignService(dataSource, audit, fileStore, settings.clock, campaignPublic),
    campaignPublic,
    request: new RequestService(dataSource, audit, notice, settings.clock),
    dashboard,
    apiKey: new ApiKeyService(dataSource, audit, auth, settings.clock),
    apiKeyCall: new ApiKeyCallService(dataSource),
  };
}
