// Team readiness, the managers' side of interviewer readiness: a manager grants a qualification
// (with a reason) and sets a weekly limit, both still there after a reload, then undoes them; an
// admin changes the readiness settings; the plan editor warns about a stage rated only by an
// interviewer not yet qualified for its domain; the scheduling form shows each interviewer's week
// against their limit; an interviewer is refused the team page. Every change is undone, so the
// demo's readiness (read by other specs) is as seeded afterwards.
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

const PERSON = "Kwame Mensah"; // seeded: not qualified for data, automation, security

test.describe("team readiness", () => {
  test("a manager grants a qualification and sets a weekly limit; both survive a reload @phone", async ({ page }) => {
    test.setTimeout(120_000);
    await login(page, "manager@example.com");
    await page.goto("/readiness/team");
    await expect(page.getByRole("heading", { name: "Team readiness", level: 1 })).toBeVisible();
    await expect(page.getByRole("region", { name: "Readiness per person and domain" })).toBeVisible();
    await expectNoSidewaysScroll(page, "team readiness");
    await screenshot(page, "readiness-team");

    // Search by name (a GET form: the URL holds it).
    await page.getByRole("searchbox", { name: "Name" }).fill("kwame");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/q=kwame/);
    const matrix = page.getByRole("region", { name: "Readiness per person and domain" });
    await expect(matrix.getByRole("rowheader")).toHaveText([PERSON]);

    // Grant: the reason is required, the error shown in the panel.
    await matrix.getByRole("button", { name: new RegExp(`^Grant ${PERSON} a qualification in Data`) }).click();
    const panel = page.getByRole("form", { name: new RegExp(`Grant ${PERSON} a qualification in Data`) });
    await expect(panel.getByLabel("Why (kept in the audit log)")).toBeFocused();
    await panel.getByRole("button", { name: "Grant qualification" }).click();
    await expect(panel.getByText(/Say why in a few words/)).toBeVisible();
    await panel
      .getByLabel("Why (kept in the audit log)")
      .fill("Ran data platform interviews for three years at his last company");
    await panel.getByRole("button", { name: "Grant qualification" }).click();
    await expect(page.getByRole("status").filter({ hasText: `${PERSON} is now qualified to rate Data` })).toBeVisible();

    // Weekly limit: 3 (blank would be the organisation's default).
    const limit = page.getByRole("form", { name: `Weekly limit for ${PERSON}` });
    await limit.getByLabel("Weekly limit").fill("3");
    await limit.getByRole("button", { name: "Save" }).click();
    await expect(limit.getByText("Saved")).toBeVisible();

    await page.reload();
    await expect(
      matrix.getByRole("button", { name: new RegExp(`^Revoke ${PERSON}'s qualification in Data`) }),
    ).toBeVisible();
    await expect(page.getByRole("form", { name: `Weekly limit for ${PERSON}` }).getByLabel("Weekly limit")).toHaveValue(
      "3",
    );
    await expect(page.getByText(/of 3 this week/)).toBeVisible();
    // A typo is refused, not read as blank (the default): his own limit stays.
    await limit.getByLabel("Weekly limit").fill("3-");
    await limit.getByRole("button", { name: "Save" }).click();
    await expect(limit.getByText(/^Give a whole number of interviews, 0 to 50/)).toBeVisible();
    await page.reload();
    await expect(limit.getByLabel("Weekly limit")).toHaveValue("3");
    await expectNoSidewaysScroll(page, "team readiness, one person");
    await screenshot(page, "readiness-team-granted");

    // Undo both (revoking asks for a reason too), so the demo stays as seeded.
    await matrix.getByRole("button", { name: new RegExp(`^Revoke ${PERSON}'s qualification in Data`) }).click();
    const revoke = page.getByRole("form", { name: new RegExp(`Revoke ${PERSON}'s qualification in Data`) });
    await revoke.getByLabel("Why (kept in the audit log)").fill("Granted in a browser test; undone");
    await revoke.getByRole("button", { name: "Revoke qualification" }).click();
    await expect(
      page.getByRole("status").filter({ hasText: `${PERSON} is no longer qualified to rate Data` }),
    ).toBeVisible();
    await expect(
      matrix.getByRole("button", { name: new RegExp(`^Grant ${PERSON} a qualification in Data`) }),
    ).toBeVisible();
    // He trains again: the cell says since when his seats and calibration count.
    await expect(matrix.getByText(/^revoked .+: counts from then$/)).toBeVisible();
    await limit.getByLabel("Weekly limit").fill("");
    await limit.getByRole("button", { name: "Save" }).click();
    await expect(limit.getByText(/Saved: the default/)).toBeVisible();
  });

  test("an admin changes the readiness settings; a wrong pass mark is refused inline", async ({ page }) => {
    await login(page, "admin@example.com");
    const form = page.getByRole("form", { name: "Interviewer readiness" });
    const mark = form.getByLabel("Calibration pass mark (%)");
    const shadows = form.getByLabel("Shadow seats", { exact: true });
    /** Types the values once the form is interactive (a fill before hydration can be lost), saves, and waits for the confirmation. */
    const save = async (pass: string, seats: string) =>
      expect(async () => {
        await mark.fill(pass);
        await shadows.fill(seats);
        await expect(mark).toHaveValue(pass, { timeout: 1000 });
        await form.getByRole("button", { name: "Save readiness settings" }).click();
        await expect(form.getByText(/^Saved\./)).toBeVisible({ timeout: 3000 });
      }).toPass({ timeout: 20_000 });
    await page.goto("/admin");
    await page.waitForLoadState("networkidle");
    await expect(mark).toHaveValue("70");
    await expect(async () => {
      await mark.fill("0");
      await form.getByRole("button", { name: "Save readiness settings" }).click();
      await expect(form.getByText("Give the pass mark as a whole percent, 1 to 100")).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 15_000 });
    await save("75", "3");
    await page.reload();
    await expect(mark).toHaveValue("75");
    await page.goto("/readiness/team");
    await expect(
      page.getByText(/3 shadow and 1 reverse-shadow seats and a calibration exercise passed at 75%/),
    ).toBeVisible();
    // Back to the demo's values.
    await page.goto("/admin");
    await page.waitForLoadState("networkidle");
    await save("70", "2");
  });

  test("the plan editor warns about a stage rated only by an interviewer not yet qualified for its domain @phone", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: "Senior AI Operations Engineer", exact: true }).first().click();
    await page.getByRole("link", { name: "Edit plan" }).click();
    await expect(page.getByRole("heading", { name: "Interview plan" })).toBeVisible();
    const note = page.getByRole("note").filter({ hasText: "Not yet qualified" });
    await expect(note).toHaveCount(1);
    await expect(note).toContainText("would be rated only by Tomás García, who is not yet qualified for it");
    // A warning, not a block.
    await expect(
      page.getByRole("button", { name: "Save draft plan" }).or(page.getByRole("button", { name: /Save as draft/ })),
    ).toBeEnabled();
    await note.scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page, "plan editor with a readiness warning");
    await screenshot(page, "readiness-plan-warning");
  });

  test("the scheduling form shows each interviewer's week against their limit, and a seat to choose", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: "AI Platform Engineer", exact: true }).first().click();
    await page.waitForURL(/\/roles\/[^/]+$/);
    // An active candidate's controls (other tests add and reject candidates on this role).
    await page.goto(`${page.url()}?status=ACTIVE`);
    await page.getByText("Pipeline actions").first().click();
    const form = page.getByRole("form", { name: /^Schedule interviews for / }).first();
    await form.getByLabel("Stage", { exact: true }).selectOption({ label: "Pipeline build exercise" });
    await expect(form.getByText("Choose a date to see their week").first()).toBeVisible();
    const next = new Date(Date.now() + 7 * 86_400_000);
    const local = `${next.getFullYear()}-${String(next.getMonth() + 1).padStart(2, "0")}-${String(next.getDate()).padStart(2, "0")}T10:00`;
    await form.getByLabel(/Date and time/).fill(local);
    // Sam Rivera's own limit is 4 (the default 5).
    const sam = form.getByRole("listitem").filter({ hasText: "Sam Rivera" });
    await expect(sam).toContainText(/\d+ of 4 interviews that week/);
    await sam.getByLabel("Seat for Sam Rivera").selectOption("SHADOW");
    await expect(sam.getByLabel("Seat for Sam Rivera")).toHaveValue("SHADOW");
    await screenshot(page, "readiness-schedule-load");
  });

  test("an interviewer and a recruiter are refused the team page", async ({ page }) => {
    for (const email of ["interviewer@example.com", "recruiter@example.com"]) {
      await login(page, email);
      const res = await page.goto("/readiness/team");
      expect(res?.status(), email).toBe(403);
      await page.context().clearCookies();
    }
  });
});
