import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { csvResponse } from "../../lib/exports/csv-response";
import { roleGapsCsv, roleScoresCsv } from "../../lib/exports/role-csv";
import { userByEmail } from "./helpers";

// The role's CSV downloads as a browser receives them (through csvResponse's stream), on a role
// whose later applications have no scores yet: the usual state of a pipeline.

describe("role CSV downloads", () => {
  it("finish when whole batches of applications have nothing to write, and always start with the header", async () => {
    const owner = await userByEmail("manager@example.com");
    const role = await db.role.findFirstOrThrow({ where: { ownerId: owner.id, status: "OPEN" } });
    const stamp = Date.now();
    // More than two export batches (200 applications each) of candidates nobody has scored.
    const candidates = Array.from({ length: 450 }, (_, i) => ({
      id: `csvstall${stamp}${String(i).padStart(3, "0")}`,
      name: `Unscored ${i}`,
      email: `unscored-${stamp}-${i}@example.org`,
    }));
    await db.candidate.createMany({ data: candidates });
    await db.application.createMany({ data: candidates.map((c) => ({ candidateId: c.id, roleId: role.id })) });

    for (const [exporter, header] of [
      [
        roleScoresCsv,
        "candidate,application_id,domain,target,interviewer,stage,rating,recommendation,evidence,submitted_at,matrix_version_id",
      ],
      [
        roleGapsCsv,
        "candidate,application_id,domain,target,weight,consensus,spread,ratings,gap,status,disagreement,fit,fit_basis",
      ],
    ] as const) {
      const out = await exporter(owner, role.id);
      if (!out.ok) throw new Error(out.error);
      const text = await Promise.race([
        csvResponse(out, out.filename).text(),
        new Promise<string>((_, reject) =>
          setTimeout(() => reject(new Error(`${out.filename} never finished`)), 20_000),
        ),
      ]);
      const lines = text.replace(/^\uFEFF/, "").split("\r\n");
      expect(lines[0]).toBe(header);
      expect(lines.slice(1).filter((l) => l.length === 0).length, JSON.stringify(lines.slice(0, 4))).toBe(0); // no blank line where a batch was empty
      // The scores list ratings, so the unscored are absent; the gaps list every candidate the owner sees.
      if (exporter === roleScoresCsv) expect(text).not.toContain("Unscored");
      else expect(text).toContain("Unscored 449,");
    }
  });
});
