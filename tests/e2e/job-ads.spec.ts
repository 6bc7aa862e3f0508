import { expect, test } from "@playwright/test";
import { login, screenshot } from "./fixtures";

test.describe("job ads", () => {
  test("an admin's job-ad texts appear in the ad a recruiter generates @phone", async ({ browser }) => {
    const admin = await browser.newPage();
    const recruiter = await browser.newPage();
    try {
      await login(admin, "admin@example.com");
      await admin.goto("/admin");
      const benefits = admin.getByLabel("What we offer");
      await expect(benefits).toHaveValue(/30 days of paid leave/);
      await benefits.fill("30 days of paid leave\nA four-day week in August");
      await admin.getByRole("button", { name: "Save job-ad texts" }).click();
      await expect(admin.getByText("Saved. New job descriptions include these texts.")).toBeVisible();
      await screenshot(admin, "admin-job-ad-texts");

      await login(recruiter, "recruiter@example.com");
      await recruiter.goto("/pipeline");
      await recruiter.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
      await recruiter.getByRole("link", { name: "Job description" }).click();
      const jd = recruiter.getByLabel("Job description (Markdown)");
      // The job-description route's first request loads its code (preloadEntriesOnStart is off): slow on a busy machine.
      await expect(jd).toHaveValue(/## What we offer\n\n- 30 days of paid leave\n- A four-day week in August/, {
        timeout: 20_000,
      });
      await expect(jd).toHaveValue(
        /## What you will do\n\n### Observability & telemetry \(Level 3: Strategic AIOps Architect\)\n\n- Set /,
      );
      await screenshot(recruiter, "job-ad-generated");
    } finally {
      await admin.close();
      await recruiter.close();
    }
  });
});
