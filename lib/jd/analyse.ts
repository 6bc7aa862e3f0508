// Maps job-description requirement lines onto the AIOps matrix (domain x level) and flags
// lines that ask for more or less than the role's targets. Pure and synchronous: no I/O, no
// dependencies beyond the lexicon, and the same text always gives the same answer.
import { DOMAIN_CUES, DOMAIN_KEYS, DOMAIN_NAMES, LEVEL_CUE_LIST, LEVEL_SUMMARIES, NEUTRAL_CUES, VAGUE_CUES, parseYears, type Cue, type DomainKey, type Level } from "./lexicon";
import { splitRequirementItems } from "./split";
import { detectTitle } from "./title";

export { splitRequirements, splitRequirementItems } from "./split";
export { detectTitle } from "./title";
export type { DomainKey, Level } from "./lexicon";

export type MappedLine = {
  domain: DomainKey | null;
  level: Level | null;
  /** 0..1: how clearly one domain wins, how much evidence there is, and whether a level cue was found. */
  confidence: number;
  /** The words that decided the domain and the level, in reading order. */
  matched: string[];
  years: number | null;
  vague: string[];
};
export type Target = 0 | 1 | 2 | 3;
export type RoleTargets = { title: string; targets: Record<DomainKey, Target> };
export type FlagKind = "inflation" | "deflation" | "vague" | "years";
export type Flag = { kind: FlagKind; message: string };
export type AnalysedLine = MappedLine & { text: string; optional: boolean; flags: Flag[] };
/** The title checked: the one the text gives itself, else the role's. */
export type CheckedTitle = { text: string; fromText: boolean };
export type JdAnalysis = {
  lines: AnalysedLine[];
  missingDomains: DomainKey[];
  title: CheckedTitle;
  titleFlag: string | null;
  score: number;
  scoreExplanation: string;
  /** What the score leaves out, so a 100 is not read as "nothing to fix". */
  scoreExclusions: string;
};

/** Score penalties, documented here so the explanation and the tests agree. */
export const PENALTIES = { inflation: 10, deflation: 8, vague: 5, years: 5, missingDomain: 15, title: 10 } as const;
/** Line penalties count in full up to this many lines; longer texts scale them down to a share. */
export const LINE_NORMALISATION = 10;
/** A domain or level needs at least this much evidence: one weak (weight 1) hint is not a mapping. */
const MIN_SCORE = 2;
/**
 * A sub-heading that names a domain ("### Observability & telemetry", as the generator and many
 * ads group requirements) counts like a "usually about it" term for the lines under it: enough
 * to settle a line that mixes domains, not enough to outweigh a line plainly about another.
 */
const CONTEXT_WEIGHT = 2;

type Hit<K> = { key: K; weight: number; start: number; end: number; text: string };

/** Lowercase, and every non-alphanumeric becomes a space, keeping offsets into the original. */
function fold(line: string): string {
  let out = "";
  for (const ch of line) {
    const l = ch.toLowerCase();
    const keep = l.length === ch.length && /^[a-z0-9]+$/.test(l);
    out += keep ? l : " ".repeat(ch.length);
  }
  return out;
}

/** All cue matches, longest first; a shorter match inside a longer one is dropped ("model drift" beats "drift"). */
function findHits<K>(folded: string, original: string, cues: Cue<K>[]): Hit<K>[] {
  const all: Hit<K>[] = [];
  for (const c of cues) {
    c.re.lastIndex = 0;
    for (let m = c.re.exec(folded); m; m = c.re.exec(folded)) {
      all.push({ key: c.key, weight: c.weight, start: m.index, end: m.index + m[0].length, text: original.slice(m.index, m.index + m[0].length) });
      if (m[0].length === 0) c.re.lastIndex++;
    }
  }
  all.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || b.weight - a.weight);
  const kept: Hit<K>[] = [];
  for (const h of all) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}

