import { contentDisposition } from "../enterprise-export.columns";
import { csvField, csvRow, neutralizeFormula } from "../csv";

describe("CSV writing", () => {
  it("quotes per RFC 4180 only when needed", () => {
    expect(csvField("北京例子科技有限公司")).toBe("北京例子科技有限公司");
    expect(csvField('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvRow(["a", "b,c", ""])).toBe('a,"b,c",\r\n');
  });

  it("neutralizes cells a spreadsheet would run as a formula", () => {
    for (const cell of ["=1+1", "+86 138", "-2", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    }
    expect(neutralizeFormula("a=b")).toBe("a=b");
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it("names the download in UTF-8 (RFC 5987) with an ASCII fallback", () => {
    expect(contentDisposition("全部录入企业-20261203.csv", "enterprises-20261203.csv")).toBe(
      "attachment; filename=\"enterprises-20261203.csv\"; filename*=UTF-8''%E5%85%A8%E9%83%A8%E5%BD%95%E5%85%A5%E4%BC%81%E4%B8%9A-20261203.csv",
    );
  });
});
