import { NO_DISCOUNT_BP, isValidRateBp } from "@crm/domain";
import { isUUID } from "class-validator";
import { In, type DataSource, type EntityManager } from "typeorm";
import { canSeeDealer, type AccessScope } from "../../access/access-scope";
import { hasVendorRole, type Viewer } from "../../access/viewer";
import { DomainError, invalid, notFound } from "../../shared/domain-error";
import type { AuditService } from "../audit/audit.service";
import { ProductLineEntity } from "../catalog/product-line.entity";
import { DealerEntity } from "../dealer/dealer.entity";
import { DealerDiscountEntity } from "./dealer-discount.entity";
import type { SetDealerDiscountsInput } from "./dto/dealer-discount.input";

/** What an order needs to price one edition for one dealer (see `priceTerms`). */
export interface PriceTerms {
  editionId: string;
  productLineId: string;
  /** 特殊版本: the order needs the vendor's confirmation. */
  isSpecial: boolean;
  active: boolean;
  /** 公开价格, 分 per seat per month. */
  listPrice: number;
  /** The dealer's discount for the product line; 10000 when it has none. */
  rateBp: number;
  /** The product line's gift rule: at most `maxGift` free months per `perPaidMonths` paid. */
  giftRule: { perPaidMonths: number; maxGift: number };
}

/**
 * Dealer terms (SPEC §6, §7): each dealer's discount per product line, set by its channel
 * manager, which gives its settlement prices. Who may see prices is decided per field by
 * ./price-visibility.ts; the order module prices orders through `priceTerms`.
 */
