// Number formats of the hiring-quality pages: a true minus sign, fixed decimals, intervals as
// "a to b" (a dash would read as a minus).
import type { Interval } from "@/lib/quality/validity-stats";

/**
 * A signed figure. A value that would round to zero keeps one significant digit ("+0.004"): an
 * interval printed "+0.00 to +0.12" beside "rates higher" read as if it included zero.
 */
export const signed = (x: number, digits = 2) => {
  const abs = Math.abs(x);
  const shown = abs > 0 && abs < 0.5 * 10 ** -digits ? abs.toPrecision(1) : abs.toFixed(digits);
  return (x < 0 ? "−" : x > 0 ? "+" : "") + shown;
};
export const plain = (x: number, digits = 2) => (x < 0 ? "−" : "") + Math.abs(x).toFixed(digits);
export const percent = (x: number) => `${Math.round(100 * x)}%`;

export function range(i: Interval | null, f: (x: number) => string = plain): string | null {
  return i ? `${f(i.low)} to ${f(i.high)}` : null;
}
