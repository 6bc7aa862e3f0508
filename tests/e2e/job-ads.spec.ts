import { expect, test } from "@playwright/test";
import { login, screenshot } from "./fixtures";

test.describe("job ads", () => {
  test("an admin's job-ad texts appear in the ad a recruiter generates @phone", async ({ browser }) => {
    // Another text per run (the desktop and phone runs, and a retry, share a server: a text equal
    // to what is saved is not unsaved work). The ad is checked by its start, which every run's
    // text shares: a job description saved by an earlier run keeps that run's text.
    const week = `A four-day week in August (${Date.now()})`;
    const admin = await browser.newPage();
    const recruiter = await browser.newPage();
    try {
      await login(admin, "admin@example.com");
      await admin.goto("/admin");
      const benefits = admin.getByLabel("What we offer");
      await expect(benefits).toHaveValue(/30 days of paid leave/);
      // Typed, not fill(): fill's inserted text is not a user edit to Chromium, so the form's first
      // re-render (it becomes unsaved) put the default text back after it.
      await benefits.click();
      await admin.keyboard.press("ControlOrMeta+A");
      await benefits.pressSequentially(`30 days of paid leave\n${week}`);
      // Leaving with the text unsaved asks first; cancelling keeps it (it was lost without a word).
      let asked = 0;
      admin.on("dialog", (d) => {
        asked++;
        void d.dismiss();
      });
      await admin.getByRole("link", { name: "Roles" }).first().click();
      await expect(admin).toHaveURL(/\/admin$/);
      expect(asked).toBe(1);
      await expect(benefits).toHaveValue(`30 days of paid leave\n${week}`);
      await admin.getByRole("button", { name: "Save job-ad texts" }).click();
      await expect(admin.getByText("Saved. New job descriptions include these texts.")).toBeVisible();
      await screenshot(admin, "admin-job-ad-texts");
      // Saved: leaving no longer asks.
      await admin.getByRole("link", { name: "Roles" }).first().click();
      await expect(admin).toHaveURL(/\/roles/);
      expect(asked).toBe(1);

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
