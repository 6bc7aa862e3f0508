"use client";
// Copies a text shown once (a token, a link) to the clipboard; where the browser refuses (no
// permission, an old browser, a locked-down device) `selectIt` selects it for Ctrl+C instead.
import { useState } from "react";

export function useCopyText(selectIt: () => void) {
  const [copied, setCopied] = useState<"yes" | "refused" | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      selectIt();
      setCopied("refused");
    }
  };
  return { copied, copy, reset: () => setCopied(null) };
}
