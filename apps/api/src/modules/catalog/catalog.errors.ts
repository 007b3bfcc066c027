import {
  ADDON_DESCRIPTION_MAX,
  CATALOG_SORT_MAX,
  LIST_PRICE_MAX_FEN,
  formatFen,
  giftRuleProblem,
  isValidListPrice,
  isValidSortOrder,
  normalizeCatalogCode,
  normalizeCatalogName,
  type GiftRule,
} from "@crm/domain";
import { DomainError, invalid } from "../../shared/domain-error";

/** Catalogue input checks: each refusal is VALIDATION_FAILED naming its field, in both languages. */

export function checkCode(raw: string): string {
  const code = normalizeCatalogCode(raw);
  if (!code) {
    throw invalid("code", "编码只能由大写字母、数字和下划线组成，最多 40 位", "use up to 40 letters A–Z, digits or _");
  }
  return code;
}

export function checkName(raw: string): string {
  const name = normalizeCatalogName(raw);
  if (!name) throw invalid("name", "名称须为 1–60 个字符", "a name needs 1–60 characters");
  return name;
}

export function checkSortOrder(value: number): number {
  if (!isValidSortOrder(value)) {
    throw invalid(
      "sortOrder",
      `排序须为 0–${CATALOG_SORT_MAX} 的整数`,
      `the order must be a whole number 0–${CATALOG_SORT_MAX}`,
    );
  }
  return value;
}

export function checkListPrice(fen: number): number {
  if (!isValidListPrice(fen)) {
    throw invalid(
      "listPrice",
      `公开价格须为 0 到 ¥${formatFen(LIST_PRICE_MAX_FEN)} 之间的金额（精确到分）`,
      `the list price must be between 0 and ¥${formatFen(LIST_PRICE_MAX_FEN)}, in whole 分`,
    );
  }
  return fen;
}

export function checkGiftRule(rule: GiftRule): GiftRule {
  switch (giftRuleProblem(rule)) {
    case null:
      return { perPaidMonths: rule.perPaidMonths, maxGiftMonths: rule.maxGiftMonths };
    case "GIFT_BLOCK_RANGE":
      throw invalid("giftRule.perPaidMonths", "付费月数须为 1–120", "the paid months must be 1–120");
    default:
      throw invalid(
        "giftRule.maxGiftMonths",
        "赠送月数须在 0 到付费月数之间",
        "the free months must be between 0 and the paid months",
      );
  }
}

export function checkDescription(raw: string | null | undefined): string | null {
  const text = raw?.trim() ?? "";
  if ([...text].length > ADDON_DESCRIPTION_MAX) {
    throw invalid(
      "description",
      `说明最多 ${ADDON_DESCRIPTION_MAX} 个字符`,
      `at most ${ADDON_DESCRIPTION_MAX} characters`,
    );
  }
  return text || null;
}

export function codeTaken(entity: "productLine" | "edition" | "addon", code: string): DomainError {
  return new DomainError("CATALOG_CODE_TAKEN", { field: "code", entity, code });
}
