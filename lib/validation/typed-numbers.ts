// Numbers as form fields send them (text), read without zod: the role page's salary form
// imports this, and zod stays out of that page's first load (lazyZodResolver loads it on use).

/**
 * The text without format characters (zero-width spaces, direction marks, soft hyphens…), which
 * arrive with a number copied from a web page or a chat, show nothing, and made a pasted "30" read
 * “30” is not a whole number (round V). In a number none of them means anything.
 */
export const withoutFormatCharacters = (s: string) => s.replace(/\p{Cf}/gu, "");

/**
 * A whole number as a form field sends it: blank → undefined (the schema says what is missing),
 * digits → the number, anything else → NaN, which the schema refuses with its message. Zod's
 * coercion read a blank field (and a number field's "e" or "-", which the browser reports as
 * blank) as 0, and saved it. Numbers pass through (JSON clients).
 */
export function typedWholeNumber(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const typed = withoutFormatCharacters(value).trim();
  if (typed === "") return undefined;
  return /^[+-]?\d{1,9}$/.test(typed) ? Number(typed) : Number.NaN;
}

/**
 * A salary field's text as the schema's number: blank is no band; "$140,000", "140 000" or
 * "140k" as written; anything else not a number, which the schema refuses. The fields are text: a number
 * field reports "e" or "-" as blank, which cleared the band without a word.
 */
export const moneyFromInput = (v: unknown): number | null => {
  if (v == null) return null;
  if (typeof v === "number") return v;
  const written = withoutFormatCharacters(String(v)).trim().replace(/^\$/, "");
  // "150k" as people write salaries: thousands (up to three decimals, "92.5k"; no separators).
  const thousands = /^(\d{1,9}(?:\.\d{1,3})?)k$/i.exec(written);
  if (thousands) return Math.round(Number(thousands[1]) * 1000);
  const typed = written.replace(/[,\s\u00a0\u202f]/g, "");
  if (typed === "") return null;
  // A minus sign is read, so the schema can say what is wrong with it (above zero), not "whole dollars".
  // Any run of digits a number can hold is read too, so 99999999999999999999 is "too large", not
  // "not whole dollars".
  return /^-?\d{1,30}$/.test(typed) ? Number(typed) : Number.NaN;
};
