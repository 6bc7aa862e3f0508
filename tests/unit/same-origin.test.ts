// The CSRF rule (lib/auth/same-origin.ts): which requests count as coming from the app's own pages.
import { afterEach, describe, expect, it, vi } from "vitest";
import { isSameOriginRequest } from "../../lib/auth/same-origin";

const h = (init: Record<string, string>) => new Headers(init);

afterEach(() => vi.unstubAllEnvs());

describe("isSameOriginRequest", () => {
  it("accepts an Origin naming the host the request was sent to, port included", () => {
    expect(isSameOriginRequest(h({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBe(true);
    expect(isSameOriginRequest(h({ host: "App.Example.com", origin: "https://app.example.com" }))).toBe(true);
    expect(isSameOriginRequest(h({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3001" }))).toBe(false);
    expect(isSameOriginRequest(h({ host: "app.example.com", origin: "https://app.example.com.evil.example" }))).toBe(
      false,
    );
  });

  it("behind a reverse proxy, accepts the forwarded host or the configured public URL", () => {
    expect(
      isSameOriginRequest(
        h({
          host: "10.0.0.5:3000",
          "x-forwarded-host": "scorecards.example.com",
          origin: "https://scorecards.example.com",
        }),
      ),
    ).toBe(true);
    expect(isSameOriginRequest(h({ host: "10.0.0.5:3000", origin: "https://scorecards.example.com" }))).toBe(false);
    vi.stubEnv("NEXTAUTH_URL", "https://scorecards.example.com");
    expect(isSameOriginRequest(h({ host: "10.0.0.5:3000", origin: "https://scorecards.example.com" }))).toBe(true);
  });

  it("without an Origin, trusts only Fetch metadata saying same-origin", () => {
    expect(isSameOriginRequest(h({ host: "a.example", "sec-fetch-site": "same-origin" }))).toBe(true);
    for (const site of ["same-site", "cross-site", "none"])
      expect(isSameOriginRequest(h({ host: "a.example", "sec-fetch-site": site })), site).toBe(false);
    expect(isSameOriginRequest(h({ host: "a.example" }))).toBe(false);
  });

  it("refuses an opaque, malformed or non-web Origin even with same-origin metadata", () => {
    for (const origin of ["null", "not a url", "javascript:alert(1)", "file:///etc/passwd", ""]) {
      expect(isSameOriginRequest(h({ host: "a.example", origin, "sec-fetch-site": "same-origin" })), origin).toBe(
        false,
      );
    }
  });
});
