// Three-way merge of two tabs' versions of a scorecard draft (lib/scorecards/merge.ts): what only
// one side changed is kept without asking, what both changed is a conflict, indicators merge as sets.
import { describe, expect, it } from "vitest";
import { mergeScorecards, settleConflict, topicsOf } from "@/lib/scorecards/merge";
import { RATING_CHOICES, RECOMMENDATIONS, sameScorecardValues } from "@/lib/validation/scorecard-rules";
import type { ScorecardValues } from "@/lib/validation/scorecard";
import { rng } from "../setup/random";

const base: ScorecardValues = {
  scores: [
    { domainId: "d1", rating: "2", evidence: "ran the incident review", observedIndicatorIds: ["i1", "i2"] },
    { domainId: "d2", rating: "", evidence: "", observedIndicatorIds: [] },
  ],
  recommendation: "",
  privateNote: "",
};
const withScore = (v: ScorecardValues, domainId: string, change: Partial<ScorecardValues["scores"][number]>) => ({
  ...v,
  scores: v.scores.map((s) => (s.domainId === domainId ? { ...s, ...change } : s)),
});

describe("mergeScorecards", () => {
  it("keeps both tabs' edits to different domains, without a conflict", () => {
    const mine = withScore(base, "d1", { evidence: "ran the incident review and wrote the timeline" });
    const theirs = withScore(base, "d2", { rating: "3", evidence: "designed the alert routing" });
    const { merged, conflicts, fromTheirs } = mergeScorecards(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.scores).toEqual([mine.scores[0], theirs.scores[1]]);
    expect(topicsOf(fromTheirs)).toEqual(["d2"]);
  });

  it("merges a rating changed on one side with evidence changed on the other, in one domain", () => {
    const mine = withScore(base, "d1", { rating: "3" });
    const theirs = withScore(base, "d1", { evidence: "also led the postmortem" });
    const { merged, conflicts } = mergeScorecards(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.scores[0]).toMatchObject({ rating: "3", evidence: "also led the postmortem" });
  });

  it("merges indicators as sets: ticked on either side stays, unticked on either side goes", () => {
    const mine = withScore(base, "d1", { observedIndicatorIds: ["i1", "i2", "i3"] }); // ticked i3
    const theirs = withScore(base, "d1", { observedIndicatorIds: ["i2", "i4"] }); // unticked i1, ticked i4
    const { merged, conflicts } = mergeScorecards(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.scores[0]!.observedIndicatorIds.sort()).toEqual(["i2", "i3", "i4"]);
  });

  it("the same change on both sides is no conflict", () => {
    const both = { ...base, recommendation: "YES" as const };
    expect(mergeScorecards(base, both, both)).toEqual({ merged: both, conflicts: [], fromTheirs: [] });
  });

  it("a field both changed differently is a conflict, settled by the side preferred", () => {
    const mine = { ...withScore(base, "d1", { evidence: "mine" }), privateNote: "my note" };
    const theirs = { ...withScore(base, "d1", { evidence: "theirs" }), recommendation: "NO" as const };
    const kept = mergeScorecards(base, mine, theirs, "mine");
    expect(kept.conflicts).toEqual([{ kind: "evidence", domainId: "d1" }]);
    expect(kept.merged).toMatchObject({ recommendation: "NO", privateNote: "my note" });
    expect(kept.merged.scores[0]!.evidence).toBe("mine");
    const taken = mergeScorecards(base, mine, theirs, "theirs");
    expect(taken.merged.scores[0]!.evidence).toBe("theirs");
    expect(taken.merged).toMatchObject({ recommendation: "NO", privateNote: "my note" });
  });

  it("reads a rating left unchosen (null in the form) as no rating", () => {
    const mine = withScore(base, "d2", { rating: null as unknown as "" });
    const theirs = withScore(base, "d2", { rating: "1" });
    expect(mergeScorecards(base, mine, theirs).merged.scores[1]!.rating).toBe("1");
  });

  it("on random scorecards: one-sided changes always survive; only two-sided ones conflict", () => {
    const rand = rng(20261206);
    const pickOf = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
    type Rating = ScorecardValues["scores"][number]["rating"];
    const randomScore = (domainId: string) => ({
      domainId,
      rating: pickOf<Rating>(["", ...RATING_CHOICES]),
      evidence: pickOf(["", "a", "b", "c"]),
      observedIndicatorIds: ["i1", "i2", "i3"].filter(() => rand() < 0.5),
    });
    const edit = (v: ScorecardValues, fields: Set<string>): ScorecardValues => ({
      scores: v.scores.map((s) => ({
        ...s,
        rating: fields.has(`${s.domainId}.rating`) ? pickOf<Rating>(["", ...RATING_CHOICES]) : s.rating,
        evidence: fields.has(`${s.domainId}.evidence`) ? `${s.evidence}+${Math.floor(rand() * 1000)}` : s.evidence,
      })),
      recommendation: fields.has("recommendation") ? pickOf(["", ...RECOMMENDATIONS]) : v.recommendation,
      privateNote: fields.has("note") ? `note ${Math.floor(rand() * 1000)}` : v.privateNote,
    });
    const all = [
      "d1.rating",
      "d1.evidence",
      "d2.rating",
      "d2.evidence",
      "d3.rating",
      "d3.evidence",
      "recommendation",
      "note",
    ];
    for (let i = 0; i < 500; i++) {
      const b: ScorecardValues = {
        scores: ["d1", "d2", "d3"].map(randomScore),
        recommendation: pickOf(["", ...RECOMMENDATIONS]),
        privateNote: "",
      };
      const mineFields = new Set(all.filter(() => rand() < 0.3));
      const theirFields = new Set(all.filter((f) => !mineFields.has(f) && rand() < 0.3));
      const mine = edit(b, mineFields);
      const theirs = edit(b, theirFields);
      const { merged, conflicts } = mergeScorecards(b, mine, theirs);
      expect(conflicts).toEqual([]);
      // Each field: mine's where mine changed it, theirs' where they did, else the base's.
      const expected = edit(b, new Set());
      expected.scores = b.scores.map((s, k) => ({
        ...s,
        rating: mineFields.has(`${s.domainId}.rating`) ? mine.scores[k]!.rating : theirs.scores[k]!.rating,
        evidence: mineFields.has(`${s.domainId}.evidence`) ? mine.scores[k]!.evidence : theirs.scores[k]!.evidence,
      }));
      expected.recommendation = mineFields.has("recommendation") ? mine.recommendation : theirs.recommendation;
      expected.privateNote = mineFields.has("note") ? mine.privateNote : theirs.privateNote;
      expect(sameScorecardValues(merged, expected)).toBe(true);
      // Unchanged on one side: the merge is the other side.
      expect(sameScorecardValues(mergeScorecards(b, mine, b).merged, mine)).toBe(true);
      expect(sameScorecardValues(mergeScorecards(b, b, theirs).merged, theirs)).toBe(true);
    }
  });
});

describe("settleConflict", () => {
  const mine = { ...withScore(base, "d1", { evidence: "mine" }), privateNote: "my note" };
  const theirs = withScore(base, "d1", { evidence: "theirs" });
  it("with what both started from: the merge, the conflicting fields from the side chosen", () => {
    const draft = { values: theirs, status: "DRAFT" as const };
    expect(settleConflict({ local: mine, server: draft, base }, "theirs")).toMatchObject({ privateNote: "my note" });
    expect(settleConflict({ local: mine, server: draft, base }, "theirs").scores[0]!.evidence).toBe("theirs");
  });
  it("without it, or against a submitted version: that side's version whole", () => {
    expect(settleConflict({ local: mine, server: { values: theirs, status: "DRAFT" }, base: null }, "theirs")).toBe(
      theirs,
    );
    expect(settleConflict({ local: mine, server: { values: theirs, status: "SUBMITTED" }, base }, "mine")).toBe(mine);
  });
});
