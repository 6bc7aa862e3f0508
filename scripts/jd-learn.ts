// Writes the JD analyser's learned data, from the seeded matrix indicators and the labelled job
// descriptions of the learnable directories (scripts/jd-learning-lines.ts; never a held-out set):
// lib/jd/learned-data.json (word associations, the lexicon-only reading's back-off) and
// lib/jd/model-data.json (the domain and level models, with the level weights (chooseLevelWeights)
// and the flag thresholds for lines with and without a level cue, for each side (deflation,
// inflation), chosen by 10-fold cross-validation by ad, chooseThresholds' rule, about 8-12 minutes;
// `--threshold X --threshold-without-cue Y|none` skips the cross-validation and uses that pair for
// both sides, without level weights). `npm run jd:learn`;
// unit tests check both are current.
import { writeFileSync } from "node:fs";
import { LEARNABLE_DIRS, learningLines, loadCorpus } from "./jd-learning-lines";
import { learn } from "../lib/jd/learned";
import {
  chooseLevelWeights,
  chooseThresholds,
  docExamples,
  fit,
  leaveOneAdOut,
  matrixExamples,
} from "./jd-model-training";

const learnedOut = new URL("../lib/jd/learned-data.json", import.meta.url);
writeFileSync(learnedOut, `${JSON.stringify(learn(learningLines()))}\n`);
console.log(`wrote ${learnedOut.pathname}`);

const docs = LEARNABLE_DIRS.flatMap((d) => loadCorpus(d) ?? []);
/**
 * Two cross-validations: the first reads the level model's own probabilities and picks the level
 * weights (chooseLevelWeights); the second, with those weights, picks the flag thresholds, since
 * the weights move the probabilities the thresholds apply to.
 */
function chooseFromCv() {
  const first = leaveOneAdOut(docs, {}, undefined, 10);
  const levelWeights = chooseLevelWeights(first.levelSamples);
  const second = levelWeights ? leaveOneAdOut(docs, { levelWeights }, undefined, 10) : first;
  return { ...chooseThresholds(second), levelWeights };
}
const i = process.argv.indexOf("--threshold");
const j = process.argv.indexOf("--threshold-without-cue");
const chosen =
  i >= 0
    ? {
        flagThreshold: Number(process.argv[i + 1]),
        flagThresholdWithoutCue: j >= 0 && process.argv[j + 1] !== "none" ? Number(process.argv[j + 1]) : null,
        inflation: null,
        levelWeights: null,
      }
    : chooseFromCv();
const model = fit(docs.map(docExamples), matrixExamples(), chosen);
const modelOut = new URL("../lib/jd/model-data.json", import.meta.url);
writeFileSync(modelOut, `${JSON.stringify(model)}\n`);
console.log(
  `wrote ${modelOut.pathname}: ${Object.keys(model.domain.weights).length} domain and ${Object.keys(model.level.weights).length} level features, flag thresholds ${chosen.flagThreshold} (lines with a level cue) and ${chosen.flagThresholdWithoutCue ?? "none"} (lines without), ${chosen.inflation ? `${chosen.inflation.threshold} and ${chosen.inflation.withoutCue ?? "none"} for inflation` : "the same for inflation"}, level weights ${chosen.levelWeights ? chosen.levelWeights.join("/") : "none"}`,
);
