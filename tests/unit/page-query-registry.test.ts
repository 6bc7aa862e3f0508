// Every page that reads its query declares it (lib/security/page-query.ts): adding a page with
// filters without declaring them fails here. Then, per page, a value it can use passes proxy.ts
// and one it cannot gets a 400 whose message names the parameter; the page's own parse keeps the
// first and drops the second.
import { describe, expect, it } from "vitest";
import { encodeCursor } from "@/lib/paging/cursor";
import { PAGE_QUERIES, pageQueryRefusal, pageQueryRoute } from "@/lib/security/page-query";
import { undeclaredParams } from "@/lib/validation/list-params";
import { handlerRoutes, pageRoutes, pageRoutesReadingQuery } from "../access/inventory";

/** A path the route serves: each dynamic segment a well-formed id. */
const sample = (route: string) => route.replace(/\[\.\.\.[^\]]+\]/g, "a/b").replace(/\[[^\]]+\]/g, "cm0sample0id");
const refusal = (url: string) => {
  const u = new URL(url, "http://app.test");
  return pageQueryRefusal(u.pathname, u.searchParams);
};

const ID = "cmx57o5l1009ysx7d852051eh";
const PAGE = encodeCursor(["Ada", ID], 50);

/** Per page: a query it can use, and a bad value with the parameter the 400 must name. */
const CASES: Record<string, { good: string; bad: string; names: string }> = {
  "/admin": { good: `q=ada&kind=MANAGER&status=active&after=${PAGE}`, bad: "kind=ROOT", names: "kind" },
  "/admin/audit": { good: "action=user.created", bad: "action=%00", names: "action" },
  "/admin/matrix": { good: "published=3", bad: "published=three", names: "published" },
  "/admin/matrix/diff": { good: `from=${ID}&to=${ID}`, bad: "to=../x", names: "to" },
  "/admin/matrix/draft": { good: "cluster=data-ml", bad: "cluster=%00", names: "cluster" },
  "/calibration": { good: `after=${PAGE}`, bad: "before=!!", names: "before" },
  "/candidates/[id]": {
    good: `back=${encodeURIComponent(`view=scored&sort=name&q=o%E2%80%99brien&after=${PAGE}`)}`,
    bad: `back=${encodeURIComponent("sort=bogus")}`,
    names: "back",
  },
  "/check-ins": { good: `before=${PAGE}`, bad: "after=a%20b", names: "after" },
  "/check-ins/[id]": { good: "m=90", bad: "m=Infinity", names: "m" },
  "/fair-hiring": { good: `role=${ID}&category=gender`, bad: "category=%3Cscript%3E", names: "category" },
  "/interviews": { good: `after=${PAGE}`, bad: "after=!!", names: "after" },
  "/matrix": { good: "cluster=sre", bad: "cluster=" + "x".repeat(65), names: "cluster" },
  "/pipeline": { good: `q=ada&after=${PAGE}`, bad: "q=" + "x".repeat(101), names: "q" },
  "/pipeline/roles/[id]": { good: "stage=not-started", bad: "stage=%00", names: "stage" },
  "/quality/interviewers": { good: "sort=rho&dir=asc", bad: "sort=bogus", names: "sort" },
  "/quality/questions": { good: "sort=auc&dir=desc&show=flagged", bad: "show=some", names: "show" },
  "/questions": { good: "level=2", bad: "level=Infinity", names: "level" },
  "/readiness": { good: `after=${PAGE}`, bad: "before=%00", names: "before" },
  "/readiness/team": { good: `q=ada&exAfter=${PAGE}`, bad: "exBefore=!!", names: "exBefore" },
  "/roles": { good: `after=${PAGE}`, bad: "after=x&after=!!", names: "after" },
  "/roles/[id]": { good: "view=hidden&stage=no-interviews", bad: "view=everything", names: "view" },
  "/roles/[id]/compare": {
    good: `sort=name&fit=strong&status=HIRED&below=${ID}&size=25&q=ada`,
    bad: "sort=bogus",
    names: "sort",
  },
  "/roles/new": { good: "scratch=1", bad: "scratch=yes", names: "scratch" },
  "/self-id/[token]": { good: "saved=1&error=invalid", bad: "error=%00", names: "error" },
  "/signin": { good: "error=CredentialsSignin&callbackUrl=%2Froles", bad: "error=%3Cb%3E", names: "error" },
};

