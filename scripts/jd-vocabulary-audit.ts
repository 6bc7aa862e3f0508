// Which vocabulary entries the labelled lines file under another domain: `npm run jd:vocabulary-audit`.
// For each entry of lib/jd/vocabulary.ts, the labelled domains of the learnable lines it matches (the
// analyser's own phrase matcher, lib/jd/nlp.ts), listed when at least `--min` lines (default 8) carry a
// domain and fewer than half of them are the entry's. A starting point for review, not a rule: the
// learned models already weigh each entry against its lines, and some entries are filed by the matrix
// (a SIEM is observability here).
import { findPhrases, tokenizeMany } from "../lib/jd/nlp";
import { VOCABULARY_PHRASES } from "../lib/jd/read-line";
import { LEARNABLE_DIRS, loadCorpus } from "./jd-learning-lines";

const minArg = process.argv.indexOf("--min");
const MIN = minArg >= 0 ? Number(process.argv[minArg + 1]) : 8;

const lines = LEARNABLE_DIRS.flatMap((d) => loadCorpus(d) ?? []).flatMap((doc) => doc.expected);
const tokens = tokenizeMany(lines.map((l) => l.line));
const rows: { share: number; text: string }[] = [];
for (const phrase of VOCABULARY_PHRASES) {
  const counts = new Map<string, number>();
  const one = [phrase]; // one list per entry, so the matcher's phrase index is built once
  lines.forEach((l, i) => {
    if (l.domain === null || findPhrases(tokens[i]!, l.line, one).length === 0) return;
    counts.set(l.domain, (counts.get(l.domain) ?? 0) + 1);
  });
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const share = (counts.get(phrase.key) ?? 0) / total;
  if (total < MIN || share >= 0.5) continue;
  const by = [...counts].sort((a, b) => b[1] - a[1]).map(([d, n]) => `${d} ${n}`);
  rows.push({ share, text: `${phrase.key} (weight ${phrase.weight}) "${phrase.source}": ${by.join(", ")}` });
}
rows.sort((a, b) => a.share - b.share);
console.log(
  `${rows.length} vocabulary entries whose labelled lines (${MIN} or more) are mostly another domain's, over ${lines.length} learnable lines:`,
);
for (const r of rows) console.log(`  ${Math.round(r.share * 100)}%  ${r.text}`);
