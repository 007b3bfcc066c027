import {
  fenToYuanString,
  ledgerProblems,
  normalizeBankReference,
  normalizeTaxNumber,
  parseYuanToFen,
  shanghaiDaysEnding,
} from "./ledger-rules";

describe("yuan → 分 (exact, from the decimal string)", () => {
  it.each([
    ["0.01", 1],
    ["0.1", 10],
    ["1", 100],
    ["1.", 100],
    ["19.99", 1999],
    ["1,234.56", 123456],
    ["¥ 20000", 2000000],
    ["0.29", 29], // 0.29 * 100 = 28.999999999999996 in floating point
    ["1.15", 115], // 1.15 * 100 = 114.99999999999999
    ["90071992547409.91", 9007199254740991],
  ])("%s → %d", (text, fen) => {
    expect(parseYuanToFen(text)).toEqual({ ok: true, fen });
  });

  it.each([
    ["", "EMPTY"],
    ["  ", "EMPTY"],
    ["abc", "FORMAT"],
    ["-5", "FORMAT"],
    ["1e5", "FORMAT"],
    ["1.2.3", "FORMAT"],
    ["1.234", "PRECISION"],
    ["90071992547409.92", "RANGE"],
  ])("%j is refused (%s)", (text, reason) => {
    expect(parseYuanToFen(text)).toEqual({ ok: false, reason });
  });

  it("formats 分 back for an input", () => {
    expect(fenToYuanString(123456)).toBe("1234.56");
    expect(fenToYuanString(100)).toBe("1.00");
    expect(fenToYuanString(5)).toBe("0.05");
    expect(fenToYuanString(-250)).toBe("-2.50");
  });
});

describe("bank references (银行流水号)", () => {
  it("normalizes spaces and case so one transfer is recognised however it is typed", () => {
    expect(normalizeBankReference(" ab 1234-567 ")).toBe("AB1234-567");
    expect(normalizeBankReference("2024120312345678")).toBe("2024120312345678");
  });

  it.each(["", "12", "中文流水号", "#12345", "-12345", "A".repeat(65)])("refuses %j", (raw) => {
    expect(normalizeBankReference(raw)).toBeNull();
  });
});

describe("ledger invariant", () => {
  const e = (amount: number, balanceAfter: number) => ({ amount, balanceAfter });

  it("accepts an empty ledger with a zero balance only", () => {
    expect(ledgerProblems([], 0)).toEqual([]);
    expect(ledgerProblems([], 5)).toEqual(["SUM_MISMATCH", "CHAIN_BROKEN"]);
  });

  it("accepts a chain in any order (concurrent payments commit in another order than their timestamps)", () => {
    const chain = [e(1000, 1000), e(-300, 700), e(-200, 500), e(800, 1300)];
    expect(ledgerProblems(chain, 1300)).toEqual([]);
    expect(ledgerProblems([...chain].reverse(), 1300)).toEqual([]);
  });

  it("accepts a chain that passes the same balance more than once, and one back at zero", () => {
    expect(ledgerProblems([e(100, 100), e(-100, 0), e(100, 100), e(-100, 0)], 0)).toEqual([]);
    expect(ledgerProblems([e(100, 100), e(-100, 0), e(100, 100)], 100)).toEqual([]);
  });

  it("finds a balance that is not the sum of the entries", () => {
    expect(ledgerProblems([e(1000, 1000), e(-300, 700)], 800)).toEqual(["SUM_MISMATCH", "CHAIN_BROKEN"]);
  });

  it("finds a tampered balance_after even when the sum still matches", () => {
    expect(ledgerProblems([e(1000, 1000), e(-300, 650), e(-200, 500)], 500)).toEqual(["CHAIN_BROKEN"]);
  });

  it("finds two entries claiming the same step (a lost update)", () => {
    // both payments read 1000 and wrote 700 / 800: the sum says 500, the chain can't get there
    expect(ledgerProblems([e(1000, 1000), e(-300, 700), e(-200, 800)], 500)).toEqual(["CHAIN_BROKEN"]);
  });

  it("finds a disconnected cycle", () => {
    expect(ledgerProblems([e(100, 100), e(50, 550), e(-50, 500)], 100)).toEqual(["CHAIN_BROKEN"]);
  });
});

describe("Asia/Shanghai days for the balance chart", () => {
  it("lists the last N days ending today in Shanghai, each ending at Shanghai midnight", () => {
    // 2026-03-01 17:00 UTC is already 2026-03-02 01:00 in Shanghai
    const days = shanghaiDaysEnding(new Date("2026-03-01T17:00:00Z"), 3);
    expect(days.map((d) => d.date)).toEqual(["2026-02-28", "2026-03-01", "2026-03-02"]);
    expect(days[2]?.endsAt.toISOString()).toBe("2026-03-02T16:00:00.000Z");
  });
});

describe("taxpayer numbers on invoices", () => {
  it("accepts a 统一社会信用代码 in any case and spacing", () => {
    expect(normalizeTaxNumber(" 91310000 mA1fl5xx2k ")).toBe("91310000MA1FL5XX2K");
  });
  it.each(["", "1234", "91310000MA1FL5XX2K-", "9131000０MA1FL5XX2K"])("refuses %j", (raw) => {
    expect(normalizeTaxNumber(raw)).toBeNull();
  });
});
