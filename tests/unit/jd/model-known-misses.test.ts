// The learned models on lines whose reading the matrix settles (clear-cut-lines.ts, the same lines
// the lexicon's rule tests use). The models learn from labelled ads and are measured on blind
// held-out ads (`npm run bench:jd`), so a refit may read a lone line differently from the rule;
// which lines it misreads is pinned here, so that a refit that fixes or breaks one shows in review
// instead of passing silently. Update KNOWN_MISSES deliberately, with the refit.
import { describe, expect, it } from "vitest";
import { mapLine } from "../../../lib/jd/analyse";
import { BARE_TOOLS, ENTRY_LEVEL, SCOPE_AND_OBJECT } from "./clear-cut-lines";

/** What the models (fitted in stop 37 on 1,116 ads) read differently from the matrix, and what they read. */
const KNOWN_MISSES: Record<string, string> = {
  // Every "lead a team" line in the training ads is a manager's (no domain, Level 3).
  "Lead a small team of three engineers and review their designs.": "Level 3, not 2",
  // Every "lead the migration" line in the training ads moves teams onto a platform (Level 3); the
  // 988-ad refit of stop 36 reads this one-line ad so too (before: Level 1, bare tool names pulling down).
  "Lead the migration from Graphite to Prometheus.": "Level 3, not 2",
  // Since stop 36 an entry-level title no longer lowers "maintain", "own" or "run" by rule (that hid
  // the inflation a flag is for); the level model weighs the title with the words, and in a one-line
  // entry-level ad reads this close call as Level 1 (P 0.30 / 0.64 / 0.06 without the title).
  "Maintain our production Kubernetes clusters end to end. (entry-level: true)": "Level 1, not 2",
  // A close call that flips with each refit (stop 36's first 988-ad refit: Level 1 at P 0.45 / 0.44;
  // its last: Level 2). The 1,116-ad refit of stop 37 reads Level 1 at P 0.454 / 0.439 / 0.107: the
  // training ads' on-call lines are mostly the rota, which the labelling puts at Level 1.
  "Own the on-call alerting stack.": "Level 1, not 2",
};

const model = (line: string, junior?: boolean) => mapLine(line, undefined, { learned: null, junior });

function misses(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [line, want] of SCOPE_AND_OBJECT) {
    const m = model(line);
    if (m.level !== want) out[line] = `Level ${m.level ?? "none"}, not ${want}`;
  }
  for (const [line, junior, want] of ENTRY_LEVEL) {
    const m = model(line, junior);
    if (m.level !== want) out[`${line} (entry-level: ${junior})`] = `Level ${m.level ?? "none"}, not ${want}`;
  }
  for (const [line, domain, want] of BARE_TOOLS) {
    const m = model(line);
    const sure = (m.probabilities?.domain ?? 0) >= 0.6;
    if (m.domain !== domain || m.level !== want || !sure)
      out[line] =
        `${m.domain ?? "no domain"} Level ${m.level ?? "none"} at ${Math.round((m.probabilities?.domain ?? 0) * 100)}%, not ${domain} Level ${want} surely`;
  }
  return out;
}

describe("the learned models on clear-cut lines", () => {
  it("misread exactly the known lines", () => {
    expect(misses()).toEqual(KNOWN_MISSES);
  });

  it("read most of them as the matrix does", () => {
    const total = SCOPE_AND_OBJECT.length + ENTRY_LEVEL.length + BARE_TOOLS.length;
    expect(Object.keys(KNOWN_MISSES).length).toBeLessThanOrEqual(Math.floor(total / 4));
  });
});
