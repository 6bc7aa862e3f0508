import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, pathIsDecodable } from "../../lib/security/headers";

describe("content security policy", () => {
  it("allows scripts only with this response's nonce, never inline or eval in production", () => {
    const policy = contentSecurityPolicy("abc123", {});
    const script = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(script).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toMatch(/'unsafe-inline'[^;]*;.*script|script-src[^;]*'unsafe-(inline|eval)'/);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("upgrade-insecure-requests");
  });

  it("upgrades insecure requests only behind HTTPS, and allows eval only in development", () => {
    expect(contentSecurityPolicy("n", { https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("n", { dev: true })).toMatch(/script-src [^;]*'unsafe-eval'/);
  });

  it("makes a fresh, unguessable nonce each time", () => {
    const nonces = new Set(Array.from({ length: 200 }, newNonce));
    expect(nonces.size).toBe(200);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });
});

describe("pathIsDecodable", () => {
  it.each(["/candidates/abc", "/roles/c1/compare", "/questions/%20x", "/a/%E2%9C%93"])("accepts %s", (p) =>
    expect(pathIsDecodable(p)).toBe(true),
  );
  it.each(["/candidates/%C0%AF", "/api/v1/roles/%ED%A0%80/candidates", "/roles/%E0%A4%A", "/x/%"])("refuses %s", (p) =>
    expect(pathIsDecodable(p)).toBe(false),
  );
});
