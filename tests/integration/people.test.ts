import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { addPerson, changeKind, setActive } from "../../lib/people/service";
import { userByEmail } from "./helpers";

// Adding a person emails an invitation (tests/integration/invitations.test.ts): not written to disk here.
vi.mock("../../lib/mail", () => ({ mailDelivery: () => "file", sendMail: async () => undefined }));

/** The version an admin's page would have loaded for this person (User.version). */
const v = (userId: string) => db.user.findUniqueOrThrow({ where: { id: userId } }).then((u) => u.version);

describe("people (admin)", () => {
  it("adds a person, rejects a duplicate email and bad input, audits the change", async () => {
    const admin = await userByEmail("admin@example.com");
    const res = await addPerson(admin, { name: "Ada Lovelace", email: "Ada@Example.org", kind: "INTERVIEWER" });
    expect(res.ok).toBe(true);
    expect(await db.user.findUnique({ where: { email: "ada@example.org" } })).toMatchObject({
      kind: "INTERVIEWER",
      active: true,
    });
    expect(await addPerson(admin, { name: "Ada again", email: "ada@example.org", kind: "ADMIN" })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await addPerson(admin, { name: "", email: "nope", kind: "KING" })).toMatchObject({
      ok: false,
      kind: "invalid",
    });
    expect(await db.auditEvent.count({ where: { action: "user.created" } })).toBe(1);
  });

  it("refuses everyone but admins", async () => {
    const manager = await userByEmail("manager@example.com");
    expect(await addPerson(manager, { name: "Eve", email: "eve@example.org", kind: "ADMIN" })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    const sam = await userByEmail("interviewer@example.com");
    expect(await changeKind(manager, { userId: sam.id, kind: "ADMIN", version: await v(sam.id) })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await setActive(sam, { userId: manager.id, active: false, version: await v(manager.id) })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
  });

  it("never removes the last admin, by kind change or deactivation", async () => {
    const admin = await userByEmail("admin@example.com");
    expect(await changeKind(admin, { userId: admin.id, kind: "MANAGER", version: await v(admin.id) })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await setActive(admin, { userId: admin.id, active: false, version: await v(admin.id) })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    const dana = await userByEmail("dana@example.com");
    expect((await changeKind(admin, { userId: dana.id, kind: "ADMIN", version: await v(dana.id) })).ok).toBe(true);
    expect((await changeKind(admin, { userId: admin.id, kind: "MANAGER", version: await v(admin.id) })).ok).toBe(true);
    const events = await db.auditEvent.findMany({ where: { action: "user.kind_changed" }, orderBy: { id: "asc" } });
    expect(events.map((e) => e.data)).toEqual([
      { from: "MANAGER", to: "ADMIN" },
      { from: "ADMIN", to: "MANAGER" },
    ]);
  });

  it("won't make a manager who owns roles not yet closed someone who can't open them", async () => {
    // Whoever is an admin now (the test before hands the role around).
    const admin = await userByEmail(
      (await db.user.findFirstOrThrow({ where: { kind: "ADMIN", active: true }, select: { email: true } })).email,
    );
    const owner = await userByEmail("manager@example.com");
    const open = await db.role.count({ where: { ownerId: owner.id, status: { not: "CLOSED" } } });
    expect(open).toBeGreaterThan(0);
    for (const kind of ["INTERVIEWER", "RECRUITER"] as const) {
      const res = await changeKind(admin, { userId: owner.id, kind, version: await v(owner.id) });
      expect(res).toMatchObject({ ok: false, kind: "invalid" });
      expect(!res.ok && res.message).toContain(`owns ${open} role`);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.id } })).kind).toBe("MANAGER");
    // A manager without such roles changes kind as before.
    await addPerson(admin, { name: "Rolf Roleless", email: "rolf@example.org", kind: "MANAGER" });
    const rolf = await db.user.findUniqueOrThrow({ where: { email: "rolf@example.org" } });
    expect((await changeKind(admin, { userId: rolf.id, kind: "INTERVIEWER", version: rolf.version })).ok).toBe(true);
  });

  it("deactivates and reactivates, keeping past scorecards", async () => {
    const dana = await userByEmail("dana@example.com");
    const tomas = await userByEmail("tomas@example.com");
    const before = await db.scorecard.count({ where: { interviewerId: tomas.id } });
    expect((await setActive(dana, { userId: tomas.id, active: false, version: await v(tomas.id) })).ok).toBe(true);
    expect(await db.scorecard.count({ where: { interviewerId: tomas.id } })).toBe(before);
    expect((await setActive(dana, { userId: tomas.id, active: true, version: await v(tomas.id) })).ok).toBe(true);
    expect(
      await db.auditEvent.count({
        where: { entityId: tomas.id, action: { in: ["user.deactivated", "user.reactivated"] } },
      }),
    ).toBe(2);
  });
});

