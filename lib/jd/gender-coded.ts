// Gender-coded words in job ads, from the published word lists of:
//   Gaucher, D., Friesen, J., & Kay, A. C. (2011). Evidence that gendered wording in job
//   advertisements exists and sustains gender inequality. Journal of Personality and Social
//   Psychology, 101(1), 109–128. https://doi.org/10.1037/a0022530
// The stems are the paper's appendix lists as used, with a few additions, by Kat Matfield's Gender
// Decoder (https://gender-decoder.katmatfield.com, MIT licence). A stem ending in `*` matches any word
// that starts with it. The study found masculine-coded wording makes women find an ad less
// appealing and feel they belong less, without changing how qualified they judge themselves.

export const GENDER_CODED_SOURCE =
  "Gaucher, Friesen & Kay (2011), Journal of Personality and Social Psychology 101(1):109–128";

export const MASCULINE_CODED = [
  "active",
  "adventurous",
  "aggress*",
  "ambitio*",
  "analy*",
  "assert*",
  "athlet*",
  "autonom*",
  "battle*",
  "boast*",
  "challeng*",
  "champion*",
  "compet*",
  "confident",
  "courag*",
  "decide",
  "decision*",
  "decisive",
  "defend*",
  "determin*",
  "domina*",
  "driven",
  "fearless",
  "fight*",
  "force*",
  "greedy",
  "head-strong",
  "headstrong",
  "hierarch*",
  "hostil*",
  "impulsive",
  "independen*",
  "individual*",
  "intellect*",
  "lead*",
  "logic",
  "objective",
  "opinion",
  "outspoken",
  "persist",
  "principle*",
  "reckless",
  "self-confiden*",
  "self-relian*",
  "self-sufficien*",
  "selfconfiden*",
  "selfrelian*",
  "selfsufficien*",
  "stubborn",
  "superior",
  "unreasonab*",
];

export const FEMININE_CODED = [
  "agree*",
  "affectionate",
  "child*",
  "cheer*",
  "collab*",
  "commit*",
  "communal",
  "compassion*",
  "connect*",
  "considerate",
  "cooperat*",
  "co-operat*",
  "depend*",
  "emotiona*",
  "empath*",
  "feel*",
  "flatterable",
  "gentle",
  "honest",
  "interpersonal",
  "interdependen*",
  "interpersona*",
  "inter-personal",
  "inter-dependen*",
  "inter-persona*",
  "kind",
  "kinship",
  "loyal*",
  "modesty",
  "nag",
  "nurtur*",
  "pleasant*",
  "polite",
  "quiet*",
  "respon*",
  "sensitiv*",
  "submissive",
  "support*",
  "sympath*",
  "tender*",
  "together*",
  "trust*",
  "understand*",
  "warm*",
  "whin*",
  "enthusias*",
  "inclusive",
  "yield*",
  "share*",
  "sharin*",
];

export type GenderCoding = {
  masculine: string[];
  feminine: string[];
  verdict: "masculine-coded" | "feminine-coded" | "neutral";
};

const matcher = (stems: string[]) => {
  const exact = new Set(stems.filter((s) => !s.endsWith("*")));
  const prefixes = stems.filter((s) => s.endsWith("*")).map((s) => s.slice(0, -1));
  return (word: string) => exact.has(word) || prefixes.some((p) => word.startsWith(p));
};
const isMasculine = matcher(MASCULINE_CODED);
const isFeminine = matcher(FEMININE_CODED);

/** The coded words an ad uses (each word once) and which way it leans, as the Gender Decoder reports it. */
export function genderCoding(text: string): GenderCoding {
  const words = text.toLowerCase().match(/[a-z][a-z-]*/g) ?? [];
  const masculine = [...new Set(words.filter(isMasculine))];
  const feminine = [...new Set(words.filter(isFeminine))];
  const verdict =
    masculine.length > feminine.length
      ? "masculine-coded"
      : feminine.length > masculine.length
        ? "feminine-coded"
        : "neutral";
  return { masculine, feminine, verdict };
}
