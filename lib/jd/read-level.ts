// Reads the level a requirement line asks for from what the sentence asks the person to do: the
// asked verbs (found with the NLP model's parts of speech), their class, framing, qualifiers,
// scope and object. Used by read-line.ts; the cues themselves are data in level-cues.ts.
import {
  BINDING_GROUPS,
  BINDING_OBLIGATIONS,
  BINDING_QUANTIFIERS,
  CAP_AT_1,
  CONCRETE_DOWNGRADE,
  CONCRETE_OBJECTS,
  KNOWLEDGE_DEPTH,
  LAWS_AND_STANDARDS,
  LEARNING_LOOP,
  LEVEL_2_REVIEWS,
  LEVEL_PHRASES,
  MAKING_VERBS,
  NOMINALISATIONS,
  PEOPLE_GROUPS,
  PERMISSION_MODALS,
  PERMISSION_WORDS,
  REVIEW_RUNNING_VERBS,
  RULE_ARTEFACTS,
  RUN_TASK_OBJECTS,
  SCOPE_DEPENDENT,
  SCRIPT_OBJECTS,
  SCRIPT_WRITING_VERBS,
  SET_UP_DESIGNS,
  SETTING_QUALIFIERS,
  SMALL_OBJECTS,
  TRIAGE_OBJECTS,
  TRIAGE_VERBS,
  VERB_LEVELS,
} from "./level-cues";
import { adoptionAsk, reportsToLeadership } from "./leadership";
import { keepsRecord, OPERATING_VERBS, runsExisting, underDirection } from "./level-context";
import { matrixLevel2 } from "./matrix-level-2";
import type { Level } from "./lexicon";
import { compilePhrase, findPhrases, markerPhrases, longestFirst, type Hit, type Phrase, type Token } from "./nlp";

const LEVEL_CUES: Phrase<Level>[] = ([1, 2, 3] as const).flatMap((l) =>
  ([3, 2, 1] as const).flatMap((w) => LEVEL_PHRASES[l][w].map((s) => compilePhrase(s, l, w))),
);
const LOOP_FROM = markerPhrases(LEARNING_LOOP.from);
const LOOP_INTO = markerPhrases(LEARNING_LOOP.into);
const CONCRETE = markerPhrases([...CONCRETE_OBJECTS, ...RULE_ARTEFACTS]);
const LAWS = markerPhrases(LAWS_AND_STANDARDS);
const SMALL = markerPhrases(SMALL_OBJECTS);
const CAPS = markerPhrases(CAP_AT_1);
const RUN_TASKS = markerPhrases(RUN_TASK_OBJECTS);
const PEOPLE_GROUP_PHRASES = markerPhrases(PEOPLE_GROUPS);
const SCRIPTS = markerPhrases(SCRIPT_OBJECTS);
const TRIAGE = markerPhrases(TRIAGE_OBJECTS);
const DESIGNED_SETUPS = markerPhrases(SET_UP_DESIGNS);
const REVIEWS = markerPhrases(LEVEL_2_REVIEWS);
const RUNS_REVIEWS = new Set(REVIEW_RUNNING_VERBS);
const SMALL_WORDS = new Set(["small", "simple", "basic", "tiny", "quick", "minor"]);
const VERB_LEVEL = new Map<string, Level>();
for (const l of [1, 2, 3] as const) for (const v of VERB_LEVELS[l]) VERB_LEVEL.set(v, l);
/** Words after which a verb is inside a subordinate clause, not an ask ("evaluate whether it reduces noise"). */
const SUBORDINATORS = new Set([
  "whether",
  "that",
  "which",
  "who",
  "how",
  "what",
  "when",
  "where",
  "if",
  "so",
  "because",
  "until",
  "while",
  "before",
  "after",
  "once",
  "why",
]);
const COORDINATORS = new Set(["and", "or", "then", "plus"]);
/** Openers before the ask ("You will", "Able to", "Can"). */
const OPENERS = new Set([
  "you",
  "will",
  "ll",
  "can",
  "could",
  "must",
  "should",
  "able",
  "to",
  "also",
  "be",
  "are",
  "day",
  "in",
  "this",
  "role",
  "we",
  "expect",
  "help",
  "us",
]);
const verbLevel = (t: Token): Level | undefined =>
  VERB_LEVEL.get(t.lemma) ?? t.stems.map((s) => VERB_LEVEL.get(s)).find((l) => l !== undefined);

