// The learned models on lines whose reading the matrix settles (clear-cut-lines.ts, the same lines
// the lexicon's rule tests use). The models learn from labelled ads and are measured on blind
// held-out ads (`npm run bench:jd`), so a refit may read a lone line differently from the rule;
// which lines it misreads is pinned here, so that a refit that fixes or breaks one shows in review
// instead of passing silently. Update KNOWN_MISSES deliberately, with the refit.
import { describe, expect, it } from "vitest";
import { mapLine } from "../../../lib/jd/analyse";
import { BARE_TOOLS, ENTRY_LEVEL, SCOPE_AND_OBJECT } from "./clear-cut-lines";

/** What the models (fitted in stop 40 on 1,260 ads) read differently from the matrix, and what they read. */
const KNOWN_MISSES: Record<string, string> = {
  // Every "lead a team" line in the training ads is a manager's (no domain, Level 3).
  "Lead a small team of three engineers and review their designs.": "Level 3, not 2",
  // Every "lead the migration" line in the training ads moves teams onto a platform (Level 3); the
  // 988-ad refit of stop 36 reads this one-line ad so too (before: Level 1, bare tool names pulling down).
  "Lead the migration from Graphite to Prometheus.": "Level 3, not 2",
  // Stop 38: the level weights (0.7 / 1 / 1.2, lib/jd/model.ts levelWeights) now read "Maintain our
  // production Kubernetes clusters end to end." in an entry-level ad and "Own the on-call alerting
  // stack." as Level 2, as the matrix does; both were known misses before.
  // Stop 40: "Maintain the runbook wiki so that the steps match the tools." (a record, Level 1) read
  // Level 2 under the 1,228-ad fit (level weights 0.6 / 1 / 1) and Level 1 again under the 1,260-ad
  // fit (0.7 / 1 / 1.1).
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
