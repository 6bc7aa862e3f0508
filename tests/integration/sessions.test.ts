// Sessions (issue 11, finding 4 and "reactivating a user revives old sessions"): the token's
// own expiry is the session's absolute lifetime, an idle session ends, and sign-out, sign out
// everywhere, deactivation (also after reactivation) and a kind change end existing tokens
// at their next request. Tokens go through next-auth's real handler (tests/integration/auth-flow.ts).
import { decode, encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { signOutEverywhere } from "../../lib/auth/sessions";
import { db } from "../../lib/db";
import { env } from "../../lib/env";
import { changeKind, setActive } from "../../lib/people/service";
import { SESSION_COOKIE, sessionEndpoint, sessionOf, signedInToken, signIn, signOut } from "./auth-flow";
import { userByEmail } from "./helpers";

/** The version an admin's page would have loaded for this person (User.version). */
const versionOf = (userId: string) => db.user.findUniqueOrThrow({ where: { id: userId } }).then((u) => u.version);

const HOUR = 3600;
const now = () => Math.floor(Date.now() / 1000);
const at = (t: Date) => vi.setSystemTime(t);

afterEach(() => {
  vi.useRealTimers();
});

describe("lifetime", () => {
  it("mints a token whose own expiry is the absolute lifetime (12 h by default)", async () => {
    const token = await signedInToken("mei@example.com");
    const payload = await decode({ token, secret: env().authSecret });
    expect((payload!.exp as number) - now()).toBeGreaterThan(12 * HOUR - 5);
    expect((payload!.exp as number) - now()).toBeLessThanOrEqual(12 * HOUR);
    expect((await sessionOf(token)).user).toMatchObject({ email: "mei@example.com" });
  });

  it("rejects a token minted 20 days ago, even one signed for 30 days", async () => {
    const mei = await db.user.findUniqueOrThrow({ where: { email: "mei@example.com" } });
    const old = now() - 20 * 24 * HOUR;
    const token = await encode({
      secret: env().authSecret,
      maxAge: 30 * 24 * HOUR,
      token: { uid: mei.id, sid: "s-old", gen: mei.sessionGeneration, authTime: old, lastSeen: now() - 60 },
    });
    expect((await sessionOf(token)).user).toBeNull();
    // A token from before sessions carried these claims (uid only) is refused too.
    const legacy = await encode({ secret: env().authSecret, token: { uid: mei.id } });
    expect((await sessionOf(legacy)).user).toBeNull();
  });

  it("ends at the absolute lifetime however active the user is, and the refreshed token never outlives it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date();
    let token = await signedInToken("mei@example.com");
    for (const hours of [1.5, 3, 4.5, 6, 7.5, 9, 10.5, 11.9]) {
      at(new Date(start.getTime() + hours * HOUR * 1000));
      const s = await sessionOf(token);
      expect(s.user, `after ${hours} h`).not.toBeNull();
      token = s.cookie?.value ?? token;
      const payload = await decode({ token, secret: env().authSecret });
      expect(Math.abs((payload!.exp as number) - (start.getTime() / 1000 + 12 * HOUR))).toBeLessThan(5);
    }
    at(new Date(start.getTime() + 12.1 * HOUR * 1000));
    expect((await sessionOf(token)).user).toBeNull();
  });

  it("ends after the idle timeout (2 h by default) without activity; activity keeps it alive", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date();
    const token = await signedInToken("mei@example.com");
    at(new Date(start.getTime() + 1.9 * HOUR * 1000));
    const active = await sessionOf(token); // a request refreshes the last-seen time
    expect(active.user).not.toBeNull();
    expect(active.cookie?.value).toBeTruthy();
    at(new Date(start.getTime() + 3 * HOUR * 1000));
    expect((await sessionOf(active.cookie!.value)).user).not.toBeNull();
    // The token that was not refreshed has been idle for 3 h.
    expect((await sessionOf(token)).user).toBeNull();
  });
});

