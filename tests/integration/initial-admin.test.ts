import { afterAll, describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { sent } from "./mail-capture";
import { ensureInitialAdmin } from "../../lib/db/startup";
import { acceptInvitation } from "../../lib/people/invitations";

vi.mock("../../lib/mail", () => import("./mail-capture"));
const before = process.env.INITIAL_ADMIN_EMAIL;
afterAll(() => {
  if (before === undefined) delete process.env.INITIAL_ADMIN_EMAIL;
  else process.env.INITIAL_ADMIN_EMAIL = before;
});
const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
const EMAIL = "first.admin@example.org";

describe("the first admin (INITIAL_ADMIN_EMAIL) without single sign-on", () => {
  it("is left alone while another admin is active", async () => {
    process.env.INITIAL_ADMIN_EMAIL = EMAIL;
    await ensureInitialAdmin();
    expect(await db.user.count({ where: { email: EMAIL } })).toBe(0);
    expect(sent).toHaveLength(0);
  });

  it("is created on a database with no admin and sent a link to set a password, once while it is pending", async () => {
    await db.user.updateMany({ where: { kind: "ADMIN" }, data: { active: false } });
    process.env.INITIAL_ADMIN_EMAIL = ` ${EMAIL.toUpperCase()} `;
    await ensureInitialAdmin();
    const admin = await db.user.findUniqueOrThrow({ where: { email: EMAIL } });
    expect(admin).toMatchObject({ kind: "ADMIN", active: true, passwordHash: null });
    expect(sent.map((m) => m.to)).toEqual([EMAIL]);
    const first = tokenIn(sent[0]!.text);
    expect(first.length).toBeGreaterThan(30);
    expect(await db.auditEvent.count({ where: { entityId: admin.id, action: "user.initial_admin" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: admin.id, action: "user.invited", actorId: null } })).toBe(1);

    // A restart while the link still works sends nothing more.
    await ensureInitialAdmin();
    expect(sent).toHaveLength(1);

    // Expired unused: the next start sends a new link, and the old one no longer works.
    await db.invitation.updateMany({ where: { userId: admin.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await ensureInitialAdmin();
    expect(sent).toHaveLength(2);
    const second = tokenIn(sent[1]!.text);
    expect(second).not.toBe(first);
    const password = "a long and unusual passphrase 42";
    expect(await acceptInvitation({ token: first, password, confirm: password }, "10.9.0.1")).toMatchObject({
      ok: false,
    });
    expect(await acceptInvitation({ token: second, password, confirm: password }, "10.9.0.2")).toEqual({
      ok: true,
      email: EMAIL,
    });

    // With a password, they sign in: no more links.
    await ensureInitialAdmin();
    expect(sent).toHaveLength(2);
  });
});
