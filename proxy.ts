// Runs before every page and route (not static files):
// - refuses URLs Next.js cannot decode (it would answer 500), and page filters a page cannot use
//   (lib/security/page-query.ts: a page itself cannot answer 400);
// - a request to a page that isn't a GET/HEAD/OPTIONS is a server action (pages answer nothing
//   else): it must come from this app's own pages, or it gets a 403 before Next decodes it
//   (lib/auth/same-origin.ts explains why Next's own check is not enough). Route handlers under
//   /api check themselves; defineAction checks again inside every action, since a proxy can be
//   bypassed;
// - a request to a page that isn't a GET/HEAD/OPTIONS must also be an action call of the form the
//   app's pages make (lib/security/action-request.ts), or it gets a 400: Next answers 500 to
//   bodies it cannot decode; one over the action body limit gets a 413 (Next answers those 500);
// - sets the security headers of lib/security/headers.ts (CSP with a per-request nonce, HSTS);
// - gives the sign-in page next-auth's CSRF cookie before it renders (lib/auth/csrf-cookie.ts),
//   so a form sent before its script loads carries a token.
// Authentication and authorization are NOT here: every page, action and route checks them.
import { NextResponse, type NextRequest } from "next/server";
import { csrfCookieName, csrfTokenFromCookie, newCsrfCookie } from "./lib/auth/csrf-cookie";
import { CROSS_SITE_REFUSAL, isSameOriginRequest, SAFE_METHODS } from "./lib/auth/same-origin";
import { env } from "./lib/env";
import { REQUEST_PATH_HEADER } from "./lib/auth/return-to";
import {
  ACTION_BODY_TOO_LARGE,
  actionBodyTooLarge,
  actionRequestRefusal,
  UNREADABLE_ACTION,
} from "./lib/security/action-request";
import { contentSecurityPolicy, newNonce, pathIsDecodable, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";
import { badFilterHtml, badFilterText, wantsHtml } from "./lib/security/bad-request-page";
import { pageQueryRefusal } from "./lib/security/page-query";

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathIsDecodable(pathname)) {
    return new NextResponse("Bad request: the address has malformed percent-encoding.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  const badFilter = SAFE_METHODS.includes(request.method)
    ? pageQueryRefusal(pathname, request.nextUrl.searchParams)
    : null;
  if (badFilter) {
    const html = wantsHtml(request.headers.get("accept"));
    return new NextResponse(html ? badFilterHtml(badFilter, pathname) : badFilterText(badFilter), {
      status: 400,
      headers: { "content-type": `${html ? "text/html" : "text/plain"}; charset=utf-8`, "cache-control": "no-store" },
    });
  }
  if (
    !pathname.startsWith("/api/") &&
    !SAFE_METHODS.includes(request.method) &&
    !isSameOriginRequest(request.headers, request.url)
  ) {
    return NextResponse.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  if (!pathname.startsWith("/api/") && !SAFE_METHODS.includes(request.method)) {
    const tooLarge = () =>
      NextResponse.json({ error: ACTION_BODY_TOO_LARGE }, { status: 413, headers: { "Cache-Control": "no-store" } });
    if (actionBodyTooLarge(request.headers.get("content-length"))) return tooLarge();
    const body = await request.clone().text();
    if (actionBodyTooLarge(null, body)) return tooLarge();
    const refusal = actionRequestRefusal(request.headers, body);
    if (refusal)
      return NextResponse.json(
        { error: `${UNREADABLE_ACTION} (${refusal})` },
        { status: 400, headers: { "Cache-Control": "no-store" } },
      );
  }
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production", https });
  // Next.js reads the nonce from the request's policy header and stamps its inline scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  // The page to come back to after signing in (lib/auth/return-to.ts); never taken from the client.
  requestHeaders.set(REQUEST_PATH_HEADER, `${pathname}${request.nextUrl.search}`);
  const csrf = pathname === "/signin" ? signInCsrfCookie(request, https) : null;
  if (csrf)
    requestHeaders.set(
      "cookie",
      [request.headers.get("cookie"), `${csrf.name}=${csrf.value}`].filter(Boolean).join("; "),
    );
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (csrf)
    response.cookies.set(csrf.name, csrf.value, { httpOnly: true, sameSite: "lax", path: "/", secure: csrf.secure });
  response.headers.set("content-security-policy", policy);
  if (process.env.NODE_ENV === "production")
    response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

/** A new CSRF cookie for the sign-in page, unless the request already has a valid one. */
function signInCsrfCookie(request: NextRequest, https: boolean) {
  const { authSecret, NEXTAUTH_URL } = env();
  // next-auth names and secures the cookie by its own URL's scheme.
  const secure = NEXTAUTH_URL ? NEXTAUTH_URL.startsWith("https://") : https;
  const name = csrfCookieName(secure);
  if (csrfTokenFromCookie(request.cookies.get(name)?.value, authSecret)) return null;
  return { name, secure, value: newCsrfCookie(authSecret).value };
}

export const config = {
  // Static build output and public files need neither a nonce nor these checks.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|openapi\\.yaml).*)"],
};
