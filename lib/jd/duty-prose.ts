// Prose that tells the reader what they will do in the role: "You will design ...", "She or he
// decides ...", "The Principal Platform Engineer defines ...", "The postholder will build ...".
// splitRequirementItems reads such sentences as the role's work when a paragraph has two or more, or
// when they follow one another a sentence per line.

/** A prose sentence that tells the reader what they will do in the role ("As VP, you will design ..."). */
const YOU_WILL = /^(?:[^.;:]{0,60}?[\s,])?you(?: will|['’]ll)\s+(?!join\b|be joining\b|report\b|be part of\b)[a-z]/i;
/**
 * A prose sentence that says, in the present tense, what the person does in the role: "You design
 * the shared data platform ...", "She or he decides where ...", "The Principal Platform Engineer
 * defines ...", "In the day to day, the Director also reviews ...". Not who they are, join or report
 * to ("You are calm ...", "She or he reports to the CISO", "The Director ... is responsible of ...").
 * A present-tense "you" counts only when it opens the sentence: "In AIOps you judge whether models
 * cut noise" describes the field, not a duty. Like "you will" prose, such sentences are the role's
 * work only when a paragraph has two or more of them (splitRequirementItems).
 */
const NOT_A_DUTY = String.raw`(?!(?:are|is|was|were|be|been|will|shall|can|could|may|might|should|would|must|need|needs|want|wants|join|joins|report|reports|get|gets|enjoy|enjoys|receive|receives|have|has|like|likes|love|loves|thrive|thrives)\b)`;
const PRONOUN_DOES = new RegExp(
  String.raw`^(?:you\s+|(?:[^.;:]{0,60}?[\s,])?(?:she or he|he or she|he/she|she/he|s/he)\s+)(?:also\s+)?(?:will\s+(?:also\s+)?(?!be\b|join\b|report\b))?${NOT_A_DUTY}[a-z]{3,}\b`,
  "i",
);
/** The head of a role's name in the third person ("The Principal Platform Engineer", "the Director"). */
const ROLE_NOUNS = [
  "engineer",
  "director",
  "head",
  "lead",
  "manager",
  "scientist",
  "analyst",
  "architect",
  "officer",
  "specialist",
  "fellow",
  "postholder",
  "jobholder",
  "incumbent",
  "person",
]
  .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
  .concat(["SRE", "CISO", "CTO", "CIO", "VP"])
  .join("|");
const ROLE_DOES = new RegExp(
  String.raw`^(?:[^.;:]{0,60}?[\s,])?[Tt]he (?:(?:[A-Z][\w-]*|of|and|&) ){0,6}?(?:${ROLE_NOUNS})(?: of(?: [A-Z][\w-]*)+)? (?:also )?(?:will (?:also )?(?!be\b|join\b|report\b)${NOT_A_DUTY}[a-z]{3,}|${NOT_A_DUTY}[a-z]{2,}s)\b`,
);
/** True for a sentence that says what the person does in the role (not who they are, join or report to). */
export const describesDuty = (s: string) => YOU_WILL.test(s) || PRONOUN_DOES.test(s) || ROLE_DOES.test(s);
