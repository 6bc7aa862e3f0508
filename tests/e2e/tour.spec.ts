// Visits every page as its user, at desktop and phone width, and keeps a screenshot of each
// (test-results/screens). Also asserts no page answers with an error.
import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";

test("every page renders for its user, without sideways scrolling on a phone @phone", async ({ page }, info) => {
  test.setTimeout(120_000);
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.waitForURL(/\/roles\/[^/]+$/);
  const roleUrl = page.url();
  const candidateUrl = await page.getByRole("link", { name: "Amara Okafor" }).getAttribute("href");
  const kitUrl = await page.getByRole("link", { name: "Printable interview kit" }).first().getAttribute("href");
  const pages: [string, string][] = [
    ["roles", "/roles"],
    ["role", roleUrl],
    ["role-compare", `${roleUrl}/compare`],
    ["role-plan", `${roleUrl}/plan`],
    ["role-edit", `${roleUrl}/edit`],
    ["role-kit", kitUrl!],
    ["role-jd", `${roleUrl}/job-description`],
    ["role-new", "/roles/new"],
    ["candidate", candidateUrl!],
    ["debrief", `${candidateUrl}/debrief`],
    ["packet", `${candidateUrl}/packet`],
    ["calibration", "/calibration"],
    ["questions", "/questions"],
    ["matrix", "/matrix?cluster=platform"],
    ["tokens", "/settings/tokens"],
  ];
  for (const [name, url] of pages) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    await screenshot(page, `tour-${name}`);
    if (info.project.name === "phone") await expectNoSidewaysScroll(page, name);
  }
  await login(page, "recruiter@example.com");
  for (const [name, url] of [
    ["pipeline", "/pipeline"],
    ["import", "/pipeline/import"],
    ["board", roleUrl.replace("/roles/", "/pipeline/roles/")],
  ] as const) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    await screenshot(page, `tour-${name}`);
    if (info.project.name === "phone") await expectNoSidewaysScroll(page, name);
  }
  await page.goto("/pipeline");
  await page.locator('a[href^="/pipeline/candidates/"]').first().click();
  await page.waitForURL(/\/pipeline\/candidates\//);
  await screenshot(page, "tour-pipeline-candidate");
  await login(page, "admin@example.com");
  await page.goto("/admin");
  await screenshot(page, "tour-admin");
  for (const [name, url] of [
    ["admin-matrix", "/admin/matrix"],
    ["admin-matrix-draft", "/admin/matrix/draft"],
  ] as const) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBeLessThan(400);
    await screenshot(page, `tour-${name}`);
    if (info.project.name === "phone") await expectNoSidewaysScroll(page, name);
  }
  // The draft editor itself, then thrown away so later tests see no draft.
  await page.getByRole("button", { name: "Start a draft" }).click();
  await expect(page.getByRole("button", { name: "Discard draft" })).toBeVisible();
  await screenshot(page, "tour-admin-matrix-draft-editor");
  await page.getByRole("button", { name: "Discard draft" }).click();
  await page.getByRole("button", { name: "Discard", exact: true }).click();
  await page.waitForURL(/\/admin\/matrix$/);
  // Filtered to submissions: every sign-in writes an audit event, so the first unfiltered page depends on
  // how many specs ran before this one.
  expect((await page.goto("/admin/audit?action=scorecard.submitted"))?.status()).toBeLessThan(400);
  await expect(page.getByText(/ submitted the .+ scorecard for /).first()).toBeVisible();
  await screenshot(page, "tour-audit");
});

