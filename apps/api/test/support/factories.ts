import { randomUUID } from "node:crypto";
import { ROLE_PRESETS, enterpriseSearchText, type RolePresetCode } from "@crm/domain";
import type { DataSource } from "typeorm";
import { AccountEntity } from "../../src/modules/account/account.entity";
import { DealerEntity } from "../../src/modules/dealer/dealer.entity";
import { hashPassword } from "../../src/shared/password";
import type { AccountType, DealerPermission, VendorRole } from "../../src/shared/enums";

/** Every factory-made account signs in with this password. */
export const TEST_PASSWORD = "test1234";

let passwordHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  return passwordHash;
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export async function makeDealer(dataSource: DataSource, name = uniqueName("经销商")): Promise<DealerEntity> {
  const repo = dataSource.getRepository(DealerEntity);
  return repo.save(repo.create({ name, regionName: "上海市", status: "ACTIVE", channelManagerId: null }));
}

export interface DealerAccountSpec {
  dealer: DealerEntity;
  preset?: RolePresetCode;
  accountType?: AccountType;
  permissions?: DealerPermission[];
  superior?: AccountEntity | null;
  loginName?: string;
  realName?: string;
}

export async function makeDealerAccount(dataSource: DataSource, spec: DealerAccountSpec): Promise<AccountEntity> {
  const preset = ROLE_PRESETS.find((p) => p.code === (spec.preset ?? "SALES"));
  const repo = dataSource.getRepository(AccountEntity);
  return repo.save(
    repo.create({
      kind: "DEALER",
      dealerId: spec.dealer.id,
      loginName: spec.loginName ?? uniqueName("user").toLowerCase(),
      passwordHash: await testPasswordHash(),
      realName: spec.realName ?? uniqueName("姓名"),
      mobile: null,
      accountType: spec.accountType ?? preset?.accountType ?? "STAFF",
      vendorRoles: [],
      status: "ACTIVE",
      superiorId: spec.superior?.id ?? null,
      permissions: spec.permissions ?? [...(preset?.permissions ?? ["BASIC"])],
    }),
  );
}

export async function makeVendorStaff(dataSource: DataSource, roles: VendorRole[]): Promise<AccountEntity> {
  const repo = dataSource.getRepository(AccountEntity);
  return repo.save(
    repo.create({
      kind: "VENDOR",
      dealerId: null,
      loginName: uniqueName("vendor").toLowerCase(),
      passwordHash: await testPasswordHash(),
      realName: uniqueName("厂商"),
      mobile: null,
      accountType: null,
      vendorRoles: roles,
      status: "ACTIVE",
      superiorId: null,
      permissions: [],
    }),
  );
}

/**
 * A dealer shaped like the manual's example: admin, assistant, a sales manager with
 * staff A and B below it, and a peer C beside the manager.
 */
export async function makeDealerTeam(dataSource: DataSource) {
  const dealer = await makeDealer(dataSource);
  const admin = await makeDealerAccount(dataSource, { dealer, preset: "ADMIN" });
  const assistant = await makeDealerAccount(dataSource, { dealer, preset: "ASSISTANT" });
  const manager = await makeDealerAccount(dataSource, { dealer, preset: "SALES_MANAGER" });
  const a = await makeDealerAccount(dataSource, { dealer, preset: "SALES", superior: manager });
  const b = await makeDealerAccount(dataSource, { dealer, preset: "SALES", superior: manager });
  const c = await makeDealerAccount(dataSource, { dealer, preset: "SALES" });
  return { dealer, admin, assistant, manager, a, b, c };
}

export interface EnterpriseSpec {
  dealer: { id: string };
  owner?: { id: string } | null;
  name?: string;
  /** Registrable ASCII domain; a unique one by default. */
  mainDomain?: string;
  secondaryDomains?: string[];
  regionCode?: string | null;
  industry?: string | null;
  scale?: string | null;
  source?: string;
  status?: string;
  productLineId?: string | null;
  createdAt?: Date;
  lastFollowUpAt?: Date | null;
  routedAt?: Date | null;
  routingTrace?: Record<string, unknown> | null;
  tags?: { id: string }[];
}

