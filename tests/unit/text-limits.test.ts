import { describe, expect, it } from "vitest";
import { cutToLimit } from "../../lib/validation/text-limits";
import {
  characterCountText,
  EVIDENCE_MAX,
  NOTE_MAX,
  scorecardDraftSchema,
  withinDraftLimits,
} from "../../lib/validation/scorecard";

const draft = (evidence: string, privateNote = "") => ({
  scores: [
    { domainId: "cmx0000000000000000000001", rating: "2" as const, evidence, observedIndicatorIds: [] },
    {
      domainId: "cmx0000000000000000000002",
      rating: "1" as const,
      evidence: "kept as typed",
      observedIndicatorIds: [],
    },
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
  it("never cuts an emoji in half: the saved draft ends on a whole character, not a replacement mark", () => {
    const values = draft("a".repeat(EVIDENCE_MAX - 1) + "😀".repeat(50), "n".repeat(NOTE_MAX - 1) + "🧪");
    const sent = withinDraftLimits(values);
    expect(sent.scores[0]!.evidence).toBe("a".repeat(EVIDENCE_MAX - 1));
    expect(sent.privateNote).toBe("n".repeat(NOTE_MAX - 1));
    expect(scorecardDraftSchema.parse(sent).scores[0]!.evidence).not.toContain("\uFFFD");
    // A cut that falls after a whole emoji keeps it.
    const whole = withinDraftLimits(draft("a".repeat(EVIDENCE_MAX - 2) + "😀" + "b"));
    expect(whole.scores[0]!.evidence.endsWith("😀")).toBe(true);
    expect(cutToLimit("ab", 5)).toBe("ab");
  });
  it("says the count against the limit, and how far over in words", () => {
    expect(characterCountText(38, 5000)).toEqual({ text: "38 / 5,000 characters", over: false });
    expect(characterCountText(10_000, 5000)).toEqual({
      text: "5,000 characters over the 5,000 limit: the draft keeps the first 5,000. Shorten it to submit.",
      over: true,
    });
  });
});

describe("every limited field shows the limit its schema enforces", () => {
  it("reads a field's max from its zod schema", async () => {
    const { maxOf } = await import("../../lib/validation/text-limits");
    const { roleFieldsSchema } = await import("../../lib/validation/role");
    const { stageSchema } = await import("../../lib/validation/plan");
    const { questionSchema } = await import("../../lib/validation/question");
    const { jobAdSettingsSchema } = await import("../../lib/validation/job-ad-settings");
    const { checkInRatingSchema, checkInSchema } = await import("../../lib/validation/check-in");
    const { decisionSchema } = await import("../../lib/validation/decision");
    const { personSchema } = await import("../../lib/validation/people");
    const { analyseSchema, jdSaveSchema } = await import("../../lib/validation/jd");
    const { newCandidateSchema, REASON_MAX, moveSchema } = await import("../../lib/validation/application");
    const { CANDIDATE_TEXT_MAX } = await import("../../lib/validation/candidate-limits");
    expect(maxOf(roleFieldsSchema.shape.title)).toBe(120);
    expect(maxOf(roleFieldsSchema.shape.seniority)).toBe(40);
    expect(maxOf(stageSchema.shape.name)).toBe(80);
    expect(maxOf(questionSchema.shape.answerL3)).toBe(600);
    expect(maxOf(jobAdSettingsSchema.shape.jobAdEqualOpportunity)).toBe(2000);
    expect(maxOf(checkInRatingSchema.shape.evidence)).toBe(2000);
    expect(maxOf(checkInSchema.shape.note)).toBe(4000);
    expect(maxOf(decisionSchema.shape.rationale)).toBe(4000);
    expect(maxOf(personSchema.shape.name)).toBe(120);
    expect(maxOf(analyseSchema.shape.text)).toBe(50_000);
    expect(maxOf(jdSaveSchema.shape.content)).toBe(20_000);
    // The add-candidate form loads zod lazily, so it reads plain numbers: the schema is built from them.
    for (const k of ["name", "source", "headline"] as const)
      expect(maxOf(newCandidateSchema.shape[k])).toBe(CANDIDATE_TEXT_MAX[k]);
    // The reject reason's box reads REASON_MAX; the schema checks the same number.
    expect(
      moveSchema.safeParse({
        applicationId: "cmx0000000000000000000001",
        status: "REJECTED",
        reason: "x".repeat(REASON_MAX + 1),
      }).success,
    ).toBe(false);
    expect(() => maxOf(roleFieldsSchema.shape.clusterId)).toThrow();
  });
  it("every over-the-limit message names the limit (no zod default wording)", async () => {
    const { roleFieldsSchema } = await import("../../lib/validation/role");
    const { questionSchema } = await import("../../lib/validation/question");
    const { newCandidateSchema } = await import("../../lib/validation/application");
    const msg = (s: { safeParse: (v: unknown) => { error?: { issues: { message: string }[] } } }, v: string) =>
      s.safeParse(v).error?.issues[0]?.message;
    expect(msg(roleFieldsSchema.shape.seniority, "s".repeat(41))).toBe("Keep the seniority under 40 characters");
    expect(msg(roleFieldsSchema.shape.location, "l".repeat(121))).toBe("Keep the location under 120 characters");
    expect(msg(questionSchema.shape.answerL2, "a".repeat(601))).toBe("Keep the Level 2 answer under 600 characters");
    expect(msg(newCandidateSchema.shape.headline, "h".repeat(161))).toBe("Keep the headline under 160 characters");
  });
  it("counts, and speaks only near and over the limit", async () => {
    const {
      characterCountText: count,
      limitAnnouncement,
      limitState,
    } = await import("../../lib/validation/text-limits");
    expect(count(12, 80)).toEqual({ text: "12 / 80 characters", over: false });
    expect(count(85, 80)).toEqual({ text: "5 characters over the 80 limit: Shorten it to save.", over: true });
    expect(count(81, 80)).toEqual({ text: "1 character over the 80 limit: Shorten it to save.", over: true });
    expect([limitState(10, 100), limitState(90, 100), limitState(100, 100), limitState(101, 100)]).toEqual([
      "fine",
      "near",
      "near",
      "over",
    ]);
    expect(limitAnnouncement(10, 100)).toBe("");
    expect(limitAnnouncement(95, 100)).toBe(limitAnnouncement(99, 100));
    expect(limitAnnouncement(4_600, 5_000)).toBe("Near the 5,000-character limit.");
    expect(limitAnnouncement(5_001, 5_000)).toBe("Over the 5,000-character limit.");
  });
});
