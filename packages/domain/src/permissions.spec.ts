import {
  accountShapeProblem,
  DEALER_PERMISSIONS,
  ROLE_PRESETS,
  hasBasicPermission,
  permissionsBeyondGranter,
  seesWholeDealer,
} from "./permissions";
import { isStrongPassword, isValidLoginName, isValidMobile, isDelegationActive } from "./account-rules";

describe("dealer permissions", () => {
  it("has exactly the eleven permissions of the manual with their labels", () => {
    expect(DEALER_PERMISSIONS.map((p) => p.zh)).toEqual([
      "(新)经销商-基本权限(无报备权)",
      "(新)经销商-基本权限(含报备权)",
      "(新)经销商-助理权限",
      "(新)经销商-管理员权限",
      "(新)经销商-合同上传",
      "(新)经销商-查询公开价格、提单",
      "(新)经销商-扣款、关闭订单",
      "(新)经销商-查看经销商财务信息",
      "(新)经销商-查看结算价、查看折扣、提单",
      "(新)经销商-业务申请",
      "(新)经销商-经销商账户管理",
    ]);
  });

  it("gives every preset a basic permission so its holder can sign in", () => {
    for (const preset of ROLE_PRESETS) expect(hasBasicPermission(preset.permissions)).toBe(true);
    const admin = ROLE_PRESETS.find((p) => p.code === "ADMIN");
    expect(admin?.permissions).toContain("ACCOUNT_MANAGE");
    expect(admin?.permissions).toHaveLength(11);
  });

  it("lets admins and assistants see the whole dealer, staff only their subtree", () => {
    expect(seesWholeDealer("ADMIN", [])).toBe(true);
    expect(seesWholeDealer("ASSISTANT", [])).toBe(true);
    expect(seesWholeDealer("STAFF", ["BASIC_REGISTER"])).toBe(false);
  });

  it("names permissions a granter does not hold", () => {
    expect(permissionsBeyondGranter(["BASIC", "ACCOUNT_MANAGE"], ["BASIC", "FINANCE_VIEW"])).toEqual(["FINANCE_VIEW"]);
  });
});

describe("account shape", () => {
  it("makes type and the admin/assistant permissions agree", () => {
    expect(accountShapeProblem("ADMIN", ["BASIC", "ADMIN"])).toBeNull();
    expect(accountShapeProblem("ADMIN", ["BASIC"])).toBe("ADMIN_NEEDS_ADMIN_PERMISSION");
    expect(accountShapeProblem("ASSISTANT", ["BASIC", "ASSISTANT"])).toBeNull();
    expect(accountShapeProblem("ASSISTANT", ["BASIC"])).toBe("ASSISTANT_NEEDS_ASSISTANT_PERMISSION");
    expect(accountShapeProblem("ASSISTANT", ["BASIC", "ASSISTANT", "ADMIN"])).toBe("ADMIN_PERMISSION_NEEDS_ADMIN");
    expect(accountShapeProblem("STAFF", ["BASIC", "ADMIN"])).toBe("ADMIN_PERMISSION_NEEDS_ADMIN");
    expect(accountShapeProblem("STAFF", ["BASIC", "ASSISTANT"])).toBe("STAFF_HOLDS_ASSISTANT");
    for (const preset of ROLE_PRESETS) expect(accountShapeProblem(preset.accountType, preset.permissions)).toBeNull();
  });
});

describe("account input rules", () => {
  it.each([
    ["abc", true],
    ["zhang.san@hd", true],
    ["ab", false],
    ["中文名", false],
    ["-abc", false],
  ])("login name %s valid=%s", (name, ok) => expect(isValidLoginName(name)).toBe(ok));

  it("checks mainland mobile numbers", () => {
    expect(isValidMobile("13800138000")).toBe(true);
    expect(isValidMobile("12800138000")).toBe(false);
    expect(isValidMobile("1380013800")).toBe(false);
  });

  it("wants letters and digits of at least 8 characters", () => {
    expect(isStrongPassword("abc12345")).toBe(true);
    expect(isStrongPassword("abcdefgh")).toBe(false);
    expect(isStrongPassword("1234567")).toBe(false);
  });

  it("bounds a delegation by its period", () => {
    const from = new Date("2026-12-01T00:00:00Z");
    const until = new Date("2026-12-10T00:00:00Z");
    expect(isDelegationActive(from, until, new Date("2026-12-05T00:00:00Z"))).toBe(true);
    expect(isDelegationActive(from, until, new Date("2026-12-10T00:00:00Z"))).toBe(false);
    expect(isDelegationActive(null, until, new Date("2026-12-05T00:00:00Z"))).toBe(false);
  });
});
