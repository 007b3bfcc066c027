import { DEALER_PERMISSIONS, ROLE_PRESETS, VENDOR_ROLES } from "@crm/domain";
import type { DataSource } from "typeorm";
import type { Loaders } from "../../loaders";
import type { QuotaRow } from "../dealer/dealer.service";
import type { PermissionInfo, QuotaEntry, RolePreset, VendorRoleInfo } from "./catalog.types";
import { ProductLineEntity } from "./product-line.entity";

export class CatalogService {
  constructor(private readonly dataSource: DataSource) {}

  productLines(): Promise<ProductLineEntity[]> {
    return this.dataSource.getRepository(ProductLineEntity).find({ order: { sortOrder: "ASC", name: "ASC" } });
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
}
