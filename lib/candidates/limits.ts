// Size limits for candidate CSV files, shared by the upload form (checked before sending) and
// the server (checked again). next.config.mjs sets the server-action body limit above this,
// since a string argument grows a little when encoded (quotes and newlines are escaped).
import { z } from "zod";
import { cleanUserText } from "../validation/text";

export const MAX_CSV_BYTES = 5 * 1024 * 1024;
export const MAX_CSV_LABEL = "5 MB";
export const CSV_TOO_LARGE = `The file is too large: import at most ${MAX_CSV_LABEL} at a time (split it into several files).`;

/** UTF-8 size of a string without allocating a copy. */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff)
      [n, i] = [n + 4, i + 1]; // a surrogate pair is one 4-byte character
    else n += 3;
  }
  return n;
}

export const CSV_EMPTY = "Choose a CSV file or paste CSV text.";
export const csvTextSchema = z
  .string({ error: CSV_EMPTY })
  .refine((s) => s.trim().length > 0, CSV_EMPTY)
  .refine((s) => utf8Bytes(s) <= MAX_CSV_BYTES, CSV_TOO_LARGE);

/** The lines a preview showed as "new" or "merge", sent back on confirm so the import is what was shown. */
export const confirmedLinesSchema = z.array(z.number().int().min(2).max(1_000_000)).max(20_000);

/**
 * The chosen file's name, for the import's audit event ("imported 3,990 candidates from
 * spring-fair.csv"); none for pasted text. Control characters go; a name past 200 characters is
 * cut, not refused (the import is what matters).
 */
export const importFileNameSchema = z
  .string()
  .overwrite((s) => cleanUserText(s).trim().slice(0, 200))
  .transform((s) => s || undefined);
