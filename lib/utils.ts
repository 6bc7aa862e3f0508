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

/** "1 row", "2 rows", "1 candidate", "3 people" (pass `many` when adding "s" is wrong). */
/** "a", "a and b", "a, b and c". */
export function joinWithAnd(items: readonly string[]): string {
  return items.length > 1 ? `${items.slice(0, -1).join(", ")} and ${items.at(-1)}` : (items[0] ?? "");
}

export function plural(n: number, one: string, many = `${one}s`) {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

const COUNT = new Intl.NumberFormat("en");
/** A count as every page writes it: 10,000, not 10000. */
export function formatCount(n: number): string {
  return COUNT.format(n);
}
