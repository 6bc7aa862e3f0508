// A candidate's voluntary self-identification answers. Public (candidates have no account): the
// link's token in the body is the credential. Same-origin only; throttled per address in the service.
// The page's plain HTML form gets a page back, never a JSON body: a redirect to the form, with
// `?saved=1` or `?error=<code>` (the page shows a fixed message for the code). A script sending
// JSON gets JSON and a 4xx status.
import { CROSS_SITE_REFUSAL, isSameOriginRequest } from "@/lib/auth/same-origin";
import { env } from "@/lib/env";
import { submitSelfId } from "@/lib/fair-hiring/self-id";
import { clientAddress } from "@/lib/rate-limit/client-address";
import { answersFromForm, selfIdTokenForUrl, type SelfIdFormError } from "@/lib/validation/self-id";

const STATUS = { invalid: 400, not_found: 410, rate_limited: 429 } as Record<string, number>;
const FORM_ERROR: Record<string, SelfIdFormError> = {
  invalid: "invalid",
  not_found: "link",
  rate_limited: "rate-limited",
};
const noStore = { "Cache-Control": "no-store" };

/**
 * Back to the form the candidate sent. A relative Location: `req.url` names the host the server
 * listens on (not always the one the browser used), and the page's CSP (form-action 'self')
 * blocks a redirect elsewhere. A token that is not a link's shape goes nowhere near the URL: the
 * page then says the link is not valid.
 */
function backToForm(token: unknown, query: string, headers: Record<string, string> = {}) {
  const path = `/self-id/${selfIdTokenForUrl(token) ?? "invalid"}?${query}`;
  return new Response(null, { status: 303, headers: { ...noStore, ...headers, Location: path } });
}

/** The form's token from the page that sent it (the page's referrer policy is same-origin), when the body could not be read. */
function refererToken(req: Request): string | null {
  try {
    return new URL(req.headers.get("referer") ?? "").pathname.match(/^\/self-id\/([A-Za-z0-9_-]+)$/)?.[1] ?? null;
  } catch {
    return null;
  }
}

export async function POST(req: Request) {
  if (!isSameOriginRequest(req.headers, req.url))
    return Response.json({ error: CROSS_SITE_REFUSAL }, { status: 403, headers: noStore });
  // The page's plain form arrives form-encoded; a script may send JSON.
  const form = !req.headers.get("content-type")?.includes("application/json");
  const body: unknown = form
    ? await req.formData().then(
        (f) => answersFromForm(Object.fromEntries(f)),
        () => null,
      )
    : await req.json().catch(() => null);
  if (!body) {
    if (form) return backToForm(refererToken(req), "error=unreadable");
    return Response.json({ error: "The form could not be read." }, { status: 400, headers: noStore });
  }
  const token = (body as { token?: unknown }).token;
  try {
    const res = await submitSelfId(body, clientAddress(req.headers.get("x-forwarded-for"), env().TRUSTED_PROXY_HOPS));
    const headers =
      !res.ok && res.kind === "rate_limited" ? { ...noStore, "Retry-After": String(res.retryAfterSeconds) } : noStore;
    if (form)
      return backToForm(
        token,
        res.ok ? (res.saved > 0 ? "saved=1" : "nothing=1") : `error=${FORM_ERROR[res.kind] ?? "invalid"}`,
        headers,
      );
    if (res.ok) return Response.json({ saved: res.saved }, { headers: noStore });
    const fieldErrors = res.kind === "invalid" ? res.fieldErrors : undefined;
    return Response.json({ error: res.message, fieldErrors }, { status: STATUS[res.kind] ?? 400, headers });
  } catch (e) {
    console.error("self-identification failed", e);
    if (form) return backToForm(token, "error=failed");
    return Response.json(
      { error: "Something went wrong; nothing was saved. Try again." },
      { status: 503, headers: noStore },
    );
  }
}
