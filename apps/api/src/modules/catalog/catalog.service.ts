import { CATALOG_SORT_MAX, DEALER_PERMISSIONS, ROLE_PRESETS, VENDOR_ROLES } from "@crm/domain";
import { isUUID } from "class-validator";
import { In, type DataSource, type EntityManager } from "typeorm";
import type { Viewer } from "../../access/viewer";
import type { Loaders } from "../../loaders";
import { isUniqueViolation } from "../../shared/db-errors";
import { invalid, notFound } from "../../shared/domain-error";
import type { AuditService } from "../audit/audit.service";
import type { QuotaRow } from "../dealer/dealer.service";
import { AddonEntity } from "./addon.entity";
import {
  checkCode,
  checkDescription,
  checkGiftRule,
  checkListPrice,
  checkName,
  checkSortOrder,
  codeTaken,
} from "./catalog.errors";
import type { PermissionInfo, QuotaEntry, RolePreset, VendorRoleInfo } from "./catalog.types";
import type { CreateAddonInput, UpdateAddonInput } from "./dto/addon.input";
import type { CreateEditionInput, UpdateEditionInput } from "./dto/edition.input";
import type { CreateProductLineInput, UpdateProductLineInput } from "./dto/product-line.input";
import { EditionEntity } from "./edition.entity";
import { ProductLineEntity } from "./product-line.entity";

function productLineSnapshot(p: ProductLineEntity): Record<string, unknown> {
  return {
    code: p.code,
    name: p.name,
    sortOrder: p.sortOrder,
    giftRule: { perPaidMonths: p.giftPerPaidMonths, maxGiftMonths: p.giftMaxMonths },
  };
}

function editionSnapshot(e: EditionEntity): Record<string, unknown> {
  return {
    productLineId: e.productLineId,
    code: e.code,
    name: e.name,
    isSpecial: e.isSpecial,
    listPrice: e.listPrice,
    active: e.active,
    sortOrder: e.sortOrder,
  };
}

function addonSnapshot(a: AddonEntity): Record<string, unknown> {
  return {
    productLineId: a.productLineId,
    code: a.code,
    name: a.name,
    description: a.description,
    active: a.active,
    sortOrder: a.sortOrder,
  };
}

/** A field left out (undefined) or sent as null keeps its value. */
function given<T>(value: T | null | undefined): value is T {
  return value !== undefined && value !== null;
}

/**
 * The catalogue (SPEC §1, §11): the permission and role catalogs, and the product lines with
 * their editions, list prices, gift rules and value-added services. Platform admins change the
 * product catalogue (the shield rule); nothing is deleted — editions and addons are switched off,
 * because orders and services keep pointing at them. Every change is audited.
 */
