// next-auth answers every refused credentials sign-in with 401 and the reason in an error URL
// (`{ url }` for the sign-in form's fetch). Its client reads only that URL, so a throttled
// attempt can say what it is over HTTP too: 429 with Retry-After.
import { retryAfterFromCode } from "./retry-after";

export async function withSignInThrottleStatus(res: Response): Promise<Response> {
  if (res.status !== 401 || !res.headers.get("content-type")?.includes("application/json")) return res;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { url?: unknown } | null;
  if (typeof body?.url !== "string") return res;
  let wait: number | null = null;
  try {
    wait = retryAfterFromCode(new URL(body.url, "http://localhost").searchParams.get("error"));
  } catch {
    return res;
  }
  if (wait === null) return res;
  const headers = new Headers(res.headers);
  headers.set("Retry-After", String(wait));
  return new Response(JSON.stringify(body), { status: 429, headers });
}
