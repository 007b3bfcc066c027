import DataLoader from "dataloader";
import type { RequestContext } from "../../context";
import type { AddonEntity } from "./addon.entity";
import type { EditionEntity } from "./edition.entity";

export interface CatalogLoaders {
  /** Editions of a product line; the key says whether inactive ones are included. */
  editions: DataLoader<{ productLineId: string; includeInactive: boolean }, EditionEntity[], string>;
  addons: DataLoader<{ productLineId: string; includeInactive: boolean }, AddonEntity[], string>;
  edition: DataLoader<string, EditionEntity | null>;
}

const perRequest = new WeakMap<RequestContext, CatalogLoaders>();

type Key = { productLineId: string; includeInactive: boolean };

/** Batches a per-product-line lookup, one query per (includeInactive) flavour. */
function byProductLine<T>(
  load: (ids: readonly string[], includeInactive: boolean) => Promise<T[][]>,
): DataLoader<Key, T[], string> {
  return new DataLoader<Key, T[], string>(
    async (keys) => {
      const results = new Map<string, T[]>();
      for (const includeInactive of [false, true]) {
        const ids = [...new Set(keys.filter((k) => k.includeInactive === includeInactive).map((k) => k.productLineId))];
        if (ids.length === 0) continue;
        const lists = await load(ids, includeInactive);
        ids.forEach((id, i) => results.set(`${id}:${includeInactive}`, lists[i] ?? []));
      }
      return keys.map((k) => results.get(`${k.productLineId}:${k.includeInactive}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.productLineId}:${k.includeInactive}` },
  );
}

/** Per-request loaders of the product catalogue (editions and addons carry no visibility of their own). */
export function catalogLoaders(ctx: RequestContext): CatalogLoaders {
  let loaders = perRequest.get(ctx);
  if (!loaders) {
    const catalog = ctx.services.catalog;
    loaders = {
      editions: byProductLine((ids, all) => catalog.editionsByProductLine(ids, all)),
      addons: byProductLine((ids, all) => catalog.addonsByProductLine(ids, all)),
      edition: new DataLoader(async (ids) => {
        const rows = await catalog.editionsById(ids);
        const map = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => map.get(id) ?? null);
      }),
    };
    perRequest.set(ctx, loaders);
  }
  return loaders;
}
