import {
  astFromValue,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  print,
} from "graphql";

/**
 * The cross-tenant probe: reads the schema and, for every Query field, writes the operations a
 * curious member of another tenant would try — the row's ID in every ID argument (top level and
 * inside input objects), the tenant's names, domains and numbers in every text filter — each with
 * a selection that follows every relation a few levels deep. A response that carries any id or
 * marker of the protected rows has leaked them.
 */

/** The rows an outsider must never reach: ids by GraphQL type, strings to search with, markers. */
export interface Protected {
  idsByType: ReadonlyMap<string, readonly string[]>;
  /** Distinctive strings to put in text filters (names, domains, e-mails, numbers). */
  searchStrings: readonly string[];
  /** Substrings that only the protected rows contain. */
  markers: readonly string[];
}

export interface Probe {
  field: string;
  /** plain: no protected values; id: a protected id in an argument; text: a protected string. */
  kind: "plain" | "id" | "text" | "nested-id";
  /** e.g. `id=Enterprise`, `filter.ownerAccountIds=Account`, `filter.text`. */
  via: string;
  query: string;
  variables: Record<string, unknown>;
  /** Protected values the probe sent itself: an echo of them is no leak. */
  sent: string[];
}

export interface Skipped {
  field: string;
  arg: string;
  reason: string;
}

/** Which protected type an ID argument (or an id-holding input field) names. */
const ID_ARGUMENT_TYPES: Record<string, string> = {
  dealerId: "Dealer",
  accountId: "Account",
  actorId: "Account",
  superiorId: "Account",
  ownerAccountId: "Account",
  ownerAccountIds: "Account",
  principalId: "Account",
  enterpriseId: "Enterprise",
  orderId: "Order",
  serviceId: "Service",
  tagId: "Tag",
  tagIds: "Tag",
  campaignId: "Campaign",
  requestId: "BusinessRequest",
  leadId: "Lead",
  apiKeyId: "ApiKey",
};

/** `id` of a root field whose return type is not the row type it reads. */
const ROOT_ID_TYPES: Record<string, string> = {
  campaignStats: "Campaign",
  deleteContractFile: "ContractFile",
  removeEnterpriseContact: "EnterpriseContact",
  deleteTag: "Tag",
  claimPoolEnterprise: "Enterprise",
};

/**
 * ID arguments that name vendor catalogue or configuration rows, which no dealer owns: there is
 * nothing of the other tenant to put in them. A new ID argument not named here or above is
 * reported as skipped, and the suite fails until it is covered or listed here with its reason.
 */
export const NOT_TENANT_IDS: Record<string, string> = {
  productLineId: "product lines are the vendor's catalogue, shared by every dealer",
  productLineIds: "product lines are the vendor's catalogue, shared by every dealer",
  editionId: "editions are the vendor's catalogue",
  typeId: "业务申请类型 are vendor configuration, shared by every dealer",
};

/** Root ID arguments that name vendor configuration rows, by `field.argument`, with the reason. */
export const NOT_TENANT_ROOT_IDS: Record<string, string> = {
  "routingRule.id": "甩单规则 are vendor operations' configuration, and dealers are refused the field altogether",
};

/** String filter fields that hold an id of any kind rather than text (one id of each type is tried). */
const ID_STRING_FIELDS = new Set(["entityId"]);

/**
 * String arguments and filter fields that search rows by text. Other strings (cursors, colours,
 * region codes, dates as text) hold nothing a tenant owns; a new text field with a name outside
 * this list still gets the plain probe, and the list is where to add it.
 */
const TEXT_FIELDS = /^(text|search|keyword|q|name|domain|email|mobile|orderNo|requestNo|action|entityType)$/;

/** `$name: Type = default`, so an argument's default still applies when the probe leaves it out. */
function variableDefinition(arg: GraphQLArgument): string {
  const fallback = arg.defaultValue === undefined ? null : astFromValue(arg.defaultValue, arg.type);
  return `$${arg.name}: ${arg.type.toString()}${fallback ? ` = ${print(fallback)}` : ""}`;
}

/** A well-formed id of no row. */
const NO_SUCH_ID = "00000000-0000-4000-8000-000000000000";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Types whose objects only wrap a list (connections, pages): they do not count as a relation hop. */
function isWrapper(type: GraphQLNamedType): boolean {
  return /(Connection|Edge|Page)$/.test(type.name);
}

