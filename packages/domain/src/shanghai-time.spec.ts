import { shanghaiDate, shanghaiDateStamp, shanghaiDateTime } from "./shanghai-time";

describe("Asia/Shanghai calendar", () => {
  it("turns the day at 16:00 UTC, which is midnight in Beijing", () => {
    expect(shanghaiDate(new Date("2026-12-03T15:59:59.999Z"))).toBe("2026-12-03");
    expect(shanghaiDate(new Date("2026-12-03T16:00:00.000Z"))).toBe("2026-12-04");
  });

  it("formats clock times and file stamps in Beijing time", () => {
    expect(shanghaiDateTime(new Date("2026-12-31T17:30:00Z"))).toBe("2027-01-01 01:30");
    expect(shanghaiDateTime(null)).toBe("");
    expect(shanghaiDateStamp(new Date("2026-12-31T17:30:00Z"))).toBe("20270101");
  });
});
