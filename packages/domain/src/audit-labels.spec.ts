import { AUDIT_ENTITY_LABELS, auditEntityTypes } from "./audit-labels";

describe("the audit log's entity types", () => {
  it("offers a dealer's log only the types a dealer's entries have; the vendor's log every type", () => {
    const dealer = auditEntityTypes(false);
    expect(dealer).toEqual(expect.arrayContaining(["account", "enterprise", "order", "registration", "api_key"]));
    expect(dealer).not.toContain("routing_rule");
    expect(dealer).not.toContain("productLine");
    expect(auditEntityTypes(true)).toEqual(Object.keys(AUDIT_ENTITY_LABELS));
  });
});
