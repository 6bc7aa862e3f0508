// Whether a pasted ad reads as English. Every check of the analyser (the domain vocabulary, the
// level cues, retext's inclusive-language rules, the job-ad checks) reads English only: on a
// German, Chinese or Arabic ad they stay silent, and "No warnings" would read as a clean bill.
// Three plain tests, in order:
// 1. Script: most letters of English text are Latin ones. Chinese, Japanese, Arabic, Cyrillic...
//    fail at any length (Chinese has no spaces, so counting words would see a handful).
// 2. Long Latin-script text: English function words make up about a fifth of running English
//    and almost none of other languages'. Words shared with other languages ("in", "an", "a",
//    "die", "so") are left out of the list.
// 3. Short Latin-script text (a few lines): too short for a share, but function words of other
//    languages, more of them than English ones, give it away ("Junges, dynamisches Team").
//    Words that are English too ("die", "is", "son", "pour") are left out of those lists.

const ENGLISH_FUNCTION_WORDS = new Set(
  "the and to of with for you we our your is are will be on as at this that or have has from by it they their who what".split(
    " ",
  ),
);
const OTHER_FUNCTION_WORDS = new Set(
  [
    // German
    "und der das mit für wir sie ist ein eine einen zu von auf bei oder sind wird werden unser unsere dich du ihr",
    // French
    "et le la les des pour nous vous est avec une du au aux sur dans vos nos être",
    // Spanish and Portuguese
    "el los las para con una del por que nuestro nuestra somos eres você uma com nosso nossa são",
    // Dutch and Italian
    "een het voor wij zijn ons onze il della delle per che siamo nostro nostra sei",
  ]
    .join(" ")
    .split(" "),
);

/** Letters below which the script test does not apply (an acronym or two). */
const MIN_LETTERS = 20;
/** Share of Latin letters under which a text is in another script. */
const MIN_LATIN_SHARE = 0.5;
/** Too short for the share test: a few bullet points of tools and acronyms read as English. */
const MIN_WORDS = 40;
/** Share of function words under which a text of MIN_WORDS or more is not read as English. */
const MIN_SHARE = 0.04;
/** Other languages' function words a short text needs (and more than English ones) to be read as not English. */
const MIN_OTHER_HITS = 2;

export function readsAsEnglish(text: string): boolean {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (letters >= MIN_LETTERS && latin / letters < MIN_LATIN_SHARE) return false;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  if (words.length >= MIN_WORDS) return english / words.length >= MIN_SHARE;
  const other = words.filter((w) => OTHER_FUNCTION_WORDS.has(w)).length;
  return !(other >= MIN_OTHER_HITS && other > english);
}