export class PricingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Discount rows per dealer (batched for Dealer.discounts and Edition.settlementPrice). */
  async discountsByDealer(dealerIds: readonly string[]): Promise<DealerDiscountEntity[][]> {
    const valid = dealerIds.filter((id) => isUUID(id));
    const rows =
      valid.length === 0
        ? []
        : await this.dataSource
            .getRepository(DealerDiscountEntity)
            .createQueryBuilder("d")
            .innerJoin(ProductLineEntity, "pl", "pl.id = d.product_line_id")
            .where("d.dealer_id = ANY(:ids)", { ids: valid })
            .orderBy("pl.sort_order", "ASC")
            .addOrderBy("pl.name", "ASC")
            .getMany();
    return dealerIds.map((id) => rows.filter((r) => r.dealerId === id));
  }

  /**
   * The edition's price terms for the dealer, read inside the caller's transaction (`m`): list
   * price, the dealer's discount for its product line (10000 when none), special flag, active flag
   * and the product line's gift rule. Null when the edition does not exist.
   */
  async priceTerms(
    m: EntityManager,
    dealerId: string,
    editionId: string,
  ): Promise<{
    editionId: string;
    productLineId: string;
    isSpecial: boolean;
    active: boolean;
    listPrice: number;
    rateBp: number;
    giftRule: { perPaidMonths: number; maxGift: number };
  } | null> {
    if (!isUUID(editionId) || !isUUID(dealerId)) return null;
    const [row] = await m.query<
      {
        id: string;
        product_line_id: string;
        is_special: boolean;
        active: boolean;
        list_price: string;
        rate_bp: number | null;
        gift_per_paid_months: number;
        gift_max_months: number;
      }[]
    >(
      `SELECT e.id, e.product_line_id, e.is_special, e.active, e.list_price, d.rate_bp,
              pl.gift_per_paid_months, pl.gift_max_months
         FROM edition e
         JOIN product_line pl ON pl.id = e.product_line_id
         LEFT JOIN dealer_discount d ON d.dealer_id = $1 AND d.product_line_id = e.product_line_id
        WHERE e.id = $2`,
      [dealerId, editionId],
    );
    if (!row) return null;
    const listPrice = Number(row.list_price);
    if (!Number.isSafeInteger(listPrice)) throw new RangeError(`list price out of range: ${row.list_price}`);
    const terms: PriceTerms = {
      editionId: row.id,
      productLineId: row.product_line_id,
      isSpecial: row.is_special,
      active: row.active,
      listPrice,
      rateBp: row.rate_bp ?? NO_DISCOUNT_BP,
      giftRule: { perPaidMonths: row.gift_per_paid_months, maxGift: row.gift_max_months },
    };
    return terms;
  }

  /**
   * A channel manager sets its own dealers' discounts (platform admins: any dealer's), like
   * 报备名额. A null rate removes the line's discount (settlement = list). Orders already created
   * keep their amounts; the new rate prices orders from now on.
   */
  async setDealerDiscounts(
    viewer: Viewer,
    scope: AccessScope,
    dealerId: string,
    input: SetDealerDiscountsInput,
  ): Promise<DealerEntity> {
    if (!isUUID(dealerId) || !canSeeDealer(scope, dealerId)) throw notFound("dealer");
    const discounts = await this.checkDiscountInput(input);
    return this.dataSource.transaction(async (m) => {
      const dealer = await m.findOne(DealerEntity, { where: { id: dealerId }, lock: { mode: "pessimistic_write" } });
      if (!dealer) throw notFound("dealer");
      if (!hasVendorRole(viewer, "PLATFORM_ADMIN") && dealer.channelManagerId !== viewer.account.id) {
        throw new DomainError("FORBIDDEN");
      }
      for (const { productLineId, rateBp } of discounts) {
        const before = await m.findOneBy(DealerDiscountEntity, { dealerId, productLineId });
        if (rateBp === null) {
          await m.delete(DealerDiscountEntity, { dealerId, productLineId });
        } else {
          await m.query(
            `INSERT INTO dealer_discount (dealer_id, product_line_id, rate_bp, updated_at, updated_by)
             VALUES ($1, $2, $3, now(), $4)
             ON CONFLICT (dealer_id, product_line_id)
               DO UPDATE SET rate_bp = EXCLUDED.rate_bp, updated_at = now(), updated_by = EXCLUDED.updated_by
               WHERE dealer_discount.rate_bp IS DISTINCT FROM EXCLUDED.rate_bp`,
            [dealerId, productLineId, rateBp, viewer.account.id],
          );
        }
        // Recorded outside the dealer's own audit trail (dealerId null, entity = the dealer): its
        // admins read that trail, and discounts are for SETTLEMENT_ORDER holders only.
        await this.audit.record(m, viewer, {
          dealerId: null,
          action: "discount.dealer.set",
          entityType: "dealer",
          entityId: dealerId,
          before: { productLineId, rateBp: before?.rateBp ?? null },
          after: { productLineId, rateBp },
        });
      }
      return dealer;
    });
  }

  private async checkDiscountInput(
    input: SetDealerDiscountsInput,
  ): Promise<{ productLineId: string; rateBp: number | null }[]> {
    const ids = input.discounts.map((d) => d.productLineId);
    if (new Set(ids).size !== ids.length) {
      throw invalid("discounts", "同一产品线只能出现一次", "list each product line once");
    }
    if (ids.some((id) => !isUUID(id))) throw invalid("discounts", "请选择产品线", "choose a product line");
    const known =
      ids.length === 0 ? 0 : await this.dataSource.getRepository(ProductLineEntity).countBy({ id: In(ids) });
    if (known !== ids.length) throw invalid("discounts", "产品线不存在", "unknown product line");
    return input.discounts.map((d) => {
      const rateBp = d.rateBp ?? null;
      if (rateBp !== null && !isValidRateBp(rateBp)) {
        throw new DomainError(
          "VALIDATION_FAILED",
          { field: "rateBp", productLineId: d.productLineId },
          {
            zh: "输入有误：折扣须为 0.01%–100% 之间（以万分比 1–10000 表示）",
            en: "The input is not valid: a discount must be 0.01%–100% of list (1–10000 basis points)",
          },
        );
      }
      return { productLineId: d.productLineId, rateBp };
    });
  }
}
