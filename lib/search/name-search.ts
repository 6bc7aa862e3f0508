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
// 40 ms over a role of 3,338 such names. The column is in lower case (ASCII letters only, so the
// same on every database whatever its locale: Latin names are ASCII by then), and lists sorted by
// name sort by it: "Özil" sits among the O's and "de Vries" among the D's, not after Z.
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
/**
 * Letters the one-for-one table cannot fold (no base letter, or written as two): replaced first,
 * as search_name() does. ß is "ss" as German writes it in capitals.
 */
const SPELLED: Record<string, string> = {
  ß: "ss",
  ẞ: "SS",
  Æ: "AE",
  æ: "ae",
  Œ: "OE",
  œ: "oe",
  Þ: "Th",
  þ: "th",
  Ð: "D",
  ð: "d",
};
const SPELLED_RE = new RegExp(`[${Object.keys(SPELLED).join("")}]`, "g");
/** What German writes for an umlaut without one: "Schäfer" is also typed "Schaefer". */
const UMLAUTS = /[äöüÄÖÜ]/g;
const HAS_UMLAUT = /[äöüÄÖÜ]/;
const UMLAUT_SPELLED: Record<string, string> = { ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue" };
const FOLD_MAP = new Map([...SEARCH_FOLD.from].map((ch, i) => [ch, SEARCH_FOLD.to[i]!]));

/** `text` with accented Latin letters replaced by their base letter, as `search_fold()` does. */
export function foldForSearch(text: string): string {
  let out = "";
  // NFKC first: a name pasted in decomposed form ("e" + combining acute) folds like a composed
  // one, and full-width letters ("Ａｌｉｃｅ") like their ASCII ones.
  for (const ch of text.normalize("NFKC").replace(SPELLED_RE, (c) => SPELLED[c]!)) out += FOLD_MAP.get(ch) ?? ch;
  // Marks left over: a letter with two marks has no precomposed form ("ọ́" is ọ + U+0301).
  // Apostrophes and hyphens go ("obrien" finds O'Brien, whichever apostrophe was typed); spaces
  // run together.
  return out.replace(LEFTOVER_MARKS, "").replace(APOSTROPHES, "").replace(HYPHENS, "").replace(SPACES, " ");
}

/**
 * The `searchName` the database keeps for `name` (its search_name()), tab-separated: the folded
 * name, then without its spaces ("Al Sayed" is found by "alsayed"), then for a name with an
 * umlaut the same two of its spelling without one ("schafer\tschaefer"), in lower case. A tab
 * sorts before every letter and space, so ordering by the column orders by the folded name first.
 */
export function searchNameOf(name: string): string {
  const text = name.normalize("NFKC");
  const forms = (folded: string) => {
    const joined = folded.replace(/ /g, "");
    return joined === folded ? [folded] : [folded, joined];
  };
  const parts = forms(foldForSearch(text));
  if (HAS_UMLAUT.test(text)) parts.push(...forms(foldForSearch(text.replace(UMLAUTS, (u) => UMLAUT_SPELLED[u]!))));
  return parts.join("\t").replace(/[A-Z]+/g, (upper) => upper.toLowerCase());
}

/**
 * The words of a query, each as the spellings that find it (folded as names are): a name matches
 * when it contains one spelling of every word. A word typed with an umlaut is also looked for
 * as German writes it without ("müller" finds a Mueller); typed without, it finds both already
 * (a name with an umlaut keeps both spellings). Repeated words count once. The query itself is
 * at most 100 characters (searchParam), so at most 50 words.
 */
export function searchWords(typed: string): string[][] {
  const seen = new Set<string>();
  const words: string[][] = [];
  for (const raw of typed.normalize("NFKC").split(/[ \t\n\r]+/)) {
    const folded = foldForSearch(raw);
    if (!folded || seen.has(folded.toLowerCase())) continue;
    seen.add(folded.toLowerCase());
    const spellings = [folded];
    if (HAS_UMLAUT.test(raw)) spellings.push(foldForSearch(raw.replace(UMLAUTS, (u) => UMLAUT_SPELLED[u]!)));
    words.push(spellings);
  }
  return words;
}

/**
 * Whether a query has anything to search for once folded: a lone apostrophe has not, and matches
 * nothing (it used to match every name, looking like a filter that did nothing).
 */
export const hasSearchableText = (typed: string) => searchWords(typed).length > 0;

/**
 * ILIKE patterns for "the name contains one spelling of every word typed": per word, its
 * spellings folded, LIKE-escaped and wrapped in `%` (`ILIKE ANY`, the words joined by AND).
 * Nothing to search for gives [[""]], which matches no name (names are never empty).
 */
export function nameSearchPatterns(typed: string): string[][] {
  const words = searchWords(typed);
  return words.length ? words.map((spellings) => spellings.map((w) => `%${escapeLike(w)}%`)) : [[""]];
}

/**
 * Prisma filter for a model with a `searchName` column (Candidate, User): the name contains every
 * word typed (one of its spellings), any case, any accents, any order.
 */
export function searchNameMatches(typed: string) {
  const words = searchWords(typed);
  if (!words.length) return { searchName: { equals: "" } };
  return {
    AND: words.map((spellings) => ({
      OR: spellings.map((w) => ({ searchName: { contains: escapeLike(w), mode: "insensitive" as const } })),
    })),
  };
}
