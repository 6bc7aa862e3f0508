// Runs before every page and route (not static files): refuses URLs Next.js cannot decode,
// and sets the security headers of lib/security/headers.ts. Authentication and authorization
// are NOT here: every page, action and route handler checks them itself.
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce, pathIsDecodable, STRICT_TRANSPORT_SECURITY } from "./lib/security/headers";

export function proxy(request: NextRequest) {
  if (!pathIsDecodable(request.nextUrl.pathname)) {
    return new NextResponse("Bad request: the address has malformed percent-encoding.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
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
  // Static build output and public files need neither a nonce nor the URL check.
  matcher: ["/((?!_next/static|_next/image|favicon\\.ico|openapi\\.yaml).*)"],
};
