// The access tests' people and objects: a signed-in browser context per persona of the access
// table, and the demo objects' ids, found by following the app's own links.
import type { APIRequestContext, Browser } from "@playwright/test";
import type { ObjectKey, Persona } from "../access/entry-points";
import { login, watchCsp } from "./fixtures";

export const EMAIL: Record<Exclude<Persona, "anonymous">, string> = {
  interviewer: "interviewer@example.com",
  managerOwner: "manager@example.com",
  managerOther: "dana@example.com",
  recruiter: "recruiter@example.com",
  recruiterOff: "casey@example.com",
  panelPending: "noor@example.com",
  admin: "admin@example.com",
};

export async function session(browser: Browser, persona: Persona) {
  const context = await browser.newContext();
  const page = watchCsp(await context.newPage());
  if (persona !== "anonymous") await login(page, EMAIL[persona]);
  return { context, request: page.request };
}

function firstMatch(html: string, re: RegExp, what: string): string {
  const m = re.exec(html);
  if (!m) throw new Error(`discovery: no ${what}`);
  return m[1]!;
}

/** Ids of demo objects, found the way a user finds them: by following the app's own links. */
export async function discover(browser: Browser): Promise<Record<ObjectKey, string>> {
  const admin = await session(browser, "admin");
  const get = async (r: APIRequestContext, url: string) => (await r.get(url)).text();
  const roles = await get(admin.request, "/roles");
  const role = firstMatch(roles, /href="\/roles\/([^"/?]+)"[^>]*>AI Platform Engineer</, "AI Platform Engineer role");
  const rolePage = await get(admin.request, `/roles/${role}`);
  // The candidate whose panel noor@ sits on without having submitted: her interview names them.
  const panel = await session(browser, "panelPending");
  const name = firstMatch(
    await get(panel.request, "/interviews"),
    /href="\/interviews\/[^"/?]+"[^>]*>([^<]+)</,
    "noor's interview",
  );
  await panel.context.close();
  const application = firstMatch(
    rolePage,
    new RegExp(`href="/candidates/([^"/?]+)"[^>]*>${name}<`),
    `${name} on the role page`,
  );
  const stage = firstMatch(rolePage, new RegExp(`href="/roles/${role}/plan/kit/([^"/?]+)"`), "interview kit link");
  const version = firstMatch(
    await get(admin.request, "/admin/matrix"),
    /href="\/admin\/matrix\/export\/([^"/?]+)"/,
    "matrix export link",
  );
  // Their profile: found by name in the recruiters' candidate search.
  const candidate = firstMatch(
    await get(admin.request, `/pipeline?q=${encodeURIComponent(name)}`),
    new RegExp(`href="/pipeline/candidates/([^"/?]+)"[^>]*>${name}<`),
    `${name} in the candidate search`,
  );
  // A question of the bank: the hiring-quality question list links each to its page.
  const question = firstMatch(
    await get(admin.request, "/quality/questions"),
    /href="\/quality\/questions\/([^"/?]+)"/,
    "question link",
  );
  await admin.context.close();
  const interviewer = await session(browser, "interviewer");
  // Sam's first overdue interview (the demo's Hiroshi Sato, on a role manager@ owns): the first
  // link under "Overdue" (the page's due box, whose list it was, now only counts them).
  const myInterviews = await get(interviewer.request, "/interviews");
  const interview = firstMatch(
    myInterviews.slice(Math.max(0, myInterviews.indexOf('id="h-overdue"'))),
    /href="\/interviews\/([^"/?]+)"/,
    "overdue interview link",
  );
  const exercise = firstMatch(
    await get(interviewer.request, "/readiness"),
    /href="\/readiness\/exercises\/([^"/?]+)"/,
    "calibration exercise link",
  );
  await interviewer.context.close();
  return { role, application, stage, version, candidate, interview, exercise, question };
}
