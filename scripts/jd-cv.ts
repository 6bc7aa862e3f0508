// Leave-one-ad-out cross-validation of the JD analyser's learned models on the learnable sets
// (never a held-out one): `npm run jd:cv`. Prints domain and level accuracy and the flag rates at
// each candidate threshold, and the thresholds scripts/jd-learn.ts stores (chooseThresholds, on
// 10-fold cross-validation). `--iterations N`, `--l2 X`, `--no-matrix` try other training settings;
// `--folds 10` runs 10-fold by ad (as jd:learn does; leave-one-ad-out takes hours at 800 ads);
// `--by-set` deals whole sets to the folds instead of ads (the nearest thing to a new author).
import { writeFileSync } from "node:fs";
import { readAd, type analyseJobDescription } from "../lib/jd/analyse";
import { analysedLineFor, type CorpusDoc, type FlagRates } from "../lib/jd/evaluate";
import { MODEL } from "../lib/jd/trained";
import { LEARNABLE_DIRS, loadCorpus } from "./jd-learning-lines";
import {
  chooseLevelWeights,
  chooseThresholds,
  falseFlagRate,
  flagRecall,
  leaveOneAdOut,
  modelRates,
  pairKey,
  THRESHOLDS,
  type FitOptions,
} from "./jd-model-training";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const options: FitOptions = {
  iterations: arg("--iterations") ? Number(arg("--iterations")) : undefined,
  l2: arg("--l2") ? Number(arg("--l2")) : undefined,
  matrix: !process.argv.includes("--no-matrix"),
  // The shipped level weights, so the figures are the shipped reading's (`--no-level-weights`: the model's own).
  levelWeights: process.argv.includes("--no-level-weights") ? null : (MODEL.levelWeights ?? null),
};
const setOf = new Map<string, string>();
const docs = LEARNABLE_DIRS.flatMap((d) =>
  (loadCorpus(d) ?? []).map((doc) => {
    setOf.set(doc.id, d.replace("tests/fixtures/", ""));
    return doc;
  }),
);
const dumped: { doc: CorpusDoc; analysis: ReturnType<typeof analyseJobDescription> }[] = [];
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const t0 = Date.now();
// Per set as well: the retired held-out sets were written by people who never saw the analyser,
// so their leave-one-ad-out figures say most about text the lexicon was not written from.
const perSet = new Map<string, { lines: number; domainRight: number; levelled: number; levelRight: number }>();
const folds = arg("--folds") ? Number(arg("--folds")) : undefined;
const bySet = process.argv.includes("--by-set");
const r = leaveOneAdOut(
  docs,
  options,
  (doc, f) => {
    const s = perSet.get(setOf.get(doc.id)!) ?? { lines: 0, domainRight: 0, levelled: 0, levelRight: 0 };
    for (const k of ["lines", "domainRight", "levelled", "levelRight"] as const) s[k] += f[k];
    perSet.set(setOf.get(doc.id)!, s);
  },
  folds,
  arg("--dump") ? (doc, analysis) => dumped.push({ doc, analysis }) : undefined,
  // `--by-set`: every ad of a set in the same fold, so no fold learns its test author's style.
  bySet ? (doc) => LEARNABLE_DIRS.indexOf(`tests/fixtures/${setOf.get(doc.id)}`) : undefined,
);
// `--dump FILE`: every labelled line with what the analyser read, for studying the misses.
if (arg("--dump"))
  writeFileSync(
    arg("--dump")!,
    JSON.stringify(
      dumped.flatMap(({ doc, analysis }) => {
        const ad = readAd(doc.text, { model: null, learned: null }, doc.title);
        return doc.expected.map((e) => {
          const row = analysedLineFor(ad.rows, e.line, (x) => x.item.text);
          const l = analysedLineFor(analysis.lines, e.line);
          return {
            doc: doc.id,
            set: setOf.get(doc.id),
            line: e.line,
            targets: doc.targets,
            want: { domain: e.domain, level: e.level, target: e.domain ? doc.targets[e.domain] : null },
            got: l
              ? {
                  domain: l.domain,
                  level: l.level,
                  basis: l.levelBasis,
                  optional: l.optional,
                  flags: l.flags.map((f) => f.kind),
                  p: l.probabilities,
                  matched: l.matched,
                  why: l.levelReason,
                }
              : null,
            lexicon: row
              ? {
                  domain: row.mapped.domain,
                  scores: row.detail.scores,
                  heavy: row.detail.hits.filter((h) => h.weight === 3).map((h) => h.key),
                  ctx: row.detail.ctx,
                  cueLevel: row.detail.cueLevel,
                }
              : null,
          };
        });
      }),
      null,
      1,
    ),
  );
