// Whether a pasted ad reads as English. Every check of the analyser (the domain vocabulary, the
// level cues, retext's inclusive-language rules, the job-ad checks) reads English only: on a
// German or Spanish ad they stay silent, and "No warnings" would read as a clean bill.
// A plain test: English function words make up a good share of any English prose (about a
// fifth of running text) and almost none of other languages'. Words shared with other languages
// ("in", "an", "a", "die", "so") are left out of the list.

const ENGLISH_FUNCTION_WORDS = new Set(
  "the and to of with for you we our your is are will be on as at this that or have has from by it they their who what".split(
    " ",
  ),
);

/** Too short to tell: a few bullet points of tools and acronyms read as English. */
const MIN_WORDS = 40;
/** Share of function words under which a text of MIN_WORDS or more is not read as English. */
const MIN_SHARE = 0.04;

export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < MIN_WORDS) return true;
  const hits = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return hits / words.length >= MIN_SHARE;
}
