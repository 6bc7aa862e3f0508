// The analyser page's merged wording warnings: seen in the browser, a pasted "He will own..." line
// got the job-ad pronoun warning and retext-equality's raw message for the same word, and the
// whole-text gender-coding finding was labelled "Line 1".
import { describe, expect, it } from "vitest";
import { adWarnings } from "../../../lib/job-descriptions/ad-warnings";
import { exclusionWarnings } from "../../../lib/jd/exclusion";
import { inclusiveLanguageWarnings } from "../../../lib/jd/inclusive";

const check = async (text: string) => adWarnings(await inclusiveLanguageWarnings(text), exclusionWarnings(text));

describe("adWarnings", () => {
  it("says a gendered pronoun once, with the job-ad check's reason and suggestion", async () => {
    const w = await check("Senior SRE\n- He will own our observability stack\n- his or her team runs on-call");
    expect(w.map((x) => x.where)).toEqual(["Line 2", "Line 3"]);
    expect(w[0]!.message).toMatch(/^"He": Pronouns for the candidate/);
    expect(w[0]!.suggestion).toMatch(/"you"/);
    expect(w.some((x) => /Unexpected|somes/.test(x.message))).toBe(false);
  });

  it("keeps retext-equality's other findings, in plain words with its alternatives", async () => {
    const w = await check("Senior SRE\n- Reports to the chairman of the reliability board");
    expect(w).toEqual([
      expect.objectContaining({
        where: "Line 2",
        message: '"chairman" may read as leaving some people out.',
        suggestion: expect.stringContaining('"chair"'),
      }),
    ]);
  });

  it("keeps a retext pronoun finding on a line the job-ad check did not flag", () => {
    const w = adWarnings(
      [
        {
          message: "Unexpected potentially insensitive use of `She`, in somes cases `They` may be better",
          line: 4,
          column: 1,
          ruleId: "he-she",
        },
      ],
      [],
    );
    expect(w).toEqual([
      { where: "Line 4", line: 4, message: '"She" may read as leaving some people out.', suggestion: '"They"' },
    ]);
  });

  it("labels the whole-text gender-coding finding as the whole ad, first, and sorts the rest by line", async () => {
    const text = [
      "Senior SRE",
      "- Must be a native English speaker",
      "- Competitive, dominant, aggressive, decisive, ambitious and assertive engineers",
      "- Culture fit with the team",
    ].join("\n");
    const w = await check(text);
    expect(w[0]).toMatchObject({ where: "Whole ad", line: null, message: expect.stringMatching(/^Masculine-coded/) });
    const lines = w.slice(1).map((x) => x.line!);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
    expect(w.slice(1).map((x) => x.where)).toContain("Line 2");
  });

  it("passes other messages through unchanged", () => {
    const w = adWarnings([{ message: "Don’t use `damn`, it’s profane", line: 2, column: 3, ruleId: "damn" }], []);
    expect(w).toEqual([{ where: "Line 2", line: 2, message: "Don’t use `damn`, it’s profane" }]);
  });
});
