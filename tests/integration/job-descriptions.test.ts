import { describe, expect, it } from "vitest";
import { db } from "../../lib/db";
import { jobDescriptionData, saveJobDescription } from "../../lib/job-descriptions/service";
import { userByEmail } from "./helpers";

describe("job descriptions", () => {
  it("generates from the role's targets and the matrix, saves for recruiters, refuses interviewers", async () => {
    const role = await db.role.findFirstOrThrow({ where: { title: "Senior AI Operations Engineer" } });
    const recruiter = await userByEmail("recruiter@example.com");
    const data = await jobDescriptionData(recruiter, role.id);
    expect(data?.generated).toContain("# Senior AI Operations Engineer");
    expect(data?.generated).toContain("Level 3 (Strategic AIOps Architect) in observability & telemetry");
    expect(data?.generated).toContain("Salary: $150,000 – $185,000");
    expect(await jobDescriptionData(await userByEmail("interviewer@example.com"), role.id)).toBeNull();
    expect(await saveJobDescription(await userByEmail("interviewer@example.com"), role.id, { content: data!.generated })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await saveJobDescription(recruiter, role.id, { content: "short" })).toMatchObject({ ok: false, kind: "invalid" });
    expect((await saveJobDescription(recruiter, role.id, { content: data!.generated })).ok).toBe(true);
    expect((await jobDescriptionData(recruiter, role.id))?.saved?.content).toBe(data!.generated.trim());
  });
});

describe("job description analysis", () => {
  it("maps lines to domain and level, flags inflation against the role, and warns on non-inclusive wording", async () => {
    const { analyseForRole } = await import("../../lib/job-descriptions/analyse-service");
    const role = await db.role.findFirstOrThrow({ where: { title: "AI Platform Engineer" } });
    const res = await analyseForRole(await userByEmail("recruiter@example.com"), role.id, {
      text: "Requirements:\n- Define the enterprise telemetry strategy for the whole company\n- He will report to the chairman and must be a rockstar\n- Build Terraform modules and CI/CD pipelines for model serving",
    });
    if (!res.ok) throw new Error(res.message);
    expect(res.analysis.lines[0]).toMatchObject({ domain: "observability", level: 3 });
    expect(res.analysis.lines[0]!.flags.map((f) => f.kind)).toContain("inflation");
    expect(res.analysis.lines[2]!.domain).toBe("automation");
    expect(res.inclusive.length).toBeGreaterThan(0);
    expect(await analyseForRole(await userByEmail("interviewer@example.com"), role.id, { text: "x".repeat(40) })).toMatchObject({ ok: false, kind: "forbidden" });
    expect(await analyseForRole(await userByEmail("recruiter@example.com"), role.id, { text: "" })).toMatchObject({ ok: false, kind: "invalid" });
  });
});
