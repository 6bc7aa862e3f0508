"use client";
// The question bank's status line for Retire and Restore: above the list, so it stays when the
// row leaves it, with an Undo (a retired question drops out of the default list, and with it the
// button that did it). Focus moves to the line, since the button that had it is gone.
import { createContext, useContext, useEffect, useRef, useState, useTransition } from "react";
import { retireQuestionAction } from "@/lib/questions/actions";
import { Button } from "@/components/ui/button";

type Done = { id: string; prompt: string; retired: boolean };
type Said = { text: string; undo?: Done };

const RetireContext = createContext<((done: Done) => void) | null>(null);

const shortPrompt = (prompt: string) => (prompt.length > 80 ? `${prompt.slice(0, 79)}…` : prompt);

export function RetireNotices({ children }: { children: React.ReactNode }) {
  const [said, setSaid] = useState<Said | null>(null);
  const [pending, start] = useTransition();
  const line = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (said) line.current?.focus();
  }, [said]);
  const report = (done: Done) =>
    setSaid({ text: `“${shortPrompt(done.prompt)}” ${done.retired ? "retired" : "restored"}.`, undo: done });
  const undo = (done: Done) =>
    start(async () => {
      const res = await retireQuestionAction(done.id, !done.retired).catch(() => null);
      if (!res) return setSaid({ text: "Could not reach the server; nothing changed. Try again.", undo: done });
      if (!res.ok) return setSaid({ text: res.message });
      // Undone: a retired question is back in use (it was never "restored" before), a restored one retired again.
      setSaid({ text: `“${shortPrompt(done.prompt)}” ${done.retired ? "is back in use" : "retired again"}.` });
    });
  return (
    <RetireContext.Provider value={report}>
      {said ? (
        <div
          ref={line}
          tabIndex={-1}
          role="status"
          className="mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border border-border bg-muted p-2 text-sm"
        >
          <span className="min-w-0 break-words">{said.text}</span>
          {said.undo ? (
            <Button size="sm" variant="outline" disabled={pending} onClick={() => undo(said.undo!)}>
              {pending ? "Undoing…" : "Undo"}
            </Button>
          ) : null}
        </div>
      ) : null}
      {children}
    </RetireContext.Provider>
  );
}

/** The enclosing RetireNotices' reporter, or null outside one. */
export const useRetireNotice = () => useContext(RetireContext);
