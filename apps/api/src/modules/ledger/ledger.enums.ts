import { LEDGER_ENTRY_KINDS, type LedgerEntryKind } from "@crm/domain";
import { registerEnumType } from "type-graphql";

export const LedgerEntryKindEnum = Object.fromEntries(LEDGER_ENTRY_KINDS.map((k) => [k.code, k.code])) as {
  [K in LedgerEntryKind]: K;
};

registerEnumType(LedgerEntryKindEnum, {
  name: "LedgerEntryKind",
  description: "What moved the balance (虚拟账户流水类型)",
  valuesConfig: Object.fromEntries(LEDGER_ENTRY_KINDS.map((k) => [k.code, { description: k.zh }])),
});
