"use client";
// Emails an interviewer the scorecard reminder now (audited, at most once an hour per interview).
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { nudgeInterviewerAction } from "@/lib/interviews/actions";
import { Button } from "@/components/ui/button";

export function NudgeButton({
  interviewId,
  interviewer,
  candidate,
}: {
  interviewId: string;
  interviewer: string;
  candidate: string;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const router = useRouter();
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <Button
        size="sm"
        variant="outline"
        className="h-7 px-2 text-xs text-foreground"
        disabled={pending || message?.startsWith("Reminder sent") === true}
        onClick={() =>
          start(async () => {
            const res = await nudgeInterviewerAction({ interviewId });
            setMessage(res.ok ? `Reminder sent to ${res.interviewer}.` : res.message);
            // Reminded meanwhile from elsewhere: the card then shows when, in place of this button.
            if (!res.ok && res.kind === "rate_limited") router.refresh();
          })
        }
      >
        Nudge
        <span className="sr-only">
          {" "}
          {interviewer} about {candidate}
        </span>
      </Button>
      {message ? (
        <span role="status" className="text-xs text-foreground">
          {message}
        </span>
      ) : null}
    </span>
  );
}
