"use client";
// A <details> whose content is rendered the first time it is opened: a list of fifty rows, each
// with a folded set of controls, ships fifty summaries in its HTML instead of fifty forms.
import { useState } from "react";

export function Fold({ summary, className, children }: { summary: React.ReactNode; className?: string; children: React.ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details className={className} onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      {summary}
      {opened ? children : null}
    </details>
  );
}