/** An enterprise with its domain rows and search text, written directly (not through the API). */
export async function makeEnterprise(
  dataSource: DataSource,
  spec: EnterpriseSpec,
): Promise<{ id: string; mainDomain: string; name: string }> {
  const name = spec.name ?? uniqueName("测试企业");
  const mainDomain = spec.mainDomain ?? `${randomUUID().slice(0, 12)}.com`;
  const domains = [mainDomain, ...(spec.secondaryDomains ?? [])];
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO enterprise (dealer_id, owner_account_id, name, main_domain, region_code, industry, scale, source,
       product_line_id, status, search_text, routed_at, routing_trace, last_follow_up_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13::jsonb, $14, $15, $15) RETURNING id`,
    [
      spec.dealer.id,
      spec.owner === undefined ? null : (spec.owner?.id ?? null),
      name,
      mainDomain,
      spec.regionCode ?? null,
      spec.industry ?? null,
      spec.scale ?? null,
      spec.source ?? "DEALER_ENTRY",
      spec.productLineId ?? null,
      spec.status ?? "POTENTIAL",
      enterpriseSearchText(name, domains),
      spec.routedAt ?? null,
      spec.routingTrace ? JSON.stringify(spec.routingTrace) : null,
      spec.lastFollowUpAt ?? null,
      spec.createdAt ?? new Date(),
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("enterprise insert returned no id");
  for (const [i, domain] of domains.entries()) {
    await dataSource.query(
      `INSERT INTO enterprise_domain (enterprise_id, dealer_id, domain, is_main) VALUES ($1, $2, $3, $4)`,
      [id, spec.dealer.id, domain, i === 0],
    );
  }
  for (const tag of spec.tags ?? []) {
    await dataSource.query(`INSERT INTO enterprise_tag (enterprise_id, tag_id, dealer_id) VALUES ($1, $2, $3)`, [
      id,
      tag.id,
      spec.dealer.id,
    ]);
  }
  return { id, mainDomain, name };
}

export async function makeTag(
  dataSource: DataSource,
  spec: { dealer: { id: string }; name?: string; color?: string },
): Promise<{ id: string; name: string }> {
  const name = spec.name ?? uniqueName("标签").slice(0, 20);
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO tag (dealer_id, name, color) VALUES ($1, $2, $3) RETURNING id`,
    [spec.dealer.id, name, spec.color ?? "blue"],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("tag insert returned no id");
  return { id, name };
}

/** The id of a seeded product line by code (企业邮箱 is MAIL …). */
export async function productLineId(dataSource: DataSource, code: string): Promise<string> {
  const rows: { id: string }[] = await dataSource.query(`SELECT id FROM product_line WHERE code = $1`, [code]);
  const id = rows[0]?.id;
  if (!id) throw new Error(`no product line ${code}`);
  return id;
}

export interface ServiceSpec {
  enterprise: { id: string; mainDomain: string };
  dealer: { id: string };
  productLineId: string;
  kind: "TRIAL" | "PAID";
  startsAt?: Date;
  expiresAt: Date;
  seats?: number;
}

/** A service row (已开通服务) as orders will create them. */
export async function makeService(dataSource: DataSource, spec: ServiceSpec): Promise<{ id: string }> {
  const startsAt = spec.startsAt ?? new Date(spec.expiresAt.getTime() - 30 * 86_400_000);
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO service (dealer_id, enterprise_id, product_line_id, domain, kind, seats, starts_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      spec.dealer.id,
      spec.enterprise.id,
      spec.productLineId,
      spec.enterprise.mainDomain,
      spec.kind,
      spec.seats ?? 10,
      startsAt,
      spec.expiresAt,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("service insert returned no id");
  return { id };
}