type Ask = { token: Token; index: number; level: Level; main: boolean };

/** The head of what a verb acts on: its words before "of" ("the findings" of "the findings of the scanner"; "the design", not its service's alerts). */
const headOf = (object: Token[]) => {
  const from = object[0]?.norm === "of" ? 1 : 0;
  const of = object.findIndex((t, i) => i >= from && t.norm === "of");
  return object.slice(from, of < 0 ? object.length : of);
};

/**
 * The verbs that say what the person is asked to do: the line's first verb (after openers such as
 * "You will"), the verbs coordinated with it ("Monitor ... and escalate"), and failing those the
 * first verb the model tags anywhere ("Experience designing SLOs"). Verbs in subordinate clauses
 * and participles ("policies defined by the security team") are not asks.
 */
export function askVerbs(tokens: Token[]): Ask[] {
  const asks: Ask[] = [];
  let i = 0;
  while (i < tokens.length && OPENERS.has(tokens[i]!.norm) && verbLevel(tokens[i]!) === undefined) i++;
  const first = tokens[i];
  const firstLevel = first ? verbLevel(first) : undefined;
  const firstIsVerb =
    first &&
    firstLevel !== undefined &&
    (first.pos === "VERB" ||
      first.pos === "PROPN" ||
      first.pos === "NOUN" ||
      first.pos === "ADJ" ||
      first.pos === "AUX");
  if (first && firstIsVerb && firstLevel !== undefined)
    asks.push({ token: first, index: i, level: firstLevel, main: true });
  let subordinate = false;
  for (let j = (firstIsVerb ? i : -1) + 1; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (SUBORDINATORS.has(t.norm)) subordinate = true;
    const prev = tokens[j - 1];
    const afterCoordinator = prev && COORDINATORS.has(prev.norm);
    if (afterCoordinator && t.norm !== "to")
      subordinate = subordinate && !(asks.length && t.pos === "VERB" && t.lemma === t.norm);
    const l = verbLevel(t);
    if (l === undefined || subordinate) continue;
    const coordinated =
      asks.length > 0 && afterCoordinator && (t.pos === "VERB" || t.pos === "NOUN" || t.pos === "ADJ");
    const gerund = asks.length === 0 && t.pos === "VERB";
    if (coordinated || gerund) asks.push({ token: t, index: j, level: l, main: asks.length === 0 });
  }
  // A nominal ask ("Configuration of monitoring", "Setup and maintain of clusters"): the opening noun names the action.
  const opener = tokens[i];
  const verb = opener ? NOMINALISATIONS[opener.norm] : undefined;
  if (
    asks.length === 0 &&
    opener &&
    verb &&
    (tokens[i + 1]?.norm === "of" || COORDINATORS.has(tokens[i + 1]?.norm ?? ""))
  ) {
    const l = VERB_LEVEL.get(verb);
    if (l !== undefined) asks.push({ token: { ...opener, lemma: verb }, index: i, level: l, main: true });
  }
  return asks;
}

/** The words a verb acts on: up to the next preposition, clause or coordinated verb ("of" continues: "the rollout of OPA"). */
export function objectSpan(tokens: Token[], verbAt: number, max = 6): Token[] {
  const out: Token[] = [];
  for (let j = verbAt + 1; j < tokens.length && out.length < max; j++) {
    const t = tokens[j]!;
    if (t.norm !== "of" && (t.pos === "ADP" || t.pos === "SCONJ" || t.pos === "PART" || SUBORDINATORS.has(t.norm)))
      break;
    if (
      COORDINATORS.has(t.norm) &&
      tokens[j + 1] &&
      verbLevel(tokens[j + 1]!) !== undefined &&
      tokens[j + 1]!.pos === "VERB"
    )
      break;
    out.push(t);
  }
  return out;
}

export type Votes = Record<Level, number>;
export type Cue = { text: string; level: Level; weight: number; why: string; from: number };

