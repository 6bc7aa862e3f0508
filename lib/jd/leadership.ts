// Level 3 asks a sentence makes through the people it acts on rather than through its verb:
// getting others to change how they work, and answering to the organisation's leadership for an
// outcome. Read from the tokens' order (a causing verb, a group of people, "to" and what they are
// to do; a reporting verb, "to", the leadership), so "Get the plant teams to use the signed
// templates" reads Level 3 although its verbs ("get", "use") are Level 1 words. The word lists are
// data in level-cues.ts.
import { ADOPTION, LEADERSHIP } from "./level-cues";
import type { Token } from "./nlp";

export type LeadSpan = { from: number; to: number; kind: "adoption" | "leadership" };

const CAUSES = new Set(ADOPTION.causes);
const PEOPLE = new Set(ADOPTION.people);
const ADOPT = new Set(ADOPTION.adopt);
const REPORTING = new Set(LEADERSHIP.verbs);
const AUDIENCE = new Set(LEADERSHIP.audience);
const CONTENT = new Set(LEADERSHIP.content);
const is = (t: Token | undefined, words: Set<string>) => t !== undefined && (words.has(t.norm) || words.has(t.lemma));
/** Words after which the next word is the ask's verb whatever the tagger says (it often reads a bullet's "Report" or "Present" as a noun). */
const BEFORE_VERB = new Set(["you", "will", "ll", "to", "and", "also", "then", "must", "should", "can"]);
const asVerb = (tokens: Token[], i: number) =>
  tokens[i]!.pos === "VERB" || i === 0 || BEFORE_VERB.has(tokens[i - 1]!.norm);

/** "Get the plant teams to use ...", "Bring all terminal teams onto the platform": the span from the causing verb to what the people are to do. */
export function adoptionAsk(tokens: Token[]): LeadSpan | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!is(tokens[i], CAUSES) || !asVerb(tokens, i) || tokens[i + 1]?.norm === "sure") continue;
    let people = false;
    for (let j = i + 1; j < Math.min(tokens.length, i + 14); j++) {
      const t = tokens[j]!;
      if (is(t, PEOPLE)) people = true;
      else if (people && t.norm === "to" && is(tokens[j + 1], ADOPT)) return { from: i, to: j + 2, kind: "adoption" };
      // "Make the on-call squads actually trust the automation": "make" takes the bare verb.
      else if (people && tokens[i]!.lemma === "make" && is(t, ADOPT)) return { from: i, to: j + 1, kind: "adoption" };
      else if (people && t.norm === "onto") return { from: i, to: j + 1, kind: "adoption" };
      else if (t.norm === "to" || t.norm === "onto" || t.pos === "VERB") break;
    }
  }
  return null;
}

/** "Report to the board how ...", "present it to the executive committee": the span from the verb to the audience. */
export function reportsToLeadership(tokens: Token[]): LeadSpan | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!is(tokens[i], REPORTING) || !asVerb(tokens, i)) continue;
    for (let j = i + 1; j < Math.min(tokens.length, i + 6); j++) {
      if (tokens[j]!.norm !== "to") continue;
      // "to the board", "to our management board", "to the Board's Risk Committee"
      const k = [j + 1, j + 2, j + 3].find((x) => is(tokens[x], AUDIENCE));
      if (k === undefined) break;
      // What is reported comes before the audience ("report adoption to management") or after it
      // ("report to the board how ..."); "You will report to the CTO." is a reporting line.
      const said = j > i + 1 || tokens.slice(k + 1, k + 4).some((t) => CONTENT.has(t.norm));
      const answersFor = tokens[i]!.lemma === "answer" ? tokens.slice(k + 1).some((t) => t.norm === "for") : true;
      if (said && answersFor) return { from: i, to: k + 1, kind: "leadership" };
      break;
    }
  }
  return null;
}
