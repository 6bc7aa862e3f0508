// Brute force and abuse (issue 11, finding 3): counters live in the database, so every app
// instance sees the same ones; these tests build two independent "instances" of the limiters
// to show it.
import { describe, expect, it } from "vitest";
import { authorizeCredentials, SignInThrottledError } from "../../lib/auth/credentials";
import { db } from "../../lib/db";
import { createLimits, limitRules, signInThrottle, type Rules } from "../../lib/rate-limit/limits";

const rules = (overrides: Partial<Rules> = {}): Rules => ({ ...limitRules(), ...overrides });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("sign-in throttle", () => {
  it("blocks an account at an address after N failures, with the time to wait, across instances", async () => {
    const one = signInThrottle(createLimits(rules()));
    const two = signInThrottle(createLimits(rules())); // a second app instance
    const email = "target-1@example.com";
    const max = limitRules().signInAccountAddress.points; // 5 by default
    for (let i = 1; i < max; i++) {
      expect(await (i % 2 ? one : two).check(email, "198.51.100.1")).toBeNull();
      expect(await (i % 2 ? one : two).failed(email, "198.51.100.1")).toBeNull();
    }
    // The Nth failure is the last one: it says so, with the wait.
    const last = await one.failed(email, "198.51.100.1");
    expect(last?.retryAfterSeconds).toBe(15 * 60);
    const blocked = await two.check(email, "198.51.100.1");
    expect(blocked?.retryAfterSeconds).toBeGreaterThan(14 * 60);
    expect(blocked?.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    expect(await db.rateLimiterFlexible.count({ where: { key: { contains: email } } })).toBeGreaterThan(0);
    // Another account from the same address, and the same account from another address, are not blocked.
    expect(await two.check("someone-else@example.com", "198.51.100.1")).toBeNull();
    expect(await two.check(email, "203.0.113.9")).toBeNull();
  });

  it("a successful sign-in resets the account's consecutive failures at that address", async () => {
    const t = signInThrottle(createLimits(rules()));
    const email = "target-2@example.com";
    for (let i = 0; i < 4; i++) await t.failed(email, "198.51.100.2");
    await t.succeeded(email, "198.51.100.2");
    for (let i = 0; i < 4; i++) expect(await t.failed(email, "198.51.100.2")).toBeNull();
    expect(await t.check(email, "198.51.100.2")).toBeNull();
    expect(await t.failed(email, "198.51.100.2")).not.toBeNull(); // the 5th in a row since the success
  });

  it("a block ends by itself: the owner is never locked out for good", async () => {
    const t = signInThrottle(
      createLimits(rules({ signInAccountAddress: { points: 2, seconds: 3600, blockSeconds: 1 } })),
    );
    const email = "target-3@example.com";
    await t.failed(email, "198.51.100.3");
    expect(await t.failed(email, "198.51.100.3")).toEqual({ retryAfterSeconds: 1 });
    expect(await t.check(email, "198.51.100.3")).toEqual({ retryAfterSeconds: 1 });
    await sleep(1100);
    expect(await t.check(email, "198.51.100.3")).toBeNull();
  });

  it("slows an attack on one account spread over many addresses, but not at an address the owner signed in from", async () => {
    const t = signInThrottle(createLimits(rules({ signInAccount: { points: 3, seconds: 3600, blockSeconds: 600 } })));
    const email = "target-4@example.com";
    await t.succeeded(email, "192.0.2.10"); // the owner's usual address
    expect(await t.failed(email, "198.51.100.41")).toBeNull();
    expect(await t.failed(email, "198.51.100.42")).toBeNull();
    expect((await t.failed(email, "198.51.100.43"))?.retryAfterSeconds).toBe(600);
    expect((await t.check(email, "198.51.100.44"))?.retryAfterSeconds).toBeGreaterThan(590);
    expect(await t.check(email, "192.0.2.10")).toBeNull();
  });

  it("blocks an address that fails on many accounts", async () => {
    const t = signInThrottle(createLimits(rules({ signInAddress: { points: 3, seconds: 3600, blockSeconds: 900 } })));
    await t.failed("a-5@example.com", "198.51.100.5");
    await t.failed("b-5@example.com", "198.51.100.5");
    expect(await t.failed("c-5@example.com", "198.51.100.5")).not.toBeNull();
    expect(await t.check("d-5@example.com", "198.51.100.5")).not.toBeNull();
    expect(await t.check("d-5@example.com", "198.51.100.6")).toBeNull();
  });
});

describe("credentials sign-in under the throttle", () => {
  it("refuses even the right password once blocked, and lets the owner in from another address", async () => {
    const email = "mei@example.com";
    for (let i = 0; i < 4; i++)
      expect(await authorizeCredentials({ email, password: "wrong" }, "198.51.100.7")).toBeNull();
    await expect(authorizeCredentials({ email, password: "wrong" }, "198.51.100.7")).rejects.toBeInstanceOf(
      SignInThrottledError,
    );
    const refused = await authorizeCredentials({ email, password: "demo-password" }, "198.51.100.7").catch(
      (e: unknown) => e,
    );
    expect(refused).toBeInstanceOf(SignInThrottledError);
    expect((refused as SignInThrottledError).retryAfterSeconds).toBeGreaterThan(0);
    expect(await authorizeCredentials({ email, password: "demo-password" }, "192.0.2.77")).toMatchObject({ email });
    // Another account from the blocked address is unaffected.
    expect(
      await authorizeCredentials({ email: "kwame@example.com", password: "demo-password" }, "198.51.100.7"),
    ).toMatchObject({
      email: "kwame@example.com",
    });
  });

  it("puts a failed sign-in on the account's audit record, and nothing for an unknown email or a blocked attempt", async () => {
    const email = "tomas@example.com";
    const tomas = await db.user.findUniqueOrThrow({ where: { email } });
    const failures = () => db.auditEvent.findMany({ where: { action: "user.sign_in_failed" }, orderBy: { id: "asc" } });
    const before = (await failures()).length;
    expect(await authorizeCredentials({ email, password: "wrong" }, "198.51.100.30")).toBeNull();
    expect(await authorizeCredentials({ email: "nobody-here@example.com", password: "x" }, "198.51.100.30")).toBeNull();
    const after = await failures();
    expect(after.length).toBe(before + 1);
    expect(after.at(-1)).toMatchObject({
      actorId: null,
      entityType: "User",
      entityId: tomas.id,
      data: { reason: "wrong_password", address: "198.51.100.30", blocked: false },
    });
    // Until blocked, each check is recorded; once blocked, refusals before the check write nothing.
    for (let i = 0; i < 4; i++) await authorizeCredentials({ email, password: "wrong" }, "198.51.100.31");
    await expect(authorizeCredentials({ email, password: "wrong" }, "198.51.100.31")).rejects.toBeInstanceOf(
      SignInThrottledError,
    );
    const blocked = await failures();
    expect(blocked.at(-1)?.data).toMatchObject({ blocked: true });
    await authorizeCredentials({ email, password: "wrong" }, "198.51.100.31").catch(() => null);
    expect((await failures()).length).toBe(blocked.length);
  });

  it("counts an unknown email like a known one (no account enumeration)", async () => {
    for (let i = 0; i < 4; i++)
      expect(await authorizeCredentials({ email: "ghost@example.com", password: "x" }, "198.51.100.8")).toBeNull();
    await expect(
      authorizeCredentials({ email: "ghost@example.com", password: "x" }, "198.51.100.8"),
    ).rejects.toBeInstanceOf(SignInThrottledError);
  });
});

describe("expensive actions and API tokens", () => {
  it("allows N calls per user in the window, then says how long to wait; other users are unaffected", async () => {
    const l = createLimits(rules({ csvImport: { points: 3, seconds: 600 } }));
    for (let i = 0; i < 3; i++) expect(await l.csvImport.take("user-a")).toBeNull();
    const over = await l.csvImport.take("user-a");
    expect(over?.retryAfterSeconds).toBeGreaterThan(590);
    expect(await l.csvImport.take("user-b")).toBeNull();
    expect(
      await createLimits(rules({ csvImport: { points: 3, seconds: 600 } })).csvImport.take("user-a"),
    ).not.toBeNull(); // another instance agrees
  });

  it("blocks an address after repeated bad API tokens", async () => {
    const l = createLimits(rules({ apiTokenFailure: { points: 2, seconds: 600, blockSeconds: 900 } }));
    expect(await l.apiTokenFailure.blocked("198.51.100.9")).toBeNull();
    await l.apiTokenFailure.fail("198.51.100.9");
    expect(await l.apiTokenFailure.blocked("198.51.100.9")).toBeNull();
    expect((await l.apiTokenFailure.fail("198.51.100.9"))?.retryAfterSeconds).toBe(900);
    expect((await l.apiTokenFailure.blocked("198.51.100.9"))?.retryAfterSeconds).toBeGreaterThan(890);
    expect(await l.apiTokenFailure.blocked("198.51.100.10")).toBeNull();
  });
});
