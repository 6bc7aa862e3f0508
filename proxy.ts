// Runs before every page and route (not static files):
// - refuses URLs Next.js cannot decode (it would answer 500);
// - a request to a page that isn't a GET/HEAD/OPTIONS is a server action (pages answer nothing
//   else): it must come from this app's own pages, or it gets a 403 before Next decodes it
//   (lib/auth/same-origin.ts explains why Next's own check is not enough). Route handlers under
//   /api check themselves; defineAction checks again inside every action, since a proxy can be
//   bypassed;
// - a request to a page that isn't a GET/HEAD/OPTIONS must also be an action call of the form the
//   app's pages make (lib/security/action-request.ts), or it gets a 400: Next answers 500 to
//   bodies it cannot decode;
// - sets the security headers of lib/security/headers.ts (CSP with a per-request nonce, HSTS).
// Authentication and authorization are NOT here: every page, action and route checks them.
import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_REFUSAL, isSameOriginRequest, SAFE_METHODS } from "./lib/auth/same-origin";
import { actionRequestRefusal, UNREADABLE_ACTION } from "./lib/security/action-request";
import { contentSecurityPolicy, newNonce, pathIsDecodable, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!pathIsDecodable(pathname)) {
    return new NextResponse("Bad request: the address has malformed percent-encoding.", {
      status: 400,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  }
  if (!pathname.startsWith("/api/") && !SAFE_METHODS.includes(request.method) && !isSameOriginRequest(request.headers, request.url)) {
    return NextResponse.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  if (!pathname.startsWith("/api/") && !SAFE_METHODS.includes(request.method)) {
    const refusal = actionRequestRefusal(request.headers, await request.clone().text());
    if (refusal)
      return NextResponse.json({ error: `${UNREADABLE_ACTION} (${refusal})` }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  const nonce = newNonce();
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV !== "production", https });
  // Next.js reads the nonce from the request's policy header and stamps its inline scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", policy);
  if (process.env.NODE_ENV === "production") response.headers.set("strict-transport-security", STRICT_TRANSPORT_SECURITY);
  return response;
}

export const config = {
  // Static build output and public files need neither a nonce nor these checks.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|openapi\\.yaml).*)"],
};
