import DataLoader from "dataloader";
import type { AccessScope } from "../../access/access-scope";
import type { RequestContext } from "../../context";
import type { ServiceEntity } from "../service/service.entity";
import type { TagEntity } from "../tag/tag.entity";
import type { EnterpriseContactEntity } from "./enterprise-contact.entity";
import type { EnterpriseDomainEntity } from "./enterprise-domain.entity";
import type { EnterpriseRepository, ServiceSummary } from "./enterprise.repository";

/**
 * Per-request batch loaders of an enterprise's parts. Unlike the by-id loaders of loaders.ts
 * these apply the access scope themselves: each batch query joins the enterprise and scopes it,
 * so a nested field never returns a row the viewer could not list.
 */
export interface EnterpriseLoaders {
  domains: DataLoader<string, EnterpriseDomainEntity[]>;
  contacts: DataLoader<string, EnterpriseContactEntity[]>;
  tags: DataLoader<string, TagEntity[]>;
  services: DataLoader<string, ServiceEntity[]>;
  serviceSummary: DataLoader<string, ServiceSummary>;
  tagUsage: DataLoader<string, number>;
}

function grouped<T>(ids: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return ids.map((id) => map.get(id) ?? []);
}

export function createEnterpriseLoaders(repository: EnterpriseRepository, scope: AccessScope): EnterpriseLoaders {
  const now = new Date();
  return {
    domains: new DataLoader(async (ids) =>
      grouped(ids, await repository.domainsFor(scope, ids), (d) => d.enterpriseId),
    ),
    contacts: new DataLoader(async (ids) =>
      grouped(ids, await repository.contactsFor(scope, ids), (c) => c.enterpriseId),
    ),
    tags: new DataLoader(async (ids) =>
      grouped(ids, await repository.tagsFor(scope, ids), (t) => t.enterpriseId).map((list) => list.map((t) => t.tag)),
    ),
    services: new DataLoader(async (ids) =>
      grouped(ids, await repository.servicesFor(scope, ids), (s) => s.enterpriseId),
    ),
    serviceSummary: new DataLoader(async (ids) => {
      const map = await repository.serviceSummariesFor(scope, ids, now);
      return ids.map((id) => map.get(id) ?? { nextPaidExpiresAt: null, trialExpiredAt: null });
    }),
    tagUsage: new DataLoader(async (ids) => {
      const map = await repository.tagUsage(scope, ids);
      return ids.map((id) => map.get(id) ?? 0);
    }),
  };
}

const perRequest = new WeakMap<RequestContext, { scope: AccessScope; loaders: EnterpriseLoaders }>();

/** The request's loaders, made again if the scope changed mid-request (actAs / stopActingAs). */
export function enterpriseLoaders(ctx: RequestContext): EnterpriseLoaders {
  const cached = perRequest.get(ctx);
  if (cached && cached.scope === ctx.scope) return cached.loaders;
  const loaders = createEnterpriseLoaders(ctx.services.enterprise.repository, ctx.scope);
  perRequest.set(ctx, { scope: ctx.scope, loaders });
  return loaders;
}