console.log(
  `${folds ? `${folds}-fold by ${bySet ? "set" : "ad"}` : "leave-one-ad-out"} over ${docs.length} ads (${LEARNABLE_DIRS.join(", ")}), ${r.lines} lines; settings ${JSON.stringify(options)}`,
);
console.log(
  `  domain accuracy ${pct(r.domainRight / r.lines)}   level accuracy ${pct(r.levelRight / r.levelled)}   lines with a level left without one ${pct(r.noLevel / r.levelled)}`,
);
const row = (label: string, f: FlagRates) =>
  console.log(
    `  ${label}: inflated ${f.inflatedFlagged}/${f.inflated}, deflated ${f.deflatedFlagged}/${f.deflated} (both ${pct(flagRecall(f))}), false flags ${f.alignedFalselyFlagged}/${f.aligned} (${pct(falseFlagRate(f))})`,
  );
for (const [t, f] of r.flags) row(`threshold ${t.toFixed(2)}`, f);
const chosen = chooseThresholds(r);
console.log(
  `  lines without a level cue flagged too, under their own threshold (cued lines at ${chosen.flagThreshold}):`,
);
for (const t2 of THRESHOLDS.filter((t) => t >= chosen.flagThreshold))
  row(`  without a cue at ${t2.toFixed(2)}`, r.flagsWithoutCue.get(pairKey(chosen.flagThreshold, t2))!);
// The shipped pair, and the best pair under each false-flag ceiling: how much recall each point of
// false flags buys (chooseThresholds keeps MAX_CV_FALSE_FLAGS; `npm run jd:learn -- --threshold X
// --threshold-without-cue Y` sets others).
const pairName = (t: number, t2: number | null | undefined) =>
  t2 == null ? `${t} (lines with a cue only)` : pairKey(t, t2);
const shipped = modelRates(r, MODEL);
if (shipped)
  row(
    `shipped ${pairName(MODEL.flagThreshold, MODEL.flagThresholdWithoutCue)}${MODEL.inflation ? `, inflation ${pairName(MODEL.inflation.threshold, MODEL.inflation.withoutCue)}` : ""}`,
    shipped,
  );
const chosenRates = modelRates(r, chosen);
if (chosenRates)
  row(
    `chosen ${pairName(chosen.flagThreshold, chosen.flagThresholdWithoutCue)}, inflation ${pairName(chosen.inflation.threshold, chosen.inflation.withoutCue)}`,
    chosenRates,
  );
const byRecall = [...r.flagsWithoutCue].sort(
  (a, b) => flagRecall(b[1]) - flagRecall(a[1]) || falseFlagRate(a[1]) - falseFlagRate(b[1]),
);
for (const ceiling of [0.02, 0.025, 0.03, 0.035, 0.04, 0.045, 0.05]) {
  const top = byRecall.find(([, f]) => falseFlagRate(f) <= ceiling);
  if (top) row(`best pair with false flags at most ${pct(ceiling)}: ${top[0]}`, top[1]);
}
for (const [set, s] of perSet)
  console.log(
    `  ${set}: ${s.lines} lines, domain ${pct(s.domainRight / s.lines)}, level ${pct(s.levelRight / s.levelled)}`,
  );
console.log(
  `chosen thresholds ${chosen.flagThreshold} (lines with a level cue), ${chosen.flagThresholdWithoutCue ?? "none"} (lines without); for inflation ${chosen.inflation.threshold} and ${chosen.inflation.withoutCue ?? "none"} (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
);
// The level weights these cross-validated probabilities would choose (jd:learn chooses them on the model's own, `--no-level-weights`).
console.log(
  `level weights: ${options.levelWeights ? `${options.levelWeights.join("/")} (shipped, applied)` : "none applied"}; chosen on these probabilities: ${chooseLevelWeights(r.levelSamples)?.join("/") ?? "none"}`,
);
