// Searching people's names the way people type them: "garcia" finds "García", "sogaard" finds
// "Søgaard", "Nguyen Thi" finds "Nguyễn Thị". Names are compared with their Latin letters'
// accents taken off (one letter for one: æ, ß and œ stay as they are), on both sides, in any case.
//
// The database folds names with `search_fold(text)` (prisma/migrations/*_search_names), a
// `translate()` over the very table built here (`tests/unit/name-search.test.ts` fails when the
// two differ), into `Candidate.searchName` and `User.searchName`, written by a trigger on every
// insert and rename. Searches read those columns, never fold at query time: translate() costs
// about 12 us a non-ASCII name, 40 ms over a role of 3,338 such names.
import { escapeLike } from "../validation/text";

/** Letters without a decomposition into a base letter and a mark, folded by hand. */
const WITHOUT_DECOMPOSITION: Record<string, string> = {
  Ø: "O",
  ø: "o",
  Đ: "D",
  đ: "d",
  Ł: "L",
  ł: "l",
  Ħ: "H",
  ħ: "h",
  ı: "i",
  Ŧ: "T",
  ŧ: "t",
  Ŀ: "L",
  ŀ: "l",
};

/**
 * The fold as two strings of equal length, a character of `from` becoming the one at the same
 * place in `to`: every letter of Latin-1 and Latin Extended-A, the Romanian comma-below letters
 * and the Vietnamese letters that are a plain ASCII letter with marks. Kept to these ranges:
 * translate() reads its table once per character of a name, so every entry costs each search.
 */
function buildFold(): { from: string; to: string } {
  let from = "";
  let to = "";
  for (const [start, end] of [
    [0xc0, 0x17f],
    [0x218, 0x21b],
    [0x1ea0, 0x1ef9],
  ] as const) {
    for (let code = start; code <= end; code++) {
      const ch = String.fromCodePoint(code);
      const base = WITHOUT_DECOMPOSITION[ch] ?? ch.normalize("NFD").replace(/\p{M}/gu, "");
      if (base !== ch && /^[A-Za-z]$/.test(base)) {
        from += ch;
        to += base;
      }
    }
  }
  return { from, to };
}

export const SEARCH_FOLD = buildFold();
/** Combining diacritical marks, dropped after the fold (search_fold() drops the same range). */
const LEFTOVER_MARKS = /[\u0300-\u036f]/g;
/** The apostrophes and spaces search_fold() drops and joins: the same characters, not \s. */
const APOSTROPHES = /['\u2019\u2018\u02bc`\u00b4]/g;
const SPACES = /[ \t\n\r]+/g;
const FOLD_MAP = new Map([...SEARCH_FOLD.from].map((ch, i) => [ch, SEARCH_FOLD.to[i]!]));

/** `text` with accented Latin letters replaced by their base letter, as `search_fold()` does. */
export function foldForSearch(text: string): string {
  let out = "";
  // NFC first: a name pasted in decomposed form ("e" + combining acute) folds like a composed one.
  for (const ch of text.normalize("NFC")) out += FOLD_MAP.get(ch) ?? ch;
  // Marks left over: a letter with two marks has no precomposed form ("ọ́" is ọ + U+0301).
  // Apostrophes go ("obrien" finds O'Brien, whichever apostrophe was typed); spaces run together.
  return out.replace(LEFTOVER_MARKS, "").replace(APOSTROPHES, "").replace(SPACES, " ");
}

/**
 * Whether a query has anything to search for once folded: a lone apostrophe has not, and matches
 * nothing (it used to match every name, looking like a filter that did nothing).
 */
export const hasSearchableText = (typed: string) => foldForSearch(typed).trim() !== "";

/** ILIKE pattern body for "the name contains what was typed": folded, LIKE-escaped, wrapped in `%`. */
export function nameSearchPattern(typed: string): string {
  // Names are never empty: "" matches none of them.
  return hasSearchableText(typed) ? `%${escapeLike(foldForSearch(typed))}%` : "";
}

/** Prisma filter on a `searchName` column: contains what was typed, any case, any accents. */
export function searchNameContains(typed: string) {
  return hasSearchableText(typed)
    ? { contains: escapeLike(foldForSearch(typed)), mode: "insensitive" as const }
    : { equals: "" };
}