describe("revocation", () => {
  it("sign-out ends that session's token, not the person's other sessions", async () => {
    const phone = await signedInToken("tomas@example.com");
    const laptop = await signedInToken("tomas@example.com");
    await signOut(laptop);
    expect((await sessionOf(laptop)).user).toBeNull();
    expect((await sessionOf(phone)).user).toMatchObject({ email: "tomas@example.com" });
  });

  it("sign out everywhere ends every session; signing in again works", async () => {
    const a = await signedInToken("priya@example.com");
    const b = await signedInToken("priya@example.com");
    const priya = await userByEmail("priya@example.com");
    expect((await signOutEverywhere(priya)).ok).toBe(true);
    expect((await sessionOf(a)).user).toBeNull();
    expect((await sessionOf(b)).user).toBeNull();
    expect((await sessionOf(await signedInToken("priya@example.com"))).user).toMatchObject({
      email: "priya@example.com",
    });
    expect(await db.auditEvent.count({ where: { action: "user.signed_out_everywhere", entityId: priya.id } })).toBe(1);
  });

  it("deactivation ends sessions, and reactivation does not bring them back", async () => {
    const admin = await userByEmail("admin@example.com");
    const kwame = await userByEmail("kwame@example.com");
    const token = await signedInToken("kwame@example.com");
    expect((await setActive(admin, { userId: kwame.id, active: false, version: await versionOf(kwame.id) })).ok).toBe(
      true,
    );
    expect((await sessionOf(token)).user).toBeNull();
    expect(await signIn("kwame@example.com")).toMatchObject({ error: "CredentialsSignin" });
    expect((await setActive(admin, { userId: kwame.id, active: true, version: await versionOf(kwame.id) })).ok).toBe(
      true,
    );
    expect((await sessionOf(token)).user).toBeNull();
    expect((await sessionOf(await signedInToken("kwame@example.com"))).user).toMatchObject({ kind: "INTERVIEWER" });
  });

  it("a kind change ends the person's sessions; the next sign-in has the new kind", async () => {
    const admin = await userByEmail("admin@example.com");
    const dana = await userByEmail("dana@example.com");
    const token = await signedInToken("dana@example.com");
    // To admin: a manager who owns open roles keeps the right to open them (a recruiter would not).
    expect((await changeKind(admin, { userId: dana.id, kind: "ADMIN", version: await versionOf(dana.id) })).ok).toBe(
      true,
    );
    expect((await sessionOf(token)).user).toBeNull();
    expect((await sessionOf(await signedInToken("dana@example.com"))).user).toMatchObject({ kind: "ADMIN" });
  });

  it("a throttled sign-in reports the wait to the client", async () => {
    for (let i = 0; i < 4; i++)
      expect(await signIn("recruiter@example.com", "wrong", "198.51.100.60")).toMatchObject({
        error: "CredentialsSignin",
      });
    const res = await signIn("recruiter@example.com", "wrong", "198.51.100.60");
    expect("error" in res && res.error).toMatch(/^RateLimited:\d+$/);
    expect(await signIn("recruiter@example.com", "demo-password", "198.51.100.60")).toMatchObject({
      error: expect.stringMatching(/^RateLimited:/),
    });
    expect(await signIn("recruiter@example.com", "demo-password", "198.51.100.61")).toHaveProperty("token");
  });
});

describe("the session endpoint (GET /api/auth/session)", () => {
  /** The session the endpoint reports, and what it does to the cookie: refreshed, cleared or left alone. */
  async function endpoint(token: string) {
    const res = await sessionEndpoint(token);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    return {
      status: res.status,
      body: await res.json(),
      cookie: !cookie ? "kept" : /Max-Age=0/i.test(cookie) ? "cleared" : "refreshed",
    };
  }

  it("reports a live session and refreshes its cookie", async () => {
    const token = await signedInToken("tomas@example.com");
    expect(await endpoint(token)).toMatchObject({
      status: 200,
      body: { uid: expect.any(String) },
      cookie: "refreshed",
    });
  });

  it("answers a session that was signed out, ended everywhere or whose person was deactivated as none, and clears its cookie", async () => {
    const admin = await userByEmail("admin@example.com");
    const signedOut = await signedInToken("tomas@example.com");
    await signOut(signedOut);
    const everywhere = await signedInToken("priya@example.com");
    expect((await signOutEverywhere(await userByEmail("priya@example.com"))).ok).toBe(true);
    const mei = await userByEmail("mei@example.com");
    const deactivated = await signedInToken("mei@example.com");
    expect((await setActive(admin, { userId: mei.id, active: false, version: await versionOf(mei.id) })).ok).toBe(true);
    for (const token of [signedOut, everywhere, deactivated])
      expect(await endpoint(token)).toEqual({ status: 200, body: {}, cookie: "cleared" });
    expect((await setActive(admin, { userId: mei.id, active: true, version: await versionOf(mei.id) })).ok).toBe(true);
    expect(await endpoint(deactivated)).toEqual({ status: 200, body: {}, cookie: "cleared" });
  });
});
