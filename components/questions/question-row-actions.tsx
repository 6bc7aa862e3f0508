"use client";
import { useState, useTransition } from "react";
import { retireQuestionAction } from "@/lib/questions/actions";
import { Button } from "@/components/ui/button";
import type { QuestionInput } from "@/lib/validation/question";
import { QuestionForm } from "./question-form";

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
  const [pending, start] = useTransition();
  return (
    <div className="mt-2 grid gap-2">
      <div className="flex gap-2">
        <Button size="sm" variant="outline" onClick={() => setEditing(!editing)}>
          {editing ? "Close" : "Edit"}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          disabled={pending}
          onClick={() =>
            start(async () => {
              await retireQuestionAction(id, !retired);
            })
          }
        >
          {retired ? "Restore" : "Retire"}
        </Button>
      </div>
      {editing ? (
        <QuestionForm domains={domains} questionId={id} initial={initial} onDone={() => setEditing(false)} />
      ) : null}
    </div>
  );
}
