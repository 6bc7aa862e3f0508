// Number formats of the hiring-quality pages: a true minus sign, fixed decimals, intervals as
// "a to b" (a dash would read as a minus).
import type { Interval } from "@/lib/quality/validity-stats";

export const signed = (x: number, digits = 2) => (x < 0 ? "−" : x > 0 ? "+" : "") + Math.abs(x).toFixed(digits);
export const plain = (x: number, digits = 2) => (x < 0 ? "−" : "") + Math.abs(x).toFixed(digits);
export const percent = (x: number) => `${Math.round(100 * x)}%`;

export function range(i: Interval | null, f: (x: number) => string = plain): string | null {
  return i ? `${f(i.low)} to ${f(i.high)}` : null;
}
