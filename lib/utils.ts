import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

export function cn(...inputs: ClassValue[]) {
  return twMerge(clsx(inputs));
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
export function formatDate(d: Date | null | undefined) {
  return d ? dateFormat.format(d) : "—";
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

/** "28 Nov, 21:19 UTC"; in another zone "28 Nov, 22:19 CET" (pages pass the viewer's zone: lib/viewer-time-zone.ts). */
export function formatDateTime(d: Date | null | undefined, timeZone = "UTC") {
  if (!d) return "Not scheduled";
  let f = dateTimeFormats.get(timeZone);
  if (!f) {
    const opts = { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit", timeZone, timeZoneName: "short" } as const;
    f = new Intl.DateTimeFormat("en-GB", opts);
    dateTimeFormats.set(timeZone, f);
  }
  return f.format(d);
}
export function formatMoney(min: number | null | undefined, max: number | null | undefined, currency = "USD") {
  if (min == null || max == null) return "—";
  const f = new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 });
  return `${f.format(min)} – ${f.format(max)}`;
}
