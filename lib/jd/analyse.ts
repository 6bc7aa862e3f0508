// Maps job-description requirement lines onto the AIOps matrix (domain x level) and flags
// lines that ask for more or less than the role's targets. Synchronous and deterministic: the
// NLP model (wink-nlp) and the vocabulary are data shipped with the app, no outside service.
import { classify } from "./classify";
import type { LineSetting } from "./features";
import learnedData from "./learned-data.json";
import type { ExtraDomain, Learned } from "./learned";
import { readModel, type JdModel } from "./model";
import modelData from "./model-data.json";
import { DOMAIN_KEYS, DOMAIN_NAMES, LEVEL_SUMMARIES, type DomainKey, type Level } from "./lexicon";
import { tokenizeMany, type Token } from "./nlp";
import { readLineDetailed, type LineDetail, type MappedLine } from "./read-line";
import { splitRequirementItems, type RequirementItem } from "./split";
import { detectTitle, titleRung } from "./title";

export { splitRequirements, splitRequirementItems } from "./split";
export { detectTitle } from "./title";
export type { DomainKey, Level } from "./lexicon";
export type { MappedLine } from "./read-line";

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
  /** Domains the organisation added that lines were mapped to, with their names. */
  extraDomains: { key: string; name: string; target: number }[];
};
export type AnalyseOptions = {
  learned?: Learned | null;
  /** The learned domain and level models (MODEL by default); null reads with the lexicon alone. */
  model?: JdModel | null;
  extraDomains?: ExtraDomain[];
  prior?: DomainKey | null;
  /** The ad's title is entry-level (mapAd works it out from the title). */
  junior?: boolean;
  /**
   * A line with no level cue (its level read by the level model from its words and the ad around
   * it) is flagged only when the model carries its own threshold for such lines (never below the cued lines' one)
   * (`flagThresholdWithoutCue`, chosen by cross-validation), and the flag names the evidence that
   * read the level. On by default; false checks cued lines only (the rule until 2026-12-02).
   */
  flagLinesWithoutLevelCue?: boolean;
};

/** Score penalties, documented here so the explanation and the tests agree. */
export const PENALTIES = { inflation: 10, deflation: 8, vague: 5, years: 5, missingDomain: 15, title: 10 } as const;
/**
 * A line is flagged for asking too much or too little only when its reading is this sure
 * (confidence: the domain's win times the level's). Calibrated on the development sets'
 * labels: below it, flags were mostly wrong cells (a close call between two domains), above it
 * mostly right.
 */
export const MIN_FLAG_CONFIDENCE = 0.35;
/** Line penalties count in full up to this many lines; longer texts scale them down to a share. */
export const LINE_NORMALISATION = 10;

/** Word associations learned from the labelled corpus and the matrix (scripts/jd-learn.ts writes them). */
export const LEARNED: Learned = learnedData as Learned;
/** The domain and level models learned from the same lines (scripts/jd-learn.ts writes them). */
export const MODEL: JdModel = readModel(modelData);

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Maps one requirement line to a domain and a level, with the evidence. Deterministic. */
export function mapLine(line: string, context?: string, options: AnalyseOptions = {}, tokens?: Token[]): MappedLine {
  const model = options.model === undefined ? MODEL : options.model;
  const r = readLexicon(line, context, options, tokens);
  return model ? classify(line, r.mapped, r.detail, model, { prior: options.prior, junior: options.junior }) : r.mapped;
}

/** The lexicon's reading of a line (with the learned word leans only when no model reads it). */
function readLexicon(line: string, context: string | undefined, options: AnalyseOptions, tokens?: Token[]) {
  const model = options.model === undefined ? MODEL : options.model;
  return readLineDetailed(line, {
    context,
    tokens,
    learned: model ? null : options.learned === undefined ? LEARNED : options.learned,
    extraDomains: options.extraDomains,
    prior: options.prior,
    junior: options.junior,
  });
}

const maxTarget = (t: Record<DomainKey, Target>) => Math.max(...DOMAIN_KEYS.map((d) => t[d]));

/** The highest level a line may ask for: a nice-to-have may reach one above the target; that is what "nice to have" means. */
const allowedLevel = (target: number, optional: boolean | undefined) => (optional ? target + 1 : target);

/**
 * How sure the models are that a line asks above the allowed level (below the target): with the
 * role's targets, the probability summed over the domains the line may be about, each with its own
 * target (a line torn between two domains that both target Level 1 is still surely above a Level 1
 * target); without, P(the line's domain) x P(level beyond `bound`). Null when the models did not
 * read the line.
 */
