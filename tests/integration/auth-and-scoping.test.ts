import { describe, expect, it } from "vitest";
import { authorizeCredentials } from "../../lib/auth/credentials";
import { db } from "../../lib/db";
import { allMyInterviews, interviewerInterviews } from "../../lib/data/my-interviews";
import { interviewKit } from "../../lib/data/interview-kit";
import { roleDetail } from "../../lib/data/roles";
import { userByEmail } from "./helpers";

describe("credentials sign-in", () => {
  it("accepts a demo account with the right password, case-insensitively", async () => {
    expect(await authorizeCredentials({ email: " Manager@Example.com ", password: "demo-password" })).toMatchObject({
      email: "manager@example.com",
    });
  });
  it("rejects a wrong password, an unknown email and malformed input", async () => {
    expect(await authorizeCredentials({ email: "manager@example.com", password: "nope" })).toBeNull();
    expect(await authorizeCredentials({ email: "ghost@example.com", password: "demo-password" })).toBeNull();
    expect(await authorizeCredentials({ email: 42 })).toBeNull();
  });
  it("rejects a deactivated account at once", async () => {
    await db.user.update({ where: { email: "kwame@example.com" }, data: { active: false } });
    expect(await authorizeCredentials({ email: "kwame@example.com", password: "demo-password" })).toBeNull();
    await db.user.update({ where: { email: "kwame@example.com" }, data: { active: true } });
  });
});

describe("interviewers see only their own interviews", () => {
  it("lists nothing of anyone else's", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const rows = allMyInterviews(await interviewerInterviews(sam));
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((r) => r.interviewerId === sam.id)).toBe(true);
    expect(new Set(rows.map((r) => r.bucket))).toEqual(
      new Set(["draft", "todo", "submitted", "overdue"].filter((b) => rows.some((r) => r.bucket === b))),
    );
  });

  it("moves an unsubmitted interview to 'closed' once the candidate withdraws, out of drafts, overdue and to do", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const open = allMyInterviews(await interviewerInterviews(sam)).find((r) => r.bucket !== "submitted")!;
    await db.application.update({ where: { id: open.applicationId }, data: { status: "WITHDRAWN" } });
    const after = allMyInterviews(await interviewerInterviews(sam)).filter(
      (r) => r.applicationId === open.applicationId,
    );
    expect(after.filter((r) => r.bucket !== "submitted").every((r) => r.bucket === "closed")).toBe(true);
    await db.application.update({ where: { id: open.applicationId }, data: { status: "ACTIVE" } });
    expect(allMyInterviews(await interviewerInterviews(sam)).find((r) => r.id === open.id)?.bucket).toBe(open.bucket);
  });

  it("refuses another interviewer's interview kit", async () => {
    const sam = await userByEmail("interviewer@example.com");
    const priya = await userByEmail("priya@example.com");
    const samsInterview = await db.interview.findFirstOrThrow({ where: { interviewerId: sam.id } });
    expect(await interviewKit(priya, samsInterview.id)).toBeNull();
    const kit = await interviewKit(sam, samsInterview.id);
    expect(kit?.domains.length).toBeGreaterThan(0);
    expect(kit?.domains.every((d) => d.levels.every((l) => l.indicators.length >= 2))).toBe(true);
  });
});

describe("role visibility", () => {
  it("shows a role to its interviewers, not to interviewers outside the hiring team", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "MLOps Engineer, Anomaly Detection" } });
    const mei = await userByEmail("mei@example.com"); // not on this role's loop
    const priya = await userByEmail("priya@example.com");
    expect(await roleDetail(mei, role.id)).toBeNull();
    const detail = await roleDetail(priya, role.id);
    expect(detail?.canEdit).toBe(false);
    expect(detail?.coverage.publishable).toBe(true);
  });
  it("lets only the owning manager edit", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "MLOps Engineer, Anomaly Detection" } });
    expect((await roleDetail(await userByEmail("dana@example.com"), role.id))?.canEdit).toBe(true);
    expect((await roleDetail(await userByEmail("manager@example.com"), role.id))?.canEdit).toBe(false);
  });
});

