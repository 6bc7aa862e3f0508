// The schemas the JD editor, JD analyser, token and CSV forms check as you type are the
// servers' own (lib/validation/jd.ts, token.ts, lib/candidates/limits.ts, csv.ts).
import { describe, expect, it } from "vitest";
import { headerProblems } from "../../lib/candidates/csv";
import { CSV_EMPTY, CSV_TOO_LARGE, csvTextSchema } from "../../lib/candidates/limits";
import { analyseSchema, fieldProblem, jdSaveSchema } from "../../lib/validation/jd";
import { tokenSchema } from "../../lib/validation/token";

describe("form schemas checked in the browser", () => {
  it("JD editor: nearly empty or too long content, with the message shown beside the field", () => {
    expect(fieldProblem(jdSaveSchema.shape.content, "   short   ")).toBe("The job description is nearly empty");
    expect(fieldProblem(jdSaveSchema.shape.content, "x".repeat(20_001))).toBe("Keep it under 20,000 characters");
    expect(fieldProblem(jdSaveSchema.shape.content, "## Requirements\n- Builds dashboards")).toBeNull();
    expect(
      jdSaveSchema.safeParse({
        content: "## Requirements\n- Builds dashboards",
        generatedFrom: { targets: [{ domainId: "d", target: 4 }], text: "" },
      }).success,
    ).toBe(false);
  });

  it("JD analyser: pasted text too short or too long", () => {
    expect(fieldProblem(analyseSchema.shape.text, "rockstar")).toBe("Paste a job description (at least a few lines)");
    expect(fieldProblem(analyseSchema.shape.text, "x".repeat(50_001))).toBe(
      "That text is too long (50,000 characters max)",
    );
    expect(fieldProblem(analyseSchema.shape.text, "- Builds Grafana dashboards for services")).toBeNull();
    expect(fieldProblem(analyseSchema.shape.text, "•\n•\n•\n- - -\n* * *\n1. 2. 3.\n•••")).toBe(
      "There are no words to check: paste the job description's text",
    );
    expect(fieldProblem(analyseSchema.shape.text, "- Überwacht Dienste mit Grafana")).toBeNull();
  });

  it("token: name too short, too long, fine; at least one known scope; an offered lifetime, 90 days by default", () => {
    const msg = (name: unknown, more: object = {}) => {
      const r = tokenSchema.safeParse({ name, scopes: ["roles:read"], ...more });
      return r.success ? null : r.error.issues[0]!.message;
    };
    expect(msg("ATS sync", { scopes: [] })).toBe("Choose at least one scope");
    expect(msg("ATS sync", { scopes: undefined })).toBe("Choose at least one scope");
    expect(msg("ATS sync", { scopes: ["roles:write"] })).toBe("Choose from the scopes listed");
    expect(msg("ATS sync", { expiresInDays: "never" })).toBe("Choose when the token expires");
    expect(tokenSchema.parse({ name: "ATS sync", scopes: ["roles:read", "roles:read"] })).toEqual({
      name: "ATS sync",
      scopes: ["roles:read"],
      expiresInDays: "90",
    });
    expect(msg(" a ")).toMatch(/Name the token/);
    expect(msg("x".repeat(81))).toBe("Keep the name under 80 characters");
    expect(msg(42)).not.toBeNull();
    expect(msg("ATS sync")).toBeNull();
  });

  it("pasted CSV: empty, too large, missing required columns", () => {
    expect(fieldProblem(csvTextSchema, " \n ")).toBe(CSV_EMPTY);
    expect(fieldProblem(csvTextSchema, "x".repeat(5 * 1024 * 1024 + 1))).toBe(CSV_TOO_LARGE);
    expect(headerProblems("name,mail\nAnn,ann@example.org")).toEqual([
      "The file has no “email” column (found: name, mail).",
    ]);
    expect(headerProblems("Full Name, E-mail\n")).toEqual([]);
    // Blank headers are said as blank, never as the parser's own "_1", "_2" names.
    expect(headerProblems(",,\n,,\n")).toEqual([
      "The file has no “name” column: the first line has no column names.",
      "The file has no “email” column: the first line has no column names.",
    ]);
    expect(headerProblems("name,,\nAnn,,")).toEqual([
      "The file has no “email” column (found: name, (blank), (blank)).",
    ]);
    expect(headerProblems('name,email\n"unterminated')).toEqual([]);
  });
});

describe("every free-text field is stored without invisible control characters", () => {
  it("cleans NUL and friends in role, person, question, candidate and matrix text", async () => {
    const { personSchema } = await import("../../lib/validation/people");
    const { newCandidateSchema } = await import("../../lib/validation/application");
    const { indicatorSchema } = await import("../../lib/matrix/json-format");
    expect(personSchema.parse({ name: "Ada\u0000 Lovelace", email: "ada@example.com", kind: "INTERVIEWER" }).name).toBe(
      "Ada Lovelace",
    );
    expect(
      newCandidateSchema.parse({
        name: "Grace\u0007 Hopper",
        email: "grace@example.com",
        source: "\u0000referral",
        headline: "",
      }).source,
    ).toBe("referral");
    expect(indicatorSchema.parse("Builds\u0000 dashboards")).toBe("Builds dashboards");
  });
});
