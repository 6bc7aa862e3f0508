import bcrypt from "bcryptjs";
import { describe, expect, it, vi } from "vitest";
import { db } from "../../lib/db";
import { sent } from "./mail-capture";
import { acceptInvitation, invitationFor, reinvite } from "../../lib/people/invitations";
import { addPerson, setActive } from "../../lib/people/service";
import { userByEmail } from "./helpers";

vi.mock("../../lib/mail", () => import("./mail-capture"));
const tokenIn = (text: string) => /\/invite\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? "";
const PASSWORD = "correct horse battery staple";
let n = 0;
const address = () => `10.0.0.${++n}`;

describe("invitations", () => {
  it("adding a person emails a one-time link; only its hash is stored; it sets a password once", async () => {
    const admin = await userByEmail("admin@example.com");
    const res = await addPerson(admin, { name: "Noor Haddad", email: "noor@example.org", kind: "INTERVIEWER" });
    expect(res).toMatchObject({ ok: true, invitation: { emailed: true, delivery: "file" }, sso: null });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toBe("noor@example.org");
    const token = tokenIn(sent[0]!.text);
    expect(token.length).toBeGreaterThan(30);
    const stored = await db.invitation.findFirstOrThrow({ where: { user: { email: "noor@example.org" } } });
    expect(stored.tokenHash).not.toContain(token);
    expect(stored.expiresAt.getTime() - stored.createdAt.getTime()).toBe(72 * 3600_000);
    expect(await db.auditEvent.count({ where: { action: "user.invited", entityId: stored.userId } })).toBe(1);

    expect(await invitationFor(token)).toEqual({ ok: true, name: "Noor Haddad", email: "noor@example.org" });
    const short = await acceptInvitation({ token, password: "short", confirm: "short" }, address());
    expect(short).toMatchObject({ ok: false, kind: "invalid" });
    // Long enough is not enough: a common password, or one made of the person's own name or
    // email, is refused on its field, and the link still works.
    for (const weak of ["password1234", "qwertyuiop12", "noor@example.org"]) {
      const res = await acceptInvitation({ token, password: weak, confirm: weak }, address());
      expect(res).toMatchObject({
        ok: false,
        kind: "invalid",
        fieldErrors: { password: expect.stringMatching(/easy to guess/) },
      });
    }
    expect(await invitationFor(token)).toMatchObject({ ok: true });
    const differ = await acceptInvitation({ token, password: PASSWORD, confirm: `${PASSWORD}!` }, address());
    expect(differ).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { confirm: "The two passwords differ" } });

    expect(await acceptInvitation({ token, password: PASSWORD, confirm: PASSWORD }, address())).toEqual({
      ok: true,
      email: "noor@example.org",
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "noor@example.org" } });
    expect(await bcrypt.compare(PASSWORD, user.passwordHash!)).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "user.password_set", entityId: user.id } })).toBe(1);
    // Single use: the same link again does nothing.
    expect(await invitationFor(token)).toMatchObject({ ok: false });
    expect(
      await acceptInvitation({ token, password: "another long password", confirm: "another long password" }, address()),
    ).toMatchObject({
      ok: false,
      kind: "not_found",
    });
    expect(
      await bcrypt.compare(PASSWORD, (await db.user.findUniqueOrThrow({ where: { id: user.id } })).passwordHash!),
    ).toBe(true);
  });

  it("expires, is replaced by a newer invitation, and only admins send one", async () => {
    const admin = await userByEmail("admin@example.com");
    await addPerson(admin, { name: "Lee Park", email: "lee@example.org", kind: "RECRUITER" });
    const first = tokenIn(sent[0]!.text);
    const lee = await db.user.findUniqueOrThrow({ where: { email: "lee@example.org" } });
    expect(await reinvite(await userByEmail("manager@example.com"), { userId: lee.id })).toMatchObject({
      ok: false,
      kind: "forbidden",
    });
    expect(await reinvite(admin, { userId: lee.id })).toMatchObject({ ok: true, email: "lee@example.org" });
    const second = tokenIn(sent[1]!.text);
    expect(await invitationFor(first)).toMatchObject({ ok: false });
    expect(await invitationFor(second)).toMatchObject({ ok: true });
    const later = new Date(Date.now() + 73 * 3600_000);
    expect(await invitationFor(second, later)).toMatchObject({ ok: false });
    expect(
      await acceptInvitation({ token: second, password: PASSWORD, confirm: PASSWORD }, address(), later),
    ).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: lee.id } })).passwordHash).toBeNull();
  });

  it("to someone with a password it is a reset link: the new password replaces the old and ends their sessions", async () => {
    const admin = await userByEmail("admin@example.com");
    const added = await addPerson(admin, { name: "Forgetful Fay", email: "fay@example.org", kind: "INTERVIEWER" });
    expect(added.ok).toBe(true);
    const first = tokenIn(sent[0]!.text);
    expect(await acceptInvitation({ token: first, password: PASSWORD, confirm: PASSWORD }, address())).toMatchObject({
      ok: true,
    });
    const fay = await db.user.findUniqueOrThrow({ where: { email: "fay@example.org" } });
    sent.length = 0;
    expect(await reinvite(admin, { userId: fay.id })).toMatchObject({ ok: true, email: "fay@example.org" });
    expect(sent[0]!.subject).toBe("Set a new password for AIOps Scorecards");
    expect(sent[0]!.text).toMatch(/set a new password/);
    const renewed = "a different long passphrase";
    expect(
      await acceptInvitation({ token: tokenIn(sent[0]!.text), password: renewed, confirm: renewed }, address()),
    ).toMatchObject({ ok: true });
    const after = await db.user.findUniqueOrThrow({ where: { id: fay.id } });
    expect(await bcrypt.compare(renewed, after.passwordHash!)).toBe(true);
    expect(await bcrypt.compare(PASSWORD, after.passwordHash!)).toBe(false);
    expect(after.sessionGeneration).toBeGreaterThan(fay.sessionGeneration);
  });

  it("deactivating a person voids their unused link: reactivating them does not bring it back", async () => {
    const admin = await userByEmail("admin@example.com");
    expect((await addPerson(admin, { name: "Away Ana", email: "ana@example.org", kind: "INTERVIEWER" })).ok).toBe(true);
    const token = tokenIn(sent[0]!.text);
    const ana = await db.user.findUniqueOrThrow({ where: { email: "ana@example.org" } });
    expect(await setActive(admin, { userId: ana.id, active: false, version: ana.version })).toMatchObject({ ok: true });
    const off = await db.user.findUniqueOrThrow({ where: { id: ana.id } });
    expect(await setActive(admin, { userId: ana.id, active: true, version: off.version })).toMatchObject({ ok: true });
    expect(await invitationFor(token)).toMatchObject({ ok: false });
    expect(await acceptInvitation({ token, password: PASSWORD, confirm: PASSWORD }, address())).toMatchObject({
      ok: false,
    });
  });

  it("blocks an address that keeps trying bad links", async () => {
    const from = address();
    const results = [];
    for (let i = 0; i < 11; i++)
      results.push(
        await acceptInvitation(
          { token: `guessed-token-${i}-aaaaaaaaaaaaaaaa`, password: PASSWORD, confirm: PASSWORD },
          from,
        ),
      );
    expect(results.slice(0, 9).every((r) => !r.ok && r.kind === "not_found")).toBe(true);
    expect(results[10]).toMatchObject({ ok: false, kind: "rate_limited" });
  });
});