export function flagProbability(
  line: Pick<MappedLine, "probabilities"> & { optional?: boolean },
  side: "above" | "below",
  bound: number,
  targets?: Record<DomainKey, Target>,
): number | null {
  const p = line.probabilities;
  if (!p) return null;
  const beyond = (b: number) =>
    p.level.reduce((s, v, i) => s + ((side === "above" ? i + 1 > b : i + 1 < b) ? v : 0), 0);
  if (!targets || !p.domains) return p.domain * beyond(bound);
  const allowedIn = (d: DomainKey) => (side === "above" ? allowedLevel(targets[d], line.optional) : targets[d]);
  return DOMAIN_KEYS.reduce((s, d) => s + (p.domains?.[d] ?? 0) * beyond(allowedIn(d)), 0);
}

/**
 * Whether a line's reading is sure enough to flag it as asking more (or less) than the target.
 * A level the sentence gives a cue for: flagProbability must reach `threshold`, chosen by
 * cross-validation. A level the models read without a cue (levelBasis "learned"): only when
 * `withoutCue` is a threshold (the model's own for such lines, never below `threshold`), and the probability
 * reaches it. Read by the lexicon alone, the level must come from a cue and its confidence reach
 * MIN_FLAG_CONFIDENCE.
 */
export function sureEnough(
  line: Pick<MappedLine, "level" | "levelBasis" | "confidence" | "probabilities"> & { optional?: boolean },
  side: "above" | "below",
  bound: number,
  threshold: number = MODEL.flagThreshold,
  targets?: Record<DomainKey, Target>,
  withoutCue: number | null = null,
): boolean {
  if (line.level === null) return false;
  const cued = line.levelBasis === "explicit";
  if (!cued && !(withoutCue !== null && line.levelBasis === "learned" && line.probabilities)) return false;
  const p = flagProbability(line, side, bound, targets);
  if (p === null) return line.confidence >= MIN_FLAG_CONFIDENCE;
  return p >= (cued ? threshold : withoutCue!);
}

/** Why a level read without a cue was flagged: the evidence the level model weighed most, and how sure it was. */
function withoutCueReason(
  line: MappedLine & { optional: boolean },
  side: "above" | "below",
  bound: number,
  targets: Record<DomainKey, Target>,
) {
  if (line.levelBasis === "explicit") return "";
  const p = flagProbability(line, side, bound, targets) ?? 0;
  const evidence = line.levelEvidence?.length ? ` (${line.levelEvidence.join(", ")})` : "";
  const than = side === "above" ? `more than Level ${bound}` : `less than Level ${bound}`;
  return `. No word in it says how much, but lines worded like it${evidence} asked Level ${line.level}: ${Math.round(p * 100)}% sure it asks ${than}`;
}

export function lineFlags(
  line: MappedLine & { optional: boolean },
  targets: Record<DomainKey, Target>,
  linesInDomain: number,
  extras: ExtraDomain[] = [],
  threshold: number = MODEL.flagThreshold,
  withoutCue: number | null = null,
): Flag[] {
  const flags: Flag[] = [];
  const top = maxTarget(targets);
  if (line.domain !== null && line.level !== null) {
    const target = targets[line.domain];
    const asks = `Level ${line.level} (${LEVEL_SUMMARIES[line.domain][line.level]})`;
    const name = DOMAIN_NAMES[line.domain];
    const allowed = allowedLevel(target, line.optional);
    if (line.level > allowed && sureEnough(line, "above", allowed, threshold, targets, withoutCue)) {
      const of = target === 0 ? `in ${name}, which the role doesn't target` : `for a Level ${target} target in ${name}`;
      flags.push({
        kind: "inflation",
        message: `Asks ${asks} ${of}${line.optional ? " (even as a nice-to-have)" : ""}${withoutCueReason(line, "above", allowed, targets)}`,
      });
    } else if (
      !line.optional &&
      line.level < target &&
      sureEnough(line, "below", target, threshold, targets, withoutCue)
    ) {
      // Every required line below the target is flagged: the ad undersells the role there.
      const only = linesInDomain === 1 ? `, and it is the only ${name} line` : "";
      flags.push({
        kind: "deflation",
        message: `Asks only ${asks} for a Level ${target} target in ${name}${only}${withoutCueReason(line, "below", target, targets)}`,
      });
    }
  }
  const extra = line.extraDomain ? extras.find((x) => x.key === line.extraDomain) : undefined;
  if (extra && extra.target !== undefined && line.level !== null && line.levelBasis === "explicit") {
    const allowed = line.optional ? extra.target + 1 : extra.target;
    if (line.level > allowed)
      flags.push({
        kind: "inflation",
        message: `Asks Level ${line.level} for a Level ${extra.target} target in ${extra.name}`,
      });
    else if (!line.optional && line.level < extra.target)
      flags.push({
        kind: "deflation",
        message: `Asks only Level ${line.level} for a Level ${extra.target} target in ${extra.name}`,
      });
  }
  // Buzzwords are flagged wherever they are ("rockstar SRE ninja" names a domain and still says nothing).
  if (line.vague.length > 0 || (line.domain === null && line.extraDomain === null && line.years === null)) {
    const message = line.vague.length
      ? `Vague: ${line.vague.map((v) => `"${v}"`).join(", ")} says nothing about the work; name the skill and the level`
      : "Maps to no competency domain; say which skill this tests";
    flags.push({ kind: "vague", message });
  }
  if (line.years !== null && top > 0) {
    if (top <= 1 && line.years > 3)
      flags.push({
        kind: "years",
        message: `Demands ${line.years}+ years for a role whose targets are all Level 1 or below`,
      });
    else if (top === 3 && line.years < 3)
      flags.push({ kind: "years", message: `Demands only ${line.years} years for a role with a Level 3 target` });
    else if (top === 2 && line.years >= 10)
      flags.push({ kind: "years", message: `Demands ${line.years}+ years for a role whose highest target is Level 2` });
  }
  return flags;
}

