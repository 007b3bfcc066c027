import { enterpriseSearchText, escapeLikePattern, isValidEmail, isValidTagColor } from "./enterprise-rules";

describe("enterprise rules", () => {
  it("search text holds the name and every domain, IDNs in both forms", () => {
    expect(enterpriseSearchText(" 例子科技 ", ["xn--fsqu00a.xn--fiqs8s", "example.com"])).toBe(
      "例子科技 xn--fsqu00a.xn--fiqs8s 例子.中国 example.com",
    );
    expect(enterpriseSearchText("Acme", ["acme.com", "acme.com"])).toBe("Acme acme.com");
  });

  it("checks e-mail addresses", () => {
    expect(isValidEmail("li.lei@example.com.cn")).toBe(true);
    expect(isValidEmail(" wang@例子.中国 ")).toBe(true);
    for (const bad of [
      "",
      "a@b",
      "no-at.example.com",
      "a b@example.com",
      "a@@example.com",
      `${"x".repeat(250)}@a.cn`,
    ]) {
      expect(isValidEmail(bad)).toBe(false);
    }
  });

  it("accepts preset and hex tag colours only", () => {
    expect(isValidTagColor("geekblue")).toBe(true);
    expect(isValidTagColor("#1677FF")).toBe(true);
    expect(isValidTagColor("url(javascript:alert(1))")).toBe(false);
    expect(isValidTagColor("#12345")).toBe(false);
  });

  it("escapes LIKE wildcards", () => {
    expect(escapeLikePattern("100%_a\\b")).toBe("100\\%\\_a\\\\b");
  });
});
