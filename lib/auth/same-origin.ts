// Cross-site request forgery: a request that changes something (a server action, the candidate
// export) must come from one of this app's own pages. Browsers send `Origin` on every POST, and
// `Sec-Fetch-Site` with it; a page on another site can make the browser POST here with the
// user's cookies, but cannot make it lie about either header.
//
// Next.js 16 checks server actions itself, but only half-way: a mismatched Origin is refused
// (unless listed in serverActions.allowedOrigins), while a request with no Origin at all is let
// through with a warning (node_modules/next/dist/server/app-render/action-handler.js: "Missing
// `origin` header ... We'll let this through"). Here a missing Origin is accepted only when
// Fetch metadata says same-origin; anything else is refused. Plain rule, no I/O: proxy.ts
// applies it to every non-GET request to a page (that is, every server action), defineAction again
// inside each action, and the export route to itself.

export const CROSS_SITE_REFUSAL =
  "Refused: changes are accepted only from this app's own pages (the request's Origin is missing or belongs to another site). Reload the page and try again.";

/** Methods that never change anything here; everything else is checked. */
export const SAFE_METHODS = ["GET", "HEAD", "OPTIONS"];

/**
 * The hosts (host[:port]) this request may come from: the host it was sent to (as a reverse
 * proxy forwards it, or the Host header) and the configured public URL's.
 */
function ownHosts(headers: Headers, requestUrl?: string): string[] {
  const hosts = [headers.get("x-forwarded-host")?.split(",")[0]?.trim(), headers.get("host")?.trim()];
  for (const url of [requestUrl, process.env.NEXTAUTH_URL]) {
    try {
      if (url) hosts.push(new URL(url).host);
    } catch {
      // A malformed URL names no host.
    }
  }
  return hosts.filter((h): h is string => !!h).map((h) => h.toLowerCase());
}

/** True when the request demonstrably comes from one of this app's own pages. */
export function isSameOriginRequest(headers: Headers, requestUrl?: string): boolean {
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") === "same-origin";
  let host: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== "http:" && url.protocol !== "https:") return false; // includes the opaque "null"
    host = url.host.toLowerCase();
  } catch {
    return false;
  }
  return ownHosts(headers, requestUrl).includes(host);
}
