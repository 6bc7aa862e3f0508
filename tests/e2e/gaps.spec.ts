import { expect, login, screenshot, test, openFirstOpenInterview } from "./fixtures";

test.describe("gap charts and debrief", () => {
  test("a manager reads a candidate's radar and gaps, compares candidates, records a decision and downloads the CSV @phone", async ({
    page,
  }, info) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
    await page.getByRole("link", { name: "Compare candidates" }).click();
    await expect(page.getByRole("heading", { name: "Gap heat map" })).toBeVisible();
    await expect(page.locator("table").first().getByRole("row")).toHaveCount(5); // header + 4 candidates
    await screenshot(page, "role-compare");

    // The scores CSV is a real download from the page's link.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Download scores (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await (
      await download.createReadStream()
    )
      .toArray()
      .then((chunks) => Buffer.concat(chunks).toString("utf8"));
    // UTF-8 byte-order mark first, so Excel reads "Bergström" as UTF-8 (lib/exports/csv-response.ts).
    expect(csv.split("\n")[0]).toMatch(/^\uFEFFcandidate,application_id,domain,target,interviewer/);

    await page.locator("table").first().getByRole("row").nth(1).getByRole("link").click();
    await expect(page.getByRole("heading", { name: "Target vs. consensus" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Gap by domain" })).toBeVisible();
    // The charts are drawn when they come on screen (below the first screen on a phone).
    await page.getByRole("img", { name: /^Radar chart/ }).scrollIntoViewIfNeeded();
    await page.getByRole("img", { name: /^Bar chart/ }).scrollIntoViewIfNeeded();
    await expect(page.locator(".recharts-wrapper")).toHaveCount(2); // radar and gap bars
    await expect(page.locator(".recharts-bar-rectangle").first()).toBeVisible();
    await expect(page.getByRole("table").filter({ hasText: "Consensus" }).first()).toBeVisible();
    await page.getByRole("checkbox").first().check();
    await screenshot(page, "candidate");

    await page.getByRole("link", { name: "Debrief" }).click();
    await expect(page.getByRole("heading", { name: "Where the panel disagrees" })).toBeVisible();
    const rationale = `Strong telemetry depth; automation evidence thin. Follow-up on runbook integration (${info.project.name}).`;
    await page.getByText("Hold", { exact: true }).click();
    await page.getByLabel("Rationale").fill(rationale);
    await page.getByRole("button", { name: "Record decision" }).click();
    await expect(page.getByText("Decision recorded.")).toBeVisible();
    await screenshot(page, "debrief");

    // Kept: after a reload the form holds it, and the audit log has it.
    await page.reload();
    await expect(page.getByLabel("Rationale")).toHaveValue(rationale);
    // Recorded: nothing is left on the device to offer back.
    await expect(page.getByRole("heading", { name: "Your decision, not recorded yet" })).toHaveCount(0);
    await login(page, "admin@example.com");
    await page.goto("/admin/audit?action=application.decided");
    await expect(
      page
        .getByRole("listitem")
        .filter({ hasText: /recorded a decision on/ })
        .first(),
    ).toBeVisible();
  });

  test("the role's score CSV downloads for the manager and is refused to an interviewer", async ({ page }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
    await page.waitForURL(/\/roles\/[^/]+$/);
    const roleId = page.url().split("/roles/")[1]!;
    const res = await page.request.get(`/api/roles/${roleId}/scores.csv`);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/csv");
    const body = await res.text();
    expect(body.split("\n")[0]).toContain("candidate,application_id,domain,target,interviewer");
    expect(body.split("\n").length).toBeGreaterThan(10);
    await login(page, "interviewer@example.com");
    expect((await page.request.get(`/api/roles/${roleId}/scores.csv`)).status()).toBe(404);
  });

  test("an interviewer who has not submitted is refused the panel's feedback, and sees it after submitting @phone", async ({
    page,
  }, info) => {
    // A different interviewer per project: each run submits the scorecard it opens.
    const [email, name] =
      info.project.name === "phone" ? ["tomas@example.com", "Tomás García"] : ["kwame@example.com", "Kwame Mensah"];
    await openFirstOpenInterview(page, email);
    const interviewUrl = page.url();
    const candidate = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
    const roleTitle = (await page.locator("header p").first().textContent())!.split(" · ")[0]!;

    await login(page, "admin@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: roleTitle, exact: true }).click();
    await page.waitForURL(/\/roles\/.+/);
    const candidateUrl = await page.getByRole("link", { name: candidate, exact: true }).getAttribute("href");

    await login(page, email);
    await page.goto(candidateUrl!);
    await expect(page.getByText(/stays hidden until you have submitted your own scorecard/)).toBeVisible();
    await expect(page.locator(".recharts-surface")).toHaveCount(0);
    await screenshot(page, "feedback-hidden");

    await page.goto(interviewUrl);
    const sections = page.locator("section[aria-labelledby^='d-']");
    const count = await sections.count();
    for (let i = 0; i < count; i++) {
      await sections.nth(i).getByText("Level 1", { exact: true }).click();
      await sections
        .nth(i)
        .getByRole("textbox", { name: "Evidence" })
        .fill("Explained basic alert rules and where she would escalate; no pipeline design experience yet.");
    }
    await page.getByText("No", { exact: true }).click();
    await page.getByRole("button", { name: "Submit scorecard" }).click();
    await expect(page.getByRole("link", { name: "See the panel's feedback" })).toBeVisible();
    await page.goto(candidateUrl!);
    await expect(page.getByRole("heading", { name: "Target vs. consensus" })).toBeVisible();
    await expect(page.getByRole("checkbox", { name })).toBeVisible(); // their own line on the radar
  });
});

test("two people deciding at once: the one refused sees the decision recorded meanwhile, keeps their rationale and can replace it", async ({
  browser,
}) => {
  const [a, b] = [await browser.newContext(), await browser.newContext()];
  try {
    const [pageA, pageB] = [await a.newPage(), await b.newPage()];
    await login(pageA, "manager@example.com");
    await login(pageB, "admin@example.com");
    await pageA.goto("/roles");
    await pageA.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
    await pageA.getByRole("link", { name: "Compare candidates" }).click();
    await pageA.locator("table").first().getByRole("row").nth(2).getByRole("link").click();
    await pageA.getByRole("link", { name: "Debrief" }).click();
    await expect(pageA.getByRole("button", { name: "Record decision" })).toBeVisible();
    await pageB.goto(pageA.url());
    await expect(pageB.getByRole("button", { name: "Record decision" })).toBeVisible();

    await pageA.getByText("Hold", { exact: true }).click();
    await pageA.getByLabel("Rationale").fill("Jordan: hold until the reference check is back from the last employer.");
    await pageA.getByRole("button", { name: "Record decision" }).click();
    await expect(pageA.getByText("Decision recorded.")).toBeVisible();

    const mine = "Alex: hold, and ask for a second systems design round before deciding.";
    await pageB.getByText("Hold", { exact: true }).click();
    await pageB.getByLabel("Rationale").fill(mine);
    await pageB.getByRole("button", { name: "Record decision" }).click();
    await expect(pageB.getByText(/The page now shows theirs/)).toBeVisible();
    // Without a reload: the page shows the decision recorded meanwhile, and the form keeps what was typed.
    await expect(pageB.getByText(/Recorded: hold, by Jordan Lee/)).toBeVisible();
    await expect(pageB.getByText("The rationale recorded now")).toBeVisible();
    await expect(pageB.getByText(/Jordan: hold until the reference check/).first()).toBeVisible();
    // The recorded words stand apart from the form's box, which holds this tab's own (round W).
    await expect(pageB.getByRole("figure", { name: "Rationale recorded" })).toContainText(
      "Jordan: hold until the reference check",
    );
    await expect(pageB.getByLabel("Rationale")).toHaveValue(mine);
    await pageB.getByRole("button", { name: "Record decision" }).click();
    await expect(pageB.getByText("Decision recorded.")).toBeVisible();
    await expect(pageB.getByText(/Recorded: hold, by Alex Morgan/)).toBeVisible();
    await expect(pageB.getByRole("figure", { name: "Rationale recorded" })).toContainText(mine);
    await pageB.reload();
    await expect(pageB.getByLabel("Rationale")).toHaveValue(mine);
    await expect(pageB.getByRole("heading", { name: "Your decision, not recorded yet" })).toHaveCount(0);

    // Typed, not recorded: a reload (or a closed tab) does not lose it (components/candidates/decision-copies.ts).
    const asked: string[] = [];
    pageB.on("dialog", (d) => {
      asked.push(d.type());
      void d.accept(); // "leave with unsaved changes?" on the reload
    });
    const second = "Alex: on second thoughts, no hire: the design round went badly.";
    await pageB.getByText("No hire", { exact: true }).click();
    await pageB.getByLabel("Rationale").fill(second);
    await pageB.reload();
    expect(asked).toContain("beforeunload");
    await expect(pageB.getByRole("heading", { name: "Your decision, not recorded yet" })).toBeVisible();
    await expect(pageB.getByLabel("Rationale")).toHaveValue(second);
    await expect(pageB.getByRole("radio", { name: "No hire" })).toBeChecked();
    // Discard puts back what is recorded.
    await pageB.getByRole("button", { name: "Discard it" }).click();
    await expect(pageB.getByRole("radio", { name: "Hold" })).toBeChecked();
    await expect(pageB.getByLabel("Rationale")).toHaveValue(mine);
    await pageB.reload();
    await expect(pageB.getByRole("heading", { name: "Your decision, not recorded yet" })).toHaveCount(0);
  } finally {
    await a.close();
    await b.close();
  }
});
