import {
  DOMAIN_NAME_ERRORS,
  type DomainNameError,
  domainNameErrorMessage,
  isDomainNameError,
  normalizeDomain,
  toUnicodeDomain,
} from "./domain-name";

describe("normalizeDomain", () => {
  const valid: [input: string, domain: string, registrable: string][] = [
    ["WWW.Example.COM.", "example.com", "example.com"],
    ["example.com", "example.com", "example.com"],
    ["  example.com  ", "example.com", "example.com"],
    ["https://mail.example.com/x", "mail.example.com", "example.com"],
    ["http://www.example.com/path?q=1#top", "example.com", "example.com"],
    ["HTTPS://User:Pw@Shop.Example.com:8443/a", "shop.example.com", "example.com"],
    ["//example.com/x", "example.com", "example.com"],
    ["example.com:8080", "example.com", "example.com"],
    ["example.com/about", "example.com", "example.com"],
    ["user@Example.com", "example.com", "example.com"],
    ["mailto:sales@mail.Example.com", "mail.example.com", "example.com"],
    ["a.b.example.co.uk", "a.b.example.co.uk", "example.co.uk"],
    ["mail.example.com.cn", "mail.example.com.cn", "example.com.cn"],
    ["www.example.com.cn", "example.com.cn", "example.com.cn"],
    ["example.gov.cn", "example.gov.cn", "example.gov.cn"],
    ["www.com", "www.com", "www.com"],
    ["xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
    ["例子.中国", "xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
    ["例子。中国", "xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
    ["https://www.例子.中国/", "xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s"],
    ["München.de", "xn--mnchen-3ya.de", "xn--mnchen-3ya.de"],
    // UTS #46 non-transitional (as browsers and the WHATWG URL standard): ß is kept.
    ["faß.de", "xn--fa-hia.de", "xn--fa-hia.de"],
    ["ｅｘａｍｐｌｅ．ｃｏｍ", "example.com", "example.com"],
    ["公司.example.cn", "xn--55qx5d.example.cn", "example.cn"],
    // ICANN suffixes only: a platform's private suffix does not make a new registrable domain.
    ["foo.blogspot.com", "foo.blogspot.com", "blogspot.com"],
    ["foo.github.io", "foo.github.io", "github.io"],
    [`${"a".repeat(63)}.com`, `${"a".repeat(63)}.com`, `${"a".repeat(63)}.com`],
  ];

  it.each(valid)("%s → %s (registrable %s)", (input, domain, registrable) => {
    const result = normalizeDomain(input);
    expect(result).toMatchObject({ ok: true, domain, registrable });
  });

  it("gives the same identity to an IDN and its punycode", () => {
    const unicode = normalizeDomain("例子.中国");
    const ascii = normalizeDomain("xn--fsqu00a.xn--fiqs8s");
    expect(unicode).toEqual(ascii);
    expect(unicode).toEqual({
      ok: true,
      domain: "xn--fsqu00a.xn--fiqs8s",
      registrable: "xn--fsqu00a.xn--fiqs8s",
      unicode: "例子.中国",
      isIdn: true,
    });
  });

  it("reports ASCII names as not IDN and keeps their unicode form", () => {
    expect(normalizeDomain("https://mail.example.com/x")).toEqual({
      ok: true,
      domain: "mail.example.com",
      registrable: "example.com",
      unicode: "mail.example.com",
      isIdn: false,
    });
  });

  const invalid: [input: string, reason: DomainNameError][] = [
    ["", "EMPTY"],
    ["   ", "EMPTY"],
    ["http://", "EMPTY"],
    ["https:///path", "EMPTY"],
    ["user@", "EMPTY"],
    ["localhost", "NO_PUBLIC_SUFFIX"],
    ["intranet.local", "NO_PUBLIC_SUFFIX"],
    ["foo.bar.notatld", "NO_PUBLIC_SUFFIX"],
    ["co.uk", "IS_PUBLIC_SUFFIX"],
    ["com.cn", "IS_PUBLIC_SUFFIX"],
    ["com", "IS_PUBLIC_SUFFIX"],
    ["中国", "IS_PUBLIC_SUFFIX"],
    ["192.168.1.1", "IP_ADDRESS"],
    ["http://192.168.1.1:8080/", "IP_ADDRESS"],
    ["1.2.3", "IP_ADDRESS"],
    ["0x7f.1", "IP_ADDRESS"],
    ["999.1.1.1", "IP_ADDRESS"],
    ["[::1]", "IP_ADDRESS"],
    ["http://[2001:db8::1]:80/", "IP_ADDRESS"],
    ["2001:db8::1", "IP_ADDRESS"],
    ["exa mple.com", "INVALID_CHARACTERS"],
    ["exa\tmple.com", "INVALID_CHARACTERS"],
    ["exa_mple.com", "INVALID_CHARACTERS"],
    ["a!b.com", "INVALID_CHARACTERS"],
    ["exa%6dple.com", "INVALID_CHARACTERS"],
    ["example.com:http", "INVALID_CHARACTERS"],
    ["xn--a.com", "INVALID_CHARACTERS"],
    ["-bad-.com", "INVALID_LABEL"],
    ["bad-.com", "INVALID_LABEL"],
    ["ab--cd.com", "INVALID_LABEL"],
    ["a..b.com", "INVALID_LABEL"],
    [".example.com", "INVALID_LABEL"],
    ["example.com..", "INVALID_LABEL"],
    [`${"a".repeat(64)}.com`, "LABEL_TOO_LONG"],
    [`${Array.from({ length: 5 }, () => "a".repeat(60)).join(".")}.com`, "TOO_LONG"],
    ["x".repeat(5000), "TOO_LONG"],
  ];

  it.each(invalid)("rejects %j with %s", (input, reason) => {
    expect(normalizeDomain(input)).toEqual({ ok: false, reason });
  });

  it("accepts a 253-character name and refuses 254", () => {
    const label = "a".repeat(61);
    // 3 × (61 + 1) + 59 + 4 (".com") = 249; pad the last label to hit the limits exactly.
    const base = `${label}.${label}.${label}.`;
    const name253 = `${base}${"b".repeat(253 - base.length - 4)}.com`;
    expect(name253).toHaveLength(253);
    expect(normalizeDomain(name253)).toMatchObject({ ok: true });
    const name254 = `${base}${"b".repeat(254 - base.length - 4)}.com`;
    expect(normalizeDomain(name254)).toEqual({ ok: false, reason: "TOO_LONG" });
  });
});

describe("toUnicodeDomain", () => {
  it("decodes punycode labels for display", () => {
    expect(toUnicodeDomain("xn--fsqu00a.xn--fiqs8s")).toBe("例子.中国");
    expect(toUnicodeDomain("XN--MNCHEN-3YA.de")).toBe("münchen.de");
    expect(toUnicodeDomain("mail.xn--55qx5d.example.cn")).toBe("mail.公司.example.cn");
  });

  it("leaves ASCII and undecodable labels alone", () => {
    expect(toUnicodeDomain("example.com")).toBe("example.com");
    expect(toUnicodeDomain("xn--zz\u00ff.com")).toBe("xn--zz\u00ff.com");
  });

  it("round-trips with normalizeDomain", () => {
    const result = normalizeDomain("例子.中国");
    expect(result.ok && normalizeDomain(toUnicodeDomain(result.domain))).toEqual(result);
  });
});

describe("domainNameErrorMessage", () => {
  it.each(DOMAIN_NAME_ERRORS)("has Chinese and English text for %s", (reason) => {
    const message = domainNameErrorMessage(reason);
    expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(message.en.length).toBeGreaterThan(10);
  });

  it("tells the user what to type", () => {
    expect(domainNameErrorMessage("EMPTY").zh).toBe("请输入域名，例如 example.com");
  });

  it("recognizes its codes", () => {
    expect(DOMAIN_NAME_ERRORS).toHaveLength(8);
    expect(isDomainNameError("IP_ADDRESS")).toBe(true);
    expect(isDomainNameError("toString")).toBe(false);
    expect(isDomainNameError(42)).toBe(false);
  });

  it("covers every rejection normalizeDomain gives", () => {
    for (const input of ["", "localhost", "co.uk", "1.1.1.1", "a b.c", "-a.com", `${"a".repeat(64)}.com`]) {
      const result = normalizeDomain(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(isDomainNameError(result.reason)).toBe(true);
    }
  });
});
