"use client";
// The text in the job-description checker, kept in this tab's sessionStorage: a reload, or a visit
// to another page and back, does not lose a pasted ad. The copy ends with the tab, so a shared
// device keeps nothing of it, and it is keyed by user and role like the scorecard's device copy.
import { useEffect, useMemo, useState } from "react";
import { deviceCopy, tabStorage } from "@/components/ui/device-copy";

type CheckedText = { text: string; at: string };

const parseCheckedText = (raw: unknown): CheckedText | null => {
  const c = raw as Partial<CheckedText> | null;
  return c && typeof c.text === "string" && typeof c.at === "string" ? { text: c.text, at: c.at } : null;
};

export const checkedTextKey = (userId: string, roleId: string) => `aiops-jd-check:${userId}:${roleId}`;

export function useCheckedText(userId: string, roleId: string, initialText: string) {
  const store = useMemo(
    () => deviceCopy(checkedTextKey(userId, roleId), parseCheckedText, tabStorage()),
    [userId, roleId],
  );
  const [text, setText] = useState(initialText);
  // When the text was last changed, if it came back from the tab's copy (for the notice).
  const [restoredAt, setRestoredAt] = useState<string | null>(null);
  const [ready, setReady] = useState(false);

  // Read after mount (storage is the browser's), once per page.
  useEffect(() => {
    const copy = store.read();
    if (copy && copy.text !== initialText) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage exists only after hydration
      setText(copy.text);
      setRestoredAt(copy.at);
    }
    setReady(true);
  }, [store, initialText]);

  useEffect(() => {
    if (!ready) return;
    if (text === initialText) store.clear();
    else store.write({ text, at: new Date().toISOString() });
  }, [ready, text, initialText, store]);

  return {
    text,
    setText,
    restoredAt,
    dismissRestored: () => setRestoredAt(null),
    /** Back to the role's job description: the tab's copy is dropped. */
    reset: () => {
      setText(initialText);
      setRestoredAt(null);
    },
  };
}
