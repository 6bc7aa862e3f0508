import { z } from "zod";

/**
 * A whole number as a form field sends it: blank → undefined (the schema says what is missing),
 * digits → the number, anything else → NaN, which the schema refuses with its message. Zod's
 * coercion read a blank field (and a number field's "e" or "-", which the browser reports as
 * blank) as 0, and saved it. Numbers pass through (JSON clients).
 */
export function typedWholeNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const typed = value.trim();
  if (typed === "") return undefined;
  return /^[+-]?\d{1,9}$/.test(typed) ? Number(typed) : Number.NaN;
}

/** A whole number from `min` to `max` typed in a form; `message` answers anything else (blank included). */
export const wholeNumber = (min: number, max: number, message: string, range = message) =>
  z.preprocess(typedWholeNumber, z.number({ error: message }).int(message).min(min, range).max(max, range));
