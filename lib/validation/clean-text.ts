// Plain TypeScript (no zod), so a page can count what it will store as it is typed.
// Free text typed (or pasted) by a person, made safe to store. PostgreSQL refuses a NUL byte in
// text ("invalid byte sequence for encoding UTF8: 0x00"), which used to turn a pasted string
// into a server error and an autosave retrying forever.
//
// Choice: STRIP, not refuse. The characters removed are invisible C0 controls (NUL, bell,
// backspace, vertical tab, form feed, escape...) that usually arrive by pasting from a PDF or a
// terminal; the person can neither see nor delete them, so a refusal would block their draft
// with an error they cannot act on. Tab, line feed and carriage return are kept. The byte-order
// mark U+FEFF goes too: invisible, and a leading one does not survive every driver's round trip
// (PGlite's decoder drops it), so a retry of the same text would look changed. A lone UTF-16
// surrogate (half an emoji, cut by a tool) becomes U+FFFD, which is what the database driver
// would store anyway; cleaning it here means what is validated and compared is what is stored.
// The explicit direction controls go as well (embeddings and overrides U+202A-U+202E, isolates
// U+2066-U+2069): a name holding a right-to-left override reversed the rest of every sentence it
// was shown in (the audit log: "Sam approved <name>" read backwards after it). Right-to-left
// scripts need none of them (each letter carries its direction); the marks U+200E/U+200F stay.
// The soft hyphen U+00AD, the zero-width space U+200B and the word joiner U+2060 go too: they
// arrive with names copied from web pages, show nothing, and made "Lund\u200Bqvist" a name no
// search for "lundqvist" found (and 40 of them a "30-character" rationale). The zero-width
// joiner and non-joiner stay: emoji sequences and Persian or Indic words need them.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u00AD\u200B\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text as it will be stored: invisible control and format characters, direction controls and BOMs removed, lone surrogates replaced. */
export function cleanUserText(s: string): string {
  return s.replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}

// What draws nothing: spaces, format characters (zero-width space and joiners, soft hyphen,
// direction marks, word joiner, tags), combining marks on no letter, and the blank "letters" that
// Unicode files as text (the Hangul fillers, the empty Braille pattern).
const INVISIBLE = /[\p{White_Space}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;

/** Does the text show anything? (A title of three zero-width spaces passed every length check.) */
export const hasVisibleText = (s: string) => s.replace(INVISIBLE, "").length > 0;
