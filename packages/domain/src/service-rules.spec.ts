import { expiringWindowEnd, isValidExpiringWindow, serviceDaysLeft, serviceStatus } from "./service-rules";

const DAY = 86_400_000;

describe("service status (已开通服务)", () => {
  const now = new Date("2026-12-03T04:00:00Z");

  it("is ACTIVE until the expiry instant and EXPIRED from it on", () => {
    expect(serviceStatus(new Date(now.getTime() + 1), now)).toBe("ACTIVE");
    expect(serviceStatus(now, now)).toBe("EXPIRED");
    expect(serviceStatus(new Date(now.getTime() - DAY), now)).toBe("EXPIRED");
  });

  it("counts whole days left, rounded up, and 0 once expired", () => {
    expect(serviceDaysLeft(new Date(now.getTime() + 30 * 3_600_000), now)).toBe(2);
    expect(serviceDaysLeft(new Date(now.getTime() + 7 * DAY), now)).toBe(7);
    expect(serviceDaysLeft(new Date(now.getTime() - DAY), now)).toBe(0);
  });

  it("bounds the expiring-within window to 1–365 whole days", () => {
    expect(expiringWindowEnd(now, 30).getTime() - now.getTime()).toBe(30 * DAY);
    expect([0, 1, 365, 366, 1.5].map(isValidExpiringWindow)).toEqual([false, true, true, false, false]);
  });
});
