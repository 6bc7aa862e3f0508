// What separates Level 1 from Level 2 when the verb alone can't: the matrix's Level 1 operates and
// uses what exists with guidance ("builds a service dashboard from existing metrics"), Level 2
// builds or owns a system on its own. So "own", "maintain", "run" or "build" read as Level 1 when
// the sentence says the thing already exists, when what is kept is a record rather than a system
// (notes, a wiki, a report), or when someone else directs or reviews the work. Read from the
// sentence's structure (parts of speech, the object's head noun, who the clause's verb belongs to).
import type { Token } from "./nlp";

/** Verbs that operate or keep something; their level depends on what and whose it is. */
export const OPERATING_VERBS = new Set([
  "own",
  "maintain",
  "keep",
  "run",
  "operate",
  "manage",
  "update",
  "build",
  "write",
  "create",
  "make",
  "add",
  "prepare",
  "produce",
  "publish",
  "compile",
  "deploy",
  "tune",
  "retune",
  "roll",
  "handle",
]);

/** Verbs that, with an existing object, only run it ("build" from existing parts is still Level 1 in the matrix). */
const RUNS_EXISTING = new Set([
  "own",
  "maintain",
  "keep",
  "run",
  "operate",
  "manage",
  "update",
  "build",
  "deploy",
  "tune",
  "retune",
  "roll",
]);

/** Head nouns that are records of the work, not systems: keeping one up is Level 1. */
export const RECORD_NOUNS = new Set([
  "note",
  "notes",
  "wiki",
  "notebook",
  "report",
  "spreadsheet",
  "log",
  "handover",
  "documentation",
  "doc",
  "docs",
  "checklist",
  "list",
  "slide",
  "slides",
  "deck",
  "ticket",
  "minutes",
  "rota",
  "tracker",
  "diary",
  "calendar",
  "page",
  "summary",
]);

/** Words saying the object already exists ("the alert rules your team already has", "the existing pipelines"). */
const EXISTING = new Set(["existing", "exist", "already", "current", "currently"]);

/** Verbs by which someone else directs or checks the work ("with a senior engineer reviewing", "when told to"). */
const DIRECTING_VERBS = new Set([
  "review",
  "ask",
  "tell",
  "guide",
  "instruct",
  "direct",
  "supervise",
  "approve",
  "assign",
  "request",
  "check",
]);
/** Words that open a clause or phrase another person's directing verb sits in. */
const DIRECTION_OPENERS = new Set(["with", "when", "by", "as", "under", "until", "once", "if", "after"]);
/** Nouns of direction after "under", "per", "following" ("under guide of senior engineers"). */
/** What others wrote for the person to follow ("following the joiners and leavers procedure", "as per the checklist"). */
const WRITTEN_BY_OTHERS = new Set([
  "procedure",
  "procedures",
  "runbook",
  "runbooks",
  "playbook",
  "playbooks",
  "checklist",
  "process",
  "instructions",
  "policy",
]);
const DIRECTION_NOUNS = new Set([
  "guide",
  "guidance",
  "direction",
  "supervision",
  "instruction",
  "instructions",
  "mentorship",
  "lead",
]);

const NOUNISH = new Set(["NOUN", "PROPN", "ADJ", "DET", "NUM", "PRON"]);

/** Verbs that may sit with "following the procedure" and still only operate. */
const ONE_VERBS = new Set([
  "create",
  "reset",
  "grant",
  "remove",
  "restart",
  "reboot",
  "patch",
  "apply",
  "handle",
  "use",
  "follow",
]);

/**
 * The head noun of what the verb at `verbAt` acts on: the last noun of the noun phrase after it.
 * Hyphenated words stay in the phrase ("the weekly on-call handover notes" → "notes").
 */
