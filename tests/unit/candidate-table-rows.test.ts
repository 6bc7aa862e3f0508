import { describe, expect, it } from "vitest";
import { candidateTableRows } from "@/lib/candidates/candidate-table-rows";

describe("the recruiter's candidate rows as tuples", () => {
  it("carries what the table shows: the day added in the viewer's zone, each application's standing", () => {
    const rows = candidateTableRows(
      [
        {
          id: "c1",
          name: "Ana Lima",
          headline: "SRE",
          source: null,
          // 23:30 UTC on 1 Dec is 2 Dec in Tokyo.
          createdAt: new Date("2026-12-01T23:30:00Z"),
          applications: [
            { id: "a1", roleTitle: "AI Platform Engineer", status: "ACTIVE", stage: "Platform screen" },
            { id: "a2", roleTitle: "MLOps Engineer", status: "ACTIVE", stage: null },
            { id: "a3", roleTitle: "SRE", status: "CLOSED", stage: "Design" },
          ],
        },
      ],
      "Asia/Tokyo",
    );
    expect(rows).toEqual([
      [
        "c1",
        "Ana Lima",
        "SRE",
        null,
        "2 Dec 2026",
        [
          ["a1", "AI Platform Engineer", "Platform screen"],
          ["a2", "MLOps Engineer", "Not started"],
          ["a3", "SRE", "closed"],
        ],
      ],
    ]);
  });
});
