// Runs before every page request. A request to a page that isn't a GET/HEAD/OPTIONS is a server
// action (pages answer nothing else): it must come from this app's own pages, or it gets a 403
// before Next decodes it (lib/auth/same-origin.ts explains why Next's own check is not enough).
// Route handlers under /api check themselves. Not the only line: runAction checks again inside
// every action, since a proxy can be bypassed.
import { NextResponse, type NextRequest } from "next/server";
import { CROSS_SITE_REFUSAL, isSameOriginRequest, SAFE_METHODS } from "@/lib/auth/same-origin";

export function proxy(request: NextRequest) {
  if (!SAFE_METHODS.includes(request.method) && !isSameOriginRequest(request.headers, request.url)) {
    return NextResponse.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: { "Cache-Control": "no-store" } });
  }
  return NextResponse.next();
}

export const config = {
  // Pages only: not the API (its handlers check), nor static files.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|openapi.yaml).*)"],
};
