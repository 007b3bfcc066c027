import type { Viewer } from "../../access/viewer";
import { mayEditEnterprises } from "../enterprise/enterprise.rules";

/** Dealer users who edit (everyone but assistants) create and change campaigns; rows: the access scope. */
export function mayRunCampaigns(viewer: Viewer): boolean {
  return mayEditEnterprises(viewer);
}
