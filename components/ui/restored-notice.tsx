// The notice an editor shows when it put back work kept on this device (plan, job description):
// what it is, that it is not saved yet, and a way to throw it away.
import type { ReactNode } from "react";
import { Button } from "./button";

export function RestoredNotice({
  id,
  title,
  children,
  discardLabel,
  onDiscard,
}: {
  id: string;
  title: string;
  children: ReactNode;
  discardLabel: string;
  onDiscard: () => void;
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
      <Button type="button" size="sm" variant="outline" className="mt-3" onClick={onDiscard}>
        {discardLabel}
      </Button>
    </section>
  );
}
