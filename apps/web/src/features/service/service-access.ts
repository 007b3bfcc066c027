import { canEditEnterprises } from "../enterprise/enterprise-access";
import type { Viewer } from "../session/viewer";

/**
 * 增值服务 switches: dealer users other than assistants (API rule canEditEnterprises; the API
 * also checks the service is their dealer's). The API decides; this only hides the switches.
 */
export function canSwitchAddons(viewer: Viewer): boolean {
  return canEditEnterprises(viewer);
}
