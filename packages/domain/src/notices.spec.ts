import {
  NOTICE_TYPES,
  isNoticeType,
  isSafeNoticeLink,
  noticeTypeLabel,
  readNoticeParams,
  systemNoticeText,
} from "./notices";

describe("notices", () => {
  it("labels the six kinds in both languages", () => {
    expect(NOTICE_TYPES.map((t) => t.code)).toEqual([
      "DOMAIN_ATTEMPT",
      "DOMAIN_VERIFY_REQUEST",
      "DOMAIN_VERIFIED",
      "REGISTRATION_EXPIRING",
      "REQUEST_DECISION",
      "ANNOUNCEMENT",
    ]);
    expect(noticeTypeLabel("REQUEST_DECISION", "zh")).toBe("业务申请审批通知");
    expect(noticeTypeLabel("DOMAIN_ATTEMPT", "zh")).toBe("域名试报备通知");
    expect(noticeTypeLabel("DOMAIN_VERIFY_REQUEST", "zh")).toBe("域名认证通知");
    expect(noticeTypeLabel("DOMAIN_VERIFIED", "zh")).toBe("域名生效通知");
    expect(noticeTypeLabel("ANNOUNCEMENT", "en")).toBe("Announcement");
    expect(isNoticeType("ANNOUNCEMENT")).toBe(true);
    expect(isNoticeType("announcement")).toBe(false);
    expect(isNoticeType(null)).toBe(false);
  });

  it("accepts console paths and http(s) URLs as links, nothing else", () => {
    for (const ok of ["/registrations", "/enterprises?text=example.com", "https://example.com/a?b=1", "http://x.cn"]) {
      expect(isSafeNoticeLink(ok)).toBe(true);
    }
    for (const bad of [
      "",
      "javascript:alert(1)",
      "JAVASCRIPT:alert(1)",
      "data:text/html,hi",
      "//evil.example.com",
      "/\\evil.example.com",
      "registrations",
      "ftp://example.com",
      "/a b",
      `/${"a".repeat(500)}`,
    ]) {
      expect(isSafeNoticeLink(bad)).toBe(false);
    }
  });

  it("reads back only well-typed params", () => {
    expect(
      readNoticeParams({ domain: "example.com", count: 3, day: "2025-12-04", daysLeft: "7", extra: { x: 1 } }),
    ).toEqual({ domain: "example.com", count: 3, day: "2025-12-04" });
    expect(readNoticeParams(null)).toEqual({});
    expect(readNoticeParams([1, 2])).toEqual({});
  });

  it("words a request decision with the request's number, type and the approver's comment", () => {
    const params = {
      requestNo: "RQ2026120400001",
      requestTypeName: "减免订单总金额",
      decision: "REJECTED",
      comment: "金额不合理",
    };
    expect(systemNoticeText("REQUEST_DECISION", params, "zh").body).toBe(
      "您的业务申请 RQ2026120400001（减免订单总金额）已被驳回。审批意见：金额不合理",
    );
    expect(
      systemNoticeText("REQUEST_DECISION", { ...params, decision: "APPROVED", comment: undefined }, "en").body,
    ).toBe("Your request RQ2026120400001 (减免订单总金额) was approved.");
    expect(readNoticeParams(params)).toEqual(params);
  });

  it("words an attempt with the domain, product line, day and count — never who tried", () => {
    const params = { domain: "xn--fsqu00a.xn--fiqs8s", productLineName: "企业邮箱", day: "2025-12-04", count: 3 };
    const zh = systemNoticeText("DOMAIN_ATTEMPT", params, "zh");
    expect(zh.title).toBe("域名试报备通知");
    expect(zh.body).toContain("例子.中国");
    expect(zh.body).toContain("企业邮箱");
    expect(zh.body).toContain("2025-12-04");
    expect(zh.body).toContain("当日共 3 次");
    const en = systemNoticeText("DOMAIN_ATTEMPT", { ...params, count: 1 }, "en");
    expect(en.body).toContain("once");
    expect(en.body).toContain("another dealer");
  });

  it("words the domain events and the expiry reminder", () => {
    expect(systemNoticeText("DOMAIN_VERIFIED", { domain: "example.com" }, "zh").body).toBe(
      "域名 example.com 已认证成功并生效。",
    );
    const request = systemNoticeText("DOMAIN_VERIFY_REQUEST", { domain: "example.com", count: 2 }, "zh");
    expect(request.title).toBe("域名认证通知");
    expect(request.body).toContain("当日共 2 次");
    expect(systemNoticeText("DOMAIN_VERIFY_REQUEST", { domain: "example.com", count: 1 }, "en").body).not.toContain(
      "times",
    );
    const expiring = systemNoticeText(
      "REGISTRATION_EXPIRING",
      { domain: "example.com", productLineName: "企业邮箱", lockedUntil: "2026-03-01", daysLeft: 7 },
      "zh",
    );
    expect(expiring.title).toBe("报备即将到期");
    expect(expiring.body).toContain("2026-03-01");
    expect(expiring.body).toContain("剩余 7 天");
    expect(
      systemNoticeText("REGISTRATION_EXPIRING", { domain: "example.com", daysLeft: 1, lockedUntil: "x" }, "en").body,
    ).toContain("in 1 day.");
  });
});
