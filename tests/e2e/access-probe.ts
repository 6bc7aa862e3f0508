// What the server-action probes need beyond the access table's objects: the ids of the people,
// hire, domain and interview the action rows aim at (found by following the app's own pages), and
// the newest events of the audit log (a refused action must leave it as it was).
import type { APIRequestContext, Browser } from "@playwright/test";
import type { ActionIds } from "../access/action-points";
import { discover, session } from "./access-session";

/** React Server Components props in a page's HTML, with their quotes unescaped. */
const get = async (r: APIRequestContext, url: string) => (await (await r.get(url)).text()).replace(/\\"/g, '"');

function firstMatch(html: string, re: RegExp, what: string): string {
  const m = re.exec(html);
  if (!m) throw new Error(`discovery: no ${what}`);
  return m[1]!;
}

/**
 * The newest page of the audit log, one line per event (time and sentence): any event written
 * since the last look changes it. (Counting rows of one action type cannot see an action that
 * writes another type, and the log is a list, not a table.)
 */
export async function auditHead(admin: APIRequestContext): Promise<string[]> {
  const html = await (await admin.get("/admin/audit")).text();
  const list = firstMatch(html, /<ol[^>]*aria-label="Audit events"[^>]*>([\s\S]*?)<\/ol>/, "audit event list");
  const events = [...list.matchAll(/<time dateTime="([^"]+)"[^>]*>[^<]*<\/time><div[^>]*><p>([\s\S]*?)<\/p>/g)].map(
    (m) => `${m[1]} ${m[2]!.replace(/<[^>]+>/g, "")}`,
  );
  if (events.length === 0) throw new Error("discovery: the audit log lists no events");
  return events;
}

/** The access table's objects plus what the action rows need; `token` is filled in by the spec. */
export async function discoverActionIds(browser: Browser, admin: APIRequestContext): Promise<ActionIds> {
  const found = await discover(browser);
  const people = await get(admin, "/admin");
  const user = firstMatch(
    people,
    /"person":\{"id":"([^"]+)","name":"[^"]*","email":"interviewer@example\.com"/,
    "interviewer@'s user id",
  );
  const hire = firstMatch(await get(admin, "/check-ins"), /href="\/check-ins\/([^"/?]+)/, "a hire's check-ins link");
  const domain = firstMatch(
    await get(admin, "/questions"),
    /href="\/questions\?domain=([^"&]+)/,
    "a domain filter link",
  );
  const profile = await get(admin, `/pipeline/candidates/${found.candidate}`);
  const candidateEmail = firstMatch(
    profile,
    /<h1[^>]*>[^<]+<\/h1><p[^>]*>[^<]*?([\w.%+-]+@[^\s<]+) /,
    "the candidate's email",
  );
  const noor = await session(browser, "panelPending");
  const panelInterview = firstMatch(
    await get(noor.request, "/interviews"),
    /href="\/interviews\/([^"/?]+)"/,
    "noor's interview",
  );
  await noor.context.close();
  return { ...found, user, hire, domain, candidateEmail, panelInterview, token: "" };
}
