import { describe, expect, it } from "vitest";
import { liveClaims, newSessionClaims, sessionEndsAt, sessionPolicy, sessionRefOf } from "../../lib/auth/session-token";

const policy = sessionPolicy({ SESSION_MAX_AGE_HOURS: 12, SESSION_IDLE_MINUTES: 120 });
const T = 1_800_000_000;

describe("session token claims", () => {
  it("defaults to 12 h absolute and 2 h idle, reporting activity every 5 minutes at most", () => {
    expect(policy).toEqual({ maxAgeSeconds: 43_200, idleSeconds: 7_200, keepAliveSeconds: 300 });
    expect(sessionPolicy({ SESSION_MAX_AGE_HOURS: 1, SESSION_IDLE_MINUTES: 8 }).keepAliveSeconds).toBe(120);
  });

  it("is live within both limits and dead past either", () => {
    const c = newSessionClaims("u1", 3, T);
    expect(c).toMatchObject({ uid: "u1", gen: 3, authTime: T, lastSeen: T });
    expect(liveClaims(c, policy, T + 7_199)).toEqual(c);
    expect(liveClaims(c, policy, T + 7_200)).toBeNull(); // idle
    const active = { ...c, lastSeen: T + 43_000 };
    expect(liveClaims(active, policy, T + 43_199)).toEqual(active);
    expect(liveClaims(active, policy, T + 43_200)).toBeNull(); // absolute
    expect(sessionEndsAt(active, policy)).toBe(T + 43_200);
  });

  it("refuses tokens without our claims (older tokens, empty ones)", () => {
    expect(liveClaims({ uid: "u1" }, policy, T)).toBeNull();
    expect(liveClaims({}, policy, T)).toBeNull();
    expect(sessionEndsAt({}, policy)).toBe(0);
    expect(sessionRefOf({ uid: "u1", sid: "s", gen: 0 })).toEqual({ uid: "u1", sid: "s", gen: 0 });
    expect(sessionRefOf({ userId: "u1" })).toBeNull();
  });

  it("gives every session its own id", () => {
    expect(newSessionClaims("u1", 0).sid).not.toBe(newSessionClaims("u1", 0).sid);
  });
});
