"use client";
// Cells of the draft matrix with edits typed but not saved. Each cell editor registers while it
// is dirty, with a way to save itself; the publish form reads the list so a cell typed into but
// not saved is saved (or the admin chooses to leave it out) instead of silently missing from
// the version.
import { useSyncExternalStore } from "react";

export type PendingCell = { cellId: string; label: string; save: () => Promise<boolean> };

const cells = new Map<string, PendingCell>();
let snapshot: PendingCell[] = [];
const listeners = new Set<() => void>();
const changed = () => {
  snapshot = [...cells.values()];
  listeners.forEach((l) => l());
};

export function setPendingCell(cell: PendingCell | null, cellId: string) {
  if (cell) cells.set(cellId, cell);
  else if (cells.has(cellId)) cells.delete(cellId);
  else return;
  changed();
}

export function usePendingCells(): PendingCell[] {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => snapshot,
    () => [],
  );
}

/** Saves every pending cell in turn; the labels of those that could not be saved. */
export async function savePendingCells(pending: PendingCell[]): Promise<string[]> {
  const failed: string[] = [];
  for (const c of pending) if (!(await c.save().catch(() => false))) failed.push(c.label);
  return failed;
}
