import { randomUUID } from "node:crypto";
import { ROLE_PRESETS, type RolePresetCode } from "@crm/domain";
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
