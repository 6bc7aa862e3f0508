"use client";
// Putting answers into the scorecard form (a restored device copy, a settled conflict, an
// amendment started or cancelled) without react-hook-form re-registering its inputs.
import { useCallback, useRef } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { ScorecardValues } from "@/lib/validation/scorecard";

/**
 * A plain `reset(values)` drops every field and registers it again on the next render, and a
 * radio or box the server's HTML checked is then read back from the page, one input at a time:
 * restoring a device copy over a saved rating read the rating as "none" (shown as chosen, sent as
 * nothing), and every autosave after it was refused. `keepFieldsRef` writes each value into its
 * input instead. Those writes are not edits: `isResetting()` tells the form's change listener so.
 */
export function useResetAnswers(form: UseFormReturn<ScorecardValues>) {
  const resetting = useRef(false);
  const resetAnswers = useCallback(
    (values: ScorecardValues) => {
      resetting.current = true;
      try {
        form.reset(values, { keepFieldsRef: true });
      } finally {
        resetting.current = false;
      }
    },
    [form],
  );
  const isResetting = useCallback(() => resetting.current, []);
  return { resetAnswers, isResetting };
}
