import { describe, expect, it } from "vitest";
import { safeReturnPath, signInPath } from "@/lib/auth/return-to";

describe("safeReturnPath", () => {
  it("keeps a path of this app, its query and fragment", () => {
    expect(safeReturnPath("/interviews/abc")).toBe("/interviews/abc");
    expect(safeReturnPath("/roles/r1/compare?fit=partial&sort=name#h")).toBe(
      "/roles/r1/compare?fit=partial&sort=name#h",
    );
  });

  it("refuses what a browser would read as another site, or nothing to return to", () => {
    for (const bad of [
      "//evil.example/x",
      "/\\evil.example",
      "https://evil.example/",
      "javascript:alert(1)",
      "roles",
      "",
      "/",
    ])
      expect(safeReturnPath(bad), bad).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
    expect(safeReturnPath(undefined)).toBeNull();
  });

  it("refuses control characters, overlong paths, the sign-in page and API routes", () => {
    expect(safeReturnPath("/roles\n/x")).toBeNull();
    expect(safeReturnPath(`/${"a".repeat(2000)}`)).toBeNull();
    for (const p of ["/signin", "/signin?error=x", "/api/v1/roles", "/api"]) expect(safeReturnPath(p), p).toBeNull();
    expect(safeReturnPath("/signing-bonus")).toBe("/signing-bonus");
  });

  it("reads an absolute URL on this app's origin as its path, and no other origin", () => {
    const origin = "https://hire.example.org";
    expect(safeReturnPath("https://hire.example.org/candidates/c1?x=1", origin)).toBe("/candidates/c1?x=1");
    expect(safeReturnPath("https://hire.example.org.evil.example/candidates/c1", origin)).toBeNull();
    expect(safeReturnPath("http://hire.example.org/candidates/c1", origin)).toBeNull();
    expect(safeReturnPath("https://hire.example.org/candidates/c1")).toBeNull();
  });
});

describe("signInPath", () => {
  it("puts a safe path in the sign-in address, encoded, and leaves anything else out", () => {
    expect(signInPath("/interviews/abc?tab=kit")).toBe("/signin?callbackUrl=%2Finterviews%2Fabc%3Ftab%3Dkit");
    expect(signInPath("//evil.example")).toBe("/signin");
    expect(signInPath(null)).toBe("/signin");
  });
});