describe("every page that reads its query declares it", () => {
  it("has a registry entry for each app/**/page.tsx reading searchParams, and none for a page that does not exist", () => {
    const reading = pageRoutesReadingQuery();
    expect(reading.length).toBeGreaterThan(20);
    expect(Object.keys(PAGE_QUERIES).sort()).toEqual(reading);
  });

  it("declares every parameter with the list-params helpers (each has a strict check)", () => {
    for (const [route, query] of Object.entries(PAGE_QUERIES)) expect(undeclaredParams(query), route).toEqual([]);
  });

  it("checks each address against its own page's declaration, never another's", () => {
    for (const route of pageRoutes()) {
      expect(pageQueryRoute(sample(route)), route).toBe(route in PAGE_QUERIES ? route : null);
    }
    for (const { route } of handlerRoutes()) expect(pageQueryRoute(sample(route)), route).toBeNull();
  });

  it("has a good and a bad address for every registered page", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(PAGE_QUERIES).sort());
  });

  it.each(Object.entries(CASES))("%s", (route, { good, bad, names }) => {
    const path = sample(route);
    expect(refusal(`${path}?${good}`), good).toBeNull();
    expect(refusal(`${path}?${good}&utm_source=mail&unknown=%00`), "undeclared parameters pass").toBeNull();
    const blank = Object.keys(PAGE_QUERIES[route]!.shape)
      .map((k) => `${k}=`)
      .join("&");
    expect(refusal(`${path}?${blank}`), "a form's blank fields are no filter").toBeNull();
    const message = refusal(`${path}?${bad}`);
    expect(message, bad).toMatch(new RegExp(`^“${names}” .+\\.$`));
    // The page itself keeps what it can use and drops the rest.
    const query = PAGE_QUERIES[route]!;
    const parsed = query.parse(Object.fromEntries(new URLSearchParams(bad))) as Record<string, unknown>;
    const fallback = query.parse({}) as Record<string, unknown>;
    expect(parsed[names], bad).toEqual(fallback[names]);
  });

  it("says what is wrong in a sentence", () => {
    expect(refusal("/roles/cm0sample0id/compare?sort=bogus")).toBe(
      "“sort” must be fit, name, recent or domain.ID (sorted by that domain).",
    );
    expect(refusal("/pipeline/roles/cm0sample0id?stage=%00")).toBe("“stage” is not a known stage.");
    expect(refusal("/interviews?after=!!")).toBe("“after” is not a page of this list.");
    expect(refusal("/calibration?before=abc")).toBe("“before” is not a page of this list.");
    expect(refusal("/check-ins?after=123")).toBe("“after” is not a page of this list."); // base64url, but no cursor
    expect(refusal("/pipeline?q=" + "x".repeat(101))).toBe("“q” is longer than the 100 characters a search can have.");
    expect(refusal("/check-ins/cm0sample0id?m=-1")).toBe("“m” must be a whole number from 1 to 3650.");
    expect(refusal("/quality/interviewers?dir=up")).toBe("“dir” must be asc or desc.");
  });

  it("refuses a malformed value anywhere among repeated ones; the page reads the first", () => {
    expect(refusal("/quality/questions?sort=uses&sort=nope")).toBe(
      "“sort” must be domain, uses, spread, passRate or auc.",
    );
    expect(refusal("/quality/questions?sort=uses&sort=auc")).toBeNull();
    expect(PAGE_QUERIES["/quality/questions"]!.parse({ sort: ["uses", "auc"] })).toMatchObject({ sort: "uses" });
  });

  it("serves a static route before a dynamic one beside it", () => {
    expect(pageQueryRoute("/roles/new")).toBe("/roles/new");
    expect(pageQueryRoute("/roles/abc")).toBe("/roles/[id]");
    expect(pageQueryRoute("/roles/abc/compare/")).toBe("/roles/[id]/compare");
    expect(refusal("/roles/new?sort=bogus")).toBeNull();
  });
});
