// Maps job-description requirement lines onto the AIOps matrix (domain x level) and checks an ad
// against a role's targets (flags: lib/jd/flags.ts; score: lib/jd/score.ts). Synchronous and deterministic: the
// NLP model (wink-nlp) and the vocabulary are data shipped with the app, no outside service.
import { classify } from "./classify";
import type { LineSetting } from "./features";
import { lineFlags, titleFlag, type AnalysedLine, type Target } from "./flags";
import type { ExtraDomain, Learned } from "./learned";
import type { JdModel } from "./model";
import { DOMAIN_KEYS, type DomainKey, type Level } from "./lexicon";
import { tokenizeMany, type Token } from "./nlp";
import { readLineDetailed, type LineDetail, type MappedLine } from "./read-line";
import { alignmentScore, scoreExclusions } from "./score";
import { splitRequirementItems, type RequirementItem } from "./split";
import { detectTitle, titleRung } from "./title";
import { LEARNED, MODEL } from "./trained";

export { splitRequirements, splitRequirementItems } from "./split";
export { detectTitle } from "./title";
export type { DomainKey, Level } from "./lexicon";
export type { MappedLine } from "./read-line";
export * from "./flags";
export * from "./score";
export * from "./trained";

export type RoleTargets = { title: string; targets: Record<DomainKey, Target> };
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
    return { ...m, text: item.text, optional: mapped.optional, line: item.line };
  });
}

export function analyseJobDescription(text: string, role: RoleTargets, options: AnalyseOptions = {}): JdAnalysis {
  // The role's targets decide the flags, never the reading: a line reads the same against any role.
  const mapped = mapAd(text, options, role.title);
  const model = options.model === undefined ? MODEL : options.model;
  // Lines without a level cue are flagged on neither side when the caller turns that off.
  const cueless = <T>(t: T | null | undefined) => (options.flagLinesWithoutLevelCue === false ? null : (t ?? null));
  const withoutCue = cueless(model?.flagThresholdWithoutCue);
  const inflation = model?.inflation ? { ...model.inflation, withoutCue: cueless(model.inflation.withoutCue) } : null;
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
      inflation,
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
