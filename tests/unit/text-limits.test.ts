import { describe, expect, it } from "vitest";
import { characterCountText, EVIDENCE_MAX, NOTE_MAX, scorecardDraftSchema, withinDraftLimits } from "../../lib/validation/scorecard";

const draft = (evidence: string, privateNote = "") => ({
  scores: [
    { domainId: "cmx0000000000000000000001", rating: "2" as const, evidence, observedIndicatorIds: [] },
    { domainId: "cmx0000000000000000000002", rating: "1" as const, evidence: "kept as typed", observedIndicatorIds: [] },
  ],
  recommendation: "YES" as const,
  privateNote,
});

describe("text limits", () => {
  it("a 10,000-character evidence box no longer stops the draft: the save is cut to the limit, the rest untouched", () => {
    const values = draft("x".repeat(10_000), "n".repeat(NOTE_MAX + 5));
    expect(scorecardDraftSchema.safeParse(values).success).toBe(false);
    const sent = withinDraftLimits(values);
    expect(scorecardDraftSchema.safeParse(sent).success).toBe(true);
    expect(sent.scores[0]?.evidence).toHaveLength(EVIDENCE_MAX);
    expect(sent.scores[1]).toBe(values.scores[1]);
    expect(sent.privateNote).toHaveLength(NOTE_MAX);
    // Within the limits nothing is copied or changed.
    const fine = draft("short");
    expect(withinDraftLimits(fine)).toBe(fine);
  });
  it("says the count against the limit, and how far over in words", () => {
    expect(characterCountText(38, 5000)).toEqual({ text: "38 / 5,000 characters", over: false });
    expect(characterCountText(10_000, 5000)).toEqual({
      text: "5,000 characters over the 5,000 limit: the draft keeps the first 5,000. Shorten it to submit.",
      over: true,
    });
  });
});
