// On paper a text box prints only what fits its rows (a 1,500-character evidence was cut after
// four lines): the whole text prints here instead, and the box is left out. An empty box still
// prints, as room to write by hand.
import { clsx } from "clsx";
import { hasVisibleText } from "@/lib/validation/clean-text";

/** The class a text box takes so that it is left out on paper when `text` prints below it. */
export const printedBoxClass = (text: string) => clsx(hasVisibleText(text) && "print:hidden");

export function PrintedText({ text }: { text: string }) {
  if (!hasVisibleText(text)) return null;
  return (
    <div
      aria-hidden="true"
      dir="auto"
      className="hidden rounded-md border border-border p-3 text-sm whitespace-pre-wrap print:block"
    >
      {text}
    </div>
  );
}
