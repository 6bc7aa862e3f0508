"use client";
// The problems that stopped a save, at the top of the form, each a link that moves focus to its
// field: a long form's error far below the button is otherwise never seen.
import type { Ref } from "react";

export type SummaryItem = { fieldId: string; message: string };

export function ErrorSummary({
  items,
  ref,
  title,
}: {
  items: SummaryItem[];
  ref?: Ref<HTMLDivElement>;
  title?: string;
}) {
  if (items.length === 0) return null;
  const go = (fieldId: string) => {
    const el = document.getElementById(fieldId);
    const target = el?.matches("input, select, textarea, button")
      ? el
      : el?.querySelector<HTMLElement>("input, select, textarea, button");
    el?.scrollIntoView({ block: "center" });
    (target ?? el)?.focus({ preventScroll: true });
  };
  return (
    <div
      ref={ref}
      role="alert"
      tabIndex={-1}
      aria-labelledby="error-summary-h"
      className="rounded-lg border border-danger/50 bg-red-50 p-4 text-sm text-red-950 outline-none focus-visible:ring-2 focus-visible:ring-danger"
    >
      <h2 id="error-summary-h" className="font-semibold">
        {title ??
          (items.length === 1 ? "One thing to fix before saving" : `${items.length} things to fix before saving`)}
      </h2>
      <ul className="mt-2 grid gap-1">
        {items.map((it, i) => (
          <li key={`${it.fieldId}-${i}`}>
            <a
              href={`#${it.fieldId}`}
              className="underline underline-offset-4"
              onClick={(e) => {
                e.preventDefault();
                go(it.fieldId);
              }}
            >
              {it.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