test("signing out names unsaved interview-plan edits on this device and asks first @phone", async ({ page }) => {
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.waitForURL(/\/roles\/[^/]+$/);
  const roleUrl = page.url();
  await page.goto(`${roleUrl}/plan`);
  // Filled again if the editor's hydration on a slow phone put its own value back meanwhile.
  await expect(async () => {
    await page.getByLabel("Stage 1 name").fill("Renamed, never saved");
    await expect(page.getByLabel("Stage 1 name")).toHaveValue("Renamed, never saved", { timeout: 1000 });
  }).toPass();
  await expect(page.getByText("Unsaved changes (kept on this device until you save).")).toBeVisible();
  // Leave the editor (its own guard asks; yes), then sign out from elsewhere.
  page.on("dialog", (d) => void d.accept());
  await page.goto("/roles");
  await page.getByRole("button", { name: "Sign out" }).click();
  const dialog = page.getByRole("dialog", { name: "You have unsaved work on this device" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("One interview plan has edits that were never saved.");
  const open = dialog.getByRole("link", { name: "Open the interview plan of Senior AI Operations Engineer" });
  expect(new URL(roleUrl).pathname + "/plan").toBe(await open.getAttribute("href"));
  await screenshot(page, "tour-sign-out-plan-copy");
  // Staying keeps everything; the plan page still offers the copy back.
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await page.goto(`${roleUrl}/plan`);
  await expect(page.getByLabel("Stage 1 name")).toHaveValue("Renamed, never saved");
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete it and sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("aiops-plan:")))).toEqual([]);
});

test("every limited text box shows its limit where the person types, and says when it is over @phone", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await login(page, "manager@example.com");
  await page.goto("/roles/new");
  await page.getByRole("link", { name: "Site Reliability Engineer" }).click();
  const title = page.getByLabel("Title");
  await expect(title).toHaveAccessibleDescription(/\d+ \/ 120 characters/);
  await expect(page.getByLabel("Seniority")).toHaveAccessibleDescription(/\/ 40 characters/);
  await expect(page.getByLabel("Location")).toHaveAccessibleDescription(/\/ 120 characters/);
  await title.fill("T".repeat(125));
  await expect(page.getByText("5 characters over the 120 limit: Shorten it to save.")).toBeVisible();
  // One message for one problem: the count's line, not the schema's "Keep the title under 120 characters" as well.
  await expect(page.getByText("Keep the title under 120 characters")).toHaveCount(0);
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await screenshot(page, "tour-limit-role-title");

  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.waitForURL(/\/roles\/[^/]+$/);
  const roleUrl = page.url();
  await page.goto(`${roleUrl}/plan`);
  await expect(page.getByLabel("Stage 1 name")).toHaveAccessibleDescription(/\/ 80 characters/);
  await page.goto(`${roleUrl}/job-description/analyse`);
  await expect(page.getByLabel("Job description to check")).toHaveAccessibleDescription(/\/ 50,000 characters/);

  await page.goto("/questions");
  await page.getByText("Add a question").click();
  await expect(page.getByLabel("Question", { exact: true })).toHaveAccessibleDescription(/0 \/ 500 characters/);
  await expect(page.getByLabel("A Level 1 answer sounds like").first()).toHaveAccessibleDescription(
    /\/ 600 characters/,
  );
  // Near the limit a screen reader hears it once (a polite live region), not at every keystroke.
  await page.getByLabel("Question", { exact: true }).fill("q".repeat(460));
  await expect(page.getByText("Near the 500-character limit.")).toBeAttached();
  await screenshot(page, "tour-limit-question");

  await login(page, "admin@example.com");
  await page.goto("/admin");
  await expect(page.getByLabel("Name", { exact: true })).toHaveAccessibleDescription(/0 \/ 120 characters/);
  await expect(page.getByLabel("What we offer")).toHaveAccessibleDescription(/\/ 3,000 characters/);
  await expect(page.getByLabel("Equal-opportunity statement")).toHaveAccessibleDescription(/\/ 2,000 characters/);
});