describe("sessions follow the database", () => {
  it("signs a deactivated person out and applies a changed kind on the next request", async () => {
    const { userForSession } = await import("../../lib/auth/session");
    const { id } = await userByEmail("kwame@example.com");
    const ref = { uid: id, sid: "session-1", gen: 0 };
    expect(await userForSession(ref)).toMatchObject({ kind: "INTERVIEWER" });
    await db.user.update({ where: { id }, data: { kind: "MANAGER" } });
    expect(await userForSession(ref)).toMatchObject({ kind: "MANAGER" });
    await db.user.update({ where: { id }, data: { active: false } });
    expect(await userForSession(ref)).toBeNull();
    await db.user.update({ where: { id }, data: { kind: "INTERVIEWER", active: true } });
    expect(await userForSession({ ...ref, uid: "no-such-user" })).toBeNull();
    expect(await userForSession({ ...ref, gen: 1 })).toBeNull();
  });
});

describe("next-auth redirects", () => {
  // Issue 11, finding 7: `?callbackUrl=%25` on any next-auth endpoint answered 500 (found by the fuzz test).
  it("sends a callbackUrl that is no URL, or another site's, home instead of throwing", async () => {
    const { safeRedirect } = await import("../../lib/auth/options");
    const baseUrl = "http://127.0.0.1:3000";
    expect(safeRedirect({ url: "/roles?x=1", baseUrl })).toBe("http://127.0.0.1:3000/roles?x=1");
    expect(safeRedirect({ url: "http://127.0.0.1:3000/interviews", baseUrl })).toBe("http://127.0.0.1:3000/interviews");
    for (const url of ["%25", "7e-323", "", "https://evil.example/", "javascript:alert(1)", "\u0000"]) {
      expect(safeRedirect({ url, baseUrl }), url).toBe(baseUrl);
    }
  });
});

describe("single sign-on matching", () => {
  it("refuses an email the identity provider marks unverified", async () => {
    const { ssoEmail } = await import("../../lib/auth/credentials");
    expect(ssoEmail({ sub: "1", email: " Mei@Example.com ", email_verified: true })).toBe("mei@example.com");
    expect(ssoEmail({ sub: "1", email: "mei@example.com" })).toBe("mei@example.com");
    expect(ssoEmail({ sub: "1", email: "mei@example.com", email_verified: false })).toBeNull();
    expect(ssoEmail({ sub: "1", email: "mei@example.com", email_verified: "false" })).toBeNull();
    expect(ssoEmail({ sub: "1" })).toBeNull();
  });

  it("names why a single sign-on is refused: no email, an unverified one, an unknown one, a deactivated account", async () => {
    const { ssoRefusal } = await import("../../lib/auth/credentials");
    expect(await ssoRefusal({ sub: "1", email: "Mei@Example.com", email_verified: true })).toBeNull();
    expect(await ssoRefusal({ sub: "1", email: "mei@example.com" })).toBeNull();
    expect(await ssoRefusal({ sub: "1", email: "mei@example.com", email_verified: false })).toBe("EmailUnverified");
    expect(await ssoRefusal({ sub: "1", email: "  " })).toBe("NoEmail");
    expect(await ssoRefusal(undefined)).toBe("NoEmail");
    expect(await ssoRefusal({ sub: "1", email: "stranger@example.com", email_verified: true })).toBe("NotInvited");
    expect(await db.user.count({ where: { email: "stranger@example.com" } })).toBe(0);
    await db.user.update({ where: { email: "mei@example.com" }, data: { active: false } });
    expect(await ssoRefusal({ sub: "1", email: "mei@example.com", email_verified: true })).toBe("Deactivated");
    await db.user.update({ where: { email: "mei@example.com" }, data: { active: true } });
  });

  it("lets in only active people an admin created, matched case-insensitively by email", async () => {
    const { ssoAccountFor } = await import("../../lib/auth/credentials");
    expect(await ssoAccountFor("Recruiter@Example.com")).toMatchObject({ id: expect.any(String) });
    expect(await ssoAccountFor("stranger@example.com")).toBeNull();
    expect(await ssoAccountFor(null)).toBeNull();
    await db.user.update({ where: { email: "mei@example.com" }, data: { active: false } });
    expect(await ssoAccountFor("mei@example.com")).toBeNull();
    await db.user.update({ where: { email: "mei@example.com" }, data: { active: true } });
  });
});