/** A required line's ask, for comparing a title with the levels the text asks for. */
export type Ask = { domain: DomainKey | null; level: Level };

/**
 * A title whose seniority contradicts the levels asked, in either direction, or null: the levels
 * the text itself asks for (`asked`, required lines only) and the role's targets. Several
 * reasons join with "; ".
 */
export function titleFlag(title: string, targets: Record<DomainKey, Target>, asked: Ask[] = []): string | null {
  const rung = titleRung(title);
  if (!rung) return null;
  const reasons: string[] = [];
  const top = maxTarget(targets);
  const topAsked = Math.max(0, ...asked.map((a) => a.level));
  const says = `Title says "${rung.word}"`;
  if (rung.expects.min >= 2 && asked.length && topAsked < rung.expects.min) {
    reasons.push(
      `${says} but the text asks nothing above Level ${topAsked} (${plural(asked.length, "line")}); a ${rung.word} role asks Level ${rung.expects.min} work`,
    );
  }
  if (rung.expects.min >= 2 && top < rung.expects.min && top > 0)
    reasons.push(`${says} but no domain targets above Level ${top}`);
  if (rung.expects.max < 3) {
    const high = asked.filter((a) => a.level > rung.expects.max);
    const l3 = asked.filter((a) => a.level === 3);
    const l3Domains = DOMAIN_KEYS.filter((d) => l3.some((a) => a.domain === d));
    const where = l3Domains.length ? ` in ${l3Domains.map((d) => DOMAIN_NAMES[d]).join(", ")}` : "";
    if (l3.length) reasons.push(`${says} but the text asks Level 3${where} (${plural(l3.length, "line")})`);
    else if (rung.expects.max === 1 && high.length >= 3 && high.length * 2 > asked.length)
      reasons.push(`${says} but most lines ask Level 2 (${high.length} of ${asked.length})`);
    const l3t = DOMAIN_KEYS.filter((d) => targets[d] === 3);
    if (l3t.length)
      reasons.push(`${says} but the role targets Level 3 in ${l3t.map((d) => DOMAIN_NAMES[d]).join(", ")}`);
  }
  return reasons.length ? reasons.join("; ") : null;
}

/**
 * The domain most of an ad's lines are about (its title counting as two lines): settles words that
 * operations share between domains, such as "alert" in a SOC analyst's ad.
 */
export function adDomain(
  lines: { domain: DomainKey | null }[],
  title: string | null,
  options: AnalyseOptions = {},
): DomainKey | null {
  const count = new Map<DomainKey, number>();
  for (const l of lines) if (l.domain) count.set(l.domain, (count.get(l.domain) ?? 0) + 1);
  const t = title ? mapLine(title, undefined, options).domain : null;
  if (t) count.set(t, (count.get(t) ?? 0) + 2);
  return (
    [...count].sort((a, b) => b[1] - a[1] || DOMAIN_KEYS.indexOf(a[0]) - DOMAIN_KEYS.indexOf(b[0]))[0]?.[0] ?? null
  );
}

