"use client";
import { useState, useTransition } from "react";
import { retireQuestionAction } from "@/lib/questions/actions";
import { Button } from "@/components/ui/button";
import { useRefreshOnStaleRefusal } from "@/components/ui/use-refresh-on-stale-refusal";
import type { QuestionInput } from "@/lib/validation/question";
import { QuestionForm } from "./question-form";
import { useRetireNotice } from "./retire-notices";

export function QuestionRowActions({
  id,
  retired,
  domains,
  initial,
}: {
  id: string;
  retired: boolean;
  domains: { domainId: string; name: string }[];
  initial: QuestionInput;
}) {
  const [editing, setEditing] = useState(false);
  // The edit form closes once saved, so the row says it was (the form's own line went with it).
  const [saved, setSaved] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const report = useRetireNotice();
  const refreshIfStale = useRefreshOnStaleRefusal();
  return (
    <div className="mt-2 grid gap-2">
      <div className="flex gap-2">
        <Button
          size="sm"
          variant="outline"
          onClick={() => {
            setSaved(false);
            setEditing(!editing);
          }}
        >
          {editing ? "Close" : "Edit"}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          onClick={() =>
            start(async () => {
              setError(null);
              try {
                const res = await retireQuestionAction(id, !retired);
                // On success the list is re-rendered without (or with) it: the page's status line
                // says so, with an undo. A refusal is said here.
                if (!res.ok) {
                  setError(res.message);
                  refreshIfStale(res);
                } else report?.({ id, prompt: initial.prompt, retired: !retired });
              } catch {
                setError("Could not reach the server; nothing changed. Try again.");
              }
            })
          }
        >
          {retired ? "Restore" : "Retire"}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-danger">
          {error}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="text-sm text-success">
          Saved.
        </p>
      ) : null}
      {editing ? (
        <QuestionForm
          domains={domains}
          questionId={id}
          initial={initial}
          onDone={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : null}
    </div>
  );
}
