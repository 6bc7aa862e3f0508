"use client";
// A <details> whose content is rendered the first time it is opened: a list of fifty rows, each
// with a folded set of controls, ships fifty summaries in its HTML instead of fifty forms.
// `onIntent` runs when the pointer or focus reaches it, e.g. to start loading the content's code.
import { useState } from "react";

export function Fold({
  summary,
  className,
  children,
  onIntent,
}: {
  summary: React.ReactNode;
  className?: string;
  children: React.ReactNode;
  onIntent?: () => void;
}) {
  const [opened, setOpened] = useState(false);
  return (
    <details
      className={className}
      onToggle={(e) => e.currentTarget.open && setOpened(true)}
      onPointerEnter={onIntent}
      onFocus={onIntent}
    >
      {summary}
      {opened ? children : null}
    </details>
  );
}
