// Where a signed-out person goes back to after signing in: the page they opened, typically a
// reminder email's link to a scorecard. proxy.ts passes each page request's path on in a request
// header (a server component cannot read its own URL); requireUser puts it in the sign-in page's
// address, and the sign-in page hands it to the form and to next-auth, which check it again
// (lib/auth/options.ts, safeRedirect).

export const REQUEST_PATH_HEADER = "x-request-path";
export const RETURN_TO_PARAM = "callbackUrl";

/**
 * A path of this app to return to, or null: only a path starting with one "/" (never "//host" or
 * "/\host", which browsers read as another site), without control characters, at most 2,000
 * characters, and not the sign-in page or an API route. An absolute URL on `origin` becomes its path.
 */
export function safeReturnPath(raw: string | null | undefined, origin?: string): string | null {
  if (!raw || raw.length > 2000) return null;
  let path = raw;
  if (!raw.startsWith("/")) {
    if (!origin) return null;
    try {
      const url = new URL(raw);
      if (url.origin !== new URL(origin).origin) return null;
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return null;
    }
  }
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return null;
  if (/[\u0000-\u001f\u007f]/.test(path)) return null;
  if (/^\/(signin|api)(\/|\?|#|$)/.test(path)) return null;
  return path === "/" ? null : path;
}

/** The sign-in page's address, returning to `path` when it is one (safeReturnPath). */
export function signInPath(path: string | null): string {
  const safe = safeReturnPath(path);
  return safe ? `/signin?${RETURN_TO_PARAM}=${encodeURIComponent(safe)}` : "/signin";
}
