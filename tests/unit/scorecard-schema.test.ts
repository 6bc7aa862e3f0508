import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanUserText, userText } from "../../lib/validation/text";
import {
  alignScores,
  amendmentSchema,
  EVIDENCE_MAX,
  EVIDENCE_MIN,
  NOTE_MAX,
  missingForSubmit,
  missingItems,
  nothingAssessed,
  ratingFromDb,
  ratingToDb,
  sameScorecardValues,
  scorecardDraftSchema,
  scorecardSubmitSchema,
  evidenceCount,
  type ScorecardValues,
} from "../../lib/validation/scorecard";

const evidence = "x".repeat(EVIDENCE_MIN);
const complete = {
  scores: [{ domainId: "d1", rating: "2", evidence, observedIndicatorIds: [] }],
  recommendation: "YES",
  privateNote: "",
};

describe("scorecard schemas", () => {
  it("accepts a complete scorecard and rejects missing evidence with a readable message", () => {
    expect(scorecardSubmitSchema.safeParse(complete).success).toBe(true);
    const res = scorecardSubmitSchema.safeParse({
      ...complete,
      scores: [{ ...complete.scores[0], evidence: "short" }],
    });
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.message).toMatch(/at least 40 characters of evidence.*5 so far/);
  });

  it("reads a rating of null (a radio group with nothing checked) as not rated yet: a draft saves, a submission asks for it", () => {
    const unrated = { ...complete, scores: [{ ...complete.scores[0], rating: null }] };
    const draft = scorecardDraftSchema.safeParse(unrated);
    expect(draft.success).toBe(true);
    expect(draft.data?.scores[0]?.rating).toBe("");
    // The submit action parses the draft first (lib/scorecards/actions.ts).
    const submitted = scorecardDraftSchema.pipe(scorecardSubmitSchema).safeParse(unrated);
    expect(submitted.success).toBe(false);
    expect(submitted.error?.issues[0]?.message).toBe("Rate this domain, or mark it “not assessed”");
    expect(submitted.error?.issues[0]?.path).toEqual(["scores", 0, "rating"]);
    // Anything else that is not a choice is still refused.
    expect(
      scorecardDraftSchema.safeParse({ ...complete, scores: [{ ...complete.scores[0], rating: "4" }] }).success,
    ).toBe(false);
  });

  it("allows 'not assessed' without evidence, but not a scorecard that assesses nothing", () => {
    const na = { ...complete, scores: [{ domainId: "d1", rating: "na", evidence: "", observedIndicatorIds: [] }] };
    const res = scorecardSubmitSchema.safeParse(na);
    expect(res.success).toBe(false);
    expect(res.error?.issues[0]?.message).toMatch(/^Assess at least one domain before submitting/);
  });

  it("lets a draft be incomplete", () => {
    expect(
      scorecardDraftSchema.safeParse({
        scores: [{ domainId: "d1", rating: "", evidence: "half", observedIndicatorIds: [] }],
        recommendation: "",
        privateNote: "",
      }).success,
    ).toBe(true);
  });

  it("never throws on arbitrary input, and only accepts ratings on the scale", () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const a = scorecardDraftSchema.safeParse(input);
        const b = scorecardSubmitSchema.safeParse(input);
        return typeof a.success === "boolean" && typeof b.success === "boolean";
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.string(), (rating) => {
        const ok = scorecardDraftSchema.safeParse({ ...complete, scores: [{ ...complete.scores[0], rating }] }).success;
        return ok === ["", "0", "1", "2", "3", "na"].includes(rating);
      }),
    );
  });

  it("round-trips ratings through the database representation", () => {
    for (const r of ["", "0", "1", "2", "3", "na"] as const) expect(ratingFromDb(ratingToDb(r))).toBe(r);
  });

  it("says what is still missing, in words", () => {
    const v = {
      scores: [
        { domainId: "d1", rating: "" as const, evidence: "", observedIndicatorIds: [] },
        { domainId: "d2", rating: "3" as const, evidence: "short", observedIndicatorIds: [] },
      ],
      recommendation: "" as const,
      privateNote: "",
    };
    expect(missingForSubmit(v, { d1: "Observability", d2: "Automation" })).toEqual([
      "a rating for Observability",
      "evidence for Automation",
      "an overall recommendation",
    ]);
    // The phone's one-line bar: the same items, in a few words each.
    expect(missingForSubmit(v, { d1: "Observability", d2: "Automation" }, "short")).toEqual([
      "Observability rating",
      "Automation evidence",
      "recommendation",
    ]);
    // Text over its limit refuses the submission too: the bar names it, not only the field.
    const long = {
      scores: [
        { domainId: "d1", rating: "2" as const, evidence: "e".repeat(EVIDENCE_MAX + 1), observedIndicatorIds: [] },
      ],
      recommendation: "YES" as const,
      privateNote: "n".repeat(NOTE_MAX + 1),
    };
    expect(missingForSubmit(long, { d1: "Observability" })).toEqual([
      "evidence for Observability within 5,000 characters",
      "a private note within 2,000 characters",
    ]);
    expect(missingForSubmit(long, { d1: "Observability" }, "short")).toEqual([
      "shorter Observability evidence",
      "shorter note",
    ]);
  });

  it("names the field of each missing answer, for the bar's 'Go to it'", () => {
    const v: ScorecardValues = {
      scores: [
        { domainId: "d1", rating: "", evidence: "", observedIndicatorIds: [] },
        { domainId: "d2", rating: "2", evidence: "short", observedIndicatorIds: [] },
        { domainId: "d3", rating: "3", evidence: "e".repeat(EVIDENCE_MAX + 1), observedIndicatorIds: [] },
      ],
      recommendation: "",
      privateNote: "n".repeat(NOTE_MAX + 1),
    };
    expect(missingItems(v, {}).map((m) => m.field)).toEqual([
      { kind: "rating", domainId: "d1" },
      { kind: "evidence", domainId: "d2" },
      { kind: "evidence", domainId: "d3" },
      { kind: "recommendation" },
      { kind: "note" },
    ]);
    // Nothing assessed: the first domain's rating is where to change that.
    const na = (domainId: string) => ({ domainId, rating: "na" as const, evidence: "", observedIndicatorIds: [] });
    expect(missingItems({ scores: [na("d1"), na("d2")], recommendation: "YES", privateNote: "" }, {})).toEqual([
      expect.objectContaining({ field: { kind: "rating", domainId: "d1" } }),
    ]);
  });

  it("counts evidence as it is stored: invisible characters neither fill the minimum nor the limit", () => {
    const zwsp = "\u200B";
    const padded = `Zero${zwsp}width${zwsp}`.repeat(3) + zwsp.repeat(30);
    expect(evidenceCount(padded)).toEqual({ stored: 27, counted: 27 });
    const v: ScorecardValues = {
      scores: [{ domainId: "d1", rating: "2", evidence: padded, observedIndicatorIds: [] }],
      recommendation: "YES",
      privateNote: "",
    };
    // The bar and the submit check agree: both say the evidence is missing.
    expect(missingItems(v, { d1: "Observability" }).map((m) => m.long)).toEqual(["evidence for Observability"]);
    const refused = scorecardSubmitSchema.safeParse({ ...v, interviewId: undefined });
    expect(JSON.stringify(refused.error?.issues ?? [])).toMatch(/\(27 so far\)/);
    // Joiners and direction marks are kept when stored, but show nothing: they count for nothing.
    expect(evidenceCount("\u200D".repeat(40)).counted).toBe(0);
    expect(evidenceCount("\u200E".repeat(20) + "x".repeat(20)).counted).toBe(20);
    const joiners = { ...v, scores: [{ ...v.scores[0]!, evidence: "\u200D".repeat(40) }] };
    expect(missingItems(joiners, {}).map((m) => m.field)).toEqual([{ kind: "evidence", domainId: "d1" }]);
    const joinersRefused = scorecardSubmitSchema.safeParse({ ...joiners, interviewId: undefined });
    expect(joinersRefused.error?.issues.some((i) => i.path.join(".") === "scores.0.evidence")).toBe(true);
    // 5,000 visible characters and a few invisible ones are within the limit.
    const atLimit = { ...v, scores: [{ ...v.scores[0]!, evidence: "e".repeat(EVIDENCE_MAX) + zwsp.repeat(5) }] };
    expect(missingItems(atLimit, {})).toEqual([]);
  });

  it("lists a scorecard where every domain is 'not assessed' as missing an assessed domain, as the schema refuses it", () => {
    const na = (domainId: string) => ({ domainId, rating: "na" as const, evidence: "", observedIndicatorIds: [] });
    const v: ScorecardValues = { scores: [na("d1"), na("d2")], recommendation: "YES", privateNote: "" };
    const missing = missingForSubmit(v, { d1: "Observability", d2: "Automation" });
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatch(/at least one assessed domain/);
    expect(missingForSubmit(v, {}, "short")).toEqual(["one assessed domain"]);
    expect(nothingAssessed(v)).toBe(true);
    expect(scorecardSubmitSchema.safeParse(v).success).toBe(false);
    // One assessed domain with evidence is enough: nothing missing, and the schema agrees.
    const one: ScorecardValues = {
      ...v,
      scores: [na("d1"), { domainId: "d2", rating: "1", evidence, observedIndicatorIds: [] }],
    };
    expect(missingForSubmit(one, {})).toEqual([]);
    expect(scorecardSubmitSchema.safeParse(one).success).toBe(true);
    // The button's list and the schema agree on random scorecards.
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rating: fc.constantFrom("", "0", "1", "2", "3", "na"),
            text: fc.constantFrom("", evidence, "x".repeat(EVIDENCE_MAX + 1)),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.constantFrom("", "YES"),
        fc.constantFrom("", "a note", "n".repeat(NOTE_MAX + 1)),
        (scores, rec, note) => {
          const values = {
            scores: scores.map(({ rating, text }, i) => ({
              domainId: `d${i}`,
              rating,
              evidence: text,
              observedIndicatorIds: [],
            })),
            recommendation: rec,
            privateNote: note,
          } as ScorecardValues;
          return (missingForSubmit(values, {}).length === 0) === scorecardSubmitSchema.safeParse(values).success;
        },
      ),
    );
  });

  it("treats a retry of the same answers as the same, and any real change as different", () => {
    const base: ScorecardValues = {
      scores: [{ domainId: "d1", rating: "2", evidence, observedIndicatorIds: ["a", "b"] }],
      recommendation: "YES",
      privateNote: "",
    };
    expect(
      sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, observedIndicatorIds: ["b", "a"] }] }),
    ).toBe(true);
    expect(
      sameScorecardValues(base, {
        ...base,
        scores: [...base.scores, { domainId: "d2", rating: "", evidence: "", observedIndicatorIds: [] }],
      }),
    ).toBe(true);
    expect(sameScorecardValues(base, { ...base, privateNote: "x" })).toBe(false);
    expect(sameScorecardValues(base, { ...base, recommendation: "NO" })).toBe(false);
    expect(sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, observedIndicatorIds: ["a"] }] })).toBe(
      false,
    );
    expect(sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, evidence: `${evidence}!` }] })).toBe(
      false,
    );
    expect(sameScorecardValues(base, { ...base, scores: [{ ...base.scores[0]!, rating: "na" }] })).toBe(false);
  });
});

