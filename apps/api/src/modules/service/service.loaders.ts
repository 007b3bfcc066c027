import DataLoader from "dataloader";
import type { AccessScope } from "../../access/access-scope";
import type { RequestContext } from "../../context";
import type { EnterpriseEntity } from "../enterprise/enterprise.entity";
import type { ServiceAddonEntity } from "./service-addon.entity";

export interface ServiceLoaders {
  /** Switched addons per service id. */
  addonStates: DataLoader<string, ServiceAddonEntity[]>;
  /** An enterprise by id, or null when the viewer may not see it. */
  enterprise: DataLoader<string, EnterpriseEntity | null>;
}

const perRequest = new WeakMap<RequestContext, { scope: AccessScope; loaders: ServiceLoaders }>();

/** Per-request batch loaders of a service's parts; made again if the scope changed mid-request. */
export function serviceLoaders(ctx: RequestContext): ServiceLoaders {
  const cached = perRequest.get(ctx);
  if (cached && cached.scope === ctx.scope) return cached.loaders;
  const scope = ctx.scope;
  const services = ctx.services.service;
  const loaders: ServiceLoaders = {
    addonStates: new DataLoader(async (ids) => {
      const rows = await services.addonStates(ids);
      return ids.map((id) => rows.filter((row) => row.serviceId === id));
    }),
    enterprise: new DataLoader(async (ids) => {
      const rows = await services.enterprisesByIds(scope, ids);
      const map = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => map.get(id) ?? null);
    }),
  };
  perRequest.set(ctx, { scope, loaders });
  return loaders;
}
