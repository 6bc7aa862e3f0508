// What the JD analyser learns from: every matrix indicator (labelled by its cell) and the labelled
// lines of the learnable corpus directories (never tests/fixtures/jd-heldout). Shared by scripts/jd-learn.ts, the bench and the test.
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { labelledLines, type CorpusDoc } from "../lib/jd/evaluate";
import type { LabelledLine } from "../lib/jd/learned";
import { cells, CLUSTER_KEYS, DOMAIN_KEYS, LEVEL_RANKS } from "../prisma/seed/content/matrix";

/** Directories the analyser may learn from. The held-out set is never one of them. */
export const LEARNABLE_DIRS = [
  "tests/fixtures/jd-corpus",
  "tests/fixtures/jd-tuning",
  "tests/fixtures/jd-validation",
  "tests/fixtures/jd-validation-2",
  "tests/fixtures/jd-dev-4",
  "tests/fixtures/jd-dev-5",
];

export function loadCorpus(dir: string): CorpusDoc[] | null {
  const url = new URL(`../${dir}/`, import.meta.url);
  if (!existsSync(url)) return null;
  return readdirSync(url)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, url), "utf8")) as CorpusDoc);
}

export function matrixLines(): LabelledLine[] {
  return CLUSTER_KEYS.flatMap((c) =>
    DOMAIN_KEYS.flatMap((d) => LEVEL_RANKS.flatMap((l) => cells[c][d][l].map((line) => ({ line, domain: d, level: l })))),
  );
}

/** Matrix indicators plus the given documents' lines (all learnable documents by default). */
export function learningLines(docs: CorpusDoc[] = LEARNABLE_DIRS.flatMap((d) => loadCorpus(d) ?? [])): LabelledLine[] {
  return [...matrixLines(), ...labelledLines(docs)];
}
