// Issue 11, finding 9 (tokens): personal API tokens expire (90 days unless chosen otherwise),
// carry read scopes that each /api/v1 route checks, record when they were last used (at most one
// write a minute), stop at once when revoked or expired with a JSON 401 that says which, and
// do not come back when their user is deactivated and then reactivated.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getGaps } from "../../app/api/v1/applications/[id]/gaps/route";
import { GET as getScorecards } from "../../app/api/v1/applications/[id]/scorecards/route";
import { GET as getCandidates } from "../../app/api/v1/roles/[id]/candidates/route";
import { GET as getRoles } from "../../app/api/v1/roles/route";
import { createApiToken, listApiTokens, revokeApiToken } from "../../lib/api/tokens";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { setActive } from "../../lib/people/service";
import { userByEmail } from "./helpers";

const req = (token: string) => new Request("http://test/api/v1", { headers: { authorization: `Bearer ${token}` } });
const ctx = <P>(params: P) => ({ params: Promise.resolve(params) });
const DAY = 86_400_000;

let manager: CurrentUser, admin: CurrentUser;
let roleId = "",
  applicationId = "";

beforeAll(async () => {
  manager = await userByEmail("manager@example.com");
  admin = await userByEmail("admin@example.com");
  const role = await db.role.findFirstOrThrow({
    where: {
      ownerId: manager.id,
      applications: { some: { interviews: { some: { scorecards: { some: { status: "SUBMITTED" } } } } } },
    },
  });
  roleId = role.id;
  applicationId = (
    await db.application.findFirstOrThrow({
      where: {
        roleId,
        interviews: { some: { scorecards: { some: { status: "SUBMITTED" } } } },
        NOT: { interviews: { some: { interviewerId: manager.id } } },
      },
    })
  ).id;
});

async function tokenFor(user: CurrentUser, input: Record<string, unknown> = {}) {
  const res = await createApiToken(user, {
    name: "ATS sync",
    scopes: ["roles:read", "candidates:read", "scorecards:read"],
    expiresInDays: "90",
    ...input,
  });
  if (!res.ok) throw new Error(res.message);
  return res;
}

/** Every v1 route, called with `token`: the status each answers. */
async function statuses(token: string) {
  return {
    roles: (await getRoles(req(token), ctx({}))).status,
    candidates: (await getCandidates(req(token), ctx({ id: roleId }))).status,
    gaps: (await getGaps(req(token), ctx({ id: applicationId }))).status,
    scorecards: (await getScorecards(req(token), ctx({ id: applicationId }))).status,
  };
}

describe("creating a token", () => {
  it("expires in 90 days by default, or after the chosen 7, 30 or 365 days, and lists expiry and scopes", async () => {
    const res = await createApiToken(manager, { name: "Default expiry", scopes: ["roles:read"] });
    if (!res.ok) throw new Error(res.message);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id: res.id } });
    expect(Math.abs(row.expiresAt.getTime() - (Date.now() + 90 * DAY))).toBeLessThan(60_000);
    expect(row.scopes).toEqual(["roles:read"]);
    for (const days of ["7", "30", "365"]) {
      const t = await tokenFor(manager, { expiresInDays: days });
      const stored = await db.apiToken.findUniqueOrThrow({ where: { id: t.id } });
      expect(Math.round((stored.expiresAt.getTime() - Date.now()) / DAY)).toBe(Number(days));
    }
    const listed = (await listApiTokens(manager)).find((t) => t.id === res.id);
    expect(listed).toMatchObject({
      scopes: ["roles:read"],
      expiresAt: row.expiresAt,
      lastUsedAt: null,
      revokedAt: null,
      state: "active",
    });
  });

  it("refuses no scope, an unknown scope, an expiry not offered, and 'never'", async () => {
    const before = await db.apiToken.count();
    for (const bad of [
      { scopes: [] },
      { scopes: ["roles:write"] },
      { expiresInDays: "10000" },
      { expiresInDays: "never" },
      { expiresInDays: 0 },
    ]) {
      const res = await createApiToken(manager, {
        name: "Bad token",
        scopes: ["roles:read"],
        expiresInDays: "30",
        ...bad,
      });
      expect(res, JSON.stringify(bad)).toMatchObject({ ok: false, kind: "invalid" });
    }
    expect(await db.apiToken.count()).toBe(before);
  });
});

