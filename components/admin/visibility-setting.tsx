"use client";
import { useState, useTransition } from "react";
import { setFeedbackVisibilityAction } from "@/lib/settings/actions";
import { Select } from "@/components/ui/select";

/** One of the select's options; the action checks it again. */
type Visibility = Parameters<typeof setFeedbackVisibilityAction>[0]["feedbackVisibility"];

const OPTIONS = [
  { value: "AFTER_SUBMIT", label: "After they submit their own (recommended)" },
  { value: "ALWAYS", label: "Always" },
  { value: "NEVER", label: "Never (only the hiring team sees feedback)" },
] as const;

export function VisibilitySetting({ value }: { value: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div className="grid gap-1.5 text-sm">
      <label htmlFor="visibility" className="font-medium">
        Interviewers see each other&apos;s feedback
      </label>
      <Select
        id="visibility"
        defaultValue={value}
        disabled={pending}
        className="w-full min-w-0"
        onChange={(e) =>
          start(async () => {
            const res = await setFeedbackVisibilityAction({ feedbackVisibility: e.target.value as Visibility });
            setMessage(res.ok ? "Saved." : res.message);
          })
        }
      >
        {OPTIONS.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
      {message ? (
        <p role="status" className="text-xs text-muted-foreground">
          {message}
        </p>
      ) : null}
    </div>
  );
}