test("CSV import refuses files it cannot read, whole and with the reason; the preview reads as cards on a phone @phone", async ({
  page,
}, info) => {
  test.setTimeout(120_000);
  await login(page, "recruiter@example.com");
  await page.goto("/pipeline/import");
  const file = page.getByLabel("CSV file");
  const choose = (name: string, text: string | Buffer) =>
    file.setInputFiles({ name, mimeType: "text/csv", buffer: typeof text === "string" ? Buffer.from(text) : text });
  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1,
  ]);
  await choose("photo.csv", png);
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText(
    "This file is not CSV text: it looks like an image.",
  );
  await choose("empty.csv", "");
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toContainText("empty.csv is empty");
  await choose("header.csv", "name,email\n");
  await page.getByRole("button", { name: /Preview/ }).click();
  await expect(page.getByText("The file has a header line but no candidates")).toBeVisible();
  // Refused whole: its reason, not counts of nothing beside "Import 0 candidates".
  await expect(page.getByRole("heading", { name: "This file cannot be imported" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
  await choose(
    "quote.csv",
    'name,email\nAda Quote,ada.q@example.org\n"Bo Quote,bo.q@example.org\nCy Quote,cy.q@example.org\n',
  );
  await page.getByRole("button", { name: /Preview/ }).click();
  await expect(page.getByText(/Line 3: a value opens a quote/)).toBeVisible();
  // Excel's "CSV (Comma delimited)" on Windows: Windows-1252, not UTF-8. Read as such, with a note.
  await choose("excel.csv", Buffer.from("name,email\nJos\xe9 Mart\xednez,jose.m@example.org\n", "latin1"));
  await expect(page.getByRole("status").filter({ hasText: "read as Windows-1252" })).toBeVisible();
  await page.getByRole("button", { name: /Preview/ }).click();
  await expect(page.getByText("José Martínez").locator("visible=true").first()).toBeVisible();
  await choose(
    "rows.csv",
    "name,email,headline\nB,b.one@example.org,x\nDana Card,dana.card@example.org,SRE at a very long company name that wraps\n",
  );
  await expect(page.getByRole("status").filter({ hasText: "read as Windows-1252" })).toHaveCount(0);
  await page.getByRole("button", { name: /Preview/ }).click();
  await expect(page.getByText("Name is too short").locator("visible=true").first()).toBeVisible();
  await screenshot(page, "tour-csv-preview");
  if (info.project.name === "phone") {
    await expect(page.getByRole("list", { name: "Import preview" })).toBeVisible();
    await expectNoSidewaysScroll(page, "csv preview");
  }
});

test("evidence and notes follow their own writing direction (right-to-left evidence)", async ({ page }) => {
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.getByRole("link", { name: "Amara Okafor" }).click();
  const evidence = page.locator("article li p[dir=auto]");
  await expect(evidence.first()).toBeVisible();
  expect(await evidence.count()).toBeGreaterThan(1);
});

test.describe("the interviewer's time zone, for emails", () => {
  test.use({ timezoneId: "Asia/Tokyo" });
  test("is recorded from the browser once, and not again while it is unchanged", async ({ page }) => {
    const actionPosts: string[] = [];
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) actionPosts.push(r.url());
    });
    await login(page, "interviewer@example.com");
    const recorded = page.waitForResponse(
      (r) => r.request().method() === "POST" && !!r.request().headers()["next-action"],
    );
    await page.goto("/interviews");
    expect((await recorded).status()).toBe(200);
    const after = actionPosts.length;
    await page.goto("/interviews");
    await page.goto("/matrix");
    await page.waitForTimeout(1500);
    expect(actionPosts.length, "no second call while the stored zone matches").toBe(after);
  });
});

test("the radar's level numbers do not run into the domain labels on a phone @phone", async ({ page }) => {
  await login(page, "manager@example.com");
  await page.goto("/roles");
  await page.getByRole("link", { name: "Senior AI Operations Engineer" }).click();
  await page.getByRole("link", { name: "Amara Okafor" }).click();
  // The drawing loads when its box comes on screen.
  await page.getByRole("img", { name: /^Radar chart/ }).scrollIntoViewIfNeeded();
  await expect(page.locator(".recharts-polar-radius-axis-tick").first()).toBeVisible();
  const overlaps = await page.evaluate(() => {
    const boxes = (sel: string) =>
      [...document.querySelectorAll(sel)].map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0);
    const levels = boxes(".recharts-polar-radius-axis-tick text");
    const labels = boxes(".recharts-polar-angle-axis-tick text, .recharts-polar-angle-axis-tick tspan");
    const hit = (a: DOMRect, b: DOMRect) =>
      a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    return levels.length === 0 ? -1 : levels.filter((l) => labels.some((d) => hit(l, d))).length;
  });
  expect(overlaps).toBe(0);
  await screenshot(page, "tour-radar");
});
