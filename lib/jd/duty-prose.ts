// Prose that tells the reader what they will do in the role: "You will design ...", "She or he
// decides ...", "The Principal Platform Engineer defines ...", "The postholder will build ...".
// splitRequirementItems reads such sentences as the role's work when a paragraph has two or more, or
// when they follow one another a sentence per line.
import { VERB_LEVELS } from "./level-cues";

/** Up to 60 characters before the subject ("In the day to day, the Director ..."). */
const PREAMBLE = String.raw`(?:[^.;:]{0,60}?[\s,])?`;
/** A prose sentence that tells the reader what they will do in the role ("As VP, you will design ..."). */
const YOU_WILL = new RegExp(
  String.raw`^${PREAMBLE}you(?: will|['’]ll)\s+(?!join\b|be joining\b|report\b|be part of\b)[a-z]`,
  "i",
);
/**
 * A prose sentence that says, in the present tense, what the person does in the role: "You design
 * the shared data platform ...", "She or he decides where ...", the singular "They set the rules ...",
 * "The Principal Platform Engineer defines ...", "In the day to day, the Director also reviews ...". Not who they are, join or report
 * to ("You are calm ...", "She or he reports to the CISO", "The Director ... is responsible of ...").
 * A present-tense "you" counts when it opens the sentence or follows a lead-in (LEAD_IN below), not
 * any words: "In AIOps you judge whether models cut noise" describes the field, not a duty. Like
 * "you will" prose, such sentences are the role's work only when a paragraph has two or more of them
 * (splitRequirementItems).
 */
