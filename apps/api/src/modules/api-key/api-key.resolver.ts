import { API_KEY_SCOPE_INFO, apiKeyDisplayPrefix, apiKeyStatus } from "@crm/domain";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { connectionType, PageArgs, type Connection } from "../../shared/pagination";
import type { ApiKeyEntity } from "./api-key.entity";
import { ApiKeyScopeInfoType, ApiKeyType, CreatedApiKey } from "./api-key.type";
import { CreateApiKeyInput } from "./dto/create-api-key.input";

async function toType(ctx: RequestContext, key: ApiKeyEntity): Promise<ApiKeyType> {
  const creator = await ctx.loaders.account.load(key.createdBy);
  return {
    id: key.id,
    name: key.name,
    prefix: apiKeyDisplayPrefix(key.lookupId),
    ownerKind: key.ownerKind,
    scopes: key.scopes,
    createdByName: creator ? `${creator.realName} (${creator.loginName})` : "—",
    status: apiKeyStatus(key, creator ?? null, new Date()),
    createdAt: key.createdAt,
    expiresAt: key.expiresAt,
    lastUsedAt: key.lastUsedAt,
    revokedAt: key.revokedAt,
  };
}

export const ApiKeyConnection = connectionType("ApiKey", ApiKeyType);

@Resolver()
export class ApiKeyResolver {
  @Query(() => [ApiKeyScopeInfoType], {
    description: "Every API key scope with its labels and the kind of key that may hold it",
  })
  apiKeyScopeCatalog(): ApiKeyScopeInfoType[] {
    return API_KEY_SCOPE_INFO.map((s) => ({ ...s }));
  }

  @Query(() => ApiKeyConnection, {
    description: "API 密钥: the dealer's (dealer admins) or the vendor's (platform admins), newest first",
  })
  async apiKeys(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext): Promise<Connection<ApiKeyType>> {
    const keys = await ctx.services.apiKey.list(viewerOf(ctx), page.first, page.after);
    const edges = await Promise.all(
      keys.edges.map(async (e) => ({ cursor: e.cursor, node: await toType(ctx, e.node) })),
    );
    return { ...keys, edges };
  }

  @Mutation(() => CreatedApiKey, { description: "Creates an API key; the secret is in this answer only" })
  async createApiKey(
    @Arg("input", () => CreateApiKeyInput) input: CreateApiKeyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CreatedApiKey> {
    const { key, secret } = await ctx.services.apiKey.create(viewerOf(ctx), input);
    return { apiKey: await toType(ctx, key), secret };
  }

  @Mutation(() => ApiKeyType, { description: "Revokes an API key; requests with it are refused from the next one on" })
  async revokeApiKey(@Arg("id", () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKeyType> {
    return toType(ctx, await ctx.services.apiKey.revoke(viewerOf(ctx), id));
  }
}
