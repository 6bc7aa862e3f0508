import { expect, expectNoSidewaysScroll, login, screenshot, test } from "./fixtures";
import { encodeCursor } from "../../lib/paging/cursor";

// scripts/e2e-server.sh seeds "Reliability Engineer (volume hiring)" with 180 scored candidates.
const ROLE = "Reliability Engineer (volume hiring)";

test.describe("a large role", () => {
  test("a manager pages through the comparison, sorts and filters it, and opens a candidate from page 3 @phone", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: ROLE }).click();
    await expect(page.getByRole("heading", { name: /Candidates/ })).toBeVisible();
    // The role page pages its candidates too: 50 of 180.
    await expect(page.getByRole("navigation", { name: "Candidate pages", exact: true })).toContainText("1–50 of 180");
    await screenshot(page, "large-role");
    await page.getByRole("link", { name: "Compare candidates" }).click();
    await expect(page.getByRole("heading", { name: "Gap heat map" })).toBeVisible();
    const pager = page.getByRole("navigation", { name: "Candidate pages", exact: true });
    await expect(pager).toContainText("1–50 of 180");
    await expect(page.locator("table").first().locator("tbody tr")).toHaveCount(50);
    // Candidates whose feedback the manager sees read their real outcome: no "closed, outcome not shown" option.
    await expect(page.getByLabel("Candidate status").locator("option")).toHaveText([
      "Any status",
      "In process",
      "Hired",
      "Rejected",
      "Withdrawn",
    ]);
    // Sorted by fit, best first: the first row's fit is at least the last row's.
    const fits = async () =>
      (await page.locator("table").first().locator("tbody tr td:last-child").allInnerTexts())
        .map((t) => Number.parseInt(t, 10))
        .filter((n) => !Number.isNaN(n));
    const first = await fits();
    expect(first[0]).toBeGreaterThanOrEqual(first.at(-1)!);
    // The distribution covers every candidate, not just the page.
    await expect(page.getByRole("figure").getByText("180 candidates by fit")).toBeVisible();
    await screenshot(page, "large-compare");

    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(pager).toContainText("51–100 of 180");
    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(pager).toContainText("101–150 of 180");
    const third = await fits();
    expect(third[0]).toBeLessThanOrEqual(first.at(-1)!);
    // Reload keeps the page (the cursor is in the URL); Previous goes back one page.
    await page.reload();
    await expect(pager).toContainText("101–150 of 180");
    const candidate = page.locator("table").first().locator("tbody tr").nth(3).getByRole("link");
    const name = (await candidate.innerText()).trim();
    await candidate.click();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    // The breadcrumb goes back to the page the candidate was opened from, at their row.
    await page
      .getByRole("navigation", { name: "Breadcrumb" })
      .getByRole("link", { name: "Compare candidates" })
      .click();
    await expect(pager).toContainText("101–150 of 180");
    await expect(page).toHaveURL(/#row-/);
    await expect(page.getByRole("link", { name, exact: true })).toBeInViewport();
    await expect(page.getByRole("row", { name: new RegExp(`^${name}`) })).toHaveClass(/bg-amber-100/);
    await page.goBack();
    await expect(page.getByRole("heading", { name })).toBeVisible();
    await page.goBack();
    await expect(pager).toContainText("101–150 of 180");
    await pager.getByRole("link", { name: "← Previous" }).click();
    await expect(pager).toContainText("51–100 of 180");
    // Last: the list's final 50, read back from its end; its Previous is the 50 before them.
    await pager.getByRole("link", { name: "Last" }).click();
    await expect(pager).toContainText("131–180 of 180");
    await expect(pager.getByRole("link", { name: "Next →" })).toHaveCount(0);
    await expect(page.locator("table").first().locator("tbody tr")).toHaveCount(50);
    await pager.getByRole("link", { name: "← Previous" }).click();
    await expect(pager).toContainText("81–130 of 180");
    // The heat map's header row stays in view while its rows scroll under it.
    const map = page.getByRole("region", { name: "Gap heat map" });
    await map.evaluate((el) => {
      el.scrollIntoView({ block: "center" });
      el.scrollTop = el.scrollHeight;
    });
    await expect(map.locator("tbody tr").last()).toBeInViewport();
    await expect(map.getByRole("columnheader", { name: "Candidate" })).toBeInViewport();
    // On a phone the map is wider than its box: its far edge fades while there is more to the side
    // (app/globals.css, .scroll-hint), not once scrolled to the end; the sticky names never fade.
    if (test.info().project.name === "phone") {
      const fades = () =>
        map.evaluate((el) => {
          const style = getComputedStyle(el);
          return [
            style.getPropertyValue("--fade-end"),
            style.maskImage.startsWith("linear-gradient(to right, rgb(0, 0, 0)"),
          ];
        });
      expect(await map.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
      await map.evaluate((el) => (el.scrollLeft = 0));
      await expect.poll(fades).toEqual(["24px", true]);
      await map.evaluate((el) => (el.scrollLeft = el.scrollWidth));
      await expect.poll(fades).toEqual(["0px", true]);
      await screenshot(page, "large-compare-scrolled-end");
      await map.evaluate((el) => (el.scrollLeft = 0));
    }

    // Sort by name and search: the query runs in the database, the URL keeps it.
    await page.getByLabel("Sort").selectOption("name");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(pager).toContainText("1–50 of 180");
    const names = await page.locator("table").first().locator("tbody tr th a").allInnerTexts();
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
    await page.getByLabel("Name", { exact: true }).fill("avery");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=avery/);
    await expect(page.locator("table").first().locator("tbody tr").first()).toContainText("Avery");
    const avery = await page.locator("table").first().locator("tbody tr th a").allInnerTexts();
    expect(avery.length).toBeGreaterThan(0);
    expect(avery.every((n) => n.startsWith("Avery"))).toBe(true);

    // Filter: below target in the first targeted domain; every row shows a shortfall there.
    await page.getByRole("link", { name: "Clear" }).click();
    await expect(page).not.toHaveURL(/q=avery/);
    const below = page.getByLabel("Below target in");
    await below.selectOption({ index: 1 });
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/below=/);
    const count = await page.locator("table").first().locator("tbody tr").count();
    expect(count).toBeGreaterThan(0);
    const firstDomainCells = await page.locator("table").first().locator("tbody tr td:nth-of-type(1)").allInnerTexts();
    expect(firstDomainCells.every((t) => /\(\d short\)|—/.test(t))).toBe(true);
    await expectNoSidewaysScroll(page, "comparison");
    await screenshot(page, "large-compare-filtered");

    // Odd input in the URL is a 400 naming the parameter (proxy.ts), never a 500; parameters
    // the page does not read leave it the first page.
    const base = page.url().split("?")[0];
    const odd = await page.goto(`${base}?after=%00%C0&sort=Infinity&size=-1&fit=%ED%A0%80`);
    expect(odd?.status()).toBe(400);
    await expect(page.locator("body")).toContainText("“after” is not a page of this list.");
    await page.goto(`${base}?utm_source=mail&ref=%00`);
    await expect(pager).toContainText("of 180");
  });

  test("a manager off the team lists the hidden feedback, opens a candidate from page 2 and is led back to their row @phone", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    const roleHref = await page.getByRole("link", { name: ROLE }).getAttribute("href");
    // Dana manages other roles (this one is not on her list): every candidate is "hidden (not your role)".
    await login(page, "dana@example.com");
    await page.goto(`${roleHref}/compare`);
    await page.getByRole("link", { name: /Feedback hidden/ }).click();
    const pager = page.getByRole("navigation", { name: "Candidate pages", exact: true });
    // Hidden feedback reads an outcome as closed: no "Hired" or "Rejected" to filter by.
    await expect(page.getByLabel("Candidate status").locator("option")).toHaveText([
      "Any status",
      "In process",
      "Withdrawn",
      "Closed, outcome not shown to you",
    ]);
    await expect(pager).toContainText("1–50 of 180");
    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(pager).toContainText("51–100 of 180");
    const row = page.getByRole("region", { name: "Candidates with hidden feedback" }).locator("tbody tr").nth(30);
    await expect(row).toContainText("hidden (not your role)");
    const name = (await row.getByRole("link").innerText()).trim();
    await row.getByRole("link").click();
    await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
    await page.getByRole("link", { name: "Back to the comparison" }).click();
    await expect(pager).toContainText("51–100 of 180");
    await expect(page).toHaveURL(/view=hidden.*#row-/);
    const back = page.getByRole("row", { name: new RegExp(`^${name}`) });
    await expect(back).toHaveClass(/bg-amber-100/);
    await expect(back).toBeInViewport();
    await screenshot(page, "large-compare-hidden-back");
  });

  test("after Back and Forward, the comparison's filters show the page's own query, not what was typed before", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: ROLE }).click();
    await page.getByRole("link", { name: "Compare candidates" }).click();
    const form = page.getByRole("form", { name: "Filter candidates" });
    await form.getByLabel("Sort").selectOption("recent");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/sort=recent/);
    await form.getByLabel("Sort").selectOption("name");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/sort=name/);
    await form.getByLabel("Name", { exact: true }).fill("avery");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=avery/);
    // The browser would restore "avery" and "name" into the earlier pages' fields
    // (components/ui/query-form.tsx): each page's fields must describe its own list.
    await page.goBack();
    await expect(page).not.toHaveURL(/q=avery/);
    await expect(form.getByLabel("Name", { exact: true })).toHaveValue("");
    await expect(form.getByLabel("Sort")).toHaveValue("name");
    await page.goBack();
    await expect(page).toHaveURL(/sort=recent/);
    await expect(form.getByLabel("Sort")).toHaveValue("recent");
    await expect(form.getByLabel("Name", { exact: true })).toHaveValue("");
    await page.goForward();
    await page.goForward();
    await expect(page).toHaveURL(/q=avery/);
    await expect(form.getByLabel("Name", { exact: true })).toHaveValue("avery");
    // Apply sends the fields that hold a value (no "q=&stage=&…"). Clear, a client-side
    // navigation, shows the cleared query: the sort select kept "name" before (React leaves an
    // uncontrolled select's choice; the form is keyed by the page's address now).
    expect(new URL(page.url()).search).toBe("?view=scored&q=avery&sort=name");
    await form.getByLabel("Name", { exact: true }).fill("quinn");
    await form.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/q=quinn/);
    await form.getByRole("link", { name: "Clear" }).click();
    await expect(page).not.toHaveURL(/q=/);
    await expect(form.getByLabel("Name", { exact: true })).toHaveValue("");
    await expect(form.getByLabel("Sort")).toHaveValue("fit");
  });

  test("a manager sorts the heat map by a domain's column: strongest there first, across pages and filters @phone", async ({
    page,
  }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: ROLE }).click();
    await page.getByRole("link", { name: "Compare candidates" }).click();
    const map = page.getByRole("region", { name: "Gap heat map" });
    const pager = page.getByRole("navigation", { name: "Candidate pages", exact: true });
    // The first domain's column: the header is a link that sorts by it.
    const header = map.getByRole("columnheader").nth(1);
    const domain = (await header.getByRole("link").innerText()).split("\n")[0]!.trim();
    await expect(header).not.toHaveAttribute("aria-sort");
    await header.getByRole("link").click();
    await expect(page).toHaveURL(/sort=domain\.[^#]*#heatmap$/);
    await expect(map.getByRole("columnheader").nth(1)).toHaveAttribute("aria-sort", "descending");
    // The new order opens at the heat map, not the page's top (round Y).
    await expect(page.getByRole("heading", { name: "Compare candidates", level: 1 })).not.toBeInViewport();
    await expect(map.getByRole("columnheader").nth(1)).toBeInViewport();
    await expect(page.getByLabel("Sort")).toHaveValue(/^domain\./);
    await expect(page.getByLabel("Sort").locator("option:checked")).toHaveText(`Strongest in ${domain}`);
    // A cell's level: L3, L2 (1 short), Below L1 (0), "not yet assessed" (null, last).
    const levels = async () =>
      (await map.locator("tbody tr td:nth-of-type(1)").allInnerTexts()).map((t) =>
        /Below L1/.test(t) ? 0 : /L(\d)/.test(t) ? Number(/L(\d)/.exec(t)![1]) : null,
      );
    const rank = (l: number | null) => (l === null ? -1 : l);
    const first = await levels();
    expect(first.map(rank)).toEqual([...first.map(rank)].sort((a, b) => b - a));
    expect(first[0]).toBe(Math.max(...first.map(rank)));
    await pager.getByRole("link", { name: "Next →" }).click();
    await expect(pager).toContainText("51–100 of 180");
    const second = await levels();
    expect(rank(second[0]!)).toBeLessThanOrEqual(rank(first.at(-1)!));
    expect(second.map(rank)).toEqual([...second.map(rank)].sort((a, b) => b - a));
    await screenshot(page, "large-compare-sorted-by-domain");
    // Opened sorted by the last domain, a sideways scroll away on a phone: its column is brought
    // into view beside the names (round X).
    const lastDomain = map.getByRole("columnheader").nth(-2);
    const lastHref = await lastDomain.getByRole("link").getAttribute("href");
    await page.goto(new URL(lastHref!, page.url()).toString());
    await expect(lastDomain).toHaveAttribute("aria-sort", "descending");
    await map.scrollIntoViewIfNeeded();
    await expect(lastDomain).toBeInViewport();
    await page.goBack();
    await expect(pager).toContainText("51–100 of 180");
    // A filter keeps the order; another header starts that order from page 1.
    await page.getByLabel("Fit", { exact: true }).selectOption("partial");
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(/fit=partial/);
    await expect(page).toHaveURL(/sort=domain\./);
    const filtered = await levels();
    expect(filtered.map(rank)).toEqual([...filtered.map(rank)].sort((a, b) => b - a));
    await map
      .getByRole("columnheader", { name: /^Candidate/ })
      .getByRole("link")
      .click();
    await expect(page).toHaveURL(/sort=name/);
    await expect(page).toHaveURL(/fit=partial/);
    await expect(page).not.toHaveURL(/after=/);
    await expect(map.getByRole("columnheader", { name: /^Candidate/ })).toHaveAttribute("aria-sort", "ascending");
    // A link sorting by a domain this role has no column for says so and sorts by fit.
    const base = page.url().split("?")[0];
    const other = await page.goto(`${base}?sort=domain.no-such-domain`);
    expect(other?.status()).toBe(200);
    await expect(page.getByRole("status")).toContainText("sorted by fit");
    await expect(page.getByLabel("Sort")).toHaveValue("fit");
    await expect(map.getByRole("columnheader", { name: /^Fit/ })).toHaveAttribute("aria-sort", "descending");
    // A status this tab never lists (a manager sees real outcomes, never "closed") is dropped, and said.
    await page.goto(`${base}?status=CLOSED`);
    await expect(page.getByRole("status")).toContainText("never “closed”: showing every status");
    await expect(page.getByLabel("Candidate status")).toHaveValue("");
    await expect(pager).toContainText("of 180");
    // A malformed sort is the proxy's 400.
    expect((await page.goto(`${base}?sort=domain.%00`))?.status()).toBe(400);
  });

  test("a list of 50 candidates sends the server no prefetch requests as it scrolls", async ({ page }) => {
    // Every page is dynamic: a prefetch brought only the route tree and cost the server a request
    // per link in view (82 on a role page). components/ui/link.tsx turns them off.
    await login(page, "manager@example.com");
    const prefetches: string[] = [];
    page.on("request", (r) => {
      if (r.headers()["next-router-prefetch"]) prefetches.push(r.url());
    });
    await page.goto("/roles");
    await page.getByRole("link", { name: ROLE }).click();
    await expect(page.getByRole("navigation", { name: "Candidate pages", exact: true })).toContainText("1–50 of 180");
    for (let i = 0; i < 4; i++) {
      await page.mouse.wheel(0, 2000);
      await page.waitForTimeout(300);
    }
    await page.getByRole("link", { name: "Compare candidates" }).hover();
    await page.waitForTimeout(500);
    expect(prefetches).toEqual([]);
    // Links still navigate in the page (no full reload): the heading of the next page appears.
    await page.getByRole("link", { name: "Compare candidates" }).click();
    await expect(page.getByRole("heading", { name: "Gap heat map" })).toBeVisible();
  });

  test("a page link past the end of the list says so, with its first page a click away", async ({ page }) => {
    await login(page, "manager@example.com");
    await page.goto("/roles");
    await page.getByRole("link", { name: ROLE }).click();
    await page.waitForURL(/\/roles\/[^/?]+$/);
    // A cursor after everything (created at the epoch): an old link, or another viewer's longer list.
    const past = encodeCursor([1, "x"], 1_000_000);
    await page.goto(`${page.url()}?after=${past}`);
    await expect(page.getByText("This page is past the end of the list.")).toBeVisible();
    await expect(page.getByText("No candidates yet.")).toHaveCount(0);
    await page.getByRole("link", { name: "First page" }).click();
    await expect(page.getByRole("navigation", { name: "Candidate pages", exact: true })).toContainText("1–50 of 180");
  });
});
