"use client";

import { useCallback, useState } from "react";

export interface CursorPaging {
  /** 1-based number of the page shown. */
  page: number;
  pageSize: number;
  /** The `after` argument for the page shown (null on the first page). */
  after: string | null;
  next: (endCursor: string | null | undefined) => void;
  prev: () => void;
  reset: () => void;
  setPageSize: (size: number) => void;
}

/**
 * Cursor connections can't jump to page n: keep the cursors of the pages visited so far,
 * go forward with `endCursor`, back by popping. Changing filters or page size resets to page 1.
 */
export function useCursorPaging(initialPageSize = 20): CursorPaging {
  const [pageSize, setSize] = useState(initialPageSize);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);

  const next = useCallback((endCursor: string | null | undefined) => {
    if (!endCursor) return;
    setCursors((list) => [...list, endCursor]);
  }, []);
  const prev = useCallback(() => setCursors((list) => (list.length > 1 ? list.slice(0, -1) : list)), []);
  const reset = useCallback(() => setCursors([null]), []);
  const setPageSize = useCallback((size: number) => {
    setSize(size);
    setCursors([null]);
  }, []);

  return {
    page: cursors.length,
    pageSize,
    after: cursors[cursors.length - 1] ?? null,
    next,
    prev,
    reset,
    setPageSize,
  };
}
