import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { AccountEntity } from "./modules/account/account.entity";
import { ProductLineEntity } from "./modules/catalog/product-line.entity";
import { DealerEntity } from "./modules/dealer/dealer.entity";

/** Per-request batch loaders by id. They load without visibility: callers apply the scope. */
export interface Loaders {
  account: DataLoader<string, AccountEntity | null>;
  dealer: DataLoader<string, DealerEntity | null>;
  productLine: DataLoader<string, ProductLineEntity | null>;
}

function byId<T extends { id: string }>(load: (ids: string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader(async (ids) => {
    const rows = await load([...ids]);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

export function createLoaders(dataSource: DataSource): Loaders {
  return {
    account: byId((ids) => dataSource.getRepository(AccountEntity).findBy({ id: In(ids) })),
    dealer: byId((ids) => dataSource.getRepository(DealerEntity).findBy({ id: In(ids) })),
    productLine: byId((ids) => dataSource.getRepository(ProductLineEntity).findBy({ id: In(ids) })),
  };
}
