// Applies the learned models (lib/jd/model.ts) to a line the lexicon has read (read-line.ts): the
// models decide the domain and the level from the line's features (lib/jd/features.ts), which
// include the lexicon's own evidence; the explanation names the words that decided, the lexicon's
// matched terms and cues when they agree with the model, the model's strongest words otherwise.
import { featureReason, featureWords, lineFeatures, type LineSetting } from "./features";
import { DOMAIN_KEYS, type DomainKey, type Level } from "./lexicon";
import { contributions, predict, reweigh, type JdModel } from "./model";
import type { LineDetail, MappedLine } from "./read-line";

/**
 * A line with a Level 3 cue read as "none" takes its closest domain when P(none) is below this
 * (the domains together more likely than none); see classify.
 */
export const BACK_OFF_NONE_BELOW = 0.5;

const round2 = (n: number) => Math.round(n * 100) / 100;

const argmax = (p: number[]) => p.reduce((best, v, i) => (v > p[best]! ? i : best), 0);

/** Where a word first occurs in the line, for ordering the explanation as the line reads. */
const at = (line: string, word: string) => {
  const i = line.toLowerCase().indexOf(word.toLowerCase());
  return i < 0 ? line.length : i;
};

export function classify(
  line: string,
  mapped: MappedLine,
  detail: LineDetail,
  model: JdModel,
  setting: LineSetting,
): MappedLine {
  // An organisation's own domain, or a heading that names domain and level, are the author's word.
  if (mapped.extraDomain || detail.declared) return mapped;
  const features = lineFeatures(detail, { ...setting, optional: setting.optional ?? mapped.optional });
  const raw = predict(model.domain, features);
  const noneAt = model.domain.classes.indexOf("none");
  // Back-off: a line whose sentence asks Level 3 work (a Level 3 cue: deciding, setting the rules,
  // a strategy for the organisation) but names no domain's tools may still read "none" by a small
  // margin ("Decide for the whole network which changes happen through code..."), and then it
  // can never be checked against a target. When "none" is less likely than the four domains
  // together, the line takes its closest domain, with the domains' probabilities renormalised
  // without "none". Management lines (a team, a budget, a culture) stay "none": their "none" is a
  // clear majority.
  const backOff = detail.cueLevel === 3 && noneAt >= 0 && argmax(raw) === noneAt && raw[noneAt]! < BACK_OFF_NONE_BELOW;
  const pd = backOff ? raw.map((v, i) => (i === noneAt ? 0 : v / (1 - raw[noneAt]!))) : raw;
  const di = argmax(pd);
  const dKey = model.domain.classes[di]!;
  const domain = dKey === "none" ? null : (dKey as DomainKey);
  const pl = reweigh(predict(model.level, features), model.levelWeights);
  const li = argmax(pl);
  const modelLevel = Number(model.level.classes[li]) as Level;
  const cueLevel = detail.cueLevel;
  const level: Level | null = domain !== null || cueLevel !== null ? modelLevel : null;
  // "explicit" only when the sentence itself says how much (a verb, a framing, a scope): a level
  // read from the words alone is checked against the target only under the model's own threshold
  // for such lines (never below the cued lines' one) (flagThresholdWithoutCue), and its flag names levelEvidence.
  const basis = level === null ? null : cueLevel !== null ? ("explicit" as const) : ("learned" as const);

  // Explanation: the lexicon's terms for this domain, the cues that read this level, and when
  // neither says it, the words the model weighed most for it.
  const evidence: { at: number; text: string }[] = [];
  if (domain !== null) {
    const terms = detail.hits.filter((h) => h.key === domain);
    for (const h of terms) evidence.push({ at: at(line, h.text), text: h.text });
    if (mapped.domain === domain)
      for (const m of mapped.matched.filter((m) => m.startsWith("section "))) evidence.push({ at: -1, text: m });
    if (terms.length === 0)
      for (const c of contributions(model.domain, features, dKey, 8)) {
        const w = featureWords(c.name);
        if (w && line.toLowerCase().includes(w.split(" ")[0]!)) evidence.push({ at: at(line, w), text: w });
        if (evidence.length >= 3) break;
      }
  }
  const agreeing = level === null ? [] : detail.cues.filter((c) => c.level === level);
  for (const c of agreeing) evidence.push({ at: at(line, c.text), text: c.text });
  const matched = evidence
    .sort((a, b) => a.at - b.at)
    .filter((e, i, all) => all.findIndex((x) => x.text.toLowerCase() === e.text.toLowerCase()) === i)
    .map((e) => e.text);

  let levelReason = "";
  if (level !== null) {
    const strongest = contributions(model.level, features, String(level), 8)
      .map((c) => featureWords(c.name))
      .filter((w): w is string => w !== null)
      // A word can weigh through several features (the word itself, its neighbours): name it once.
      .filter((w, i, all) => all.indexOf(w) === i)
      .slice(0, 3)
      .map((w) => `"${w}"`);
    const words = strongest.length ? ` from words like ${strongest.join(", ")}` : "";
    if (agreeing.length) levelReason = agreeing.map((c) => c.why).join(", ");
    else if (cueLevel !== null)
      levelReason = `read as Level ${level}${words}; the sentence's own cues (${detail.cues.map((c) => `"${c.text}"`).join(", ")}) pointed to Level ${cueLevel}, which lines like this rarely meant`;
    else levelReason = `no level cue; lines worded like this${words} asked for Level ${level}`;
  }
  // Without a cue, what the level model weighed most for its reading, in plain words: a flag on
  // such a line names it as its reason.
  const levelEvidence =
    level !== null && cueLevel === null
      ? contributions(model.level, features, String(level), 8)
          .map((c) => featureReason(c.name))
          .filter((w): w is string => w !== null)
          .filter((w, i, all) => all.indexOf(w) === i)
          .slice(0, 3)
      : undefined;
  return {
    ...mapped,
    domain,
    level,
    confidence: domain === null ? 0 : round2(pd[di]! * (level === null ? 1 : pl[li]!)),
    matched,
    levelReason,
    levelBasis: basis,
    ...(levelEvidence ? { levelEvidence } : {}),
    needsPrior: false,
    ...(domain === null
      ? {}
      : {
          probabilities: {
            domain: pd[di]!,
            level: pl as [number, number, number],
            domains: Object.fromEntries(
              DOMAIN_KEYS.map((k) => [k, pd[model.domain.classes.indexOf(k)] ?? 0]),
            ) as Record<DomainKey, number>,
          },
        }),
  };
}
