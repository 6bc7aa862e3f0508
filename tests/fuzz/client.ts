// The fuzz test's HTTP side: signs the personas in (next-auth's credentials endpoint), finds real
// object ids by following the app's links, sends the generated requests with a few in flight and
// keeps a status histogram and every answer of 500 or more (or no answer) to reproduce.
import type { ObjectKey } from "../access/entry-points";
import type { FuzzRequest } from "./generate";

export const FUZZ_PERSONAS: Record<string, string> = {
  interviewer: "interviewer@example.com",
  manager: "manager@example.com",
  recruiter: "recruiter@example.com",
  admin: "admin@example.com",
};

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

/** A session cookie header for `email` (demo password). */
export async function signIn(base: string, email: string, password = "demo-password"): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = cookiesOf(csrf);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, json: "true", callbackUrl: "/" }),
  });
  const session = cookiesOf(res).find((c) => c.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`fuzz: could not sign in as ${email} (${res.status})`);
  return session;
}

/** Demo object ids, found as a user finds them (the admin's and the interviewer's links). */
export async function discoverIds(
  base: string,
  cookies: Record<string, string>,
): Promise<Partial<Record<ObjectKey, string>>> {
  const get = async (who: string, url: string) =>
    (await fetch(`${base}${url}`, { headers: { cookie: cookies[who]! } })).text();
  const first = (html: string, re: RegExp) => re.exec(html)?.[1];
  const role = first(await get("admin", "/roles"), /href="\/roles\/([^"/?]+)"[^>]*>AI Platform Engineer</);
  const rolePage = role ? await get("admin", `/roles/${role}`) : "";
  return {
    role,
    application: first(rolePage, /href="\/candidates\/([^"/?]+)"/),
    stage: role ? first(rolePage, new RegExp(`href="/roles/${role}/plan/kit/([^"/?]+)"`)) : undefined,
    version: first(await get("admin", "/admin/matrix"), /href="\/admin\/matrix\/export\/([^"/?]+)"/),
    candidate: first(await get("admin", "/pipeline"), /href="\/pipeline\/candidates\/([^"/?]+)"/),
    interview: first(await get("interviewer", "/interviews"), /href="\/interviews\/([^"/?]+)"/),
    exercise: first(await get("interviewer", "/readiness"), /href="\/readiness\/exercises\/([^"/?]+)"/),
    question: first(await get("admin", "/quality/questions"), /href="\/quality\/questions\/([^"/?]+)"/),
  };
}

export type FuzzFailure = { status: number | "no answer" | "not sent"; request: FuzzRequest; body: string };
export type FuzzReport = {
  sent: number;
  byStatus: Record<string, number>;
  byKind: Record<string, Record<string, number>>;
  failures: FuzzFailure[];
};

export async function send(
  base: string,
  requests: Iterable<FuzzRequest>,
  cookies: Record<string, string>,
  {
    concurrency = 4,
    timeoutMs = 30_000,
    onProgress,
  }: { concurrency?: number; timeoutMs?: number; onProgress?: (n: number) => void } = {},
): Promise<FuzzReport> {
  const report: FuzzReport = { sent: 0, byStatus: {}, byKind: {}, failures: [] };
  const iterator = requests[Symbol.iterator]();
  const worker = async () => {
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
      const r = next.value;
      const headers = {
        ...r.headers,
        ...(cookies[r.persona] && !r.headers.cookie ? { cookie: cookies[r.persona]! } : {}),
      };
      let status: number | "no answer" | "not sent" = "no answer";
      let body = "";
      // A reused keep-alive socket the server has just closed fails before any answer; that is the
      // client's connection, not the server's reply, so the request is sent once more on a new one.
      for (let attempt = 0; attempt < 2; attempt++) {
        try {
          const res = await fetch(`${base}${r.path}`, {
            method: r.method,
            headers,
            body: r.body,
            redirect: "manual",
            signal: AbortSignal.timeout(timeoutMs),
          });
          status = res.status;
          body = status >= 500 ? (await res.text()).slice(0, 500) : (await res.arrayBuffer(), "");
          break;
        } catch (err) {
          // fetch refuses some generated headers itself ("not sent", the server never saw them); anything else is the server's.
          const e = err as Error;
          status = e.name === "TypeError" && !/fetch failed/.test(e.message) ? "not sent" : "no answer";
          body = `${String(err)} ${String((e as { cause?: unknown }).cause ?? "")}`;
          if (status === "not sent") break;
        }
      }
      report.sent++;
      const bucket = `${status}`;
      report.byStatus[bucket] = (report.byStatus[bucket] ?? 0) + 1;
      const kind = (report.byKind[r.kind] ??= {});
      kind[bucket] = (kind[bucket] ?? 0) + 1;
      if (status === "no answer" || (typeof status === "number" && status >= 500))
        report.failures.push({ status, request: r, body });
      onProgress?.(report.sent);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return report;
}
