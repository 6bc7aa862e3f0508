import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export function formatDate(d: Date | null | undefined) {
  return d ? dateFormat.format(d) : "—";
}
export function formatDateTime(d: Date | null | undefined) {
  return d ? `${dateTimeFormat.format(d)} UTC` : "Not scheduled";
}
export function formatMoney(min: number | null | undefined, max: number | null | undefined, currency = "USD") {
  if (min == null || max == null) return "—";
  const f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
  return `${f.format(min)} – ${f.format(max)}`;
}

/** "1 row", "2 rows", "1 candidate", "3 people" (pass `many` when adding "s" is wrong). */
export function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
