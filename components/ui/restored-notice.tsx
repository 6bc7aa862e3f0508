// The notice an editor shows when it put back work kept on this device (plan, job description):
// what it is, that it is not saved yet, and a way to throw it away (and, for a copy held back,
// a way to put it in).
import type { ReactNode } from "react";
import { Button } from "./button";

export function RestoredNotice({
  id,
  title,
  children,
  discardLabel,
  onDiscard,
  action,
}: {
  id: string;
  title: string;
  children: ReactNode;
  discardLabel: string;
  onDiscard: () => void;
  /** A first button before "discard", e.g. putting held-back changes into the form. */
  action?: { label: string; onClick: () => void };
}) {
  return (
    <section
      aria-labelledby={id}
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
    >
      <h2 id={id} className="font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm">{children}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {action ? (
          <Button type="button" size="sm" onClick={action.onClick}>
            {action.label}
          </Button>
        ) : null}
        <Button type="button" size="sm" variant="outline" onClick={onDiscard}>
          {discardLabel}
        </Button>
      </div>
    </section>
  );
}
