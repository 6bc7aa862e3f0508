// Names are searched without their accents, on every list that searches them, and the folded
// name is the database's job (a trigger), so no writer can leave it stale.
import { beforeAll, describe, expect, it } from "vitest";
import { addCandidateToRole } from "../../lib/applications/service";
import type { CurrentUser } from "../../lib/auth/session";
import { auditLogPage } from "../../lib/data/audit-log";
import { recruiterCandidates } from "../../lib/data/recruiter-home";
import { roleApplicationsPage } from "../../lib/data/role-applications";
import { comparisonRole, roleComparisonPage } from "../../lib/data/role-comparison";
import { db } from "../../lib/db";
import { peoplePage } from "../../lib/people/directory";
import { parseComparisonQuery } from "../../lib/validation/comparison";
import { userByEmail } from "./helpers";

let owner: CurrentUser, recruiter: CurrentUser, admin: CurrentUser;
let roleId = "";
const ids: Record<string, string> = {};

beforeAll(async () => {
  owner = await userByEmail("manager@example.com");
  recruiter = await userByEmail("recruiter@example.com");
  admin = await userByEmail("admin@example.com");
  roleId = (await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } })).id;
  for (const [i, name] of [
    "Zoë Ångström",
    "José Núñez",
    "Nguyễn Thị Minh",
    "Łukasz Søgaard",
    "Ngozi Ọkafọ́r",
    "Aoife O'Brien-García",
  ].entries()) {
    const res = await addCandidateToRole(owner, {
      roleId,
      candidate: { name, email: `fold-${i}@example.org`, source: "", headline: "" },
    });
    if (!res.ok) throw new Error(res.message);
    ids[name] = res.applicationId;
  }
});

const searchNameOf = async (applicationId: string) =>
  (await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { candidate: true } })).candidate
    .searchName;

describe("accent-insensitive name search", () => {
  it("keeps each candidate's and person's folded name in the database, on insert and rename", async () => {
    expect(await searchNameOf(ids["Zoë Ångström"]!)).toBe("Zoe Angstrom");
    expect(await searchNameOf(ids["Nguyễn Thị Minh"]!)).toBe("Nguyen Thi Minh");
    expect(await searchNameOf(ids["Łukasz Søgaard"]!)).toBe("Lukasz Sogaard");
    expect((await db.user.findUniqueOrThrow({ where: { email: "tomas@example.com" } })).searchName).toBe(
      "Tomas Garcia",
    );
    const app = await db.application.findUniqueOrThrow({ where: { id: ids["José Núñez"]! } });
    await db.candidate.update({ where: { id: app.candidateId }, data: { name: "José Núñez-Peña" } });
    expect(await searchNameOf(app.id)).toBe("Jose Nunez-Pena");
    // Written by hand, it is put right at once: it always follows the name.
    await db.candidate.update({ where: { id: app.candidateId }, data: { searchName: "something else" } });
    expect(await searchNameOf(app.id)).toBe("Jose Nunez-Pena");
  });

  it("finds accented names typed without accents (and the reverse) on the role list and comparison", async () => {
    const role = await db.role.findUniqueOrThrow({
      where: { id: roleId },
      select: { id: true, ownerId: true, members: { select: { userId: true } } },
    });
    const listed = async (q: string) =>
      (await roleApplicationsPage(owner, role, { q, size: 50 })).rows.map((r) => r.id);
    expect(await listed("zoe angstrom")).toEqual([ids["Zoë Ångström"]]);
    expect(await listed("NGUYEN THI")).toEqual([ids["Nguyễn Thị Minh"]]);
    expect(await listed("sogaard")).toEqual([ids["Łukasz Søgaard"]]);
    expect(await listed("okafor")).toEqual([ids["Ngozi Ọkafọ́r"]]); // two marks on one letter
    expect(await listed("obrien-garcia")).toEqual([ids["Aoife O'Brien-García"]]);
    expect(await listed("aoife  o’brien")).toEqual([ids["Aoife O'Brien-García"]]);
    expect(await listed("'")).toEqual([]); // an apostrophe alone searches for nothing
    expect(await listed("zoé")).toEqual([ids["Zoë Ångström"]]); // an accent typed where the name has another
    expect(await listed("zoex")).toEqual([]);

    const compared = await comparisonRole(owner, roleId);
    for (const sort of ["fit", "name", "recent"] as const) {
      const page = await roleComparisonPage(owner, compared!, parseComparisonQuery({ q: "nunez", view: "all", sort }));
      expect(
        page.page.rows.map((r) => r.applicationId),
        sort,
      ).toEqual([ids["José Núñez"]]);
    }
  });

  it("finds them in the recruiter's candidates, the people directory and the audit log's who-acted filter", async () => {
    const found = await recruiterCandidates(recruiter, { q: "jose nunez" });
    expect(found.rows.map((r) => r.name)).toEqual(["José Núñez-Peña"]);
    const people = await peoplePage(admin, { q: "tomas garcia" });
    expect(people.rows.map((p) => p.email)).toEqual(["tomas@example.com"]);
    expect((await peoplePage(admin, { q: "'" })).total).toBe(0);
    expect((await recruiterCandidates(recruiter, { q: "’" })).total).toBe(0);
    const audit = await auditLogPage(admin, { who: "garcia" });
    const byTomas = await db.auditEvent.count({ where: { actor: { name: { contains: "García" } } } });
    expect(audit.page.total).toBe(byTomas);
    expect(audit.page.rows.every((r) => r.actorName === "Tomás García")).toBe(true);
  });
});
