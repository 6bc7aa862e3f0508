// The limits at the entry points that use them: bad API tokens per address, CSV imports and
// job-description checks per user (server actions), candidate exports per user (route handler).
import { beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getRoles } from "../../app/api/v1/roles/route";
import { POST as exportCandidate } from "../../app/api/candidates/[id]/export/route";
import { previewImportAction } from "../../lib/candidates/actions";
import { analyseJobDescriptionAction } from "../../lib/job-descriptions/actions";
import { createApiToken } from "../../lib/api/tokens";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { limitRules } from "../../lib/rate-limit/limits";
import { userByEmail } from "./helpers";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("../../lib/auth/session", () => ({ currentUser: async () => session.user }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
// Actions are called as the app's own pages call them: same-origin.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "sec-fetch-site": "same-origin" }) }));
const exportRequest = () => new Request("http://test/", { method: "POST", headers: { origin: "http://test" } });

const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const apiReq = (authorization: string | null, address: string) =>
  new Request("http://test/api/v1/roles", {
    headers: { ...(authorization ? { authorization } : {}), "x-forwarded-for": address },
  });

beforeEach(async () => {
  session.user = await userByEmail("recruiter@example.com");
});

describe("API tokens", () => {
  it("blocks an address after 20 unknown tokens, even for a good token, with Retry-After; other addresses carry on", async () => {
    const good = await createApiToken(await userByEmail("manager@example.com"), {
      name: "sync",
      scopes: ["roles:read"],
    });
    if (!good.ok) throw new Error(good.message);
    const max = limitRules().apiTokenFailure.points;
    for (let i = 1; i < max; i++)
      expect(
        (await getRoles(apiReq(`Bearer aiops_guess-${i}-000000000000000000`, "198.51.100.20"), ctx({}))).status,
      ).toBe(401);
    const last = await getRoles(apiReq("Bearer aiops_guess-last-000000000000000000", "198.51.100.20"), ctx({}));
    expect(last.status).toBe(429);
    expect(Number(last.headers.get("retry-after"))).toBe(900);
    expect(((await last.json()) as { error: string }).error).toMatch(/Try again in 15 minutes/);
    expect((await getRoles(apiReq(`Bearer ${good.token}`, "198.51.100.20"), ctx({}))).status).toBe(429);
    expect((await getRoles(apiReq(`Bearer ${good.token}`, "198.51.100.21"), ctx({}))).status).toBe(200);
  });

  it("does not count a missing or garbled header as a guess", async () => {
    for (let i = 0; i < 30; i++) {
      expect((await getRoles(apiReq(i % 2 ? "Bearer not-a-token" : null, "198.51.100.22"), ctx({}))).status).toBe(401);
    }
  });
});

describe("expensive actions, per user", () => {
  it("refuses the 21st CSV import in ten minutes with the wait; another user is unaffected", async () => {
    const csv = "name,email\nAda Test,ada.test@example.org\n";
    for (let i = 0; i < limitRules().csvImport.points; i++) expect((await previewImportAction(csv)).ok).toBe(true);
    const refused = await previewImportAction(csv);
    expect(refused).toMatchObject({
      ok: false,
      kind: "rate_limited",
      message: expect.stringMatching(/^Too many CSV imports in a short time\. Try again in \d+ minutes\.$/),
    });
    session.user = await userByEmail("admin@example.com");
    expect((await previewImportAction(csv)).ok).toBe(true);
  });

  it("limits job-description checks", async () => {
    const role = await db.role.findFirstOrThrow({ where: { status: "OPEN" } });
    session.user = await userByEmail("admin@example.com");
    const text = { text: "We need someone to run Prometheus alerting and tune anomaly detection thresholds." };
    for (let i = 0; i < limitRules().jdAnalysis.points; i++)
      expect((await analyseJobDescriptionAction(role.id, text)).ok).toBe(true);
    expect(await analyseJobDescriptionAction(role.id, text)).toMatchObject({ ok: false, kind: "rate_limited" });
  });

  it("answers the 31st candidate export in ten minutes with 429 and Retry-After", async () => {
    session.user = await userByEmail("admin@example.com");
    const candidate = await db.candidate.findFirstOrThrow();
    for (let i = 0; i < limitRules().candidateExport.points; i++)
      expect((await exportCandidate(exportRequest(), ctx({ id: candidate.id }))).status).toBe(200);
    const res = await exportCandidate(exportRequest(), ctx({ id: candidate.id }));
    expect(res.status).toBe(429);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(500);
    expect(((await res.json()) as { error: string }).error).toMatch(/^Too many candidate exports/);
  });
});
