// Whether a pasted ad reads as English. Every check of the analyser (the domain vocabulary, the
// level cues, retext's inclusive-language rules, the job-ad checks) reads English only: on a
// German, Chinese or Arabic ad they stay silent, and "No warnings" would read as a clean bill.
// Plain tests, in order:
// 1. Script: English is written in Latin letters. A character of Chinese, Japanese, Korean or
//    Thai (no spaces between words) counts as a word, a word of Arabic, Cyrillic, Greek... as
//    one; more of those than Latin words is another language at any length (a Chinese ad naming
//    Kubernetes and Terraform included).
// 2. Latin script: English function words make up about a fifth of running English and almost
//    none of other languages', and other languages' function words give those away. A text is
//    read as not English when it has at least MIN_OTHER_HITS of them and more than English ones,
//    or, at MIN_WORDS words or more, when both its English share is under MIN_SHARE and other
//    languages' words show. A list of tools, one per line, has neither and stays English.
// Words shared with English ("die", "in", "an", "a", "so", "is", "son", "pour", "pro", "i")
// are left out of every list.

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
    // Swedish, Norwegian and Danish; Polish; Czech; Turkish
    "och att som med och vi är og er det af til jest się nie że dla oraz jsme pro že bir ile için olarak",
  ]
    .join(" ")
    .split(" "),
);

/** Below this many words or characters (an acronym or two) the script test does not apply. */
const MIN_UNITS = 8;
/** Too short for the share test: a few bullet points of tools and acronyms read as English. */
const MIN_WORDS = 40;
/** Share of English function words under which a long text may not be English. */
const MIN_SHARE = 0.04;
/** Other languages' function words that, with more of them than English ones, mark a text as not English. */
const MIN_OTHER_HITS = 3;

/** Scripts written without spaces between words: each character counts as a word. */
const UNSPACED_CLASS = "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\p{Script=Thai}]";
const UNSPACED_CHARS = new RegExp(UNSPACED_CLASS, "gu");
const HAS_UNSPACED = new RegExp(UNSPACED_CLASS, "u");

export function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const latinWords = words.filter((w) => /^\p{Script=Latin}+$/u.test(w)).length;
  const unspaced = text.match(UNSPACED_CHARS)?.length ?? 0;
  const otherScriptWords = words.filter((w) => !/\p{Script=Latin}/u.test(w) && !HAS_UNSPACED.test(w)).length;
  const foreign = unspaced + otherScriptWords;
  if (foreign + latinWords >= MIN_UNITS && foreign > latinWords) return false;
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  const other = words.filter((w) => OTHER_FUNCTION_WORDS.has(w)).length;
  if (other >= MIN_OTHER_HITS && other > english) return false;
  return words.length < MIN_WORDS || english / words.length >= MIN_SHARE || other < MIN_OTHER_HITS;
}
