// The role page and the board link a candidate's page, the comparison and its CSV only for
// viewers those pages open for (opensRoleApplications, canCompareRoleCandidates): a recruiter on
// another team was offered links that all ended in "not found".
import { describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { canOpenApplication } from "../../lib/auth/permissions";
import { db } from "../../lib/db";
import { pipelineBoard } from "../../lib/data/pipeline-board";
import { roleDetail } from "../../lib/data/roles";

describe("links to candidates from a role", () => {
  it("are offered to the role's hiring leads and managers, not to a recruiter on another team", async () => {
    const role = await db.role.findFirstOrThrow({
      where: { status: "OPEN", applications: { some: {} } },
      select: { id: true, ownerId: true, members: { select: { userId: true, function: true } } },
    });
    const stray: CurrentUser = await db.user.create({
      data: { email: `stray-${Date.now()}@example.org`, name: "Stray Recruiter", kind: "RECRUITER" },
      select: { id: true, email: true, name: true, kind: true },
    });
    const owner = await db.user.findUniqueOrThrow({
      where: { id: role.ownerId },
      select: { id: true, email: true, name: true, kind: true },
    });
    // A manager who neither owns the role nor sits on its team: managers read every role.
    const manager = await db.user.findFirstOrThrow({
      where: { kind: "MANAGER", id: { not: role.ownerId, notIn: role.members.map((m) => m.userId) } },
      select: { id: true, email: true, name: true, kind: true },
    });
    for (const [who, user, opens] of [
      ["owner", owner, true],
      ["a manager", manager, true],
      ["a recruiter on no team", stray, false],
    ] as const) {
      const detail = (await roleDetail(user, role.id))!;
      expect(detail.opensApplications, who).toBe(opens);
      expect(detail.canCompare, who).toBe(opens);
      // The gap CSV is linked for the hiring leads only (another manager finds it on the comparison when allowed).
      expect(detail.leadsHiring, who).toBe(who === "owner");
      expect((await pipelineBoard(user, role.id))!.canOpen, who).toBe(opens);
      // The same answer as the candidate page's own rule, for someone with no interview there.
      expect(canOpenApplication(user, { role, viewerInterviews: 0 }), who).toBe(opens);
    }
  });
});