export function headNoun(tokens: Token[], line: string, verbAt: number): Token | null {
  let head: Token | null = null;
  for (let j = verbAt + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1]!;
    const next = tokens[j + 1];
    const hyphened =
      (t.start - prev.end === 1 && line[prev.end] === "-") || (next && next.start - t.end === 1 && line[t.end] === "-");
    if (!NOUNISH.has(t.pos) && !hyphened) break;
    if (t.pos === "PRON" && t.norm !== "our" && t.norm !== "your" && t.norm !== "their") break;
    if (t.pos === "NOUN" || t.pos === "PROPN") head = t;
  }
  return head;
}

/**
 * A log nobody can change afterwards is a system, not a record: the matrix's Level 2 "Implements
 * tamper-evident audit logs" ("Keep an audit log ... stored so nobody can edit it later").
 */
export const TAMPER_EVIDENT =
  /\btamper|\bimmutable\b|\bappend-only\b|\bwrite-once\b|\bworm\b|\b(?:(?:nobody|no one)\s+can|cannot|can['’]t|can not)\s+(?:be\s+)?(?:edit|chang|alter)|\bshows?\s+any\s+(?:later\s+)?(?:change|edit)/i;

/** A record, not a system, is what the verb keeps ("Own the weekly uptime report"). */
export const keepsRecord = (tokens: Token[], line: string, verbAt: number) => {
  const h = headNoun(tokens, line, verbAt);
  return h !== null && (RECORD_NOUNS.has(h.norm) || RECORD_NOUNS.has(h.lemma)) && !TAMPER_EVIDENT.test(line);
};

/** The line says the object already exists, and the verb only runs or keeps it. */
export const runsExisting = (tokens: Token[], verb: Token) =>
  RUNS_EXISTING.has(verb.lemma) &&
  tokens.some((t) => EXISTING.has(t.norm) || (t.lemma === "exist" && t.norm === "existing"));

/**
 * Someone else directs or reviews the work: another person's directing verb inside a "with",
 * "when", "by"... phrase ("with a senior engineer reviewing your changes", "roll back when told
 * to", "when the NOC asks"), a direction noun after "under"/"per"/"following" ("under guide of"),
 * or "on request". `asks` are the indexes of the line's own asked verbs, never counted.
 */
export function underDirection(tokens: Token[], asks: Set<number>): string | null {
  // Steps someone else wrote make Level 1 only work that operates; designing to a policy is still design.
  const onlyOperates = [...asks].every((i) => OPERATING_VERBS.has(tokens[i]!.lemma) || ONE_VERBS.has(tokens[i]!.lemma));
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1];
    if (prev && (prev.norm === "on" || prev.norm === "upon") && t.lemma === "request") return `${prev.text} ${t.text}`;
    if (prev && /^(under|per|following)$/.test(prev.norm) && DIRECTION_NOUNS.has(t.norm))
      return `${prev.text} ${t.text}`;
    if (prev?.norm === "under" && tokens[j + 1] && DIRECTION_NOUNS.has(tokens[j + 1]!.norm))
      return `under ${tokens[j + 1]!.text}`;
    // "following the joiners and leavers procedure": the steps are someone else's.
    if (/^(following|per)$/.test(t.norm) && !asks.has(j)) {
      const doc = tokens.slice(j + 1, j + 7).find((x) => WRITTEN_BY_OTHERS.has(x.norm));
      if (doc && onlyOperates) return `${t.text} … ${doc.text}`;
    }
    if (asks.has(j) || t.pos !== "VERB" || !DIRECTING_VERBS.has(t.lemma)) continue;
    // The directing verb belongs to someone else: a person or team stands between the opener and it, or "by" follows.
    if (tokens[j + 1]?.norm === "by") return `${t.text} by`;
    for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
      const o = tokens[k]!;
      if (!DIRECTION_OPENERS.has(o.norm)) continue;
      const between = tokens.slice(k + 1, j);
      const someoneElse = between.some((b) => (b.pos === "NOUN" || b.pos === "PROPN") && b.norm !== "you");
      if (someoneElse || (o.norm === "when" && between.length === 0 && t.norm !== "asking"))
        return `${o.text} … ${t.text}`;
    }
  }
  return null;
}
