// Moves the keyboard (and the view) to where a missing answer is typed: the submit bar's "Go to it",
// since a disabled Submit cannot be focused and on a phone the bar's list is cut to two lines.
import type { MissingField } from "@/lib/validation/scorecard-rules";

/** The field of the first missing answer, or the amendment's reason box. */
export type MissingTarget = MissingField | { kind: "reason" };

/** The element to scroll to, and what to focus: the first of `focus` the page has. */
function elementsOf(target: MissingTarget): { scroll: string; focus: string[] } {
  switch (target.kind) {
    case "rating": {
      // The radio group: its chosen radio, else its first (ids as in domain-score-field.tsx).
      const group = `d-${target.domainId}-rating`;
      return { scroll: group, focus: [`#${CSS.escape(group)} input:checked`, `#${CSS.escape(group)} input`] };
    }
    case "evidence":
      return { scroll: `d-${target.domainId}-evidence`, focus: [`#${CSS.escape(`d-${target.domainId}-evidence`)}`] };
    case "recommendation":
      return { scroll: "rec", focus: ["#rec input:checked", "#rec input"] };
    case "note":
      return { scroll: "private-note", focus: ["#private-note"] };
    case "reason":
      return { scroll: "amend-reason", focus: ["#amend-reason"] };
  }
}

export function goToMissing(target: MissingTarget) {
  const { scroll, focus } = elementsOf(target);
  // Centred, so the sticky bar does not cover it; the radios themselves are visually hidden, so the
  // group is what is scrolled to.
  document.getElementById(scroll)?.scrollIntoView({ block: "center" });
  const element = focus.map((f) => document.querySelector<HTMLElement>(f)).find(Boolean);
  element?.focus({ preventScroll: true });
}
