// Setting a password from an invitation link. Public (the invitee has no session yet): the token
// in the body is the credential. Same-origin only, throttled per address in the service.
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";
import { acceptInvitation } from "@/lib/people/invitations";
import { clientAddress } from "@/lib/rate-limit/client-address";

const STATUS = { invalid: 400, not_found: 410, rate_limited: 429 } as Record<string, number>;

export async function POST(req: Request) {
  const noStore = { "Cache-Control": "no-store" };
  if (!isSameOriginRequest(req.headers, req.url))
    return Response.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: noStore });
  // JSON from the page's script; a form posted before the script loaded arrives form-encoded.
  const form = !req.headers.get("content-type")?.includes("application/json");
  const body: unknown = form
    ? await req.formData().then(
        (f) => Object.fromEntries(f),
        () => null,
      )
    : await req.json().catch(() => null);
  if (!body) return Response.json({ error: "The form could not be read." }, { status: 400, headers: noStore });
  try {
    const res = await acceptInvitation(
      body,
      clientAddress(req.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS),
    );
    if (res.ok && form) return Response.redirect(new URL("/signin", req.url), 303);
    if (res.ok) return Response.json({ email: res.email }, { headers: noStore });
    const headers =
      res.kind === "rate_limited" ? { ...noStore, "Retry-After": String(res.retryAfterSeconds) } : noStore;
    const fieldErrors = res.kind === "invalid" ? res.fieldErrors : undefined;
    return Response.json({ error: res.message, fieldErrors }, { status: STATUS[res.kind] ?? 500, headers });
  } catch (e) {
    console.error("invitation accept failed", e);
    return Response.json(
      { error: "Something went wrong; nothing was changed. Try again." },
      { status: 500, headers: noStore },
    );
  }
}
