"use client";
// The exercise page's two states: the form (first time, or "Take it again") and the result of the
// newest attempt (rendered by the server, with the panel's consensus). After a submit the page
// re-renders on the server; the result shows once it names the attempt just sent.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { ExerciseForm, type ExerciseItem } from "./exercise-form";

export function ExerciseAttempt({
  userId,
  exerciseId,
  items,
  lastAttemptId,
  children,
}: {
  userId: string;
  exerciseId: string;
  items: ExerciseItem[];
  lastAttemptId: string | null;
  /** The newest attempt's result, rendered by the server (null before the first attempt). */
  children: React.ReactNode;
}) {
  const router = useRouter();
  const [taking, setTaking] = useState(lastAttemptId === null);
  const [waitingFor, setWaitingFor] = useState<string | null>(null);
  const [focusResult, setFocusResult] = useState(false);
  const [, startTransition] = useTransition();
  const resultRef = useRef<HTMLDivElement>(null);
  const formTopRef = useRef<HTMLDivElement>(null);

  // The server's re-render names the attempt just sent: show its result (state adjusted while
  // rendering, as React recommends over an effect), then move focus to it.
  if (waitingFor && lastAttemptId === waitingFor) {
    setWaitingFor(null);
    setTaking(false);
    setFocusResult(true);
  }
  useEffect(() => {
    if (!focusResult) return;
    resultRef.current?.scrollIntoView({ block: "start" });
    resultRef.current?.focus({ preventScroll: true });
  }, [focusResult]);

  if (!taking && lastAttemptId)
    return (
      <div className="grid gap-4">
        <div ref={resultRef} tabIndex={-1} className="outline-none">
          {children}
        </div>
        <div>
          <Button
            type="button"
            variant="outline"
            onClick={() => {
              setTaking(true);
              setFocusResult(false);
              requestAnimationFrame(() => formTopRef.current?.scrollIntoView({ block: "start" }));
            }}
          >
            Take it again
          </Button>
        </div>
      </div>
    );

  return (
    <div ref={formTopRef} className="grid gap-4">
      {lastAttemptId ? (
        <p className="text-sm text-muted-foreground">
          A practice attempt: you have seen the panel&apos;s levels, so only your first attempt at an exercise counts
          toward qualifying.{" "}
          <button type="button" className="text-primary underline underline-offset-4" onClick={() => setTaking(false)}>
            Back to your last result
          </button>
        </p>
      ) : null}
      {waitingFor ? (
        <p role="status" className="text-sm">
          Scored. Loading how the panels rated each piece…
        </p>
      ) : null}
      <ExerciseForm
        key={lastAttemptId ?? "first"}
        userId={userId}
        exerciseId={exerciseId}
        items={items}
        onSubmitted={(attemptId) => {
          setWaitingFor(attemptId);
          startTransition(() => router.refresh());
        }}
      />
    </div>
  );
}