const NOT_A_DUTY = String.raw`(?!(?:are|is|was|were|be|been|will|shall|can|could|may|might|should|would|must|need|needs|want|wants|join|joins|report|reports|get|gets|enjoy|enjoys|receive|receives|have|has|like|likes|love|loves|thrive|thrives)\b)`;
/** After the subject: "also", "will", then a verb of work (not "be", "join", "report" or NOT_A_DUTY). */
const WILL_ALSO = String.raw`(?:also\s+)?(?:will\s+(?:also\s+)?(?!be\b|join\b|report\b))?${NOT_A_DUTY}`;
const PRONOUN_DOES = new RegExp(
  String.raw`^(?:you\s+|they\s+|${PREAMBLE}(?:she or he|he or she|he/she|she/he|s/he)\s+)${WILL_ALSO}[a-z]{3,}\b`,
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
/** "The Principal Platform Engineer", "the Director of Security": a role named in the third person. */
const roleSubject = (modifiers: string, nouns: string) =>
  String.raw`^${PREAMBLE}[Tt]he (?:(?:[A-Z][\w-]*|of|and|&${modifiers}) ){0,6}?(?:${nouns})`;
const ROLE_DOES = new RegExp(
  String.raw`${roleSubject("", ROLE_NOUNS)}(?: of(?: [A-Z][\w-]*)+)? (?:also )?(?:will (?:also )?(?!be\b|join\b|report\b)${NOT_A_DUTY}[a-z]{3,}|${NOT_A_DUTY}[a-z]{2,}s)\b`,
);
/**
 * What may come before a present-tense "you" in a duty sentence of long prose: a connector ("Also",
 * "Moreover,", "Beyond that,"), the role addressed ("As Staff SRE"), a partner ("Together with the
 * data team"), a topic followed by a comma ("On governance,", "For automation,"), a clause that sets
 * the scene and ends with a comma ("When the model alerts, you ...") or a time or occasion ("Each
 * quarter you ..."). A topic without a comma is not enough: "In dairy you learn fast" describes the place.
 */
const LEAD_IN = [
  String.raw`(?:and|also|then|so|moreover|besides|further(?:more)?|finally|additionally|in addition|beyond that|on top of that|after that|after the probation|in the first (?:weeks|months|year)|in (?:this|the) role|in the day[- ]to[- ]day|day[- ]to[- ]day)\b,?`,
  String.raw`as (?:an? |the |our )?[\w-]+(?: (?:of )?[\w-]+){0,3}`,
  String.raw`(?:together )?with [^.;:,]{1,60}?,?`,
  String.raw`(?:on|for|in) [^.;:,]{1,30},`,
  String.raw`(?:when|whenever|if|once|after|before|during|while)\b[^.;:]{1,120}?,`,
  // A time or an occasion without the comma, as hurried and non-native writers put it ("Every morning
  // you look at the firewall logs", "During an incident you launch the playbook", "In a crisis you
  // collect the evidence"): a recurring time or an operational event, not a place ("In dairy").
  String.raw`(?:every|each|once a|twice a|once per|twice per|once every)\s+(?:[\w-]+\s+){0,2}?(?:morning|evening|day|night|week|weekend|month|quarter|year|sprint|shift|release|incident|time|season|audit)s?,?`,
  String.raw`(?:during|in|after|before) (?:an?|the|each|every|any|our) (?:[\w-]+ ){0,2}?(?:incident|crisis|emergency|outage|audit|breach|attack|investigation|release|migration|shift|rotation)s?,?`,
  String.raw`(?:at night|on weekends|at the weekend|at (?:month|quarter|year)[- ]end),?`,
].join("|");
/** Verbs a "you" sentence uses about the place, not the work ("you learn fast", "you grow with us"). */
const ABOUT_THE_PLACE = String.raw`(?!(?:learn|learns|grow|grows|find|finds|meet|meets|feel|feels|belong|belongs|discover|discovers)\b)`;
const LED_IN_YOU_DO = new RegExp(
  String.raw`^(?:(?:${LEAD_IN})\s+)+you\s+${WILL_ALSO}${ABOUT_THE_PLACE}[a-z]{3,}\b`,
  "i",
);
/**
 * Duties asked of "you" in other words: "We expect you to implement ...", "the management want that
 * you build ...", "It is your job to fix ...", "It is you who designs ...", "You are the person who
 * decides ...", "You are responsible for ...", and the singular "They will align ...".
 */
const ASKED_OF_YOU = new RegExp(
  String.raw`^(?:(?:${LEAD_IN})\s+)*(?:(?:we|the company|the management|management|the business)\s+(?:also\s+)?(?:expects?|wants?|needs?|counts? on)\s+(?:that\s+)?you\s+(?:to\s+)?(?:also\s+)?${NOT_A_DUTY}${ABOUT_THE_PLACE}[a-z]{3,}|it(?: is|['’]s) (?:your (?:job|task|role|responsibility) to|you who) [a-z]{3,}|you are (?:the (?:one|person) who|responsible for) [a-z]{3,}|they will (?:also )?(?!be\b|join\b|report\b)[a-z]{3,})\b`,
  "i",
);
/** "The postholder is expected to set ...", "The Staff SRE will be expected to ...". */
const ROLE_EXPECTED = new RegExp(
  String.raw`${roleSubject("|post", `${ROLE_NOUNS}|holder`)} (?:is|will be) (?:also |further |further also )?expected to [a-z]{3,}\b`,
);

/**
 * Verbs that open a duty given as an order in running prose ("Own the model lifecycle: ... Build the
 * programme that ... Set the explainability bar ..."): the level cues' work verbs, without those that
 * open sentences about the place or the application ("Join us", "Learn from the best", "Apply now",
 * "Work with us", "Note that ...", "Read more").
 */
const NOT_AN_ORDER = new Set(
  "join learn work open close note apply help file list record study explore read know understand shadow attend practise practice familiarise contribute participate support".split(
    " ",
  ),
);
const ORDER_VERBS = new Set(
  Object.values(VERB_LEVELS)
    .flat()
    .filter((v) => !NOT_AN_ORDER.has(v)),
);
/** A sentence that gives a duty as an order: a capitalised work verb, then a lower-case word ("Build the programme ..."). */
export const ordersDuty = (s: string) => {
  const m = /^([A-Z][a-z]+)\s+[a-z]/.exec(s.trim());
  return m !== null && ORDER_VERBS.has(m[1]!.toLowerCase());
};

/** True for a sentence that says what the person does in the role (not who they are, join or report to). */
export const describesDuty = (s: string) =>
  YOU_WILL.test(s) ||
  PRONOUN_DOES.test(s) ||
  ROLE_DOES.test(s) ||
  LED_IN_YOU_DO.test(s) ||
  ASKED_OF_YOU.test(s) ||
  ROLE_EXPECTED.test(s);
