"use client";
// Two tabs of one browser editing the same plan or job ad share one device copy. When the other
// tab saves (or discards), it clears that copy; this tab's unsaved edits would then live only in
// its page. So while this tab has unsaved edits, it writes them back, unless the person deleted
// their copies at sign-out meanwhile (a shared device must not keep them against that choice).
import { useEffect, useRef } from "react";
import { copiesDiscardedSince } from "./device-copy";

export function useCopyKeptAcrossTabs(opts: {
  storageKey: string;
  userId: string;
  /** This tab has edits the server does not have. */
  unsaved: boolean;
  /** Writes this tab's copy (as its own effect would). */
  write: () => void;
}) {
  const { storageKey, userId, unsaved } = opts;
  const write = useRef(opts.write);
  const openedAt = useRef(0);
  useEffect(() => {
    write.current = opts.write;
  });
  useEffect(() => {
    openedAt.current = Date.now();
  }, []);
  useEffect(() => {
    if (!unsaved) return;
    const onStorage = (e: StorageEvent) => {
      // key null: the whole storage was cleared; a new value: the other tab's newer edits win.
      const cleared = e.key === null || (e.key === storageKey && e.newValue === null);
      if (!cleared || copiesDiscardedSince(userId, openedAt.current)) return;
      write.current();
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, [storageKey, userId, unsaved]);
}
