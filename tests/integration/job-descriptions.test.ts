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
