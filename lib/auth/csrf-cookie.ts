// next-auth's double-submit CSRF cookie, made before the sign-in page renders. A sign-in form
// submitted before its script has loaded (slow phone) or with JavaScript off has no token to
// send unless the server put one in the HTML; next-auth only creates the cookie when its own
// endpoints are called, so without this the first such sign-in is refused and the person is
// sent back to an empty form. Same format as next-auth 4 (core/lib/csrf-token.js):
// "<token>|sha256(<token><secret>)", under the name next-auth reads.
import { createHash, randomBytes } from "node:crypto";

export function csrfCookieName(secure: boolean): string {
  return `${secure ? "__Host-" : ""}next-auth.csrf-token`;
}

const hashOf = (token: string, secret: string) => createHash("sha256").update(`${token}${secret}`).digest("hex");

/** The token in a cookie next-auth would accept, or null (absent, or not signed with this secret). */
export function csrfTokenFromCookie(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const [token, hash] = value.split("|");
  return token && hash && hash === hashOf(token, secret) ? token : null;
}

/** A fresh token and the cookie value that carries it. */
export function newCsrfCookie(secret: string): { token: string; value: string } {
  const token = randomBytes(32).toString("hex");
  return { token, value: `${token}|${hashOf(token, secret)}` };
}
