import { describe, expect, it } from "vitest";
import { roleCandidateRows } from "@/lib/candidates/role-candidate-rows";
import type { RoleApplicationRow } from "@/lib/data/role-applications";

const row = (over: Partial<RoleApplicationRow>): RoleApplicationRow => ({
  id: "a1",
  name: "Ana Lima",
  erased: false,
  currentStageId: "s1",
  status: "ACTIVE",
  statusHidden: false,
  interviews: 2,
  addedAt: new Date("2026-12-01T10:00:00Z"),
  ...over,
});
const stages = [{ id: "s1", name: "Platform screen" }];

describe("a role page's candidate rows as tuples", () => {
  it("carries the standing, the interviews, the same-name detail and the controls' input", () => {
    const rows = roleCandidateRows(
      [
        row({}),
        row({ id: "a2", addedAt: new Date("2026-12-03T10:00:00Z"), currentStageId: null, interviews: 1 }),
        row({ id: "a3", name: "Ben Okafor", status: "HIRED" }),
      ],
      stages,
      { timeZone: "UTC", canManage: true },
    );
    expect(rows).toEqual([
      ["a1", "Ana Lima", "added 1 Dec 2026", "Platform screen", 2, ["s1", "ACTIVE"]],
      ["a2", "Ana Lima", "added 3 Dec 2026", "Not started", 1, [null, "ACTIVE"]],
      ["a3", "Ben Okafor", null, "hired", 2, ["s1", "HIRED"]],
    ]);
  });

  it("gives no controls to a viewer who does not manage the pipeline, on an outcome hidden from them, or an erased candidate", () => {
    const controls = (r: RoleApplicationRow, canManage = true) =>
      roleCandidateRows([r], stages, { timeZone: "UTC", canManage })[0]![5];
    expect(controls(row({}), false)).toBeNull();
    expect(controls(row({ status: "CLOSED", statusHidden: true }))).toBeNull();
    expect(controls(row({ erased: true }))).toBeNull();
  });
});
