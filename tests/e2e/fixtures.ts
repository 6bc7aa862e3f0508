import { test as base, expect, type Page } from "@playwright/test";

export { expect };

/** This test's Content-Security-Policy violations, from every page watched (set by the fixture below). */
let violations: string[] = [];

/** Watches a page for Content-Security-Policy violations; the fixture's own page is watched already. */
export function watchCsp(page: Page) {
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return page;
}

/**
 * Every test's page runs under the app's Content-Security-Policy (proxy.ts) and fails on any
 * violation the browser reports, so a change that needs an inline script or a foreign origin
 * is caught here rather than by users with a blank page. Pages of extra browser contexts join
 * in with `watchCsp`.
 */
export const test = base.extend<{ cspViolations: void }>({
  cspViolations: [
    async ({ page }, use) => {
      violations = [];
      watchCsp(page);
      await use();
      expect(violations.splice(0), "Content-Security-Policy violations in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export const DEMO_PASSWORD = "demo-password";

/** Signs in through next-auth's credentials endpoint (no form clicking), sharing cookies with the page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  const csrf = await page.request.get("/api/auth/csrf");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await page.request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true", callbackUrl: "/" },
  });
  expect(res.ok()).toBeTruthy();
}

/** Signs in as `email` and opens the first interview of My interviews still to score (drafts, overdue, to do); its URL. */
export async function openFirstOpenInterview(page: Page, email: string): Promise<string> {
  await login(page, email);
  await page.goto("/interviews");
  await page
    .getByRole("region", { name: /Drafts|Overdue|To do/ })
    .getByRole("link")
    .first()
    .click();
  await page.waitForURL(/\/interviews\/.+/);
  return page.url();
}

/** Opens a role's page from the roles list; its path. */
export async function openRole(page: Page, title: string): Promise<string> {
  await page.goto("/roles");
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.waitForURL(/\/roles\/[^/]+$/);
  return new URL(page.url()).pathname;
}

/** Adds a candidate on the role page at `url` (a unique email each time). */
export async function addCandidate(page: Page, url: string, name: string) {
  await page.goto(url);
  await page.getByText("Add a candidate").click();
  await page.getByRole("textbox", { name: "Name", exact: true }).fill(name);
  await page
    .getByRole("textbox", { name: "Email", exact: true })
    .fill(`${name.toLowerCase().replace(/\W+/g, ".")}.${Date.now()}@example.org`);
  await page.getByRole("button", { name: "Add candidate" }).click();
  await expect(page.getByText(`${name} added.`)).toBeVisible();
}

/** The candidate's row on the role page, found by the list's search, with its pipeline actions open. */
export async function openRow(page: Page, url: string, name: string) {
  await page.goto(`${url}?q=${encodeURIComponent(name)}`);
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name, exact: true }) });
  await row.getByText("Pipeline actions").click();
  return row;
}

/**
 * An interview of the interviewer's own that started an hour ago, on a new candidate: the role's
 * owner adds the candidate and schedules `stage` (whose panel must be the interviewer alone, or the
 * others get interviews too). For tests that submit: the demo's open interviews run out as the
 * suite submits them, and a retried test must not land on one that has not started. Signs in as
 * the interviewer and opens the scorecard; its URL.
 */
export async function openNewStartedInterview(
  page: Page,
  {
    owner,
    role,
    stage,
    candidate,
    interviewer,
  }: { owner: string; role: string; stage: string; candidate: string; interviewer: string },
): Promise<string> {
  await login(page, owner);
  const url = await openRole(page, role);
  await addCandidate(page, url, candidate);
  const row = await openRow(page, url, candidate);
  const form = row.getByRole("form", { name: `Schedule interviews for ${candidate}` });
  // The candidate's current stage reads "<name> (current stage)".
  const stageField = form.getByLabel("Stage", { exact: true });
  await stageField.selectOption((await stageField.locator("option", { hasText: stage }).getAttribute("value"))!);
  // An hour ago in the browser's own zone (the field is a datetime-local).
  const anHourAgo = await page.evaluate(() => {
    const d = new Date(Date.now() - 3600_000);
    const pad = (n: number) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
  });
  await form.getByLabel(/^Date and time/).fill(anHourAgo);
  await form.getByRole("button", { name: "Schedule interviews" }).click();
  await expect(form.getByRole("status")).toContainText(`${stage}: scheduled 1 new interview`);
  await page.context().clearCookies();
  await login(page, interviewer);
  await page.goto("/interviews");
  await page.getByRole("region", { name: /To do/ }).getByRole("link", { name: candidate }).first().click();
  await page.waitForURL(/\/interviews\/.+/);
  return page.url();
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({
    path: `test-results/screens/${name}-${page.viewportSize()?.width ?? 0}.png`,
    fullPage: true,
  });
}

/** The page must not scroll sideways (wide tables scroll inside their own region instead). */
export async function expectNoSidewaysScroll(page: Page, where: string) {
  const overflow = await page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width + 1) return [];
    const scrolls = (el: Element | null): boolean => {
      for (let e = el?.parentElement; e; e = e.parentElement) {
        const o = getComputedStyle(e).overflowX;
        if (o === "auto" || o === "scroll" || o === "hidden") return true;
      }
      return false;
    };
    const culprits = [...document.querySelectorAll("body *")].filter(
      (e) => e.getBoundingClientRect().right > width + 1,
    );
    const outside = culprits.filter((e) => !scrolls(e));
    // Absolutely positioned children of a scroll box escape it unless the box is positioned.
    return (outside.length ? outside : culprits)
      .slice(0, 5)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 60)} (${Math.round(e.getBoundingClientRect().right)}px > ${width}px)`,
      )
      .concat(`document ${document.documentElement.scrollWidth}px wide`);
  });
  expect(overflow, `${where} scrolls sideways: ${overflow.join("; ")}`).toEqual([]);
}