describe("user text (lib/validation/text.ts)", () => {
  it("strips invisible control characters but keeps tab, newlines and every other character", () => {
    expect(cleanUserText("a\u0000b\u0007c\u001bd\u000be\u000cf")).toBe("abcdef");
    expect(cleanUserText("line one\r\nline two\tend")).toBe("line one\r\nline two\tend");
    expect(cleanUserText("café 🚀 日本語 \u200d \u007f")).toBe("café 🚀 日本語 \u200d \u007f");
    expect(cleanUserText("half \ud83d emoji")).toBe("half \ufffd emoji");
    expect(cleanUserText("\ufeffpasted from a file")).toBe("pasted from a file");
    expect(cleanUserText("\udc00 lone low")).toBe("\ufffd lone low");
    // Direction overrides, embeddings and isolates go; right-to-left letters and the marks stay.
    expect(cleanUserText("Eve\u202egnp.exe\u202c \u2067x\u2069 \u202a\u202b\u202d")).toBe("Evegnp.exe x ");
    expect(cleanUserText("שלום \u200fعربي\u200e")).toBe("שלום \u200fعربي\u200e");
    // Soft hyphens, zero-width spaces and word joiners pasted with a name go; joiners inside emoji and words stay.
    expect(cleanUserText("Ingrid\u00adLund\u200bqvist\u2060")).toBe("IngridLundqvist");
    expect(cleanUserText("👩\u200d💻 می\u200cخواهم")).toBe("👩\u200d💻 می\u200cخواهم");
    // Chainable like any zod string; lengths count the cleaned text.
    const schema = userText().trim().min(3, "too short").max(5, "too long");
    expect(schema.safeParse(" \u0000ab\u0000 ").error?.issues[0]?.message).toBe("too short");
    expect(schema.safeParse("abc\u0000\u0000\u0000de").data).toBe("abcde");
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = cleanUserText(s);
        return (
          !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u00ad\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/.test(out) &&
          cleanUserText(out) === out &&
          out.isWellFormed()
        );
      }),
      { numRuns: 500 },
    );
  });

  it("cleans evidence, the private note and an amendment's reason; a reason of only control characters is too short", () => {
    const parsed = scorecardDraftSchema.parse({
      ...complete,
      scores: [{ ...complete.scores[0], evidence: "pasted\u0000 from a PDF" }],
      privateNote: "note\u0000",
    });
    expect(parsed.scores[0]!.evidence).toBe("pasted from a PDF");
    expect(parsed.privateNote).toBe("note");
    const reason = amendmentSchema.safeParse({ ...complete, reason: "\u0000".repeat(20) });
    expect(reason.success).toBe(false);
    expect(reason.error?.issues[0]?.message).toMatch(/Say why/);
    // A NUL byte in an id is malformed, not a database error later.
    expect(
      scorecardDraftSchema.safeParse({ ...complete, scores: [{ ...complete.scores[0], domainId: "d1\u0000" }] })
        .success,
    ).toBe(false);
  });
});

describe("alignScores", () => {
  it("lines values up with the kit's domains, blank where missing, dropping others", () => {
    const v: ScorecardValues = {
      scores: [
        { domainId: "b", rating: "2", evidence, observedIndicatorIds: [] },
        { domainId: "x", rating: "1", evidence, observedIndicatorIds: [] },
      ],
      recommendation: "YES",
      privateNote: "n",
    };
    const aligned = alignScores(v, ["a", "b"]);
    expect(aligned.scores.map((s) => [s.domainId, s.rating])).toEqual([
      ["a", ""],
      ["b", "2"],
    ]);
    expect(aligned.privateNote).toBe("n");
  });
});
