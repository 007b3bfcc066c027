import {
  dashboardWindows,
  needsFirstFollowUp,
  shanghaiDayStartBefore,
  shanghaiMonthStart,
  vendorPanelsFor,
} from "./dashboard-rules";

describe("dashboard windows (首页)", () => {
  it("counts 90 Asia/Shanghai days including today", () => {
    // 2026-03-31 01:00 in Shanghai is still 2026-03-30 in UTC.
    const now = new Date("2026-03-30T17:00:00Z");
    expect(shanghaiDayStartBefore(now, 1).toISOString()).toBe("2026-03-30T16:00:00.000Z");
    // 90 days ending 2026-03-31 begin on 2026-01-01 (Shanghai midnight).
    expect(shanghaiDayStartBefore(now, 90).toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });

  it("starts the month on the Shanghai calendar", () => {
    expect(shanghaiMonthStart(new Date("2026-03-31T16:30:00Z")).toISOString()).toBe("2026-03-31T16:00:00.000Z");
    expect(shanghaiMonthStart(new Date("2026-03-15T00:00:00Z")).toISOString()).toBe("2026-02-28T16:00:00.000Z");
  });

  it("ends the 'ending soon' window 7 days from now", () => {
    const now = new Date("2026-03-15T00:00:00Z");
    expect(dashboardWindows(now).endingSoonUntil.toISOString()).toBe("2026-03-22T00:00:00.000Z");
  });
});

describe("routed leads that need a first follow-up", () => {
  const routedAt = new Date("2026-03-10T00:00:00Z");
  it("needs one when never followed up, or only before the routing", () => {
    expect(needsFirstFollowUp({ routedAt, lastFollowUpAt: null })).toBe(true);
    expect(needsFirstFollowUp({ routedAt, lastFollowUpAt: new Date("2026-03-01T00:00:00Z") })).toBe(true);
  });
  it("is done once followed up after routing; enterprises never routed are not leads", () => {
    expect(needsFirstFollowUp({ routedAt, lastFollowUpAt: new Date("2026-03-11T00:00:00Z") })).toBe(false);
    expect(needsFirstFollowUp({ routedAt: null, lastFollowUpAt: null })).toBe(false);
  });
});

describe("vendor panels", () => {
  it("shows one panel per role held, in a fixed order", () => {
    expect(vendorPanelsFor(["PLATFORM_ADMIN", "FINANCE"])).toEqual(["FINANCE", "PLATFORM_ADMIN"]);
    expect(vendorPanelsFor([])).toEqual([]);
  });
});
