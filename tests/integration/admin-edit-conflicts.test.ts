// Issue 11, finding 10: two admins editing the same thing at once are not both told "saved".
// A person's kind and active state carry a version that the People page sends back; a matrix
// cell's save carries the indicators the editor loaded. Both are required, and a stale one is a
// conflict that says to reload, with nothing overwritten.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import * as matrix from "../../lib/matrix/service";
import { changeKind, setActive } from "../../lib/people/service";
import { userByEmail } from "./helpers";

let admin: CurrentUser, otherAdmin: CurrentUser;
let n = 0;

beforeAll(async () => {
  admin = await userByEmail("admin@example.com");
  const o = await db.user.create({ data: { email: "second-admin@example.com", name: "Second Admin", kind: "ADMIN" } });
  otherAdmin = { id: o.id, email: o.email, name: o.name, kind: o.kind };
});

async function person() {
  const u = await db.user.create({
    data: { email: `person-${++n}@example.org`, name: `Person ${n}`, kind: "INTERVIEWER" },
  });
  return { id: u.id, version: u.version };
}
const stored = (id: string) =>
  db.user.findUniqueOrThrow({ where: { id }, select: { kind: true, active: true, version: true } });
const CONFLICT = {
  ok: false,
  kind: "conflict",
  message: expect.stringMatching(/changed .* since you loaded .*reload/i),
};

describe("a person's kind and active state", () => {
  it("the second of two admins who loaded the same version gets a conflict, and the first one's change stands", async () => {
    const p = await person();
    expect(await changeKind(admin, { userId: p.id, kind: "MANAGER", version: p.version })).toMatchObject({ ok: true });
    expect(await changeKind(otherAdmin, { userId: p.id, kind: "RECRUITER", version: p.version })).toMatchObject(
      CONFLICT,
    );
    expect(await stored(p.id)).toMatchObject({ kind: "MANAGER", version: p.version + 1 });
    expect(await db.auditEvent.count({ where: { entityId: p.id, action: "user.kind_changed" } })).toBe(1);
    // After reloading (the new version), the second admin's change goes through.
    expect(await changeKind(otherAdmin, { userId: p.id, kind: "RECRUITER", version: p.version + 1 })).toMatchObject({
      ok: true,
    });
    expect(await stored(p.id)).toMatchObject({ kind: "RECRUITER", version: p.version + 2 });
  });

  it("a kind change and a deactivation from the same stale page conflict as well", async () => {
    const p = await person();
    expect(await setActive(admin, { userId: p.id, active: false, version: p.version })).toMatchObject({ ok: true });
    expect(await changeKind(otherAdmin, { userId: p.id, kind: "ADMIN", version: p.version })).toMatchObject(CONFLICT);
    expect(await setActive(otherAdmin, { userId: p.id, active: true, version: p.version })).toMatchObject(CONFLICT);
    expect(await stored(p.id)).toMatchObject({ kind: "INTERVIEWER", active: false });
  });

  it("at the same moment from the same version: exactly one is saved", async () => {
    for (let round = 0; round < 3; round++) {
      const p = await person();
      const results = await Promise.all([
        changeKind(admin, { userId: p.id, kind: "MANAGER", version: p.version }),
        changeKind(otherAdmin, { userId: p.id, kind: "RECRUITER", version: p.version }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toMatchObject(CONFLICT);
      expect((await stored(p.id)).version).toBe(p.version + 1);
    }
  });

  it("requires the version: a save without it, or with a malformed one, is refused before anything is written", async () => {
    const p = await person();
    for (const version of [undefined, null, "1", 0, 1.5, -1]) {
      expect(await changeKind(admin, { userId: p.id, kind: "MANAGER", version }), String(version)).toMatchObject({
        ok: false,
        kind: "invalid",
        fieldErrors: { version: expect.any(String) },
      });
      expect(await setActive(admin, { userId: p.id, active: false, version }), String(version)).toMatchObject({
        ok: false,
        kind: "invalid",
        fieldErrors: { version: expect.any(String) },
      });
    }
    expect(await stored(p.id)).toEqual({ kind: "INTERVIEWER", active: true, version: p.version });
  });
});

describe("a draft matrix cell (updateCellAction)", () => {
  it("requires the indicators the editor loaded; a save without them is refused, not written", async () => {
    const started = await matrix.startDraft(admin);
    expect(started.ok).toBe(true);
    const cell = await db.matrixCell.findFirstOrThrow({
      where: { version: { status: "DRAFT" } },
      include: { indicators: { orderBy: { position: "asc" } } },
    });
    const before = cell.indicators.map((i) => i.text);
    const res = await matrix.updateCellIndicators(admin, {
      cellId: cell.id,
      indicators: ["Overwrites whatever another admin saved meanwhile."],
    });
    expect(res).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { expected: expect.any(String) } });
    expect(
      (await db.indicator.findMany({ where: { cellId: cell.id }, orderBy: { position: "asc" } })).map((i) => i.text),
    ).toEqual(before);
    // With what it loaded, the save goes through; a second admin from the same page gets a conflict that says to reload.
    expect(
      await matrix.updateCellIndicators(admin, {
        cellId: cell.id,
        indicators: ["Mine, from the loaded cell."],
        expected: before,
      }),
    ).toMatchObject({ ok: true });
    expect(
      await matrix.updateCellIndicators(otherAdmin, {
        cellId: cell.id,
        indicators: ["Theirs, from the same page."],
        expected: before,
      }),
    ).toMatchObject({ ok: false, kind: "conflict", current: ["Mine, from the loaded cell."] });
  });
});
