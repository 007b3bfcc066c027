import { API_KEY_SCOPE_INFO, apiKeyDisplayPrefix, apiKeyStatus } from "@crm/domain";
import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { viewerOf, type RequestContext } from "../../context";
import { connectionType, PageArgs, type Connection } from "../../shared/pagination";
import type { ApiKeyCallEntity } from "./api-key-call.entity";
import type { ApiKeyEntity } from "./api-key.entity";
import { ApiKeyCallType, ApiKeyScopeInfoType, ApiKeyType, CreatedApiKey } from "./api-key.type";
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

function toCallType(call: ApiKeyCallEntity): ApiKeyCallType {
  return {
    id: call.id,
    at: call.at,
    operationType:
      call.operationType === "query" ? "QUERY" : call.operationType === "mutation" ? "MUTATION" : "INVALID",
    operationName: call.operationName,
    rootFields: call.rootFields,
    outcome: call.outcome,
    clientIp: call.clientIp,
    durationMs: call.durationMs,
  };
}

export const ApiKeyConnection = connectionType("ApiKey", ApiKeyType);
export const ApiKeyCallConnection = connectionType("ApiKeyCall", ApiKeyCallType);

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

  @Query(() => ApiKeyCallConnection, {
    description:
      "调用记录: every request made with the key (90 days), newest first — for whoever manages the key; " +
      "NOT_FOUND for anyone else. Never the variables.",
  })
  async apiKeyCalls(
    @Arg("apiKeyId", () => ID) apiKeyId: string,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<Connection<ApiKeyCallType>> {
    const calls = await ctx.services.apiKeyCall.list(viewerOf(ctx), apiKeyId, page.first, page.after);
    return { ...calls, edges: calls.edges.map((e) => ({ cursor: e.cursor, node: toCallType(e.node) })) };
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
