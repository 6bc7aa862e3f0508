// next-auth answers 500 ("server configuration") to a `callbackUrl` (query or cookie) that is
// neither a path here nor an absolute http(s) URL (`?callbackUrl=%25`, `?callbackUrl=abc`): its own
// check (next-auth/core/lib/assert.js), mirrored here so the route answers 400 first.

function isHttpUrl(value: string, base: string): boolean {
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

/** Null when next-auth can read the request's callback URLs; otherwise which one it cannot. */
export function unreadableCallbackUrl(url: string, cookieHeader: string | null): string | null {
  const { searchParams, origin } = new URL(url);
  const fromQuery = searchParams.getAll("callbackUrl");
  if (fromQuery.some((v) => v !== "" && !isHttpUrl(v, origin))) return "callbackUrl";
  const cookie = /(?:^|;\s*)(?:__Secure-)?next-auth\.callback-url=([^;]*)/.exec(cookieHeader ?? "")?.[1];
  if (!cookie) return null;
  let value: string;
  try {
    value = decodeURIComponent(cookie);
  } catch {
    return "the callback-url cookie";
  }
  return isHttpUrl(value, origin) ? null : "the callback-url cookie";
}
