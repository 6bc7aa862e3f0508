// The admin home's recent changes: the day's sign-ins stay in the full audit log, not here (round I:
// six of ten items were "signed in", pushing a permission change out of view).
import { describe, expect, it } from "vitest";
import { recordAudit } from "../../lib/audit";
import { adminOverview } from "../../lib/data/admin-home";
import { userByEmail } from "./helpers";

describe("the admin home's recent changes", () => {
  it("leave sign-ins out, however many there are", async () => {
    const admin = await userByEmail("admin@example.com");
    const kwame = await userByEmail("kwame@example.com");
    await recordAudit({ actorId: admin.id, action: "user.kind_changed", entityType: "User", entityId: kwame.id });
    for (let i = 0; i < 12; i++)
      await recordAudit({ actorId: admin.id, action: "user.signed_in", entityType: "User", entityId: admin.id });
    await recordAudit({ actorId: null, action: "user.sign_in_failed", entityType: "User", entityId: admin.id });
    const { audit } = await adminOverview(admin);
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.map((a) => a.sentence)).not.toContainEqual(expect.stringMatching(/signed in|sign-in/i));
    expect(audit[0]!.sentence).toBe(`${admin.name} changed what ${kwame.name} can do.`);
  });
});
