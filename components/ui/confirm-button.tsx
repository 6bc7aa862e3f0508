"use client";
// For what cannot be undone (revoking a token, discarding a draft): the first press asks, in
// place, and only the second acts. The question is an alertdialog that Escape or "keep" closes,
// the focus then going back to the button that asked it; a refusal is said next to it.
import { useState } from "react";
import { AlertText } from "@/components/ui/alert-text";
import { Button } from "@/components/ui/button";

export function ConfirmButton({
  label,
  title,
  question,
  confirmLabel,
  pendingLabel = confirmLabel,
  keepLabel,
  pending,
  error,
  onConfirm,
  align = "start",
  size,
}: {
  /** The first button's text. */
  label: string;
  /** The question's accessible name, e.g. "Revoke ci-export?". */
  title: string;
  question: React.ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  keepLabel: string;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  align?: "start" | "end";
  size?: "sm";
}) {
  const [confirming, setConfirming] = useState(false);
  // Only after the question was asked does the button take the focus back (never on first render).
  const [asked, setAsked] = useState(false);
  const end = align === "end";
  return (
    <span className={`grid gap-1 ${end ? "justify-items-end" : "justify-items-start"}`}>
      {confirming ? (
        <span
          role="alertdialog"
          aria-label={title}
          className={`flex flex-wrap items-center gap-2 text-sm ${end ? "justify-end" : ""}`}
          onKeyDown={(e) => {
            if (e.key === "Escape") setConfirming(false);
          }}
        >
          <span>{question}</span>
          <Button variant="danger" size="sm" autoFocus disabled={pending} onClick={onConfirm}>
            {pending ? pendingLabel : confirmLabel}
          </Button>
          <Button variant="outline" size="sm" disabled={pending} onClick={() => setConfirming(false)}>
            {keepLabel}
          </Button>
        </span>
      ) : (
        <Button
          size={size}
          variant="outline"
          autoFocus={asked}
          onClick={() => {
            setAsked(true);
            setConfirming(true);
          }}
        >
          {label}
        </Button>
      )}
      <AlertText message={error} />
    </span>
  );
}