/** Total weight per key, best first: `tieBreak` orders keys with equal totals. */
function rank<K>(hits: Hit<K>[], tieBreak: (a: K, b: K) => number): { key: K; score: number }[] {
  const score = new Map<K, number>();
  for (const h of hits) score.set(h.key, (score.get(h.key) ?? 0) + h.weight);
  return [...score].map(([key, s]) => ({ key, score: s })).sort((a, b) => b.score - a.score || tieBreak(a.key, b.key));
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const DOMAIN_AND_TEAM_CUES = [...DOMAIN_CUES, ...NEUTRAL_CUES];

/** The domain a sub-heading names, or null ("### Observability & telemetry: Level 2" names observability). */
function contextDomain(heading: string | undefined): DomainKey | null {
  return heading ? mapLine(heading).domain : null;
}

/** Maps one requirement line to a domain and a level, with the evidence. Deterministic. */
export function mapLine(line: string, context?: string): MappedLine {
  const folded = fold(line);
  const lineHits = findHits<DomainKey | null>(folded, line, DOMAIN_AND_TEAM_CUES).filter((h): h is Hit<DomainKey> => h.key !== null);
  const ctx = contextDomain(context);
  // The heading's evidence sits before the line (start -1), so it is listed first among the matched words.
  const domainHits = ctx ? [{ key: ctx, weight: CONTEXT_WEIGHT, start: -1, end: -1, text: `section “${context}”` }, ...lineHits] : lineHits;
  // A level cue inside a longer domain term names a topic, not the ask ("model tuning", "model evaluation").
  const levelHits = findHits(folded, line, LEVEL_CUE_LIST).filter((l) => !lineHits.some((d) => d.start <= l.start && l.end <= d.end && d.end - d.start > l.end - l.start));
  const vague = [...new Set(findHits(folded, line, VAGUE_CUES).map((h) => h.text.toLowerCase()))];
  // Domain ties go to more heavy (weight 3) hits, then the earliest hit, then the matrix order.
  const heavy = (k: DomainKey) => domainHits.filter((h) => h.key === k && h.weight === 3).length;
  const first = (k: DomainKey) => domainHits.find((h) => h.key === k)?.start ?? Infinity;
  const domains = rank(domainHits, (a, b) => heavy(b) - heavy(a) || first(a) - first(b) || DOMAIN_KEYS.indexOf(a) - DOMAIN_KEYS.indexOf(b));
  const top = domains[0];
  const domain = top && top.score >= MIN_SCORE ? top.key : null;
  // Equal level evidence goes to the higher level: a line asking for both asks for the higher.
  const bestLevel = rank(levelHits, (a, b) => b - a)[0];
  const level = bestLevel && bestLevel.score >= MIN_SCORE ? bestLevel.key : null;
  const total = domains.reduce((s, d) => s + d.score, 0);
  const confidence = domain === null || !top ? 0 : round2((top.score / total) * (1 - Math.exp(-top.score / 3)) * (level === null ? 0.6 : 1));
  const evidence = [...domainHits.filter((h) => domain !== null && h.key === domain), ...levelHits.filter((h) => h.key === level)].sort((a, b) => a.start - b.start);
  // A word can be both a domain term and a level cue ("integrates"); list it once.
  const matched = evidence.filter((h, i) => i === 0 || h.start !== evidence[i - 1]?.start).map((h) => h.text);
  return { domain, level, confidence, matched, years: parseYears(line), vague };
}

const maxTarget = (t: Record<DomainKey, Target>) => Math.max(...DOMAIN_KEYS.map((d) => t[d]));

export function lineFlags(line: MappedLine & { optional: boolean }, targets: Record<DomainKey, Target>, linesInDomain: number): Flag[] {
  const flags: Flag[] = [];
  const top = maxTarget(targets);
  if (line.domain !== null && line.level !== null) {
    const target = targets[line.domain];
    const asks = `Level ${line.level} (${LEVEL_SUMMARIES[line.domain][line.level]})`;
    const name = DOMAIN_NAMES[line.domain];
    // A nice-to-have may reach one level above the target; that is what "nice to have" means.
    const allowed = line.optional ? target + 1 : target;
    if (line.level > allowed) {
      const of = target === 0 ? `in ${name}, which the role doesn't target` : `for a Level ${target} target in ${name}`;
      flags.push({ kind: "inflation", message: `Asks ${asks} ${of}${line.optional ? " (even as a nice-to-have)" : ""}` });
    } else if (!line.optional && target - line.level >= 2) {
      flags.push({ kind: "deflation", message: `Asks only ${asks} for a Level ${target} target in ${name}` });
    } else if (!line.optional && line.level < target && linesInDomain === 1) {
      flags.push({ kind: "deflation", message: `Asks only ${asks} for a Level ${target} target, and it is the only ${name} line` });
    }
  }
  if (line.domain === null && (line.vague.length > 0 || line.years === null)) {
    const message = line.vague.length
      ? `Vague: ${line.vague.map((v) => `"${v}"`).join(", ")} says nothing about the work; name the skill and the level`
      : "Maps to no competency domain; say which skill this tests";
    flags.push({ kind: "vague", message });
  }
  if (line.years !== null && top > 0) {
    if (top <= 1 && line.years > 3) flags.push({ kind: "years", message: `Demands ${line.years}+ years for a role whose targets are all Level 1 or below` });
    else if (top === 3 && line.years < 3) flags.push({ kind: "years", message: `Demands only ${line.years} years for a role with a Level 3 target` });
    else if (top === 2 && line.years >= 10) flags.push({ kind: "years", message: `Demands ${line.years}+ years for a role whose highest target is Level 2` });
  }
  return flags;
}

const SENIOR_TITLE = /\b(senior|sr\.?|staff|principal|lead|distinguished|head of)(?![a-z])/i;
const JUNIOR_TITLE = /\b(junior|jr\.?|graduate|grad|entry[- ]level|intern|trainee|apprentice)(?![a-z])/i;

/** A required line's ask, for comparing a title with the levels the text asks for. */
export type Ask = { domain: DomainKey; level: Level };

/**
 * A title whose seniority contradicts the levels asked, or null: the levels the text itself
 * asks for (`asked`, required lines only) and the role's targets. Several reasons join with "; ".
 */
export function titleFlag(title: string, targets: Record<DomainKey, Target>, asked: Ask[] = []): string | null {
  const reasons: string[] = [];
  const top = maxTarget(targets);
  const senior = SENIOR_TITLE.exec(title);
  const junior = JUNIOR_TITLE.exec(title);
  if (senior) {
    const topAsked = Math.max(0, ...asked.map((a) => a.level));
    if (asked.length && topAsked <= 1) reasons.push(`Title says "${senior[1]}" but the text asks nothing above Level 1`);
    if (top <= 1) reasons.push(`Title says "${senior[1]}" but no domain targets above Level ${top}`);
  }
  if (junior) {
    const l3Asked = DOMAIN_KEYS.filter((d) => asked.some((a) => a.domain === d && a.level === 3));
    if (l3Asked.length) {
      const n = asked.filter((a) => a.level === 3).length;
      reasons.push(`Title says "${junior[1]}" but the text asks Level 3 in ${l3Asked.map((d) => DOMAIN_NAMES[d]).join(", ")} (${plural(n, "line")})`);
    }
    const l3 = DOMAIN_KEYS.filter((d) => targets[d] === 3);
    if (l3.length) reasons.push(`Title says "${junior[1]}" but the role targets Level 3 in ${l3.map((d) => DOMAIN_NAMES[d]).join(", ")}`);
  }
  return reasons.length ? reasons.join("; ") : null;
}


export function analyseJobDescription(text: string, role: RoleTargets): JdAnalysis {
  const items = splitRequirementItems(text);
  const mapped = items.map((i) => ({ text: i.text, optional: i.optional, ...mapLine(i.text, i.context) }));
  const perDomain = new Map<DomainKey, number>();
  for (const m of mapped) if (m.domain) perDomain.set(m.domain, (perDomain.get(m.domain) ?? 0) + 1);
  const lines: AnalysedLine[] = mapped.map((m) => ({ ...m, flags: lineFlags(m, role.targets, m.domain ? (perDomain.get(m.domain) ?? 0) : 0) }));
  const missingDomains = DOMAIN_KEYS.filter((d) => role.targets[d] > 0 && !perDomain.has(d));
  // The text's own title wins: a "Junior SRE" ad pasted against any role is judged as junior.
  const own = detectTitle(text);
  const title: CheckedTitle = own ? { text: own, fromText: true } : { text: role.title, fromText: false };
  const asked = lines.flatMap((l) => (l.domain !== null && l.level !== null && !l.optional ? [{ domain: l.domain, level: l.level }] : []));
  const flag = titleFlag(title.text, role.targets, asked);
  const { score, scoreExplanation } = alignmentScore(lines, missingDomains, flag);
  return { lines, missingDomains, title, titleFlag: flag, score, scoreExplanation, scoreExclusions: scoreExclusions(lines) };
}

/** 100 minus penalties: per flagged line (scaled for long texts), per missing domain and for the title. */
export function alignmentScore(lines: AnalysedLine[], missingDomains: DomainKey[], title: string | null): { score: number; scoreExplanation: string } {
  if (lines.length === 0) return { score: 0, scoreExplanation: "Alignment 0/100: no requirement lines were found to compare with the role's targets." };
  const scale = Math.min(1, LINE_NORMALISATION / lines.length);
  const count = (k: FlagKind) => lines.filter((l) => l.flags.some((f) => f.kind === k)).length;
  const parts: { points: number; what: string }[] = [];
  const words: Record<FlagKind, string> = { inflation: "inflated line", deflation: "deflated line", vague: "vague line", years: "years-mismatched line" };
  for (const k of ["inflation", "deflation", "vague", "years"] as const) {
    const n = count(k);
    if (n) parts.push({ points: n * PENALTIES[k] * scale, what: plural(n, words[k]) });
  }
  if (missingDomains.length) parts.push({ points: missingDomains.length * PENALTIES.missingDomain, what: `${plural(missingDomains.length, "missing domain")} (${missingDomains.map((d) => DOMAIN_NAMES[d]).join(", ")})` });
  if (title) parts.push({ points: PENALTIES.title, what: "a title that contradicts the levels asked" });
  const raw = 100 - parts.reduce((s, p) => s + p.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  if (!parts.length) return { score, scoreExplanation: `Alignment ${score}/100: no inflated, deflated, vague or years-mismatched lines, no missing domains and a title that matches the levels asked.` };
  const list = parts.map((p) => `${fmt(p.points)} for ${p.what}`);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}` : (list[0] ?? "");
  const scaled = scale < 1 ? ` (line penalties scaled by ${LINE_NORMALISATION}/${lines.length} for ${lines.length} requirement lines)` : "";
  return { score, scoreExplanation: `Alignment ${score}/100: started at 100 and lost ${joined}${scaled}${raw < 0 ? ", floored at 0" : ""}.` };
}

/** What the score does not count: inclusive language (checked separately) and lines that name a domain but no level. */
export function scoreExclusions(lines: AnalysedLine[]): string {
  const noLevel = lines.filter((l) => l.domain !== null && l.level === null).length;
  const levelPart = noLevel
    ? `${plural(noLevel, "line")} that ${noLevel === 1 ? "names" : "name"} a domain but no level (${noLevel === 1 ? "it" : "they"} can be neither inflated nor deflated; say the level to have ${noLevel === 1 ? "it" : "them"} checked)`
    : "lines that name a domain but no level (none here)";
  return `Not in the score: inclusive-language warnings (listed separately below) and ${levelPart}.`;
}
