import { randomUUID } from "node:crypto";
import type { DataSource } from "typeorm";

/** A value-added service (增值服务) of a product line, written directly. */
export async function makeAddon(
  dataSource: DataSource,
  productLineId: string,
  spec: { name?: string; active?: boolean; sortOrder?: number } = {},
): Promise<{ id: string; code: string; name: string }> {
  const code = `A_${randomUUID().slice(0, 8).toUpperCase()}`;
  const name = spec.name ?? `增值服务 ${code}`;
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO addon (product_line_id, code, name, active, sort_order) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [productLineId, code, name, spec.active ?? true, spec.sortOrder ?? 0],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("addon insert returned no id");
  return { id, code, name };
}

export interface ServiceRowSpec {
  dealer: { id: string };
  enterprise: { id: string; mainDomain: string };
  productLineId: string;
  editionId?: string | null;
  kind?: "TRIAL" | "PAID";
  seats?: number;
  startsAt?: Date;
  expiresAt: Date;
  domain?: string;
}

/** A service row (已开通服务) with its edition, as a paid order leaves it. */
export async function makeServiceRow(dataSource: DataSource, spec: ServiceRowSpec): Promise<{ id: string }> {
  const startsAt = spec.startsAt ?? new Date(spec.expiresAt.getTime() - 365 * 86_400_000);
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO service (dealer_id, enterprise_id, product_line_id, domain, kind, edition_id, seats, starts_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
    [
      spec.dealer.id,
      spec.enterprise.id,
      spec.productLineId,
      spec.domain ?? spec.enterprise.mainDomain,
      spec.kind ?? "PAID",
      spec.editionId ?? null,
      spec.seats ?? 10,
      startsAt,
      spec.expiresAt,
    ],
  );
  const id = rows[0]?.id;
  if (!id) throw new Error("service insert returned no id");
  return { id };
}
