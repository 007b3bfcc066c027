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
import { systemClock, type Clock } from "./shared/clock";

export interface ServiceSettings extends AuthSettings {
  cookieSecure: boolean;
  /** Time as registration sees it (lock periods, quota counts, attempt days); tests move it. */
  clock: Clock;
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
}

export function createServices(dataSource: DataSource, overrides: Partial<ServiceSettings> = {}): Services {
  const settings: ServiceSettings = { ...DEFAULT_AUTH_SETTINGS, cookieSecure: false, clock: systemClock, ...overrides };
  const audit = new AuditService(dataSource);
  const auth = new AuthService(dataSource, audit, settings);
  const appSettings = new SettingsService(dataSource, audit);
  const dealerRegion = new DealerRegionService(dataSource, audit);
  const enterprise = new EnterpriseService(dataSource, audit);
  const notice = new NoticeService(dataSource, audit);
  return {
    dataSource,
    settings,
    audit,
    auth,
    account: new AccountService(dataSource, audit, auth),
    vendorStaff: new VendorStaffService(dataSource, audit),
    dealer: new DealerService(dataSource, audit),
    catalog: new CatalogService(dataSource),
    enterprise,
    tag: new TagService(dataSource, audit),
    appSettings,
    dealerRegion,
    routingRule: new RoutingRuleService(dataSource, audit),
    lead: new LeadService(dataSource, audit),
    pool: new PoolService(dataSource, audit, appSettings, dealerRegion),
    notice,
    registration: new RegistrationService(dataSource, audit, enterprise, notice, settings.clock),
  };
}
