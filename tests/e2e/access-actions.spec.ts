// The access table's write side, probed for real: each persona who may not erase, export, move,
// decide on or schedule the panel candidate sends the server action itself (the Next-Action id
// from the build, the arguments the app's own forms send, from the app's origin) and the export
// form's POST. Each must be refused, and the audit log, which every one of these writes records
// in the same transaction, must show nothing new.
import type { APIRequestContext } from "@playwright/test";
import type { Persona } from "../access/entry-points";
import { fuzzTargets } from "../fuzz/targets";
import { discover, session } from "./access-session";
import { expect, test } from "./fixtures";

type Probe = { action: string; audit: string; refused: Persona[]; args: (ids: Ids) => unknown[] };
type Ids = Awaited<ReturnType<typeof discover>> & { panelCandidate: string };

const NOT_ON_TEAM: Persona[] = ["anonymous", "interviewer", "managerOther", "recruiterOff", "panelPending"];
const PROBES: Probe[] = [
  {
    action: "eraseCandidateAction",
    audit: "candidate.erased",
    refused: [...NOT_ON_TEAM, "managerOwner"],
    args: (ids) => [ids.panelCandidate],
  },
  {
    action: "moveApplicationAction",
    audit: "application.moved",
    refused: NOT_ON_TEAM,
    args: (ids) => [{ applicationId: ids.application, status: "REJECTED" }],
  },
  {
    action: "recordDecisionAction",
    audit: "application.decided",
    refused: [...NOT_ON_TEAM, "recruiter"],
    args: (ids) => [ids.application, { decision: "NO_HIRE", rationale: "Probe: a refused persona must not be able to record this." }],
  },
  {
    action: "scheduleStageAction",
    audit: "interviews.scheduled",
    refused: NOT_ON_TEAM,
    args: (ids) => [{ applicationId: ids.application, stageId: ids.stage, scheduledAt: "2031-01-01T10:00" }],
  },
];
const EXPORT_REFUSED: Persona[] = [...NOT_ON_TEAM, "managerOwner"];

/** How many audit events of `action` the admin's audit log lists. */
async function auditRows(admin: APIRequestContext, action: string): Promise<number> {
  const html = await (await admin.get(`/admin/audit?action=${action}`)).text();
  return (html.match(/<tr[\s>]/g) ?? []).length;
}

test("refused personas' server actions and exports change nothing", async ({ browser }) => {
  test.setTimeout(240_000);
  const found = await discover(browser);
  const admin = await session(browser, "admin");
  const ids: Ids = { ...found, panelCandidate: found.candidate };
  const base = test.info().project.use.baseURL!;
  const actions = new Map(fuzzTargets(base).actions.map((a) => [a.name, a]));
  const personas = [...new Set([...PROBES.flatMap((p) => p.refused), ...EXPORT_REFUSED])];
  const sessions = Object.fromEntries(await Promise.all(personas.map(async (p) => [p, await session(browser, p)] as const)));
  const audits = ["candidate.exported", ...PROBES.map((p) => p.audit)];
  const before = Object.fromEntries(await Promise.all(audits.map(async (a) => [a, await auditRows(admin.request, a)] as const)));
  const origin = new URL(base).origin;
  let sent = 0;
  for (const probe of PROBES) {
    const action = actions.get(probe.action)!;
    const page = action.page.replace(/\[(\w+)\]/g, (_, k: keyof Ids) => ids[k]);
    for (const persona of probe.refused) {
      const res = await sessions[persona]!.request.post(page, {
        headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", origin },
        data: JSON.stringify(probe.args(ids)),
        maxRedirects: 0,
      });
      const body = await res.text();
      expect(res.status(), `${probe.action} as ${persona}`).toBe(200);
      expect(body, `${probe.action} as ${persona}`).toMatch(/"ok":false/);
      expect(body, `${probe.action} as ${persona}`).not.toMatch(/"ok":true/);
      sent++;
    }
  }
  for (const persona of EXPORT_REFUSED) {
    const res = await sessions[persona]!.request.post(`/api/candidates/${ids.panelCandidate}/export`, {
      headers: { origin },
      maxRedirects: 0,
    });
    expect([302, 307, 401, 403, 404], `export as ${persona}: ${res.status()}`).toContain(res.status());
    sent++;
  }
  const after = Object.fromEntries(await Promise.all(audits.map(async (a) => [a, await auditRows(admin.request, a)] as const)));
  expect(after).toEqual(before);
  // The candidate is still there, under their name, and still in process.
  expect(await (await admin.request.get(`/pipeline/candidates/${ids.panelCandidate}`)).text()).not.toMatch(/Erased|erased candidate/);
  expect(sent).toBe(PROBES.reduce((n, p) => n + p.refused.length, 0) + EXPORT_REFUSED.length);
  await Promise.all([admin, ...Object.values(sessions)].map((s) => s.context.close()));
});
