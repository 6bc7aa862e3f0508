import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}

// Dates: lib/dates.ts (formatDate / formatDateTime in the viewer's time zone).
export function formatMoney(min: number | null | undefined, max: number | null | undefined, currency = "USD") {
  if (min == null || max == null) return "—";
  const f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
  return `${f.format(min)} – ${f.format(max)}`;
}

/** "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}

// Counts live in ./counts.ts, which client components import directly: this module brings
// tailwind-merge with `cn` (7.6 KB on the pipeline board, which has no other use for it).
export { formatCount, plural } from "./counts";
