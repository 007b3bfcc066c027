"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Viewer } from "../viewer";

const ViewerContext = createContext<Viewer | null>(null);

/** The viewer fetched by the console layout on the server, handed to client components. */
export function ViewerProvider({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer() outside the console layout");
  return viewer;
}