describe("organisation settings", () => {
  it("only admins change feedback visibility, audited", async () => {
    const { setFeedbackVisibility } = await import("../../lib/settings/service");
    expect(
      await setFeedbackVisibility(await userByEmail("manager@example.com"), { feedbackVisibility: "ALWAYS" }),
    ).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(
      await setFeedbackVisibility(await userByEmail("dana@example.com"), { feedbackVisibility: "SOMETIMES" }),
    ).toMatchObject({
      ok: false,
    });
    const admin = await db.user.findFirstOrThrow({ where: { kind: "ADMIN", active: true } });
    expect((await setFeedbackVisibility({ ...admin }, { feedbackVisibility: "NEVER" })).ok).toBe(true);
    expect((await db.orgSettings.findUniqueOrThrow({ where: { id: 1 } })).feedbackVisibility).toBe("NEVER");
    expect(await db.auditEvent.count({ where: { action: "settings.feedback_visibility" } })).toBe(1);
  });

  it("only admins change the job-ad texts; long text is refused; the change is audited by field", async () => {
    const { setJobAdSettings } = await import("../../lib/settings/service");
    const texts = {
      jobAdProfile: "  We run payments.  ",
      jobAdBenefits: "30 days leave",
      jobAdEqualOpportunity: "We welcome everyone.",
    };
    expect(await setJobAdSettings(await userByEmail("recruiter@example.com"), texts)).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    const admin = await db.user.findFirstOrThrow({ where: { kind: "ADMIN", active: true } });
    expect(await setJobAdSettings(admin, { ...texts, jobAdBenefits: "x".repeat(3_001) })).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { jobAdBenefits: expect.stringMatching(/3,000/) },
    });
    expect((await setJobAdSettings(admin, texts)).ok).toBe(true);
    expect(await db.orgSettings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
      jobAdProfile: "We run payments.",
      jobAdBenefits: "30 days leave",
      jobAdEqualOpportunity: "We welcome everyone.",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { action: "settings.job_ad_texts" },
      orderBy: { at: "desc" },
    });
    expect((event.data as { changed: string[] }).changed.sort()).toEqual([
      "jobAdBenefits",
      "jobAdEqualOpportunity",
      "jobAdProfile",
    ]);
  });
});

describe("the last admin under concurrency", () => {
  // Two admins demote or deactivate each other at the same moment: one must win, one must be
  // refused, and an active admin must remain. On PGlite transactions take turns anyway; on
  // PostgreSQL (TEST_DATABASE_URL) they really overlap and the row lock decides.
  async function twoAdmins(emailB: string) {
    const a = await db.user.findFirstOrThrow({ where: { kind: "ADMIN", active: true } });
    const b = await db.user.create({ data: { email: emailB, name: "Second Admin", kind: "ADMIN" } });
    // Only these two are active admins.
    await db.user.updateMany({
      where: { kind: "ADMIN", active: true, id: { notIn: [a.id, b.id] } },
      data: { kind: "MANAGER" },
    });
    const asUser = (u: typeof a) => ({ id: u.id, email: u.email, name: u.name, kind: u.kind });
    return { a: asUser(a), b: asUser(b) };
  }
  const activeAdmins = () => db.user.count({ where: { kind: "ADMIN", active: true } });

  it("demoting each other at once: exactly one succeeds", async () => {
    for (let round = 0; round < 3; round++) {
      const { a, b } = await twoAdmins(`race-kind-${round}@example.org`);
      const [va, vb] = [await v(a.id), await v(b.id)];
      const results = await Promise.all([
        changeKind(a, { userId: b.id, kind: "MANAGER", version: vb }),
        changeKind(b, { userId: a.id, kind: "MANAGER", version: va }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject({
        ok: false,
        kind: "forbidden",
        message: expect.stringMatching(/At least one active admin/),
      });
      expect(await activeAdmins()).toBe(1);
    }
  });

  it("deactivating each other at once (or one demotes while the other deactivates): exactly one succeeds", async () => {
    for (let round = 0; round < 3; round++) {
      const { a, b } = await twoAdmins(`race-active-${round}@example.org`);
      const [va, vb] = [await v(a.id), await v(b.id)];
      const results = await Promise.all(
        round === 2
          ? [
              changeKind(a, { userId: b.id, kind: "INTERVIEWER", version: vb }),
              setActive(b, { userId: a.id, active: false, version: va }),
            ]
          : [
              setActive(a, { userId: b.id, active: false, version: vb }),
              setActive(b, { userId: a.id, active: false, version: va }),
            ],
      );
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(await activeAdmins()).toBe(1);
    }
  });
});