const has = (tokens: Token[], phrases: Phrase<true>[]) => findPhrases(tokens, "", phrases).length > 0;

/** "a Grafana board", "the Jira board": a screen, not the company's board. */
const isToolBoard = (h: Hit<Level>, tokens: Token[]) =>
  h.source === "board" &&
  h.from > 0 &&
  ["PROPN", "NOUN"].includes(tokens[h.from - 1]!.pos) &&
  tokens[h.from - 1]!.norm !== "company";

const QUANTIFIERS = new Set(BINDING_QUANTIFIERS);
const GROUPS = new Set(BINDING_GROUPS);
const OBLIGATIONS = BINDING_OBLIGATIONS.map((o) => o.split(" "));

/**
 * A rule binding every group of others (level-cues.ts, BINDING_*): "the targets every product team
 * must meet". Without an obligation ("every team's logs", "all teams use it") it binds nobody. The
 * tokens of the group phrase, or null.
 */
export function bindingRule(tokens: Token[]): { from: number; to: number } | null {
  for (let i = 0; i < tokens.length; i++) {
    if (!QUANTIFIERS.has(tokens[i]!.norm)) continue;
    for (let j = i + 1; j <= Math.min(i + 4, tokens.length - 1); j++) {
      if (!GROUPS.has(tokens[j]!.norm)) continue;
      // "every team's logs": whose data it is, not whom the rule binds.
      if (tokens[j + 1]?.norm === "s") break;
      for (let k = j + 1; k <= Math.min(j + 6, tokens.length - 1); k++)
        if (OBLIGATIONS.some((o) => o.every((w, n) => tokens[k + n]?.norm === w))) return { from: i, to: j + 1 };
      break;
    }
  }
  return null;
}

const PERMISSION_AT = new Set(PERMISSION_WORDS);
const MODALS = PERMISSION_MODALS.map((m) => m.split(" "));

/**
 * A rule on what others may or must do, asked after the line's ask (level-cues.ts, PERMISSION_*):
 * "Decide which incident classes may be remediated automatically". The question word's token and
 * the modal's, or null.
 */
export function permissionRule(tokens: Token[], askAt: number): { from: number; to: number } | null {
  for (let i = askAt + 1; i < tokens.length; i++) {
    if (!PERMISSION_AT.has(tokens[i]!.norm)) continue;
    for (let k = i + 1; k <= Math.min(i + 8, tokens.length - 1); k++) {
      const m = MODALS.find((o) => o.every((w, n) => tokens[k + n]?.norm === w));
      if (m) return { from: i, to: k + m.length };
    }
  }
  return null;
}

/** "shadow" as a noun ("two weeks in shadow mode", "a shadow period") names how a model runs, not shadowing someone. */
const isModeShadow = (h: Hit<Level | true>, tokens: Token[], asks: Set<number>) =>
  /^shadow/.test(h.source) && tokens[h.from]!.pos !== "VERB" && !asks.has(h.from);

const isPossessiveTeam = (h: Hit<Level>, tokens: Token[]) =>
  /^(every team|all teams)$/.test(h.source) && tokens[h.to]?.norm === "s";

/**
 * What surrounds the line: `topics`/`terms` are the starts of tokens inside multi-word domain
 * terms (after the first / all of them).
 */
export type LevelContext = { topics?: Set<number>; terms?: Set<number> };

