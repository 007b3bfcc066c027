import DataLoader from "dataloader";
import type { AccessScope } from "../../access/access-scope";
import type { RequestContext } from "../../context";
import type { RequestAttachmentEntity } from "./request-attachment.entity";

const perRequest = new WeakMap<
  RequestContext,
  { scope: AccessScope; loader: DataLoader<string, RequestAttachmentEntity[]> }
>();

/** Attachments per business request id, scoped by the request's visibility; one query per batch. */
export function attachmentsByRequest(ctx: RequestContext): DataLoader<string, RequestAttachmentEntity[]> {
  const cached = perRequest.get(ctx);
  if (cached && cached.scope === ctx.scope) return cached.loader;
  const scope = ctx.scope;
  const loader = new DataLoader<string, RequestAttachmentEntity[]>(async (requestIds) => {
    const rows = await ctx.services.requestAttachment.listForRequests(scope, requestIds);
    return requestIds.map((id) => rows.filter((row) => row.requestId === id));
  });
  perRequest.set(ctx, { scope, loader });
  return loader;
}
