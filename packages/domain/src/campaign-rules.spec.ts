import {
  campaignLiveness,
  checkFillTime,
  checkSignup,
  checkValidity,
  isValidChannelCode,
  isValidVisitorId,
  livenessHttpStatus,
  normalizeFormFields,
  pickUtm,
  reviewStatusAfterEdit,
  slugFromBytes,
  CAMPAIGN_SLUG_PATTERN,
  type SignupValues,
} from "./campaign-rules";

const from = new Date("2026-03-01T00:00:00+08:00");
const to = new Date("2026-04-01T00:00:00+08:00");
const live = { reviewStatus: "APPROVED" as const, enabled: true, validFrom: from, validTo: to };

describe("campaign liveness", () => {
  it("is live only when approved, enabled and within validity", () => {
    expect(campaignLiveness(live, new Date("2026-03-10T00:00:00Z"))).toBe("LIVE");
    expect(campaignLiveness({ ...live, reviewStatus: "PENDING" }, new Date("2026-03-10T00:00:00Z"))).toBe(
      "UNAVAILABLE",
    );
    expect(campaignLiveness({ ...live, reviewStatus: "REJECTED" }, new Date("2026-03-10T00:00:00Z"))).toBe(
      "UNAVAILABLE",
    );
    expect(campaignLiveness({ ...live, enabled: false }, new Date("2026-03-10T00:00:00Z"))).toBe("UNAVAILABLE");
    expect(campaignLiveness(live, new Date(from.getTime() - 1))).toBe("NOT_STARTED");
    expect(campaignLiveness(live, from)).toBe("LIVE");
    expect(campaignLiveness(live, to)).toBe("ENDED");
  });

  it("maps to 200 / 410 / 404", () => {
    expect(livenessHttpStatus("LIVE")).toBe(200);
    expect(livenessHttpStatus("ENDED")).toBe(410);
    expect(livenessHttpStatus("NOT_STARTED")).toBe(404);
    expect(livenessHttpStatus("UNAVAILABLE")).toBe(404);
  });

  it("checks the validity period", () => {
    expect(checkValidity(from, to)).toBeNull();
    expect(checkValidity(to, from)).toBe("ORDER");
    expect(checkValidity(from, from)).toBe("ORDER");
    expect(checkValidity(from, new Date(from.getTime() + 800 * 86_400_000))).toBe("TOO_LONG");
  });

  it("sends edited content back to review", () => {
    expect(reviewStatusAfterEdit("APPROVED", true)).toBe("PENDING");
    expect(reviewStatusAfterEdit("APPROVED", false)).toBe("APPROVED");
    expect(reviewStatusAfterEdit("REJECTED", true)).toBe("PENDING");
  });
});

describe("form fields and sign-up checks", () => {
  const good: SignupValues = {
    company: "示例科技有限公司",
    contact: "张三",
    mobile: "138 0013 8000",
    domain: "WWW.Example.COM.",
    scale: "S10_49",
    region: "",
    note: "",
  };

  it("always includes the required fields, in order", () => {
    expect(normalizeFormFields(["NOTE", "SCALE"])).toEqual(["COMPANY", "CONTACT", "MOBILE", "DOMAIN", "SCALE", "NOTE"]);
    expect(normalizeFormFields([])).toEqual(["COMPANY", "CONTACT", "MOBILE", "DOMAIN"]);
  });

  it("accepts a good sign-up with the domain normalized and the mobile cleaned", () => {
    const result = checkSignup(["SCALE"], good);
    expect(result).toEqual({
      ok: true,
      value: {
        company: "示例科技有限公司",
        contact: "张三",
        mobile: "13800138000",
        domain: "example.com",
        scale: "S10_49",
        region: null,
        note: null,
      },
    });
  });

  it("names the first wrong field", () => {
    expect(checkSignup([], { ...good, mobile: "12345" })).toEqual({ ok: false, field: "MOBILE" });
    expect(checkSignup([], { ...good, mobile: "23800138000" })).toEqual({ ok: false, field: "MOBILE" });
    expect(checkSignup([], { ...good, domain: "not a domain" })).toEqual({ ok: false, field: "DOMAIN" });
    expect(checkSignup([], { ...good, company: " " })).toEqual({ ok: false, field: "COMPANY" });
    expect(checkSignup(["SCALE"], { ...good, scale: "HUGE" })).toEqual({ ok: false, field: "SCALE" });
    expect(checkSignup(["REGION"], { ...good, region: "999999" })).toEqual({ ok: false, field: "REGION" });
  });

  it("ignores fields the form does not ask", () => {
    const result = checkSignup([], { ...good, scale: "HUGE" });
    expect(result.ok && result.value.scale).toBeNull();
  });
});

describe("abuse rules and identifiers", () => {
  it("refuses forms submitted too fast or too late", () => {
    expect(checkFillTime(1000, 1000 + 2999)).toBe("TOO_FAST");
    expect(checkFillTime(1000, 1000 + 3000)).toBe("OK");
    expect(checkFillTime(Number.NaN, 5000)).toBe("TOO_FAST");
    expect(checkFillTime(0, 25 * 3_600_000)).toBe("STALE");
  });

  it("validates channel codes, slugs and visitor IDs", () => {
    expect(isValidChannelCode("wechat-group")).toBe(true);
    expect(isValidChannelCode("WeChat")).toBe(false);
    expect(isValidChannelCode("")).toBe(false);
    const slug = slugFromBytes(new Uint8Array([0, 1, 2, 3, 250, 251, 252, 253]));
    expect(slug).toMatch(CAMPAIGN_SLUG_PATTERN);
    expect(isValidVisitorId("abcdefghijklmnopqrstuv")).toBe(true);
    expect(isValidVisitorId("short")).toBe(false);
    expect(isValidVisitorId("has space in it and is long enough")).toBe(false);
  });

  it("keeps only UTM parameters that are present", () => {
    const params = new URLSearchParams("utm_source=wx&utm_medium=&x=1");
    expect(pickUtm((k) => params.get(k))).toEqual({ utm_source: "wx" });
    expect(pickUtm(() => null)).toBeNull();
  });
});