/** The level a line asks for, with the cues that decided it; null when there is no cue at all. */
export function readLevel(
  tokens: Token[],
  line: string,
  { topics = new Set(), terms = new Set() }: LevelContext = {},
): { level: Level | null; cues: Cue[]; margin: number } {
  const asked = askVerbs(tokens);
  const askAt = new Set(asked.map((a) => a.index));
  // "every team's events" is whose data it is, not the scope of the work; a word inside a domain
  // term ("policy-as-code") names the topic, not the scope.
  const phraseHits = longestFirst(findPhrases(tokens, line, LEVEL_CUES)).filter(
    (h) =>
      !isPossessiveTeam(h, tokens) &&
      !(h.to - h.from === 1 && terms.has(tokens[h.from]!.start)) &&
      !isToolBoard(h, tokens) &&
      !isModeShadow(h, tokens, askAt),
  );
  // Organisation scope or a strategic object anywhere; or a softer one ("framework", "policy"), or
  // a group of people ("the contractors' teams"), as the object of a verb whose level depends on it
  // ("Own our model risk framework").
  const scopedObjects = asked
    .filter((a) => SCOPE_DEPENDENT[a.token.lemma] !== undefined)
    .map((a) => objectSpan(tokens, a.index, 8));
  const scoped = scopedObjects.flatMap((span) => span.map((t) => t.start));
  const binding = bindingRule(tokens);
  const strategic =
    phraseHits.some((h) => h.key === 3 && (h.weight === 3 || scoped.includes(tokens[h.from]!.start))) ||
    scopedObjects.some((span) => has(span, PEOPLE_GROUP_PHRASES)) ||
    binding !== null;
  const inPhrase = (i: number) => phraseHits.some((h) => h.to - h.from > 1 && h.from <= i && i < h.to);
  // Getting others to adopt something, or answering to the leadership for it: the verbs inside
  // ("use", "report") are theirs or the channel, not the level of the ask.
  const leads = [adoptionAsk(tokens), reportsToLeadership(tokens)].filter((x) => x !== null);
  const inLead = (i: number) => leads.some((x) => x.from <= i && i < x.to);
  // Running an access review, whatever the verb ("do", "conduct", "carry out"): Level 2.
  const reviewAt = tokens.findIndex((t, i) => RUNS_REVIEWS.has(t.lemma) && has(objectSpan(tokens, i, 8), REVIEWS));
  const cues: Cue[] = [];
  let directs = leads.length > 0;
  let reviewRead = false;
  // Configuring who may see what implements access; it does not set a rule for others.
  let implementsAccess = false;
  for (const a of asked) {
    if (inPhrase(a.index) || inLead(a.index)) continue; // "Understanding of" is one framing cue, not also a verb
    if (topics.has(a.token.start)) continue; // a verb inside a domain term names a topic ("model tuning")
    let level = a.level;
    let why = `"${a.token.text}" ${level === 1 ? "uses or follows what exists" : level === 2 ? "builds or changes a system" : "sets direction"}`;
    const object = objectSpan(tokens, a.index);
    const base = SCOPE_DEPENDENT[a.token.lemma];
    if (base !== undefined) {
      level = strategic ? 3 : base;
      why = strategic ? `"${a.token.text}" with organisation-level scope` : `"${a.token.text}" on a system or team`;
    }
    if (a.token.lemma === "set" && tokens[a.index + 1]?.norm === "up")
      [level, why] = has(objectSpan(tokens, a.index + 1), DESIGNED_SETUPS)
        ? [2, `"set up" a detector, a baseline or access control: designs it`]
        : [1, `"set up" configures`];
    if (a.token.lemma === "stand" && tokens[a.index + 1]?.norm === "up") [level, why] = [2, `"stand up" builds`];
    if ((a.token.lemma === "run" || a.token.lemma === "execute") && has(object, RUN_TASKS))
      [level, why] = [1, `"${a.token.text}" a tool or task`];
    // Whatever the verb, running an access review is Level 2; leading them for the organisation stays Level 3.
    if (a.index === reviewAt && level < 3) {
      reviewRead = true;
      cues.push({
        text: a.token.text,
        level: 2,
        weight: 3,
        why: `"${a.token.text}" an access review: decides who keeps access`,
        from: a.index,
      });
      continue;
    }
    const matrixWork = level === 1 ? matrixLevel2(tokens, line, a.index) : null;
    if (matrixWork) [level, why, implementsAccess] = [2, `"${a.token.text}" ${matrixWork.why}`, matrixWork.access];
    if (level === 3 && CONCRETE_DOWNGRADE.has(a.token.lemma) && !strategic && has(object, CONCRETE))
      [level, why] = [2, `"${a.token.text}" a concrete artefact, not a direction`];
    if (level === 2 && SCRIPT_WRITING_VERBS.has(a.token.lemma) && !strategic && has(object, SCRIPTS))
      [level, why] = [1, `"${a.token.text}" scripts: routine automation`];
    if (level === 2 && TRIAGE_VERBS.has(a.token.lemma) && !strategic && has(headOf(object), TRIAGE))
      [level, why] = [1, `"${a.token.text}" what a tool or a colleague produced: triage`];
    if (
      level === 2 &&
      MAKING_VERBS.has(a.token.lemma) &&
      (has(object, SMALL) || object.slice(0, 3).some((t) => SMALL_WORDS.has(t.norm)))
    )
      [level, why] = [1, `"${a.token.text}" a small artefact`];
    // Level 1 operates what exists: keeping a record up, or running what is already there.
    if (level === 2 && OPERATING_VERBS.has(a.token.lemma) && keepsRecord(tokens, line, a.index))
      [level, why] = [1, `"${a.token.text}" a record, not a system`];
    else if (level === 2 && !strategic && runsExisting(tokens, a.token))
      [level, why] = [1, `"${a.token.text}" what already exists`];
    // The ad's title does not lower the level a sentence asks: an entry-level ad asking someone to
    // "own" or "run" a system is the inflation a flag is for. The title is a feature of the level
    // model instead, weighed with the words (10-fold by ad over 876 ads: inflated lines flagged 1503 →
    // 1508 of 1605, level 95.5 → 95.6% without the rule that read them Level 1 here).
    if (level === 3 || base !== undefined) directs = true;
    cues.push({ text: a.token.text, level, weight: 3, why, from: a.index });
  }
  // Scope words decorate a Level 1 action without raising it ("Follow the enterprise security standards").
  const followsOnly = cues.length > 0 && cues[0]!.level === 1 && !cues.some((c) => c.level > 1);
  // Using what already exists: settings such as "in production" don't raise it ("Use the existing dashboards ... in production").
  const usesExisting = followsOnly && tokens.some((t) => t.norm === "existing" || t.norm === "already");
  // Saying what others may or must do sets a rule for them (the matrix's "Defines which incident
  // classes may be auto-remediated"); following such a rule ("Check which alerts must be
  // escalated") does not.
  const permission = asked[0] && !followsOnly && !implementsAccess ? permissionRule(tokens, asked[0].index) : null;
  // A law or standard named as a noun ("the Data Protection Act"), not the verb "act".
  const laws = findPhrases(tokens, line, LAWS).filter((l) => tokens[l.from]!.pos !== "VERB");
  // Nor does where it runs: "Use Grafana dashboards in production" still uses what exists.
  for (const h of phraseHits) {
    // Inside the rule, a setting ("what automation may change in production") is the others' work, not the person's.
    if (permission && h.from >= permission.from && h.key < 3) continue;
    // Softer Level 3 words ("policy", "framework") mean direction only when the verb sets one.
    if (h.key === 3 && ((h.weight < 3 && !directs) || followsOnly)) continue;
    if (h.key === 2 && (usesExisting || (followsOnly && SETTING_QUALIFIERS.has(h.source)))) continue;
    // "well enough to read anomaly scores": the purpose says the level, not the qualifier.
    const purpose = h.source === "well enough to" ? tokens[h.to] : undefined;
    if (purpose && verbLevel(purpose) === 1) {
      cues.push({
        text: h.text,
        level: 1,
        weight: h.weight,
        why: `"${h.text} ${purpose.text}": enough to use it`,
        from: h.from,
      });
      continue;
    }
    // "Deep knowledge of SOC 2 and the GDPR": knowing a law or standard, however well, is Level 1.
    const knowledge =
      h.key === 2 &&
      (KNOWLEDGE_DEPTH.includes(h.source) || /^(knowledge|understanding)$/.test(tokens[h.to]?.norm ?? ""));
    if (knowledge && laws.some((l) => l.from >= h.to)) {
      cues.push({
        text: h.text,
        level: 1,
        weight: h.weight,
        why: `"${KNOWLEDGE_DEPTH.includes(h.source) ? h.text : `${h.text} ${tokens[h.to]!.text}`}" of a law or standard: knowing what applies, however well`,
        from: h.from,
      });
      continue;
    }
    cues.push({ text: h.text, level: h.key, weight: h.weight, why: `"${h.text}"`, from: h.from });
  }
  // Setting what every team (or vendor) must meet sets a standard for the organisation; a Level 1
  // action around it ("Follow the rules every team must follow") stays where it is.
  if (binding && !followsOnly) {
    const text = line.slice(tokens[binding.from]!.start, tokens[binding.to - 1]!.end);
    cues.push({
      text,
      level: 3,
      weight: 3,
      why: `a rule "${text}" must meet: a standard for the organisation`,
      from: binding.from,
    });
  }
  // A review run by a verb the loop did not read ("Carry out the access reviews", a phrase), unless
  // the line asks for more.
  if (reviewAt >= 0 && !reviewRead && !cues.some((c) => c.level === 3 && c.weight === 3))
    cues.push({
      text: tokens[reviewAt]!.text,
      level: 2,
      weight: 3,
      why: `"${tokens[reviewAt]!.text}" an access review: decides who keeps access`,
      from: reviewAt,
    });
  for (const x of leads) {
    const text = line.slice(tokens[x.from]!.start, tokens[x.to - 1]!.end);
    cues.push({
      text,
      level: 3,
      weight: 3,
      why:
        x.kind === "adoption"
          ? `"${text}": gets other people to change how they work`
          : `"${text}": answers to the organisation's leadership`,
      from: x.from,
    });
  }
  if (permission) {
    const text = line.slice(tokens[permission.from]!.start, tokens[permission.to - 1]!.end);
    cues.push({
      text,
      level: 3,
      weight: 3,
      why: `"${text}": a rule on what others may do`,
      from: permission.from,
    });
  }
  const loopFrom = findPhrases(tokens, line, LOOP_FROM)[0];
  const loopInto = findPhrases(tokens, line, LOOP_INTO)[0];
  if (loopFrom && loopInto)
    cues.push({
      text: loopFrom.text,
      level: 3,
      weight: 3,
      why: `what "${loopFrom.text}" teach fed back into detection`,
      from: loopFrom.from,
    });
  // A line (or its heading) that names its level says it outright.
  const explicit = /\blevel\s*([123])\b/i.exec(line);
  if (explicit)
    return {
      level: Number(explicit[1]) as Level,
      cues: [
        { text: explicit[0], level: Number(explicit[1]) as Level, weight: 6, why: `names ${explicit[0]}`, from: 0 },
      ],
      margin: 1,
    };
  // Someone else directs or reviews the work ("with a senior engineer reviewing", "when told to"): Level 1, unless it sets direction.
  const directed = underDirection(tokens, new Set(asked.map((a) => a.index)));
  if (directed && !cues.some((c) => c.level === 3 && c.weight === 3))
    return {
      level: 1,
      cues: [
        {
          text: directed,
          level: 1,
          weight: 6,
          why: `"${directed}": someone else directs or reviews the work`,
          from: 0,
        },
      ],
      margin: 1,
    };
  const cap = findPhrases(tokens, line, CAPS).filter((h) => !isModeShadow(h, tokens, askAt))[0];
  if (cap)
    return {
      level: 1,
      cues: [
        {
          text: cap.text,
          level: 1,
          weight: 6,
          why: `"${cap.text}": follows or keeps up what others set`,
          from: cap.from,
        },
      ],
      margin: 1,
    };
  const votes: Votes = { 1: 0, 2: 0, 3: 0 };
  for (const c of cues) votes[c.level] += c.weight;
  // Equal evidence goes to the higher level: a line asking for both asks for the higher.
  const ranked = ([3, 2, 1] as const).map((l) => ({ l, v: votes[l] })).sort((a, b) => b.v - a.v);
  const top = ranked[0]!;
  if (top.v === 0) return { level: null, cues: [], margin: 0 };
  const margin = (top.v - ranked[1]!.v) / top.v;
  const decided = cues
    .filter((c) => c.level === top.l)
    .filter((c, i, all) => all.findIndex((x) => x.text.toLowerCase() === c.text.toLowerCase()) === i);
  return { level: top.l, cues: decided, margin };
}
