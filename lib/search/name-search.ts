// Searching people's names the way people type them: "garcia" finds "García", "sogaard" finds
// "Søgaard", "Nguyen Thi" finds "Nguyễn Thị", "garcia maria" finds "María García", "al sayed"
// finds "Al-Sayed", "o brien" finds "O'Brien", "schaefer" and "schafer" find "Schäfer",
// "strasse" finds "Straße". Names are compared with their Latin letters' accents taken off, on
// both sides, in any case; what was typed is split into words, and a name matches when it
// contains every word, in any order.
//
// The database folds names with `search_fold(text)` (prisma/migrations/*_search_names), a
// `translate()` over the very table built here (`tests/unit/name-search.test.ts` fails when the
// two differ), and `search_name(text)` (*_search_name_words) adds what searchNameOf adds, into
// `Candidate.searchName` and `User.searchName`, written by a trigger on every insert and rename
// (tests/integration/name-search.test.ts compares the two on a list of names). Searches read
// those columns, never fold at query time: translate() costs about 12 us a non-ASCII name,
// 40 ms over a role of 3,338 such names. Lists sorted by name sort by lower(searchName), so
// "Özil" sits among the O's, not after Z.
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
/** Hyphens join a name's parts ("Al-Sayed" is found by "alsayed" and by "al sayed"). */
const HYPHENS = /[-\u2010\u2011]/g;
/** What German writes for an umlaut without one: "Schäfer" is also typed "Schaefer". */
const UMLAUTS = /[äöüÄÖÜ]/g;
const UMLAUT_SPELLED: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };
/** At most this many words of a query are searched for (a pasted paragraph stays one cheap query). */
const MAX_WORDS = 6;
const FOLD_MAP = new Map([...SEARCH_FOLD.from].map((ch, i) => [ch, SEARCH_FOLD.to[i]!]));

/** `text` with accented Latin letters replaced by their base letter, as `search_fold()` does. */
export function foldForSearch(text: string): string {
  let out = "";
  // NFC first: a name pasted in decomposed form ("e" + combining acute) folds like a composed one.
  // ß has no one-letter base: it is written "ss", as German does in capitals.
  for (const ch of text.normalize("NFC").replace(/ß/g, "ss").replace(/ẞ/g, "SS")) out += FOLD_MAP.get(ch) ?? ch;
  // Marks left over: a letter with two marks has no precomposed form ("ọ́" is ọ + U+0301).
  // Apostrophes and hyphens go ("obrien" finds O'Brien, whichever apostrophe was typed); spaces
  // run together.
  return out.replace(LEFTOVER_MARKS, "").replace(APOSTROPHES, "").replace(HYPHENS, "").replace(SPACES, " ");
}

/**
 * The `searchName` the database keeps for `name` (its search_name()): the folded name, and for a
 * name with an umlaut, after a tab, the fold of its spelling without one ("Schafer\tSchaefer").
 * A tab sorts before every letter and space, so ordering by it orders by the folded name first.
 */
export function searchNameOf(name: string): string {
  const nfc = name.normalize("NFC");
  const folded = foldForSearch(nfc);
  if (!/[äöüÄÖÜ]/.test(nfc)) return folded;
  return `${folded}\t${foldForSearch(nfc.replace(UMLAUTS, (u) => UMLAUT_SPELLED[u]!))}`;
}

/** The words of a query, folded as names are: a name matches when it contains all of them. */
export function searchWords(typed: string): string[] {
  return foldForSearch(typed).split(" ").filter(Boolean).slice(0, MAX_WORDS);
}

/**
 * Whether a query has anything to search for once folded: a lone apostrophe has not, and matches
 * nothing (it used to match every name, looking like a filter that did nothing).
 */
export const hasSearchableText = (typed: string) => searchWords(typed).length > 0;

/**
 * ILIKE patterns for "the name contains every word typed" (`ILIKE ALL`): folded, LIKE-escaped,
 * wrapped in `%`. Nothing to search for gives [""], which matches no name (names are never empty;
 * ILIKE ALL of no patterns would match every one).
 */
export function nameSearchPatterns(typed: string): string[] {
  const words = searchWords(typed);
  return words.length ? words.map((w) => `%${escapeLike(w)}%`) : [""];
}

/**
 * Prisma filter for a model with a `searchName` column (Candidate, User): the name contains every
 * word typed, any case, any accents, any order.
 */
export function searchNameMatches(typed: string) {
  const words = searchWords(typed);
  if (!words.length) return { searchName: { equals: "" } };
  return { AND: words.map((w) => ({ searchName: { contains: escapeLike(w), mode: "insensitive" as const } })) };
}