export class CatalogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  productLines(): Promise<ProductLineEntity[]> {
    return this.dataSource.getRepository(ProductLineEntity).find({ order: { sortOrder: "ASC", name: "ASC" } });
  }

  /** Inactive editions and addons are listed for vendor staff who ask (the catalogue page); dealers see active ones. */
  includesInactive(viewer: Viewer | null, requested: boolean): boolean {
    return requested && viewer?.account.kind === "VENDOR";
  }

  /** Editions per product line (batched for ProductLine.editions), in display order. */
  async editionsByProductLine(productLineIds: readonly string[], includeInactive: boolean): Promise<EditionEntity[][]> {
    const rows = await this.dataSource.getRepository(EditionEntity).find({
      where: { productLineId: In([...productLineIds]), ...(includeInactive ? {} : { active: true }) },
      order: { sortOrder: "ASC", code: "ASC" },
    });
    return productLineIds.map((id) => rows.filter((r) => r.productLineId === id));
  }

  /** Addons per product line (batched for ProductLine.addons), in display order. */
  async addonsByProductLine(productLineIds: readonly string[], includeInactive: boolean): Promise<AddonEntity[][]> {
    const rows = await this.dataSource.getRepository(AddonEntity).find({
      where: { productLineId: In([...productLineIds]), ...(includeInactive ? {} : { active: true }) },
      order: { sortOrder: "ASC", code: "ASC" },
    });
    return productLineIds.map((id) => rows.filter((r) => r.productLineId === id));
  }

  /** Editions by id (batched for Edition fields of orders and services); no visibility: editions are no secret. */
  editionsById(ids: readonly string[]): Promise<EditionEntity[]> {
    const valid = ids.filter((id) => isUUID(id));
    if (valid.length === 0) return Promise.resolve([]);
    return this.dataSource.getRepository(EditionEntity).findBy({ id: In(valid) });
  }

  async createProductLine(viewer: Viewer, input: CreateProductLineInput): Promise<ProductLineEntity> {
    const code = checkCode(input.code);
    const name = checkName(input.name);
    const sortOrder = given(input.sortOrder) ? checkSortOrder(input.sortOrder) : null;
    const gift = given(input.giftRule) ? checkGiftRule(input.giftRule) : { perPaidMonths: 12, maxGiftMonths: 0 };
    return this.mapCodeTaken("productLine", code, () =>
      this.dataSource.transaction(async (m) => {
        if (await m.findOneBy(ProductLineEntity, { code })) throw codeTaken("productLine", code);
        await this.assertProductLineNameFree(m, name, null);
        const saved = await m.save(
          m.create(ProductLineEntity, {
            code,
            name,
            sortOrder: sortOrder ?? (await this.nextSortOrder(m, "product_line", null)),
            giftPerPaidMonths: gift.perPaidMonths,
            giftMaxMonths: gift.maxGiftMonths,
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId: null,
          action: "productLine.create",
          entityType: "productLine",
          entityId: saved.id,
          after: productLineSnapshot(saved),
        });
        return saved;
      }),
    );
  }

  async updateProductLine(viewer: Viewer, id: string, input: UpdateProductLineInput): Promise<ProductLineEntity> {
    const name = given(input.name) ? checkName(input.name) : undefined;
    const sortOrder = given(input.sortOrder) ? checkSortOrder(input.sortOrder) : undefined;
    const gift = given(input.giftRule) ? checkGiftRule(input.giftRule) : undefined;
    return this.dataSource.transaction(async (m) => {
      const line = isUUID(id)
        ? await m.findOne(ProductLineEntity, { where: { id }, lock: { mode: "pessimistic_write" } })
        : null;
      if (!line) throw notFound("productLine");
      const before = productLineSnapshot(line);
      if (name !== undefined && name !== line.name) {
        await this.assertProductLineNameFree(m, name, line.id);
        line.name = name;
      }
      if (sortOrder !== undefined) line.sortOrder = sortOrder;
      if (gift) {
        line.giftPerPaidMonths = gift.perPaidMonths;
        line.giftMaxMonths = gift.maxGiftMonths;
      }
      const saved = await m.save(line);
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "productLine.update",
        entityType: "productLine",
        entityId: saved.id,
        before,
        after: productLineSnapshot(saved),
      });
      return saved;
    });
  }

  async createEdition(viewer: Viewer, input: CreateEditionInput): Promise<EditionEntity> {
    const code = checkCode(input.code);
    const name = checkName(input.name);
    const listPrice = checkListPrice(input.listPrice);
    const sortOrder = given(input.sortOrder) ? checkSortOrder(input.sortOrder) : null;
    return this.mapCodeTaken("edition", code, () =>
      this.dataSource.transaction(async (m) => {
        const line = await this.productLineFor(m, input.productLineId);
        if (await m.findOneBy(EditionEntity, { productLineId: line.id, code })) throw codeTaken("edition", code);
        const saved = await m.save(
          m.create(EditionEntity, {
            productLineId: line.id,
            code,
            name,
            isSpecial: input.isSpecial ?? false,
            listPrice,
            active: input.active ?? true,
            sortOrder: sortOrder ?? (await this.nextSortOrder(m, "edition", line.id)),
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId: null,
          action: "edition.create",
          entityType: "edition",
          entityId: saved.id,
          after: editionSnapshot(saved),
        });
        return saved;
      }),
    );
  }

  /** A new list price applies to orders created from now on; existing orders keep their amounts. */
  async updateEdition(viewer: Viewer, id: string, input: UpdateEditionInput): Promise<EditionEntity> {
    const name = given(input.name) ? checkName(input.name) : undefined;
    const listPrice = given(input.listPrice) ? checkListPrice(input.listPrice) : undefined;
    const sortOrder = given(input.sortOrder) ? checkSortOrder(input.sortOrder) : undefined;
    return this.dataSource.transaction(async (m) => {
      const edition = isUUID(id)
        ? await m.findOne(EditionEntity, { where: { id }, lock: { mode: "pessimistic_write" } })
        : null;
      if (!edition) throw notFound("edition");
      const before = editionSnapshot(edition);
      if (name !== undefined) edition.name = name;
      if (listPrice !== undefined) edition.listPrice = listPrice;
      if (sortOrder !== undefined) edition.sortOrder = sortOrder;
      if (given(input.isSpecial)) edition.isSpecial = input.isSpecial;
      if (given(input.active)) edition.active = input.active;
      const after = editionSnapshot(edition);
      if (JSON.stringify(before) === JSON.stringify(after)) return edition;
      const saved = await m.save(edition);
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "edition.update",
        entityType: "edition",
        entityId: saved.id,
        before,
        after: editionSnapshot(saved),
      });
      return saved;
    });
  }

  async createAddon(viewer: Viewer, input: CreateAddonInput): Promise<AddonEntity> {
    const code = checkCode(input.code);
    const name = checkName(input.name);
    const description = checkDescription(input.description);
    const sortOrder = given(input.sortOrder) ? checkSortOrder(input.sortOrder) : null;
    return this.mapCodeTaken("addon", code, () =>
      this.dataSource.transaction(async (m) => {
        const line = await this.productLineFor(m, input.productLineId);
        if (await m.findOneBy(AddonEntity, { productLineId: line.id, code })) throw codeTaken("addon", code);
        const saved = await m.save(
          m.create(AddonEntity, {
            productLineId: line.id,
            code,
            name,
            description,
            active: input.active ?? true,
            sortOrder: sortOrder ?? (await this.nextSortOrder(m, "addon", line.id)),
          }),
        );
        await this.audit.record(m, viewer, {
          dealerId: null,
          action: "addon.create",
          entityType: "addon",
          entityId: saved.id,
          after: addonSnapshot(saved),
        });
        return saved;
      }),
    );
  }

  async updateAddon(viewer: Viewer, id: string, input: UpdateAddonInput): Promise<AddonEntity> {
    const name = given(input.name) ? checkName(input.name) : undefined;
    const description = input.description !== undefined ? checkDescription(input.description) : undefined;
    const sortOrder = given(input.sortOrder) ? checkSortOrder(input.sortOrder) : undefined;
    return this.dataSource.transaction(async (m) => {
      const addon = isUUID(id)
        ? await m.findOne(AddonEntity, { where: { id }, lock: { mode: "pessimistic_write" } })
        : null;
      if (!addon) throw notFound("addon");
      const before = addonSnapshot(addon);
      if (name !== undefined) addon.name = name;
      if (description !== undefined) addon.description = description;
      if (sortOrder !== undefined) addon.sortOrder = sortOrder;
      if (given(input.active)) addon.active = input.active;
      const saved = await m.save(addon);
      await this.audit.record(m, viewer, {
        dealerId: null,
        action: "addon.update",
        entityType: "addon",
        entityId: saved.id,
        before,
        after: addonSnapshot(saved),
      });
      return saved;
    });
  }

  permissions(): PermissionInfo[] {
    return DEALER_PERMISSIONS.map((p) => ({ code: p.code, labelZh: p.zh, labelEn: p.en }));
  }

  rolePresets(): RolePreset[] {
    return ROLE_PRESETS.map((p) => ({
      code: p.code,
      labelZh: p.zh,
      labelEn: p.en,
      accountType: p.accountType,
      permissions: [...p.permissions],
    }));
  }

  vendorRoles(): VendorRoleInfo[] {
    return VENDOR_ROLES.map((r) => ({ code: r.code, labelZh: r.zh, labelEn: r.en }));
  }

  /** Quota rows with their product lines, in catalogue order. */
  async quotaEntries(rows: QuotaRow[], loaders: Loaders): Promise<QuotaEntry[]> {
    const entries = await Promise.all(
      rows.map(async (row) => {
        const productLine = await loaders.productLine.load(row.productLineId);
        return productLine
          ? { productLine, max: row.maxCount, dealerId: row.dealerId, accountId: row.accountId ?? null }
          : null;
      }),
    );
    return entries
      .filter((e): e is QuotaEntry => e !== null)
      .sort((a, b) => a.productLine.sortOrder - b.productLine.sortOrder);
  }

  private async productLineFor(m: EntityManager, id: string): Promise<ProductLineEntity> {
    const line = isUUID(id) ? await m.findOneBy(ProductLineEntity, { id }) : null;
    if (!line) throw invalid("productLineId", "请选择产品线", "choose a product line");
    return line;
  }

  private async assertProductLineNameFree(m: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const rows = await m.query<unknown[]>(
      `SELECT 1 FROM product_line WHERE lower(name) = lower($1) AND ($2::uuid IS NULL OR id <> $2::uuid)`,
      [name, exceptId],
    );
    if (rows.length > 0) throw invalid("name", "已有同名产品线", "a product line with this name exists");
  }

  /** After the last one, in steps of 10 (room to slot one in between), within 0–9999. */
  private async nextSortOrder(
    m: EntityManager,
    table: "product_line" | "edition" | "addon",
    productLineId: string | null,
  ): Promise<number> {
    const [row] = await m.query<{ last: number | null }[]>(
      table === "product_line"
        ? `SELECT max(sort_order) AS last FROM product_line`
        : `SELECT max(sort_order) AS last FROM ${table} WHERE product_line_id = $1`,
      table === "product_line" ? [] : [productLineId],
    );
    return Math.min(CATALOG_SORT_MAX, (row?.last ?? 0) + 10);
  }

  /** Two admins adding the same code at once: the database's unique constraint decides. */
  private async mapCodeTaken<T>(
    entity: "productLine" | "edition" | "addon",
    code: string,
    work: () => Promise<T>,
  ): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error)) throw codeTaken(entity, code);
      throw error;
    }
  }
}
