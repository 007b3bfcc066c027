import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from "@apollo/server";
import type { NextFunction, Request, Response } from "express";
import {
  getOperationAST,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import type { RequestContext } from "../../context";
import type { ApiKeyCallOperationType } from "./api-key-call.entity";
import { clientIp } from "../../shared/client-ip";
import type { ApiKeyCallRecord, ApiKeyCallService } from "./api-key-call.service";
import { apiKeyViewerOf } from "./api-key.middleware";

interface Logger {
  error(message: string, error: unknown): void;
}

/** Per request, between the express middleware and the Apollo plugin (res.locals). */
interface CallState {
  apiKeyId: string;
  startedAt: Date;
  clientIp: string | null;
  /** Set once the Apollo plugin has taken the call over, so the fallback doesn't write it twice. */
  handled: boolean;
}

function callStateOf(res: Response): CallState | null {
  return (res.locals.apiKeyCall as CallState | undefined) ?? null;
}

/** Top-level field names (not aliases) of an operation, through fragments too, each once, in order. */
export function rootFieldsOf(operation: OperationDefinitionNode, document: DocumentNode | undefined): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document?.definitions ?? []) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  }
  const names = new Set<string>();
  const seenFragments = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seenFragments.has(selection.name.value)) {
        seenFragments.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return [...names];
}

/**
 * The operationName a client sent, kept only when it is a GraphQL name (what a document's own
 * names always are): anything else — a NUL byte, control characters, a 10 kB string — would make
 * the row unwritable or the log unreadable, and a call must never escape its record that way.
 */
export function graphqlNameOrNull(name: string | null | undefined): string | null {
  return typeof name === "string" && /^[_A-Za-z][_0-9A-Za-z]{0,199}$/.test(name) ? name : null;
}

function describeOperation(rc: GraphQLRequestContextWillSendResponse<RequestContext>): {
  operationType: ApiKeyCallOperationType;
  operationName: string | null;
  rootFields: string[];
} {
  // validated: Apollo resolved it; parsed but refused in validation: resolve it from the document
  const operation =
    rc.operation ?? (rc.document ? getOperationAST(rc.document, rc.request.operationName ?? undefined) : null);
  // (there are no subscriptions: one would have failed validation, and counts as invalid here)
  if (!operation || operation.operation === OperationTypeNode.SUBSCRIPTION) {
    return { operationType: "invalid", operationName: graphqlNameOrNull(rc.request.operationName), rootFields: [] };
  }
  return {
    operationType: operation.operation === OperationTypeNode.MUTATION ? "mutation" : "query",
    operationName: operation.name?.value ?? null,
    rootFields: rootFieldsOf(operation, rc.document),
  };
}

function outcomeOf(rc: GraphQLRequestContextWillSendResponse<RequestContext>): string {
  // the errors as the client gets them (after the formatter), so the record shows the same code
  const errors = rc.response.body.kind === "single" ? rc.response.body.singleResult.errors : undefined;
  const first = errors?.[0];
  if (!first) return "OK";
  const code = first.extensions?.code;
  return typeof code === "string" ? code : "INTERNAL";
}

/** An IPv4 client as IPv4 (`::ffff:203.0.113.7` → `203.0.113.7`), as a person reads it. */
export function readableIp(ip: string | null): string | null {
  if (ip === null) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return mapped?.[1] ?? ip;
}

/** The first error code of an answer Apollo sent as a string, else one from the HTTP status. */
function fallbackOutcome(status: number, body: unknown): string {
  if (typeof body === "string") {
    try {
      const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: unknown } }[] };
      const code = parsed.errors?.[0]?.extensions?.code;
      if (typeof code === "string") return code;
      if (parsed.errors === undefined && status < 400) return "OK";
    } catch {
      // not JSON: fall back to the status
    }
  }
  return status >= 500 ? "INTERNAL" : status >= 400 ? "VALIDATION_FAILED" : "OK";
}

/**
 * Express middleware after apiKeyAuthMiddleware: every request that came with a valid key gets a
 * 调用记录 row. The Apollo plugin below writes it (awaited, before the answer leaves). A request
 * that never reaches the plugin's willSendResponse — a body that is not a GraphQL request, a
 * failed context, a query that does not parse (graphql-armor's token limit parses it first and
 * throws past the pipeline) — gets its row here once the answer is out, as an `invalid` operation
 * with the code of the answer's first error.
 * Requests refused before the key was checked (rate limit, batch, body size) have no verified key
 * and are not recorded: checking the key would cost the database work those limits exist to shed.
 */
export function apiKeyCallTracker(calls: ApiKeyCallService, logger: Logger) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const viewer = apiKeyViewerOf(res);
    if (!viewer?.apiKey) {
      next();
      return;
    }
    const state: CallState = {
      apiKeyId: viewer.apiKey.id,
      startedAt: new Date(),
      clientIp: readableIp(clientIp(req)),
      handled: false,
    };
    res.locals.apiKeyCall = state;
    // only for the fallback: the answer's first error code, read from the body Apollo sends
    let answered: unknown = null;
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (!state.handled) answered = body;
      return send(body);
    };
    res.on("finish", () => {
      if (state.handled) return;
      state.handled = true;
      calls
        .record({
          apiKeyId: state.apiKeyId,
          at: state.startedAt,
          operationType: "invalid",
          operationName: null,
          rootFields: [],
          outcome: fallbackOutcome(res.statusCode, answered),
          clientIp: state.clientIp,
          durationMs: Date.now() - state.startedAt.getTime(),
        })
        .catch((error: unknown) => logger.error("could not record an API key call", error));
    });
    next();
  };
}

/**
 * Apollo plugin: writes the request's 调用记录 row in willSendResponse — one INSERT, awaited, so the
 * row exists by the time the partner has its answer. Never the variables or the query text (they
 * may hold personal data): only type, name, top-level fields, outcome code, IP and duration. A
 * failed write is logged and the answer still goes out.
 */
export function apiKeyCallPlugin(logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    requestDidStart(start) {
      const state = callStateOf(start.contextValue.res);
      if (!state || !start.contextValue.viewer?.apiKey) return Promise.resolve();
      return Promise.resolve({
        async willSendResponse(rc) {
          state.handled = true;
          const record: ApiKeyCallRecord = {
            apiKeyId: state.apiKeyId,
            at: state.startedAt,
            ...describeOperation(rc),
            outcome: outcomeOf(rc),
            clientIp: state.clientIp,
            durationMs: Date.now() - state.startedAt.getTime(),
          };
          try {
            await rc.contextValue.services.apiKeyCall.record(record);
          } catch (error) {
            logger.error("could not record an API key call", error);
          }
        },
      });
    },
  };
}
