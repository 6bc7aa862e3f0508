// Changing one's own password: the current one is required and a wrong one counts against the
// sign-in throttle; a weak or reused one is refused on its field; success replaces the hash, ends
// every session of the person and is audited; a single sign-on account has no password to change.
import bcrypt from "bcryptjs";
import { describe, expect, it } from "vitest";
import { changePassword, SSO_ONLY } from "../../lib/auth/change-password";
import { hasPassword } from "../../lib/auth/password-state";
import { db } from "../../lib/db";
import { userByEmail } from "./helpers";

const NEW = "lantern orbit cactus mellow";
const hashOf = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash;

describe("changing one's own password", () => {
  it("refuses a wrong current password, a weak or unchanged new one, and changes nothing", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const before = await hashOf(sam.id);
    expect(await changePassword(sam, { current: "not my password", password: NEW, confirm: NEW }, "10.1.0.1")).toEqual({
      ok: false,
      kind: "invalid",
      message: "That is not your current password",
      fieldErrors: { current: "That is not your current password" },
    });
    const weak = await changePassword(
      sam,
      { current: "demo-password", password: "password1234", confirm: "password1234" },
      "10.1.0.2",
    );
    expect(weak).toMatchObject({
      ok: false,
      kind: "invalid",
      fieldErrors: { password: expect.stringMatching(/easy/) },
    });
    const same = await changePassword(
      sam,
      { current: "demo-password", password: "demo-password", confirm: "demo-password" },
      "10.1.0.2",
    );
    expect(same).toMatchObject({ ok: false, kind: "invalid", fieldErrors: { password: expect.any(String) } });
    const differ = await changePassword(
      sam,
      { current: "demo-password", password: NEW, confirm: `${NEW}!` },
      "10.1.0.2",
    );
    expect(differ).toMatchObject({ ok: false, fieldErrors: { confirm: "The two passwords differ" } });
    expect(await hashOf(sam.id)).toBe(before);
    expect(await db.auditEvent.count({ where: { action: "user.password_changed" } })).toBe(0);
  });

  it("a session cannot guess the password faster than sign-in can: wrong ones are throttled", async () => {
    const kwame = await userByEmail("kwame@example.com");
    const results = [];
    for (let i = 0; i < 6; i++)
      results.push(await changePassword(kwame, { current: `guess-${i}`, password: NEW, confirm: NEW }, "10.2.0.1"));
    expect(results.at(-1)).toMatchObject({ ok: false, kind: "rate_limited" });
    // Blocked, even the right password is refused from that address for now.
    expect(
      await changePassword(kwame, { current: "demo-password", password: NEW, confirm: NEW }, "10.2.0.1"),
    ).toMatchObject({ ok: false, kind: "rate_limited" });
    expect(await bcrypt.compare("demo-password", (await hashOf(kwame.id))!)).toBe(true);
  });

  it("replaces the password, signs out every session of the person, and is audited", async () => {
    const mei = await userByEmail("mei@example.com");
    const generation = (await db.user.findUniqueOrThrow({ where: { id: mei.id } })).sessionGeneration;
    expect(await changePassword(mei, { current: "demo-password", password: NEW, confirm: NEW }, "10.3.0.1")).toEqual({
      ok: true,
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: mei.id } });
    expect(await bcrypt.compare(NEW, after.passwordHash!)).toBe(true);
    expect(await bcrypt.compare("demo-password", after.passwordHash!)).toBe(false);
    expect(after.sessionGeneration).toBe(generation + 1);
    expect(await db.auditEvent.count({ where: { action: "user.password_changed", actorId: mei.id } })).toBe(1);
  });

  it("a single sign-on account has no password here to change", async () => {
    const tomas = await userByEmail("tomas@example.com");
    await db.user.update({ where: { id: tomas.id }, data: { passwordHash: null } });
    expect(await hasPassword(tomas.id)).toBe(false);
    expect(await changePassword(tomas, { current: "anything", password: NEW, confirm: NEW }, "10.4.0.1")).toMatchObject(
      {
        ok: false,
        message: SSO_ONLY,
      },
    );
    expect(await hashOf(tomas.id)).toBeNull();
  });
});
