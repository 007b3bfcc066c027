import { notFound } from "next/navigation";
import { requireViewer } from "../session/get-viewer";
import type { Viewer } from "../session/viewer";
import { findModule, type ConsoleModule } from "./console-modules";

export interface ModuleAccess {
  viewer: Viewer;
  module: ConsoleModule;
  allowed: boolean;
}

/**
 * Server side, in every console page: re-check the session, then whether the module at `path`
 * belongs to the viewer's console (else 404) and whether the viewer may use it (else a 403 page).
 * The API enforces the same rules; this only keeps people out of pages that can't work for them.
 */
export async function guardModule(path: string): Promise<ModuleAccess> {
  const viewer = await requireViewer();
  const consoleModule = findModule(viewer, path);
  if (!consoleModule) notFound();
  return { viewer, module: consoleModule, allowed: consoleModule.visible(viewer) };
}