/** An ad read by the lexicon: its items, each line's reading and evidence, the ad's domain and whether its title is entry-level. */
export type AdReading = {
  rows: { item: RequirementItem; mapped: MappedLine; detail: LineDetail }[];
  prior: DomainKey | null;
  junior: boolean;
  /** The share of the ad's cued lines whose cues read Level 1, 2 and 3: the register the ad is written in. */
  cues: [number, number, number];
};

/** What the models read about a line from the ad around it (lib/jd/features.ts). */
export function adSetting(ad: AdReading, row: AdReading["rows"][number]): LineSetting {
  return {
    prior: ad.prior,
    junior: ad.junior,
    optional: row.mapped.optional,
    section: row.item.section ?? "none",
    adCues: ad.cues,
  };
}

/** Every line of an ad read by the lexicon, shared words settled by the ad's domain (its title and most of its lines). */
export function readAd(text: string, options_: AnalyseOptions = {}, fallbackTitle = ""): AdReading {
  const model = options_.model === undefined ? MODEL : options_.model;
  const junior = options_.junior ?? titleRung(detectTitle(text) ?? fallbackTitle)?.expects.max === 1;
  const options = { ...options_, junior };
  const items = splitRequirementItems(text);
  const tokens = tokenizeMany(items.map((i) => i.text));
  const first = items.map((i, n) => readLexicon(i.text, i.context, options, tokens[n]));
  // The lexicon alone finds the ad's domain, so the models see the same prior in training and use.
  const lexOnly = { ...options, model: null, learned: model ? null : options.learned };
  const prior = adDomain(
    first.map((r) => r.mapped),
    detectTitle(text) ?? fallbackTitle,
    lexOnly,
  );
  const rows = items.map((item, n) => {
    const r =
      prior && first[n]!.mapped.needsPrior
        ? readLexicon(item.text, item.context, { ...options, prior }, tokens[n])
        : first[n]!;
    return { item, mapped: { ...r.mapped, optional: item.optional || r.mapped.optional }, detail: r.detail };
  });
  const cued = rows.filter((r) => r.detail.cueLevel !== null).length;
  const share = (l: Level) => rows.filter((r) => r.detail.cueLevel === l).length / Math.max(1, cued);
  return { rows, prior, junior, cues: [share(1), share(2), share(3)] };
}

/** Every line of an ad mapped: by the learned models when there are some, else by the lexicon. */
export function mapAd(text: string, options: AnalyseOptions = {}, fallbackTitle = "") {
  const model = options.model === undefined ? MODEL : options.model;
  const ad = readAd(text, options, fallbackTitle);
  return ad.rows.map((row) => {
    const { item, mapped, detail } = row;
    const m = model ? classify(item.text, mapped, detail, model, adSetting(ad, row)) : mapped;
    return { ...m, text: item.text, optional: mapped.optional };
  });
}

export function analyseJobDescription(text: string, role: RoleTargets, options: AnalyseOptions = {}): JdAnalysis {
  // The role's targets decide the flags, never the reading: a line reads the same against any role.
  const mapped = mapAd(text, options, role.title);
  const model = options.model === undefined ? MODEL : options.model;
  const withoutCue = options.flagLinesWithoutLevelCue === false ? null : (model?.flagThresholdWithoutCue ?? null);
  const perDomain = new Map<DomainKey, number>();
  for (const m of mapped) if (m.domain) perDomain.set(m.domain, (perDomain.get(m.domain) ?? 0) + 1);
  const lines: AnalysedLine[] = mapped.map((m) => ({
    ...m,
    flags: lineFlags(
      m,
      role.targets,
      m.domain ? (perDomain.get(m.domain) ?? 0) : 0,
      options.extraDomains,
      model?.flagThreshold,
      withoutCue,
    ),
  }));
  const missingDomains = DOMAIN_KEYS.filter((d) => role.targets[d] > 0 && !perDomain.has(d));
  // The text's own title wins: a "Junior SRE" ad pasted against any role is judged as junior.
  const own = detectTitle(text);
  const title: CheckedTitle = own ? { text: own, fromText: true } : { text: role.title, fromText: false };
  const asked = lines.flatMap((l) =>
    (l.domain !== null || l.extraDomain !== null) && l.level !== null && l.levelBasis === "explicit" && !l.optional
      ? [{ domain: l.domain, level: l.level }]
      : [],
  );
  const flag = titleFlag(title.text, role.targets, asked);
  const { score, scoreExplanation } = alignmentScore(lines, missingDomains, flag);
  const extraDomains = (options.extraDomains ?? []).map((x) => ({ key: x.key, name: x.name, target: x.target ?? 0 }));
  return {
    lines,
    missingDomains,
    title,
    titleFlag: flag,
    score,
    scoreExplanation,
    scoreExclusions: scoreExclusions(lines),
    extraDomains,
  };
}

