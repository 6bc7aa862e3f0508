import { describe, expect, it } from "vitest";
import { createRequire } from "node:module";
import { csrfCookieName, csrfTokenFromCookie, newCsrfCookie } from "@/lib/auth/csrf-cookie";

// next-auth's own implementation is the oracle: the cookie we make must be one it accepts.
// (Not in the package's exports, so loaded by path.)
type CreateCsrfToken = (p: {
  options: { secret: string };
  cookieValue?: string;
  isPost: boolean;
  bodyValue?: string;
}) => {
  cookie?: string;
  csrfToken: string;
  csrfTokenVerified?: boolean;
};
const { createCSRFToken } = createRequire(import.meta.url)("../../node_modules/next-auth/core/lib/csrf-token.js") as {
  createCSRFToken: CreateCsrfToken;
};

const secret = "test-secret-0123456789";
const options = { secret };

describe("the sign-in page's CSRF cookie", () => {
  it("is accepted by next-auth: a POST with its token is verified", () => {
    const { token, value } = newCsrfCookie(secret);
    const checked = createCSRFToken({ options, cookieValue: value, isPost: true, bodyValue: token });
    expect(checked).toEqual({ csrfTokenVerified: true, csrfToken: token });
  });

  it("reads back the token of a cookie next-auth made, and refuses one signed with another secret or tampered", () => {
    const made = createCSRFToken({ options, isPost: false });
    expect(csrfTokenFromCookie(made.cookie, secret)).toBe(made.csrfToken);
    expect(csrfTokenFromCookie(made.cookie, "another-secret")).toBeNull();
    expect(csrfTokenFromCookie(`${"0".repeat(64)}|${made.cookie!.split("|")[1]}`, secret)).toBeNull();
    expect(csrfTokenFromCookie(undefined, secret)).toBeNull();
    expect(csrfTokenFromCookie("no-separator", secret)).toBeNull();
  });

  it("has next-auth's name, with the __Host- prefix behind HTTPS", () => {
    expect(csrfCookieName(false)).toBe("next-auth.csrf-token");
    expect(csrfCookieName(true)).toBe("__Host-next-auth.csrf-token");
  });
});