function scalarFill(typeName: string, argName: string, stringValue: string): unknown {
  switch (typeName) {
    case "Int":
      return /days/i.test(argName) ? 365 : 1;
    case "Float":
      return 1;
    case "Boolean":
      return false;
    case "Fen":
      return 100;
    case "DateTime":
      return new Date().toISOString();
    case "JSON":
      return {};
    default:
      // a well-formed domain, so a mutation gets past its input checks to the ownership ones
      return /domain/i.test(argName) ? `probe-${Math.random().toString(36).slice(2, 10)}.com` : stringValue;
  }
}

export class ProbeGenerator {
  readonly skipped: Skipped[] = [];
  /** Nested fields left out of selections (a required argument the generator cannot fill). */
  readonly nestedSkipped = new Set<string>();
  /** Object types that some selection reaches. */
  readonly typesReached = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly target: Protected,
    private readonly options: {
      hops: number;
      idsPerType?: number;
      /** The prober's own rows by type: a required ID of a plain probe names one, so its relations are walked. */
      ownIds?: ReadonlyMap<string, readonly string[]>;
      /** Leaves a nested field out of selections (e.g. what an API key's scopes never reach). */
      allowField?: (parent: string, field: string, returned: string) => boolean;
    } = { hops: 3 },
  ) {}

  /** The protected ids of a type to try in one argument: all of them, or a spread of `idsPerType`. */
  private idsFor(typeName: string | undefined): readonly string[] {
    if (!typeName) return [];
    if (typeName === "*") return [...this.target.idsByType.values()].flat();
    const all = this.target.idsByType.get(typeName) ?? [];
    const n = this.options.idsPerType ?? all.length;
    if (all.length <= n) return all;
    // first, last and evenly between: rows of different owners and kinds
    return Array.from({ length: n }, (_, i) => all[Math.round((i * (all.length - 1)) / (n - 1))] as string);
  }

  /** The protected type an ID-bearing argument or input field refers to; undefined when unknown. */
  private idTypeOf(rootField: string, name: string, returnType: string): string | undefined {
    if (name === "id" || name === "ids") return ROOT_ID_TYPES[rootField] ?? returnType;
    if (ID_STRING_FIELDS.has(name)) return "*";
    return ID_ARGUMENT_TYPES[name];
  }

  /**
   * Every field of `type` (scalars, and objects up to `hops` relations deep), as GraphQL text.
   * `nestedIds`: fill nullable ID arguments of nested fields with a protected id of their type.
   */
  selection(type: GraphQLObjectType, hops: number, nestedIds: boolean, sent: Set<string>): string {
    this.typesReached.add(type.name);
    const parts: string[] = ["__typename"];
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (this.options.allowField && !this.options.allowField(type.name, field.name, named.name)) continue;
      const args = this.nestedArgs(type.name, field, nestedIds, sent);
      if (args === null) continue;
      if (isScalarType(named) || isEnumType(named)) {
        parts.push(`${field.name}${args}`);
        continue;
      }
      if (!isObjectType(named)) continue;
      const nextHops = isWrapper(named) ? hops : hops - 1;
      if (nextHops < 0) continue;
      parts.push(`${field.name}${args} { ${this.selection(named, nextHops, nestedIds, sent)} }`);
    }
    return parts.join(" ");
  }

  /** Arguments of a nested field as literal text; null when one is required and cannot be filled. */
  private nestedArgs(
    parent: string,
    field: GraphQLField<unknown, unknown>,
    nestedIds: boolean,
    sent: Set<string>,
  ): string | null {
    const written: string[] = [];
    for (const arg of field.args) {
      const named = getNamedType(arg.type);
      if (nestedIds && named.name === "ID") {
        const ids = this.idsFor(ID_ARGUMENT_TYPES[arg.name]);
        const id = ids[0];
        if (id) {
          sent.add(id);
          written.push(`${arg.name}: ${JSON.stringify(isListType(arg.type) ? [id] : id)}`);
          continue;
        }
      }
      if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
        this.nestedSkipped.add(`${parent}.${field.name}(${arg.name})`);
        return null;
      }
    }
    return written.length ? `(${written.join(", ")})` : "";
  }

  /** A value for a required input type, with no protected values in it. */
  private required(type: GraphQLInputType, argName: string): unknown {
    const inner = isNonNullType(type) ? type.ofType : type;
    if (isListType(inner)) return [this.required(inner.ofType, argName)];
    if (isEnumType(inner)) return inner.getValues()[0]?.value;
    if (isScalarType(inner)) return scalarFill(inner.name, argName, "probe");
    if (isInputObjectType(inner)) {
      const value: Record<string, unknown> = {};
      for (const f of Object.values(inner.getFields())) {
        if (isNonNullType(f.type) && f.defaultValue === undefined) value[f.name] = this.required(f.type, f.name);
      }
      return value;
    }
    return null;
  }

  private document(
    field: GraphQLField<unknown, unknown>,
    hops: number,
    nestedIds: boolean,
    sent: Set<string>,
  ): string | null {
    const named = getNamedType(field.type);
    const header = field.args.length ? `(${field.args.map(variableDefinition).join(", ")})` : "";
    const call = field.args.length ? `(${field.args.map((a) => `${a.name}: $${a.name}`).join(", ")})` : "";
    const body = isObjectType(named) ? ` { ${this.selection(named, hops, nestedIds, sent)} }` : "";
    return `query${header} { ${field.name}${call}${body} }`;
  }

  /** Every probe of one root Query field. */
  probesFor(field: GraphQLField<unknown, unknown>): Probe[] {
    const returnType = getNamedType(field.type).name;
    const base: Record<string, unknown> = {};
    for (const arg of field.args) {
      if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
      if (getNamedType(arg.type).name === "ID") {
        const own = this.options.ownIds?.get(this.idTypeOf(field.name, arg.name, returnType) ?? "")?.[0];
        base[arg.name] = own ?? NO_SUCH_ID;
      } else {
        base[arg.name] = this.required(arg.type, arg.name);
      }
    }
    const probes: Probe[] = [];
    const plainDoc = this.document(field, this.options.hops, false, new Set());
    // a row reached by id or text shows at the top of the answer: one relation deep is enough there
    const shallowDoc = this.document(field, Math.min(1, this.options.hops), false, new Set());
    if (!plainDoc || !shallowDoc) return probes;
    probes.push({ field: field.name, kind: "plain", via: "-", query: plainDoc, variables: base, sent: [] });

    // the same selection with protected ids in the nested relations' own ID arguments
    const nestedSent = new Set<string>();
    const nestedDoc = this.document(field, this.options.hops, true, nestedSent);
    if (nestedDoc && nestedDoc !== plainDoc) {
      probes.push({
        field: field.name,
        kind: "nested-id",
        via: "nested ID arguments",
        query: nestedDoc,
        variables: base,
        sent: [...nestedSent],
      });
    }

    for (const arg of field.args) this.argumentProbes(field.name, returnType, arg, base, shallowDoc, probes);
    return probes;
  }

  private argumentProbes(
    rootField: string,
    returnType: string,
    arg: GraphQLArgument,
    base: Record<string, unknown>,
    doc: string,
    out: Probe[],
  ): void {
    const named = getNamedType(arg.type);
    const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
    if (named.name === "ID") {
      const idType = this.idTypeOf(rootField, arg.name, returnType);
      if (NOT_TENANT_IDS[arg.name] || NOT_TENANT_ROOT_IDS[`${rootField}.${arg.name}`]) return;
      if (!idType) {
        this.skipped.push({ field: rootField, arg: arg.name, reason: "no known row type for this ID argument" });
        return;
      }
      const ids = this.idsFor(idType);
      if (!ids.length) {
        this.skipped.push({ field: rootField, arg: arg.name, reason: `no protected ${idType} rows to try` });
        return;
      }
      for (const id of ids) {
        out.push({
          field: rootField,
          kind: "id",
          via: `${arg.name}=${idType}`,
          query: doc,
          variables: { ...base, [arg.name]: list ? [id] : id },
          sent: [id],
        });
      }
      return;
    }
    if (named.name === "String" && !list && TEXT_FIELDS.test(arg.name)) {
      for (const text of this.target.searchStrings) {
        out.push({
          field: rootField,
          kind: "text",
          via: arg.name,
          query: doc,
          variables: { ...base, [arg.name]: text },
          sent: [text],
        });
      }
      return;
    }
    if (isInputObjectType(named) && !list) {
      const seed = (base[arg.name] as Record<string, unknown> | undefined) ?? {};
      for (const input of Object.values(named.getFields())) {
        for (const [value, via, sent, kind] of this.inputFieldValues(rootField, arg.name, input)) {
          out.push({
            field: rootField,
            kind,
            via,
            query: doc,
            variables: { ...base, [arg.name]: { ...seed, [input.name]: value } },
            sent,
          });
        }
      }
    }
  }

  /** Protected values for one field of an input object (ids of its type, or search strings). */
  private inputFieldValues(
    rootField: string,
    argName: string,
    input: GraphQLInputField,
  ): [unknown, string, string[], Probe["kind"]][] {
    const named = getNamedType(input.type);
    const list = isListType(isNonNullType(input.type) ? input.type.ofType : input.type);
    const path = `${argName}.${input.name}`;
    if (named.name === "ID" || (named.name === "String" && ID_STRING_FIELDS.has(input.name))) {
      if (NOT_TENANT_IDS[input.name]) return [];
      const idType = ID_STRING_FIELDS.has(input.name) ? "*" : ID_ARGUMENT_TYPES[input.name];
      if (!idType) {
        this.skipped.push({ field: rootField, arg: path, reason: "no known row type for this ID field" });
        return [];
      }
      const ids =
        idType === "*" ? [...this.target.idsByType.values()].flatMap((all) => all.slice(0, 1)) : this.idsFor(idType);
      return ids.map((id) => [list ? [id] : id, `${path}=${idType}`, [id], "id"]);
    }
    if (named.name === "String" && TEXT_FIELDS.test(input.name)) {
      return this.target.searchStrings.map((s) => [list ? [s] : s, path, [s], "text"]);
    }
    return [];
  }

  /**
   * Mutations that name rows by id, each with one protected id at a time (top-level ID arguments
   * and ID fields of input objects), the other required values made up; a shallow selection.
   */
  mutationProbes(): Probe[] {
    const mutation = this.schema.getMutationType();
    if (!mutation) return [];
    const out: Probe[] = [];
    for (const field of Object.values(mutation.getFields())) {
      const returnType = getNamedType(field.type).name;
      const doc = this.document(field, Math.min(1, this.options.hops), false, new Set());
      if (!doc) continue;
      const base: Record<string, unknown> = {};
      for (const arg of field.args) {
        if (!isNonNullType(arg.type) || arg.defaultValue !== undefined) continue;
        base[arg.name] = getNamedType(arg.type).name === "ID" ? NO_SUCH_ID : this.required(arg.type, arg.name);
      }
      const variants: [Record<string, unknown>, string, string][] = [];
      for (const arg of field.args) {
        const named = getNamedType(arg.type);
        const list = isListType(isNonNullType(arg.type) ? arg.type.ofType : arg.type);
        if (named.name === "ID") {
          const idType = this.idTypeOf(field.name, arg.name, returnType);
          const id = this.idsFor(idType)[0];
          if (id) variants.push([{ ...base, [arg.name]: list ? [id] : id }, `${arg.name}=${idType}`, id]);
        } else if (isInputObjectType(named) && !list) {
          const seed = (base[arg.name] as Record<string, unknown> | undefined) ?? {};
          for (const input of Object.values(named.getFields())) {
            if (getNamedType(input.type).name !== "ID") continue;
            const inputList = isListType(isNonNullType(input.type) ? input.type.ofType : input.type);
            const idType = ID_ARGUMENT_TYPES[input.name];
            const id = this.idsFor(idType)[0];
            if (!id) continue;
            variants.push([
              { ...base, [arg.name]: { ...seed, [input.name]: inputList ? [id] : id } },
              `${arg.name}.${input.name}=${idType}`,
              id,
            ]);
          }
        }
      }
      for (const [variables, via, id] of variants) {
        out.push({
          field: field.name,
          kind: "id",
          via,
          query: doc.replace(/^query/, "mutation"),
          variables,
          sent: [id],
        });
      }
    }
    return out;
  }

  /** Probes of every Query field. */
  all(): Probe[] {
    const query = this.schema.getQueryType();
    if (!query) return [];
    return Object.values(query.getFields()).flatMap((f) => this.probesFor(f));
  }
}

/**
 * What of the protected rows a response shows: every protected id and marker found in it,
 * after taking out the protected values the request sent itself (an echo is no leak) — except
 * that a sent id coming back as an object's `"id"` means a row was returned.
 */
export function findLeaks(responseText: string, target: Protected, sent: readonly string[]): string[] {
  const found = new Set<string>();
  for (const id of sent) {
    if (responseText.includes(`"id":"${id}"`)) found.add(`row ${id}`);
  }
  // a bare marker sent as search text is never taken out: it is what a leak would show
  const echoes = sent.filter((value) => !target.markers.includes(value)).sort((a, b) => b.length - a.length);
  let text = responseText;
  for (const value of echoes) text = text.split(value).join("");
  for (const marker of target.markers) if (text.includes(marker)) found.add(marker);
  for (const ids of target.idsByType.values()) {
    for (const id of ids) {
      // a uuid anywhere; a short numeric id (audit entries) only as an object's id
      if (UUID.test(id) ? text.includes(id) : text.includes(`"id":"${id}"`)) found.add(id);
    }
  }
  return [...found];
}
