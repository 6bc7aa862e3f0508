import path from "node:path";
import fs from "node:fs";
import { expect, login, screenshot, test } from "./fixtures";

test.describe("recruiter", () => {
  test("generates a job description for a seeded role @phone", async ({ page }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline");
    await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
    await page.getByRole("link", { name: "Job description" }).click();
    const jd = page.getByLabel("Job description (Markdown)");
    await expect(jd).toHaveValue(/## What you will do/);
    await expect(jd).toHaveValue(/Level 3 \(Strategic AIOps Architect\) in observability/);
    // Postable: the organisation's own texts are in it, and requirements are not the tasks again.
    await expect(jd).toHaveValue(
      /## About Acme Reliability \(demo\)[\s\S]*## What you bring[\s\S]*## What we offer[\s\S]*## Equal opportunity/,
    );
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await screenshot(page, "job-description");
  });

  test("the job-description editor keeps unsaved text on the device, asks before leaving it, and Regenerate can be undone", async ({
    page: first,
    context,
  }) => {
    await login(first, "recruiter@example.com");
    await first.goto("/pipeline");
    await first.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
    await first.getByRole("link", { name: "Job description" }).click();
    let jd = first.getByLabel("Job description (Markdown)");
    await expect(jd).toHaveValue(/## What you will do/);
    const url = first.url();
    await jd.fill(`Our own opening line.\n${await jd.inputValue()}`);
    // The tab is closed (the unsaved-changes question does not stop that): the text is on the device.
    await first.close({ runBeforeUnload: false });
    const page = await context.newPage();
    await page.goto(url);
    jd = page.getByLabel("Job description (Markdown)");
    await expect(page.getByRole("heading", { name: "Unsaved text restored from this device" })).toBeVisible();
    await expect(jd).toHaveValue(/^Our own opening line\./);
    await screenshot(page, "jd-restored");
    // Signing out names it (it is never sent anywhere).
    await page.getByRole("button", { name: "Sign out" }).click();
    const kept = page.getByRole("dialog", { name: "You have unsaved work on this device" });
    await expect(kept.getByText("One job description has edits that were never saved.")).toBeVisible();
    await expect(
      kept.getByRole("link", { name: "Open the job description of Senior AI Operations Engineer" }),
    ).toBeVisible();
    await kept.getByRole("button", { name: "Stay signed in" }).click();
    await page.getByRole("button", { name: "Regenerate from targets" }).click();
    await expect(jd).not.toHaveValue(/^Our own opening line\./);
    await expect(jd).toHaveValue(/## What you will do/);
    await page.getByRole("button", { name: "Undo regenerate" }).click();
    await expect(jd).toHaveValue(/^Our own opening line\./);
    // A link inside the app asks first; dismissing keeps the page and the text.
    page.once("dialog", (d) => void d.dismiss());
    await page.getByRole("link", { name: "Senior AI Operations Engineer" }).first().click();
    await expect(jd).toHaveValue(/^Our own opening line\./);
    // Saved: leaving asks nothing.
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Saved.", { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Unsaved text restored from this device" })).toHaveCount(0);
    await page.getByRole("link", { name: "Senior AI Operations Engineer" }).first().click();
    await expect(page).not.toHaveURL(/job-description/);
    // Saved: nothing is offered back.
    await page.goto(url);
    await expect(page.getByLabel("Job description (Markdown)")).toHaveValue(/^Our own opening line\./);
    await expect(page.getByRole("heading", { name: "Unsaved text restored from this device" })).toHaveCount(0);
  });

  test("changes a role's salary band and status on the role page, not its targets", async ({ page }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline");
    await page.getByRole("link", { name: "MLOps Engineer, Anomaly Detection" }).first().click();
    await expect(page.getByRole("link", { name: "Edit role" })).toHaveCount(0);
    // A typo is refused, not saved as "no band" (a number field reported "e" as blank).
    await page.getByLabel("Salary from").fill("e");
    await page.getByRole("button", { name: "Save band and status" }).click();
    await expect(page.getByText("Enter a whole amount, e.g. 120000 or 120k")).toBeVisible();
    await expect(page.getByText("Salary band and status saved.")).toHaveCount(0);
    // Written as people write amounts.
    await page.getByLabel("Salary from").fill("$150,000");
    await page.getByLabel("Status", { exact: true }).selectOption("CLOSED");
    // A band in the role's own currency: a team in Berlin pays in euros.
    await page.getByLabel("Currency").selectOption("EUR");
    await page.getByRole("button", { name: "Save band and status" }).click();
    await expect(page.getByText("Salary band and status saved.")).toBeVisible();
    await expect(page.getByText(/€150,000 – €180,000/).first()).toBeVisible();
    await screenshot(page, "role-logistics");
    await page.reload();
    await expect(page.getByLabel("Currency")).toHaveValue("EUR");
    // Put the seeded role back as it was for the other tests.
    await page.getByLabel("Salary from").fill("145000");
    await page.getByLabel("Currency").selectOption("USD");
    await page.getByLabel("Status", { exact: true }).selectOption("OPEN");
    await page.getByRole("button", { name: "Save band and status" }).click();
    await expect(page.getByText(/\$145,000 – \$180,000/)).toBeVisible();
  });

  test("pastes an inflated job description and sees the flags @phone", async ({ page }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline");
    await page.getByRole("link", { name: "AI Platform Engineer" }).first().click();
    await page.getByRole("link", { name: "Job description" }).click();
    await page.getByRole("link", { name: "Check a job description" }).click();
    await page
      .getByLabel("Job description to check")
      .fill(
        [
          "Requirements:",
          "- Define the enterprise telemetry strategy and establish observability standards across the organisation",
          "- Lead cross-functional adoption of AIOps and set the governance framework for all models",
          "- Rockstar ninja who thrives in a fast-paced environment",
          "- 12+ years of experience",
          "- He reports to the chairman of the reliability board",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByRole("heading", { name: /Alignment \d+\/100/ })).toBeVisible();
    await expect(page.getByText("inflation", { exact: true }).first()).toBeVisible();
    await expect(page.getByText("vague", { exact: true }).first()).toBeVisible();
    await expect(page.getByText(/^Line 6: .*chairman/)).toBeVisible();
    // The pronoun is explained once (the job-ad check), not again in retext-equality's raw words.
    await expect(page.getByText(/^Line 6: "He": Pronouns for the candidate/)).toHaveCount(1);
    // The analysed line's card names the same line the warning does.
    const card = page.getByRole("listitem").filter({ hasText: "He reports to the chairman of the reliability board" });
    await expect(card.getByText("Line 6", { exact: true })).toBeVisible();
    await expect(page.getByText(/Unexpected potentially insensitive/)).toHaveCount(0);
    await screenshot(page, "jd-analysis");
    // An edit after analysing says the results are for the earlier text; text that cannot be analysed clears them.
    const box = page.getByLabel("Job description to check");
    await box.fill((await box.inputValue()) + "\n- Configure Grafana dashboards");
    await expect(page.getByText("The text has changed since this analysis")).toBeVisible();
    await box.fill("Too short");
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByText("Paste a job description (at least a few lines)")).toBeVisible();
    await expect(page.getByRole("heading", { name: /Alignment \d+\/100/ })).toHaveCount(0);
    // Past the limit, one message says so (the count under the box), not the schema's as well.
    const long = "- Run the on-call rotation for the platform\n".repeat(1200);
    await box.fill(long);
    await page.getByRole("button", { name: "Analyse" }).click();
    const over = (long.length - 50_000).toLocaleString("en");
    await expect(page.getByText(`${over} characters over the 50,000 limit: shorten it to analyse.`)).toBeVisible();
    await expect(page.getByText(/too long/)).toHaveCount(0);
    await expect(box).toHaveAttribute("aria-invalid", "true");
    // A German ad: the checks read English only, so it gets no score beside the warning.
    await box.fill(
      [
        "Wir suchen eine erfahrene Person für unser Plattform-Team.",
        "- Du betreibst die Beobachtbarkeit unserer Dienste und entwickelst sie weiter",
        "- Du arbeitest mit den Teams für Daten und Sicherheit zusammen",
        "- Erfahrung mit Kubernetes und Terraform ist von Vorteil",
      ].join("\n"),
    );
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByRole("heading", { name: "Alignment not scored" })).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: "does not read as English" })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Alignment \d+\/100/ })).toHaveCount(0);
  });

  test("analyses a pasted ad with an inline 'Nice to have:' and a Director title asking Level 1 work", async ({
    page,
  }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline");
    await page.getByRole("link", { name: "AI Platform Engineer" }).first().click();
    await page.getByRole("link", { name: "Job description" }).click();
    await page.getByRole("link", { name: "Check a job description" }).click();
    await page
      .getByLabel("Job description to check")
      .fill(
        [
          "Director of Security Engineering",
          "",
          "Responsibilities:",
          "- Follow the information security policy when handling customer data.",
          "- Use the SIEM to check login alerts every morning and escalate anything unusual.",
          "- Keep the access review spreadsheet up to date for the quarterly audit.",
          "- Apply Kubernetes RBAC baselines from the security team. Nice to have: experience with OPA Gatekeeper policies.",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByRole("heading", { name: /Alignment \d+\/100/ })).toBeVisible();
    await expect(page.getByText(/Title checked: “Director of Security Engineering” \(from the text\)/)).toBeVisible();
    await expect(page.getByText(/Title says "Director" but the text asks nothing above Level 1/)).toBeVisible();
    // The inline nice-to-have is its own line, marked optional, and read as security work.
    const nice = page
      .getByRole("listitem")
      .filter({ hasText: "Nice to have: experience with OPA Gatekeeper policies." });
    await expect(nice).toHaveCount(1);
    await expect(nice.getByText("nice to have", { exact: true })).toBeVisible();
    await expect(nice.getByText(/security & governance/)).toBeVisible();
    const required = page
      .getByRole("listitem")
      .filter({ hasText: /^Apply Kubernetes RBAC baselines from the security team\./ });
    await expect(required.getByText("nice to have", { exact: true })).toHaveCount(0);
    await screenshot(page, "jd-analysis-director");

    // An ad pasted as HTML (a careers page's source) is read as its lines, not as one line.
    await page
      .getByLabel("Job description to check")
      .fill(
        "<h2>Requirements</h2><ul><li>Build Grafana dashboards for every service</li>" +
          "<li>Run Terraform &amp; Ansible to provision clusters</li></ul><p>We offer a hybrid week.</p>",
      );
    await page.getByRole("button", { name: "Analyse" }).click();
    await expect(page.getByText(/^Read as HTML: tags removed/)).toBeVisible();
    const analysed = page.getByRole("region", { name: /Alignment/ }).getByRole("listitem");
    await expect(analysed.filter({ hasText: /^Build Grafana dashboards for every service/ })).toHaveCount(1);
    await expect(analysed.filter({ hasText: /^Run Terraform & Ansible to provision clusters/ })).toHaveCount(1);
    await expect(analysed.filter({ hasText: /<li>|<\/?ul>|&amp;/ })).toHaveCount(0);
    await screenshot(page, "jd-analysis-html");

    // An ad pasted from a word processor: Roman numerals and the "o" of a sub-list as list marks, and
    // prose duties led in by a time or an occasion without a comma. Every duty is its own line.
    await page
      .getByLabel("Job description to check")
      .fill(
        [
          "Head of Information Security",
          "",
          "Your role",
          "The Head of Information Security reports to the Director General. Every morning you look at the firewall logs and decide which ones matter. During an incident you launch the scripts of the playbook that collect the evidence.",
          "",
          "Missions",
          "i. Write Wazuh rules for failed logins to the ERP",
          "ii. Run the dependency scanners in GitLab CI and read their results",
          "",
          "In practice you will:",
          "o Review the access rights of the ERP each quarter and remove the old ones",
        ].join("\n"),
      );
    await page.getByRole("button", { name: "Analyse" }).click();
    for (const line of [
      /^Every morning you look at the firewall logs/,
      /^During an incident you launch the scripts/,
      /^Write Wazuh rules for failed logins/,
      /^Run the dependency scanners in GitLab CI/,
      /^Review the access rights of the ERP each quarter/,
    ])
      await expect(analysed.filter({ hasText: line }), String(line)).toHaveCount(1);
    await expect(analysed.filter({ hasText: /^(?:ii?\.|o) / })).toHaveCount(0);

    // The pasted ad survives a reload (this tab keeps it), and the role's own text is one click away.
    const box = page.getByLabel("Job description to check");
    const pasted = await box.inputValue();
    await page.reload();
    await expect(box).toHaveValue(pasted);
    await expect(page.getByText(/The text you were checking in this tab was kept/)).toBeVisible();
    await page.getByRole("button", { name: "Start again from the role's job description" }).click();
    await expect(box).not.toHaveValue(pasted);
    await expect(box).toHaveValue(/AI Platform Engineer/);
    await page.reload();
    await expect(box).toHaveValue(/AI Platform Engineer/);
    await expect(page.getByText(/The text you were checking in this tab was kept/)).toHaveCount(0);
  });

  test("imports a CSV with a bad row, sees the row error, then imports the good rows", async ({ page }, info) => {
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline/import");
    const file = path.join(info.outputDir, "candidates.csv");
    fs.mkdirSync(info.outputDir, { recursive: true });
    fs.writeFileSync(
      file,
      "name,email,role,source\nKai Nakamura,kai.nakamura@example.org,AI Platform Engineer,Referral\nBroken Row,not-an-email,AI Platform Engineer,LinkedIn\n",
    );
    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByRole("button", { name: /Preview/ }).click();
    // The preview is a table on a desktop and cards on a phone: the one shown at this width.
    await expect(page.getByText("Line 3, email: Enter a valid email address").filter({ visible: true })).toBeVisible();
    await expect(page.getByText("1 new").filter({ visible: true })).toBeVisible();
    await screenshot(page, "csv-preview");
    await page.getByRole("button", { name: "Import 1 candidate" }).click();
    await expect(page.getByText(/Imported 1 new candidate and 1 application; 1 row skipped\./)).toBeVisible();
    // The picker is empty again: the same file chosen again (corrected) is a new choice.
    expect(await page.getByLabel("CSV file").inputValue()).toBe("");
    await expect(page.getByRole("button", { name: "Preview", exact: true })).toBeDisabled();
    // The same file again: its good row is in now, so nothing is left to import, and no button offers 0.
    await page.getByLabel("CSV file").setInputFiles(file);
    await page.getByRole("button", { name: /Preview/ }).click();
    await expect(page.getByText("Nothing to import: every row is skipped.")).toBeVisible();
    await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
    await page.goto("/pipeline");
    await expect(page.getByRole("link", { name: "Kai Nakamura" })).toBeVisible();
  });

  test("exports and erases a candidate", async ({ page }) => {
    await login(page, "recruiter@example.com");
    await page.goto("/pipeline");
    await page.getByRole("link", { name: "Elena Rossi" }).click();
    // A POST from the page's form (the export is audited): the file downloads, the page stays.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export data (JSON)" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^candidate-.+\.json$/);
    expect(JSON.parse(fs.readFileSync((await file.path())!, "utf8")).candidate.email).toBe("elena.rossi@example.org");
    await expect(page.getByRole("heading", { name: "Elena Rossi" })).toBeVisible();
    await page.getByRole("button", { name: "Erase personal data" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Erase" }).click();
    await expect(page.getByRole("heading", { name: "Erased candidate" })).toBeVisible();
    await screenshot(page, "candidate-erased");
  });

  test("a recruiter off the role's team is sent to the pipeline board, not told about interviews", async ({ page }) => {
    await login(page, "casey@example.com");
    await page.goto("/pipeline");
    await page.getByRole("link", { name: "AI Platform Engineer", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: "AI Platform Engineer" })).toBeVisible();
    const boardUrl = page.url().replace("/roles/", "/pipeline/roles/");
    await expect(page.getByText(/^You are not on this role's hiring team/)).toBeVisible();
    await expect(page.getByText(/You have no interviews on this role yet/)).toHaveCount(0);
    await page.getByRole("link", { name: "pipeline board", exact: true }).click();
    await expect(page).toHaveURL(boardUrl);
  });
});
