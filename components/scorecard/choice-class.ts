import { clsx } from "clsx"; // joined, not merged: these classes never conflict (no tailwind-merge here)

/**
 * A rating or recommendation option: a label around a visually hidden radio. The focus ring sits
 * 2px outside the option, so it stays visible against a chosen option's fill (drawn on the fill
 * it read 1.8:1). Chosen options also carry `data-chosen`, which prints their fill (globals.css).
 */
export function choiceClass(chosen: boolean): string {
  return clsx(
    "flex min-h-11 cursor-pointer items-center justify-center rounded-md border px-2 text-center text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-ring",
    chosen ? "border-primary bg-primary text-white" : "border-border bg-card hover:bg-muted",
  );
}
