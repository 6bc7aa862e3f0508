// The candidate export's form POST (a route handler, not a server action: the actions are probed by
// tests/e2e/access-action-table.spec.ts) sent by each persona who may not export the panel
// candidate, from the app's origin. Each must be refused, and the audit log, which records every
// export in the same transaction, must show nothing new. A team recruiter's export, sent last,
// shows the check can see one.
import type { Persona } from "../access/entry-points";
import { auditHead } from "./access-probe";
import { discover, session } from "./access-session";
import { expect, test } from "./fixtures";

const EXPORT_REFUSED: Persona[] = [
  "anonymous",
  "interviewer",
  "managerOwner",
  "managerOther",
  "recruiterOff",
  "panelPending",
];

test("refused personas' candidate exports are refused and leave the audit log as it was", async ({ browser }) => {
  test.setTimeout(120_000);
  const ids = await discover(browser);
  const admin = await session(browser, "admin");
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const sessions = Object.fromEntries(
    await Promise.all(EXPORT_REFUSED.map(async (p) => [p, await session(browser, p)] as const)),
  );
  const recruiter = await session(browser, "recruiter");
  const before = await auditHead(admin.request);
  for (const persona of EXPORT_REFUSED) {
    const res = await sessions[persona]!.request.post(`/api/candidates/${ids.candidate}/export`, {
      headers: { origin },
      maxRedirects: 0,
    });
    expect([302, 307, 401, 403, 404], `export as ${persona}: ${res.status()}`).toContain(res.status());
  }
  expect(await auditHead(admin.request), "a refused export wrote to the audit log").toEqual(before);
  // The candidate's own recruiter may export: the log shows it at the top.
  const res = await recruiter.request.post(`/api/candidates/${ids.candidate}/export`, {
    headers: { origin },
    maxRedirects: 0,
  });
  expect(res.status()).toBe(200);
  const after = await auditHead(admin.request);
  expect(after).not.toEqual(before);
  expect(after[0]).toMatch(/export/i);
  await Promise.all([admin, recruiter, ...Object.values(sessions)].map((s) => s.context.close()));
});
