// A candidate's voluntary self-identification answers. Public (candidates have no account): the
// link's token in the body is the credential. Same-origin only; throttled per address in the service.
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";
import { submitSelfId } from "@/lib/fair-hiring/self-id";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { answersFromForm } from "@/lib/validation/self-id";

const STATUS = { invalid: 400, not_found: 410, rate_limited: 429 } as Record<string, number>;

export async function POST(req: Request) {
  const noStore = { "Cache-Control": "no-store" };
  if (!isSameOriginRequest(req.headers, req.url)) return Response.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: noStore });
  // The page's plain form arrives form-encoded; a script may send JSON.
  const form = !req.headers.get("content-type")?.includes("application/json");
  const body: unknown = form
    ? await req.formData().then(
        (f) => answersFromForm(Object.fromEntries(f)),
        () => null,
      )
    : await req.json().catch(() => null);
  if (!body) return Response.json({ error: "The form could not be read." }, { status: 400, headers: noStore });
  try {
    const res = await submitSelfId(body, clientAddress(req.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS));
    const token = (body as { token?: unknown }).token;
    if (res.ok && form && typeof token === "string")
      // A relative Location: `req.url` names the host the server listens on (not always the one
      // the browser used), and the page's CSP (form-action 'self') blocks a redirect elsewhere.
      return new Response(null, { status: 303, headers: { ...noStore, Location: `/self-id/${encodeURIComponent(token)}?saved=1` } });
    if (res.ok) return Response.json({ saved: res.saved }, { headers: noStore });
    const headers = res.kind === "rate_limited" ? { ...noStore, "Retry-After": String(res.retryAfterSeconds) } : noStore;
    const fieldErrors = res.kind === "invalid" ? res.fieldErrors : undefined;
    return Response.json({ error: res.message, fieldErrors }, { status: STATUS[res.kind] ?? 500, headers });
  } catch (e) {
    console.error("self-identification failed", e);
    return Response.json({ error: "Something went wrong; nothing was saved. Try again." }, { status: 500, headers: noStore });
  }
}
