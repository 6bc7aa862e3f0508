import { describe, expect, it } from "vitest";
import { clientAddress } from "../../lib/rate-limit/client-address";
import {
  retryAfterFromCode,
  signInThrottledCode,
  signInThrottledMessage,
  waitText,
} from "../../lib/rate-limit/retry-after";
import { withSignInThrottleStatus } from "../../lib/rate-limit/sign-in-response";

describe("clientAddress", () => {
  it("takes the entry the trusted proxy added, not what the client wrote before it", () => {
    expect(clientAddress("203.0.113.5")).toBe("203.0.113.5");
    expect(clientAddress("6.6.6.6, 203.0.113.5")).toBe("203.0.113.5");
    expect(clientAddress("6.6.6.6, 203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
    expect(clientAddress("203.0.113.5", 3)).toBe("203.0.113.5"); // fewer hops than configured: the first
  });
  it("normalises IPv4 on IPv6 sockets and refuses what is not an address", () => {
    expect(clientAddress("::ffff:127.0.0.1")).toBe("127.0.0.1");
    expect(clientAddress("2001:DB8::1")).toBe("2001:db8::1");
    expect(clientAddress(null)).toBe("unknown");
    expect(clientAddress("")).toBe("unknown");
    expect(clientAddress("'; DROP TABLE x;--")).toBe("unknown");
    expect(clientAddress("1".repeat(300))).toBe("unknown");
  });
});

describe("throttle messages", () => {
  it("says how long to wait, rounded up", () => {
    expect(waitText(0.2)).toBe("1 second");
    expect(waitText(45)).toBe("45 seconds");
    expect(waitText(61)).toBe("2 minutes");
    expect(waitText(900)).toBe("15 minutes");
    expect(waitText(3 * 3600)).toBe("3 hours");
    expect(signInThrottledMessage(900)).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
  });
  it("carries the wait through next-auth's error code and reads nothing else as one", () => {
    expect(retryAfterFromCode(signInThrottledCode(899.2))).toBe(900);
    expect(retryAfterFromCode("CredentialsSignin")).toBeNull();
    expect(retryAfterFromCode("RateLimited:abc")).toBeNull();
    expect(retryAfterFromCode(null)).toBeNull();
  });
});

describe("a throttled sign-in over HTTP", () => {
  const json = (status: number, url: string) =>
    new Response(JSON.stringify({ url }), {
      status,
      headers: { "content-type": "application/json", "set-cookie": "a=b" },
    });

  it("turns next-auth's 401 for a throttled attempt into 429 with Retry-After, body unchanged", async () => {
    const res = await withSignInThrottleStatus(
      json(401, "http://localhost:3000/api/auth/error?error=RateLimited%3A900"),
    );
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("900");
    expect(res.headers.get("set-cookie")).toBe("a=b");
    expect(await res.json()).toEqual({ url: "http://localhost:3000/api/auth/error?error=RateLimited%3A900" });
  });

  it("leaves every other answer alone", async () => {
    for (const res of [
      json(401, "http://localhost:3000/api/auth/error?error=CredentialsSignin"),
      json(200, "http://localhost:3000/"),
      new Response("x", { status: 401 }),
    ]) {
      expect(await withSignInThrottleStatus(res)).toBe(res);
    }
  });
});