/** What each kind of flagged line means to a recruiter, for the score's explanation. */
const IN_PLAIN_WORDS: Record<FlagKind, (n: number) => string> = {
  inflation: (n) => `${n === 1 ? "1 line asks" : `${n} lines ask`} for more than the role needs`,
  deflation: (n) => `${n === 1 ? "1 line asks" : `${n} lines ask`} for less than the role needs`,
  vague: (n) =>
    `${n === 1 ? "1 line says" : `${n} lines say`} nothing a candidate could show (buzzwords, or no skill named)`,
  years: (n) => `${n === 1 ? "1 line demands" : `${n} lines demand`} years of experience out of line with the level`,
};
const share = (scale: number) =>
  scale === 0.5 ? "half" : scale === 0.25 ? "a quarter" : `${Math.round(scale * 100)}%`;

/** 100 minus penalties: per flagged line (scaled for long texts), per missing domain and for the title; explained in plain words. */
export function alignmentScore(
  lines: AnalysedLine[],
  missingDomains: DomainKey[],
  title: string | null,
): { score: number; scoreExplanation: string } {
  if (lines.length === 0)
    return {
      score: 0,
      scoreExplanation: "Alignment 0/100: no requirement lines were found to compare with what the role needs.",
    };
  const scale = Math.min(1, LINE_NORMALISATION / lines.length);
  const count = (k: FlagKind) => lines.filter((l) => l.flags.some((f) => f.kind === k)).length;
  const parts: { points: number; why: string }[] = [];
  for (const k of ["inflation", "deflation", "vague", "years"] as const) {
    const n = count(k);
    if (n) parts.push({ points: n * PENALTIES[k] * scale, why: IN_PLAIN_WORDS[k](n) });
  }
  if (missingDomains.length) {
    const names = missingDomains.map((d) => DOMAIN_NAMES[d]);
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}` : names[0];
    parts.push({
      points: missingDomains.length * PENALTIES.missingDomain,
      why: `the ad never asks for ${list}, which the role needs`,
    });
  }
  if (title)
    parts.push({ points: PENALTIES.title, why: "the title's seniority does not match the levels the ad asks for" });
  const raw = 100 - parts.reduce((s, p) => s + p.points, 0);
  const score = Math.max(0, Math.min(100, Math.round(raw)));
  if (!parts.length)
    return {
      score,
      scoreExplanation: `Alignment ${score}/100: every line asks for the level the role needs, none is vague, every skill the role needs is asked for, and the title matches.`,
    };
  const list = parts.map((p, i) => `${fmt(p.points)} ${i === 0 ? "points " : ""}because ${p.why}`);
  const joined = list.length > 1 ? `${list.slice(0, -1).join(", ")}, and ${list[list.length - 1]}` : (list[0] ?? "");
  const scaled =
    scale < 1
      ? ` Long ads lose less per line: with ${lines.length} requirement lines, each flagged line costs ${share(scale)} of its usual points.`
      : "";
  return {
    score,
    scoreExplanation: `Alignment ${score}/100: an ad starts at 100; this one loses ${joined}.${scaled}${raw < 0 ? " The score does not go below 0." : ""}`,
  };
}

/** What the score does not count: inclusive language (checked separately) and lines whose level no cue in them says. */
export function scoreExclusions(lines: AnalysedLine[]): string {
  // A line without a cue that the models read surely enough to flag is in the score; the rest are not.
  const noLevel = lines.filter(
    (l) =>
      (l.domain !== null || l.extraDomain !== null) &&
      l.levelBasis !== "explicit" &&
      !l.flags.some((f) => f.kind === "inflation" || f.kind === "deflation"),
  ).length;
  const levelPart = noLevel
    ? `${plural(noLevel, "line")} that ${noLevel === 1 ? "names" : "name"} a skill but not how much of it (no word in ${noLevel === 1 ? "it" : "them"} says whether the person uses, builds or leads it, so ${noLevel === 1 ? "it is" : "they are"} checked against the target only when lines worded like ${noLevel === 1 ? "it" : "them"} clearly asked one level; say "configure", "design", "define the strategy for"... to have ${noLevel === 1 ? "it" : "them"} checked)`
    : "lines that name a skill but not how much of it (none here)";
  return `Not in the score: inclusive-language warnings (listed separately below) and ${levelPart}.`;
}
