import { describe, expect, it } from "vitest";
import { parseCandidateCsv } from "../../lib/candidates/csv";

describe("parseCandidateCsv", () => {
  it("maps columns case-insensitively (with aliases), validates rows and reports issues by line and column", () => {
    const csv =
      "Full Name,E-mail,Role,Source,Phone\nAda Lovelace,ada@example.org,AI Platform Engineer,Referral,+44 20 1234\nB,not-an-email,,LinkedIn,call me\n";
    const { rows, fileErrors } = parseCandidateCsv(csv);
    expect(fileErrors).toEqual([]);
    expect(rows[0]).toMatchObject({
      line: 2,
      issues: [],
      data: { name: "Ada Lovelace", email: "ada@example.org", role: "AI Platform Engineer" },
    });
    expect(rows[1]!.line).toBe(3);
    expect(rows[1]!.issues.map((i) => i.column).sort()).toEqual(["email", "name", "phone"]);
  });

  it("links later rows with the same email (any case) to the first one", () => {
    const { rows } = parseCandidateCsv("name,email\nAda,ada@example.org\nAda L,ADA@example.org\nBo,bo@example.org\n");
    expect(rows.map((r) => r.firstLineWithEmail)).toEqual([null, 2, null]);
  });

  it("rejects a file without the required columns, naming what it found", () => {
    expect(parseCandidateCsv("who,where\nx,y\n").fileErrors[0]).toMatch(/no “name” column \(found: who, where\)/);
  });

  it("handles quoted commas, a BOM and blank lines", () => {
    const { rows } = parseCandidateCsv('\uFEFFname,email,headline\n"Lee, Jordan",jl@example.com,"SRE, payments"\n\n');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.data).toMatchObject({ name: "Lee, Jordan", headline: "SRE, payments" });
  });
});
