// Free text typed (or pasted) by a person, as zod strings cleaned before any other check (what is
// cleaned and why: clean-text.ts).
import { z } from "zod";
import { cleanUserText, hasVisibleText } from "./clean-text";

export { cleanUserText, hasVisibleText };

/**
 * A zod string for user text, cleaned by `cleanUserText` before any later check. It is still a
 * ZodString, so chain as usual: `userText().trim().min(1, "…").max(200, "…")` (lengths count the
 * cleaned text). Use it for every free-text field that reaches the database.
 */
export function userText() {
  return z.string().overwrite(cleanUserText);
}

/**
 * A one-line field (a name, a title, a source): user text whose line breaks, tabs and runs of
 * spaces become one space, as a text input shows it. A CSV cell or a script can carry a line
 * break that no form can type; stored, it split the name across two lines of every export. A
 * value that shows nothing becomes empty, so the field's "required" message refuses it: a role
 * listed without a title, or a person offered as a blank checkbox, cannot be picked or told apart.
 */
export function singleLineText() {
  return userText()
    .overwrite(toSingleLine)
    .overwrite((s) => (hasVisibleText(s) ? s : ""));
}

/** Line breaks, tabs and runs of spaces as one space (singleLineText's rule, for a preview showing what will be stored). */
export const toSingleLine = (s: string) => s.replace(/\s+/g, " ");
/** A name compared as people read it: case and runs of spaces ignored (a role title, a domain's label). */
export const readingKey = (s: string) => toSingleLine(s.trim()).toLowerCase();

const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/g;

/**
 * Searched text as a LIKE/ILIKE substring pattern body: `%`, `_` and `\` match themselves
 * (a search for "50%" must not match everything), and an apostrophe matches any apostrophe.
 * Wrap in `%...%` for SQL; Prisma's `contains` adds the wildcards itself but does not escape these.
 */
export function escapeLike(text: string): string {
  // Any apostrophe matches any other (one character, `_`): O'Brien is typed as O’Brien as often as not.
  return text.replace(/[\\%_]/g, (c) => `\\${c}`).replace(APOSTROPHES, "_");
}

/** Prisma filter for "contains this text, any case" with `%`, `_` and `\` matching themselves. */
export function containsText(text: string) {
  return { contains: escapeLike(text), mode: "insensitive" as const };
}