describe("scopes", () => {
  it("each route answers only a token with its scope; others get 403 naming the scope", async () => {
    const all = await tokenFor(manager);
    expect(await statuses(all.token)).toEqual({ roles: 200, candidates: 200, gaps: 200, scorecards: 200 });
    expect(await statuses((await tokenFor(manager, { scopes: ["roles:read"] })).token)).toEqual({
      roles: 200,
      candidates: 403,
      gaps: 403,
      scorecards: 403,
    });
    expect(await statuses((await tokenFor(manager, { scopes: ["candidates:read"] })).token)).toEqual({
      roles: 403,
      candidates: 200,
      gaps: 200,
      scorecards: 403,
    });
    const scorecardsOnly = await tokenFor(manager, { scopes: ["scorecards:read"] });
    expect(await statuses(scorecardsOnly.token)).toEqual({ roles: 403, candidates: 403, gaps: 403, scorecards: 200 });
    const refused = await getRoles(req(scorecardsOnly.token), ctx({}));
    expect(await refused.json()).toEqual({ error: expect.stringContaining("roles:read") });
    expect(refused.headers.get("www-authenticate")).toBe('Bearer error="insufficient_scope", scope="roles:read"');
    // The scheme's name is case-insensitive (RFC 9110): "bearer" and "BEARER" work too.
    for (const scheme of ["bearer", "BEARER"]) {
      const res = await getRoles(
        new Request("http://test/api/v1", { headers: { authorization: `${scheme} ${all.token}` } }),
        ctx({}),
      );
      expect(res.status, scheme).toBe(200);
    }
  });
});

describe("revoked, expired and deactivated", () => {
  it("a revoked token gets 401 with a JSON error saying it was revoked", async () => {
    const t = await tokenFor(manager);
    expect((await revokeApiToken(manager, t.id)).ok).toBe(true);
    const res = await getRoles(req(t.token), ctx({}));
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toContain("application/json");
    expect(await res.json()).toEqual({ error: expect.stringMatching(/revoked/) });
    expect(res.headers.get("www-authenticate")).toContain('error="invalid_token"');
    expect((await listApiTokens(manager)).find((x) => x.id === t.id)?.state).toBe("revoked");
  });

  it("an expired token gets 401 saying it expired, at once and on every route", async () => {
    const t = await tokenFor(manager);
    await db.apiToken.update({ where: { id: t.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await statuses(t.token)).toEqual({ roles: 401, candidates: 401, gaps: 401, scorecards: 401 });
    expect(await (await getRoles(req(t.token), ctx({}))).json()).toEqual({ error: expect.stringMatching(/expired/) });
    expect((await listApiTokens(manager)).find((x) => x.id === t.id)?.state).toBe("expired");
  });

  it("deactivating a user revokes their tokens; reactivating them doesn't bring the old ones back", async () => {
    const person = await db.user.create({
      data: { email: `token-holder-${Date.now()}@example.com`, name: "Token Holder", kind: "RECRUITER" },
    });
    const holder: CurrentUser = { id: person.id, email: person.email, name: person.name, kind: person.kind };
    const old = await tokenFor(holder);
    expect((await getRoles(req(old.token), ctx({}))).status).toBe(200);
    const version = () => db.user.findUniqueOrThrow({ where: { id: person.id } }).then((u) => u.version);
    expect(await setActive(admin, { userId: person.id, active: false, version: await version() })).toMatchObject({
      ok: true,
    });
    expect((await getRoles(req(old.token), ctx({}))).status).toBe(401);
    expect(await setActive(admin, { userId: person.id, active: true, version: await version() })).toMatchObject({
      ok: true,
    });
    const res = await getRoles(req(old.token), ctx({}));
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: expect.stringMatching(/revoked/) });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: old.id } })).revokedAt).not.toBeNull();
    // A token made after reactivation works.
    expect((await getRoles(req((await tokenFor(holder)).token), ctx({}))).status).toBe(200);
  });
});

describe("last used", () => {
  it("is recorded on use, and written at most once a minute per token", async () => {
    const t = await tokenFor(manager);
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: t.id } })).lastUsedAt).toBeNull();
    await getRoles(req(t.token), ctx({}));
    const first = (await db.apiToken.findUniqueOrThrow({ where: { id: t.id } })).lastUsedAt;
    expect(first).not.toBeNull();
    expect(Date.now() - first!.getTime()).toBeLessThan(60_000);
    // Within the minute: no write.
    const recent = new Date(Date.now() - 30_000);
    await db.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: recent } });
    await getRoles(req(t.token), ctx({}));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: t.id } })).lastUsedAt).toEqual(recent);
    // Over a minute ago: written again.
    await db.apiToken.update({ where: { id: t.id }, data: { lastUsedAt: new Date(Date.now() - 61_000) } });
    await getRoles(req(t.token), ctx({}));
    expect(
      Date.now() - (await db.apiToken.findUniqueOrThrow({ where: { id: t.id } })).lastUsedAt!.getTime(),
    ).toBeLessThan(5_000);
  });
});
