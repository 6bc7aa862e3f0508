// Turns a chosen file's bytes into text. Excel on Windows saves "CSV (Comma delimited)" in the
// system's legacy code page (Windows-1252 in Western Europe and the Americas), not UTF-8: read as
// UTF-8, "José" became "Jos\uFFFD", and a name with the replacement character was imported.
// A file that is not valid UTF-8 is read as Windows-1252 (every byte has a character there, and
// it is a superset of ISO-8859-1), and the page says so; a file with NUL bytes (UTF-16, images,
// workbooks) is left to notCsvText, which names what it looks like.
import { SAVE_AS_UTF8 } from "./csv";

export type DecodedCsv = {
  text: string;
  /** Set when the file was not UTF-8 and was read in this encoding instead. */
  legacyEncoding: "windows-1252" | null;
};

export const LEGACY_ENCODING_NOTE = `This file is not saved as UTF-8, so it was read as Windows-1252 (Excel's “CSV (Comma delimited)”). Check the accented names in the preview; if any look wrong: ${SAVE_AS_UTF8}`;

export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), legacyEncoding: null };
  } catch {
    // Binary or UTF-16: decoded as before so the refusal names the kind of file.
    if (bytes.includes(0)) return { text: new TextDecoder("utf-8").decode(bytes), legacyEncoding: null };
    return { text: windows1252(bytes), legacyEncoding: "windows-1252" };
  }
}

// Windows-1252's characters at 0x80-0x9F, where ISO-8859-1 has control codes; the five bytes it
// leaves undefined keep their control code, as the WHATWG decoder does. Browsers decode the
// "windows-1252" label this way, Node 20's TextDecoder as ISO-8859-1, so the table is applied here.
const CP1252_80_9F =
  "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F" +
  "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

function windows1252(bytes: Uint8Array): string {
  let out = "";
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_80_9F[b - 0x80] : String.fromCharCode(b);
  return out;
}
