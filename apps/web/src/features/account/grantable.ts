import { permissionsBeyondGranter } from "@crm/domain";
import type { DealerPermission } from "@/gql/graphql";
import type { Viewer } from "../session/viewer";

/**
 * Whether the viewer may grant `permission` (SPEC §2: nobody grants what they don't hold).
 * Mirrors the domain rule the API enforces; the API stays the authority.
 */
export function canGrant(viewer: Viewer, permission: DealerPermission): boolean {
  return permissionsBeyondGranter(viewer.permissions, [permission]).length === 0;
}
