"use client";
import { useState, useTransition } from "react";
import { setFeedbackVisibilityAction } from "@/lib/settings/actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { FEEDBACK_VISIBILITY_LABEL } from "@/lib/settings/visibility-labels";

/** One of the select's options; the action checks it again. */
type Visibility = Parameters<typeof setFeedbackVisibilityAction>[0]["feedbackVisibility"];

const OPTIONS = (Object.entries(FEEDBACK_VISIBILITY_LABEL) as [Visibility, string][]).map(([value, label]) => ({
  value,
  label: value === "AFTER_SUBMIT" ? `${label} (advised)` : label,
}));

/** What a choice means for the panel, said before it is saved. */
const EFFECT: Record<Visibility, string> = {
  AFTER_SUBMIT: "Each interviewer reads the panel's feedback once their own scorecard is in.",
  ALWAYS: "Interviewers can read each other's feedback before writing their own: their ratings stop being independent.",
  NEVER: "Only the role's hiring team reads the panel's feedback; interviewers see their own only.",
};

/**
 * The organisation's feedback-visibility rule, changed only by Save: it decides what every
 * interviewer may read, so one arrow key on the select (which used to save at once) must not.
 */
export function VisibilitySetting({ value }: { value: Visibility }) {
  const [saved, setSaved] = useState<Visibility>(value);
  const [chosen, setChosen] = useState<Visibility>(value);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const save = () =>
    start(async () => {
      const res = await setFeedbackVisibilityAction({ feedbackVisibility: chosen });
      if (res.ok) setSaved(chosen);
      setMessage(res.ok ? "Saved." : res.message);
    });
  return (
    <form
      className="grid grid-cols-1 gap-1.5 text-sm"
      onSubmit={(e) => {
        e.preventDefault();
        if (!pending && chosen !== saved) save();
      }}
    >
      <label htmlFor="visibility" className="font-medium">
        Interviewers see each other&apos;s feedback
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <Select
          id="visibility"
          value={chosen}
          className="w-full min-w-0 sm:w-auto sm:flex-1"
          aria-describedby="visibility-effect"
          onChange={(e) => {
            setChosen(e.target.value as Visibility);
            setMessage(null);
          }}
        >
          {OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
        {chosen !== saved ? (
          <>
            <Button type="submit" size="sm" aria-disabled={pending || undefined}>
              {pending ? "Saving…" : "Save"}
            </Button>
            <Button
              type="button"
              size="sm"
              variant="outline"
              onClick={() => {
                setChosen(saved);
                setMessage(null);
              }}
            >
              Cancel
            </Button>
          </>
        ) : null}
      </div>
      <p
        id="visibility-effect"
        className={chosen === "ALWAYS" ? "text-xs text-warning" : "text-xs text-muted-foreground"}
      >
        {EFFECT[chosen]}
        {chosen !== saved ? " Not saved yet." : null}
      </p>
      {message ? (
        <p role="status" className="text-xs text-muted-foreground">
          {message}
        </p>
      ) : null}
    </form>
  );
}
