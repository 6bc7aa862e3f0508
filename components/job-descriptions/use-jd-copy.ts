"use client";
// Keeps the job-description editor's unsaved text on this device (jd-copies.ts) and offers it
// back after a reload or a closed tab.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { deviceCopy } from "@/components/ui/device-copy";
import { useCopyKeptAcrossTabs } from "@/components/ui/use-copy-kept-across-tabs";
import type { GeneratedFrom } from "@/lib/job-descriptions/generate";
import { jdCopyKey, parseJdCopy, type JdCopy } from "./jd-copies";

export function useJdCopy(opts: {
  /** False for someone who may only read the text: nothing is kept, read or offered. */
  enabled: boolean;
  userId: string;
  roleId: string;
  /** The role's title, kept with the copy so sign-out can name it. */
  title: string;
  /** What the server holds (or would generate): text equal to it is not kept. */
  kept: string;
  text: string;
  basedOn: string | null;
  origin: GeneratedFrom | undefined;
  restore: (copy: JdCopy) => void;
}) {
  const { enabled, userId, roleId, title, kept, text, basedOn, origin } = opts;
  const store = useMemo(() => deviceCopy(jdCopyKey(userId, roleId), parseJdCopy), [userId, roleId]);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState<JdCopy | null>(null);
  const first = useRef({ kept, restore: opts.restore });

  // Read after mount (storage is the browser's), once per page.
  useEffect(() => {
    if (!enabled) return;
    const copy = store.read();
    if (copy && copy.text !== first.current.kept) {
      first.current.restore(copy);
      setRestored(copy);
    } else store.clear();
    // localStorage only exists after hydration, so reading (and then writing) starts in an effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setReady(true);
  }, [enabled, store]);

  const writeCopy = useCallback(
    () => store.write({ text, basedOn, at: new Date().toISOString(), title, ...(origin ? { origin } : {}) }),
    [store, text, basedOn, title, origin],
  );
  useEffect(() => {
    if (!ready) return;
    if (text === kept) store.clear();
    else writeCopy();
  }, [ready, text, kept, store, writeCopy]);
  useCopyKeptAcrossTabs({
    storageKey: jdCopyKey(userId, roleId),
    userId,
    unsaved: ready && text !== kept,
    write: writeCopy,
  });

  return {
    restored,
    dismissNotice: () => setRestored(null),
    discard: () => {
      store.clear();
      setRestored(null);
    },
  };
}
