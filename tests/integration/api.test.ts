import { describe, expect, it } from "vitest";
import { GET as getCandidates } from "../../app/api/v1/roles/[id]/candidates/route";
import { GET as getRoles } from "../../app/api/v1/roles/route";
import { GET as getScorecards } from "../../app/api/v1/applications/[id]/scorecards/route";
import { createApiToken, revokeApiToken } from "../../lib/api/tokens";
import { db } from "../../lib/db";
import { comparisonRole, roleComparisonPage } from "../../lib/data/role-comparison";
import { userByEmail } from "./helpers";

const req = (token?: string) =>
  new Request("http://test/api/v1", { headers: token ? { authorization: `Bearer ${token}` } : {} });
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });

async function tokenFor(email: string) {
  const res = await createApiToken(await userByEmail(email), {
    name: "ATS sync",
    scopes: ["roles:read", "candidates:read", "scorecards:read"],
  });
  if (!res.ok) throw new Error(res.message);
  return res;
}

describe("read-only API", () => {
  it("refuses requests without a valid token", async () => {
    expect((await getRoles(req(), ctx({}))).status).toBe(401);
    expect((await getRoles(req("aiops_not-a-real-token-at-all-000000"), ctx({}))).status).toBe(401);
  });

  it("scopes roles and candidates to what the token's user may see", async () => {
    const manager = await tokenFor("manager@example.com");
    const roles = (await (await getRoles(req(manager.token), ctx({}))).json()) as {
      data: { id: string; title: string }[];
    };
    expect(roles.data.length).toBe(await db.role.count());
    const interviewer = await tokenFor("mei@example.com");
    const meiRoles = (await (await getRoles(req(interviewer.token), ctx({}))).json()) as { data: { title: string }[] };
    expect(meiRoles.data.map((r) => r.title)).not.toContain("MLOps Engineer, Anomaly Detection");
    const role = roles.data[0]!;
    const cands = await getCandidates(req(manager.token), ctx({ id: role.id }));
    expect(cands.status).toBe(200);
    expect(((await cands.json()) as { data: { fit: number | null }[] }).data.length).toBeGreaterThan(0);
    expect((await getCandidates(req(interviewer.token), ctx({ id: role.id }))).status).toBe(404);
  });

  it("refuses paging parameters on a list it returns whole (400), instead of ignoring them", async () => {
    const manager = await tokenFor("manager@example.com");
    for (const q of ["limit=-5", "after=eyJ4IjoxfQ", "limit=10&after=x"]) {
      const res = await getRoles(
        new Request(`http://test/api/v1/roles?${q}`, { headers: { authorization: `Bearer ${manager.token}` } }),
        ctx({}),
      );
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^This endpoint is not paged/);
    }
    // Nor is any other parameter ignored: a guessed filter would return every role as if applied.
    for (const q of ["status=OPEN", "q=platform&status=OPEN", "status"]) {
      const res = await getRoles(
        new Request(`http://test/api/v1/roles?${q}`, { headers: { authorization: `Bearer ${manager.token}` } }),
        ctx({}),
      );
      expect(res.status, q).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^This endpoint reads no "(status|q)" parameter/);
    }
    const plain = await getRoles(
      new Request("http://test/api/v1/roles", { headers: { authorization: `Bearer ${manager.token}` } }),
      ctx({}),
    );
    expect(plain.status).toBe(200);
  });

  it("pages with ?after= and ?limit=, and refuses a limit out of range or a cursor it did not give (400)", async () => {
    const manager = await tokenFor("admin@example.com");
    const role = await db.role.findFirstOrThrow({
      where: { applications: { some: {} } },
      orderBy: { applications: { _count: "desc" } },
    });
    const at = (q: string) =>
      getCandidates(
        new Request(`http://test/api/v1/roles/${role.id}/candidates${q}`, {
          headers: { authorization: `Bearer ${manager.token}` },
        }),
        ctx({ id: role.id }),
      );
    type Paged = { data: { applicationId: string }[]; page: { next: string | null; total: number } };
    const first = (await (await at("?limit=2")).json()) as Paged;
    expect(first.data).toHaveLength(2);
    expect(first.page.next).toEqual(expect.any(String));
    const second = (await (await at(`?limit=2&after=${first.page.next}`)).json()) as Paged;
    expect(second.data.map((r) => r.applicationId)).not.toContain(first.data[0]!.applicationId);
    expect((await at("?limit=200")).status).toBe(200);
    for (const bad of ["?limit=201", "?limit=0", "?limit=-5", "?limit=abc", "?limit=2.5", "?limit="]) {
      const res = await at(bad);
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^limit must be a whole number from 1 to 200/);
    }
    const forged = Buffer.from(JSON.stringify([0, "a", 0, "x"])).toString("base64url");
    // Well formed, but not a cursor of this list: made up, or given by another role's list.
    const madeUp = Buffer.from(JSON.stringify([1, 0, "zzz", "x"])).toString("base64url");
    // A real application of this role with a made-up name key: would start past the end, or mid-list.
    const realId = first.data[0]!.applicationId;
    const aroundReal = ["zzzz", "m"].map((k) => Buffer.from(JSON.stringify([1, 0, k, realId])).toString("base64url"));
    const other = await db.role.findFirstOrThrow({
      where: { id: { not: role.id }, applications: { some: {} } },
      select: { id: true },
    });
    const otherPage = (await (
      await getCandidates(
        new Request(`http://test/api/v1/roles/${other.id}/candidates?limit=1`, {
          headers: { authorization: `Bearer ${manager.token}` },
        }),
        ctx({ id: other.id }),
      )
    ).json()) as Paged;
    expect(otherPage.page.next).toEqual(expect.any(String));
    // A cursor of this role's comparison page (its own view and order), not of the API's list.
    const admin = await userByEmail("admin@example.com");
    const comparison = await roleComparisonPage(admin, (await comparisonRole(admin, role.id))!, {
      view: "scored",
      sort: "name",
      size: 1,
    });
    expect(comparison.page.next).toEqual(expect.any(String));
    for (const bad of [
      `?after=${comparison.page.next}`,
      "?after=bogus",
      `?after=${forged}`,
      `?after=${first.page.next!.slice(0, -6)}`,
      `?after=${madeUp}`,
      ...aroundReal.map((c) => `?after=${c}`),
      `?after=${otherPage.page.next}`,
    ]) {
      const res = await at(bad);
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^after is not a cursor of this list/);
    }
    // The last row of a page renamed before the next request: the sync goes on from its place.
    const last = await db.application.findUniqueOrThrow({
      where: { id: first.data[1]!.applicationId },
      select: { candidate: { select: { id: true, name: true } } },
    });
    await db.candidate.update({ where: { id: last.candidate.id }, data: { name: "Zuzanna Renamed Meanwhile" } });
    try {
      const after = await at(`?limit=2&after=${first.page.next}`);
      expect(after.status).toBe(200);
      expect(((await after.json()) as Paged).data.map((r) => r.applicationId)).toEqual(
        second.data.map((r) => r.applicationId),
      );
    } finally {
      await db.candidate.update({ where: { id: last.candidate.id }, data: { name: last.candidate.name } });
    }
    // A parameter given twice is refused: which one was meant is a guess.
    for (const twice of ["?limit=5&limit=6", `?after=${first.page.next}&after=${first.page.next}`]) {
      const res = await at(twice);
      expect(res.status, twice).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(
        /^(limit|after) is given 2 times: give it once\./,
      );
    }
    // A guessed paging parameter is refused, not answered with the first page again.
    for (const guessed of [`?cursor=${first.page.next}`, "?page=2", "?limit=5&offset=5"]) {
      const res = await at(guessed);
      expect(res.status, guessed).toBe(400);
      expect(((await res.json()) as { error: string }).error).toMatch(/^This list reads no "(cursor|page|offset)"/);
    }
  });

  it("gives a role's salary band to the people who hire, never to an interviewer (as the role page does)", async () => {
    type Listed = { data: { title: string; salaryMin: number | null; salaryMax: number | null; currency: string }[] };
    const banded = await db.role.findFirstOrThrow({ where: { salaryMin: { not: null } }, select: { title: true } });
    const read = async (email: string) =>
      ((await (await getRoles(req((await tokenFor(email)).token), ctx({}))).json()) as Listed).data;
    const asManager = (await read("manager@example.com")).find((r) => r.title === banded.title)!;
    expect(asManager.salaryMin).toEqual(expect.any(Number));
    const asInterviewer = await read("interviewer@example.com");
    expect(asInterviewer.length).toBeGreaterThan(0);
    for (const r of asInterviewer) expect(r).toMatchObject({ salaryMin: null, salaryMax: null });
  });

  it("keeps the independence rule: an interviewer's token sees no feedback before they submit", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const pending = await db.interview.findFirstOrThrow({
      where: { interviewerId: sam.id, scorecards: { none: { status: "SUBMITTED" } } },
    });
    const token = await tokenFor("interviewer@example.com");
    expect((await getScorecards(req(token.token), ctx({ id: pending.applicationId }))).status).toBe(404);
    const manager = await tokenFor("admin@example.com");
    const all = (await (await getScorecards(req(manager.token), ctx({ id: pending.applicationId }))).json()) as {
      data: { scorecardId: string }[];
    };
    const drafts = await db.scorecard.findMany({ where: { status: "DRAFT" }, select: { id: true } });
    expect(all.data.some((s) => drafts.some((d) => d.id === s.scorecardId))).toBe(false);
  });

  it("stops working at once when revoked, and only the owner can revoke", async () => {
    const t = await tokenFor("recruiter@example.com");
    expect((await getRoles(req(t.token), ctx({}))).status).toBe(200);
    expect(await revokeApiToken(await userByEmail("manager@example.com"), t.id)).toMatchObject({
      ok: false,
      kind: "not_found",
    });
    expect((await revokeApiToken(await userByEmail("recruiter@example.com"), t.id)).ok).toBe(true);
    expect((await getRoles(req(t.token), ctx({}))).status).toBe(401);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: t.id } });
    expect(stored.tokenHash).not.toContain(t.token.slice(6));
  });
});
