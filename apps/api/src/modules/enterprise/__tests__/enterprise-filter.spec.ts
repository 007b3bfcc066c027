import { DomainError } from "../../../shared/domain-error";
import { decodeEnterpriseCursor, encodeEnterpriseCursor } from "../enterprise-cursor";
import { resolveEnterpriseFilter } from "../enterprise.service";

describe("enterprise list input", () => {
  it("expands a province to its cities and keeps a city as it is", () => {
    const { regionCodes } = resolveEnterpriseFilter({ regionCodes: ["310000", "440300"] });
    expect(regionCodes).toEqual(expect.arrayContaining(["310000", "310100", "440300"]));
    expect(regionCodes).not.toContain("440000");
  });

  it("refuses unknown region codes", () => {
    expect(() => resolveEnterpriseFilter({ regionCodes: ["990000"] })).toThrow(DomainError);
  });

  it("escapes LIKE wildcards and searches domain-like text by its registrable domain", () => {
    expect(resolveEnterpriseFilter({ text: " 100%_ " }).textPattern).toBe("%100\\%\\_%");
    expect(resolveEnterpriseFilter({ text: "https://WWW.Example.com/about" }).textPattern).toBe("%example.com%");
    expect(resolveEnterpriseFilter({ text: "mail.example.co.uk" }).textPattern).toBe("%example.co.uk%");
    expect(resolveEnterpriseFilter({ text: "例子科技" }).textPattern).toBe("%例子科技%");
    expect(resolveEnterpriseFilter({ text: "   " }).textPattern).toBeNull();
  });

  it("looks two-character Chinese text up as a bigram, nothing else", () => {
    expect(resolveEnterpriseFilter({ text: " 方永 " }).textBigram).toBe("方永");
    expect(resolveEnterpriseFilter({ text: "方永科技" }).textBigram).toBeNull();
    expect(resolveEnterpriseFilter({ text: "ab" }).textBigram).toBeNull();
    expect(resolveEnterpriseFilter({ text: "方a" }).textBigram).toBeNull();
    expect(resolveEnterpriseFilter({ text: "方" }).textBigram).toBeNull();
  });

  it("treats empty lists as no filter and defaults tag matching to ANY", () => {
    const resolved = resolveEnterpriseFilter({ sources: [], tagIds: [] });
    expect(resolved.sources).toBeNull();
    expect(resolved.tagIds).toBeNull();
    expect(resolved.tagMatch).toBe("ANY");
  });

  it("narrows to leads awaiting a follow-up only when asked with true", () => {
    expect(resolveEnterpriseFilter({ awaitingFollowUp: true }).awaitingFollowUp).toBe(true);
    expect(resolveEnterpriseFilter({ awaitingFollowUp: false }).awaitingFollowUp).toBe(false);
    expect(resolveEnterpriseFilter(null).awaitingFollowUp).toBe(false);
  });

  it("round-trips cursors and refuses one made for another sort", () => {
    const id = "7b1f2a4c-1d2e-4f5a-8b9c-0d1e2f3a4b5c";
    const cursor = encodeEnterpriseCursor({ sort: "NAME", direction: "ASC", value: "甲醇", id });
    expect(decodeEnterpriseCursor(cursor, "NAME", "ASC")).toEqual({
      sort: "NAME",
      direction: "ASC",
      value: "甲醇",
      id,
    });
    expect(() => decodeEnterpriseCursor(cursor, "NAME", "DESC")).toThrow(DomainError);
    expect(() => decodeEnterpriseCursor(cursor, "CREATED_AT", "ASC")).toThrow(DomainError);
    expect(() => decodeEnterpriseCursor("not-a-cursor", "NAME", "ASC")).toThrow(DomainError);
    expect(decodeEnterpriseCursor(null, "NAME", "ASC")).toBeNull();
  });
});
