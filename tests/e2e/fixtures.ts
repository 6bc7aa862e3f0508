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
