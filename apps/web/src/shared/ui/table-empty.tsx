import type { ReactNode } from "react";

/**
 * A table's empty text that says nothing while the first page loads: "no rows" under the
 * loading spinner reads as an answer before there is one. Keeps the empty area's height.
 */
export function tableEmptyText(loading: boolean, empty: ReactNode): ReactNode {
  return loading ? <div style={{ height: 96 }} aria-hidden /> : empty;
}
