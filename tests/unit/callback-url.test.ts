// Issue 11, finding 7 (next-auth endpoints): a callbackUrl next-auth cannot read answered 500
// ("server configuration"); found by the fuzz test. The route now answers 400 first.
import { describe, expect, it } from "vitest";
import { unreadableCallbackUrl } from "../../lib/auth/callback-url";

const base = "http://127.0.0.1:3000/api/auth/session";

describe("unreadableCallbackUrl", () => {
  it("accepts paths, this app's URLs and requests without one", () => {
    expect(unreadableCallbackUrl(base, null)).toBeNull();
    expect(unreadableCallbackUrl(`${base}?callbackUrl=%2Froles`, null)).toBeNull();
    expect(
      unreadableCallbackUrl(`${base}?callbackUrl=`, "next-auth.callback-url=http%3A%2F%2F127.0.0.1%3A3000%2F"),
    ).toBeNull();
  });

  it("names a query value or cookie that is no web address", () => {
    expect(unreadableCallbackUrl(`${base}?callbackUrl=%25`, null)).toBe("callbackUrl");
    expect(unreadableCallbackUrl(`${base}?callbackUrl=7e-323`, null)).toBe("callbackUrl");
    expect(unreadableCallbackUrl(`${base}?callbackUrl=abc`, null)).toBe("callbackUrl");
    expect(unreadableCallbackUrl(`${base}?callbackUrl=javascript%3Aalert(1)`, null)).toBe("callbackUrl");
    expect(unreadableCallbackUrl(`${base}?callbackUrl=http%3A%2F%2F%5B`, null)).toBe("callbackUrl");
    expect(unreadableCallbackUrl(base, "a=1; next-auth.callback-url=%E0%A4%A")).toBe("the callback-url cookie");
    expect(unreadableCallbackUrl(base, "next-auth.callback-url=javascript%3Ax")).toBe("the callback-url cookie");
  });
});
