import { Field, ID, Int, ObjectType } from "type-graphql";
import { ApiKeyCallOperation, ApiKeyOwnerKind, ApiKeyScope, ApiKeyStatus } from "./api-key.enums";

/** An API key as its managers see it: never the secret, only the recognisable prefix. */
@ObjectType("ApiKey")
export class ApiKeyType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: "e.g. crm_live_0123456789ab — the start of the key, for recognising it" })
  prefix!: string;

  @Field(() => ApiKeyOwnerKind)
  ownerKind!: ApiKeyOwnerKind;

  @Field(() => [ApiKeyScope])
  scopes!: ApiKeyScope[];

  @Field(() => String, { description: "Who created it (name as it is now)" })
  createdByName!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "Last request made with it (to the minute)" })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;

  @Field(() => ApiKeyStatus, {
    description: "Whether requests with it are accepted now; SUSPENDED: its creator is no longer an active admin",
  })
  status!: ApiKeyStatus;
}

/** A new key with its secret: the only time the secret is ever shown. */
@ObjectType("CreatedApiKey")
export class CreatedApiKey {
  @Field(() => ApiKeyType)
  apiKey!: ApiKeyType;

  @Field(() => String, { description: "The full key — shown this once; only its hash is kept" })
  secret!: string;
}

@ObjectType("ApiKeyScopeInfo")
export class ApiKeyScopeInfoType {
  @Field(() => ApiKeyScope)
  scope!: ApiKeyScope;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => ApiKeyOwnerKind)
  owner!: ApiKeyOwnerKind;
}

/** 调用记录: one request made with an API key — what it called and how it ended, never its variables. */
@ObjectType("ApiKeyCall")
export class ApiKeyCallType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date, { description: "When the request arrived" })
  at!: Date;

  @Field(() => ApiKeyCallOperation)
  operationType!: ApiKeyCallOperation;

  @Field(() => String, { nullable: true, description: "The operation's name, when it had one" })
  operationName!: string | null;

  @Field(() => [String], {
    description: "Top-level fields the operation selected (e.g. enterprises, createEnterprise)",
  })
  rootFields!: string[];

  @Field(() => String, {
    description: "OK, or the first error's code (e.g. FORBIDDEN, API_KEY_SCOPE_REQUIRED, VALIDATION_FAILED)",
  })
  outcome!: string;

  @Field(() => String, { nullable: true, description: "The client's IP address" })
  clientIp!: string | null;

  @Field(() => Int, { nullable: true, description: "Time to answer, in milliseconds" })
  durationMs!: number | null;
}
