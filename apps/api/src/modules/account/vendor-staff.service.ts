import { isStrongPassword, isValidLoginName, isValidMobile, normalizeLoginName } from "@crm/domain";
import { isUUID } from "class-validator";
import type { DataSource } from "typeorm";
import type { Viewer } from "../../access/viewer";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import { hashPassword } from "../../shared/password";
import type { AuditService } from "../audit/audit.service";
import { AccountEntity } from "./account.entity";
import { auditSnapshot, cleanName, insertAccount } from "./account.service";
import type { CreateVendorStaffInput, UpdateVendorStaffInput } from "./dto/vendor-staff.input";

function mobileOrNull(mobile: string | null | undefined): string | null {
  if (!mobile?.trim()) return null;
  if (!isValidMobile(mobile)) throw invalid("mobile", "手机号格式不正确", "the mobile number is not valid");
  return mobile.trim();
}

/** Vendor staff accounts (渠道经理, 销售总监, 财务, 运营, 平台管理员), managed by platform admins. */
export class VendorStaffService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, input: CreateVendorStaffInput): Promise<AccountEntity> {
    const loginName = normalizeLoginName(input.loginName);
    if (!isValidLoginName(loginName)) {
      throw invalid("loginName", "帐号只能包含字母、数字和 _ . @ -，3–64 位", "use 3–64 letters, digits or _ . @ -");
    }
    if (!isStrongPassword(input.password)) throw new DomainError("WEAK_PASSWORD");
    const mobile = mobileOrNull(input.mobile);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (m) => {
      if (await m.findOneBy(AccountEntity, { loginName })) throw new DomainError("LOGIN_NAME_TAKEN", { loginName });
      const account = await insertAccount(
        m,
        m.create(AccountEntity, {
          kind: "VENDOR",
          dealerId: null,
          loginName,
          passwordHash,
          realName: cleanName(input.realName, "realName"),
          mobile,
          accountType: null,
          vendorRoles: [...new Set(input.vendorRoles)],
          status: "ACTIVE",
          superiorId: null,
          permissions: [],
          delegateId: null,
          delegateFrom: null,
          delegateUntil: null,
          lastLoginAt: null,
        }),
      );
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "vendor-staff.create",
        entityType: "account",
        entityId: account.id,
        after: auditSnapshot(account),
      });
      return account;
    });
  }

  async update(viewer: Viewer, id: string, input: UpdateVendorStaffInput): Promise<AccountEntity> {
    if (!isUUID(id)) throw notFound("account");
    return this.dataSource.transaction(async (m) => {
      const account = await m.findOne(AccountEntity, {
        where: { id, kind: "VENDOR" },
        lock: { mode: "pessimistic_write" },
      });
      if (!account) throw notFound("account");
      const before = auditSnapshot(account);
      if (input.realName != null) account.realName = cleanName(input.realName, "realName");
      if (input.mobile !== undefined) account.mobile = mobileOrNull(input.mobile);
      if (input.vendorRoles) {
        if (account.id === viewer.actor.id && !input.vendorRoles.includes("PLATFORM_ADMIN")) {
          throw invalid("vendorRoles", "不能移除自己的平台管理员角色", "you can't remove your own platform admin role");
        }
        account.vendorRoles = [...new Set(input.vendorRoles)];
      }
      const saved = await m.save(account);
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "vendor-staff.update",
        entityType: "account",
        entityId: saved.id,
        before,
        after: auditSnapshot(saved),
      });
      return saved;
    });
  }
}
