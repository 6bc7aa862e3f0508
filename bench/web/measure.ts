// Two ways to load a page: one plain Chromium load (the JavaScript it transfers, cheap; the budget
// check) and Lighthouse's mobile run (LCP, TBT, CLS and the scores, simulated slow phone).
import { chromium, devices, type Browser } from "@playwright/test";
import * as chromeLauncher from "chrome-launcher";
import fs from "node:fs";
import path from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import lighthouse from "lighthouse";
import { DEFAULT_CPU_SLOWDOWN } from "./throttling";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// recharts' class names survive minification: a script containing one is recharts.
const RECHARTS_MARK = "recharts-wrapper";

export type ScriptLoad = {
  jsBytes: number;
  /** The same scripts compressed with brotli (what a proxy or CDN serving br would send), for comparison. */
  brotliBytes: number;
  scripts: number;
  recharts: boolean;
  files: { url: string; bytes: number; brotli: number }[];
};

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS.filter((f) => f !== "--headless") });
}

/** Opens the page on a phone viewport with an empty cache; counts the scripts it loads until the network is quiet. */
export async function loadScripts(browser: Browser, url: string, cookie: string): Promise<ScriptLoad> {
  const context = await browser.newContext({ ...devices["Pixel 7"], extraHTTPHeaders: cookie ? { cookie } : {} });
  const page = await context.newPage();
  const pending: Promise<void>[] = [];
  const files: ScriptLoad["files"] = [];
  let recharts = false;
  page.on("requestfinished", (req) => {
    if (req.resourceType() !== "script") return;
    pending.push(
      (async () => {
        const sizes = await req.sizes(); // encoded (compressed) body as sent, plus headers
        // null: the page closed before the body could be read (a chunk that finished as the
        // measurement ended); its bytes as sent still count.
        const body = (await (await req.response())?.body().catch(() => null)) ?? null;
        const brotli = body
          ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length +
            sizes.responseHeadersSize
          : sizes.responseBodySize + sizes.responseHeadersSize;
        files.push({ url: req.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize, brotli });
        if (body?.includes(RECHARTS_MARK)) recharts = true;
      })(),
    );
  });
  const res = await page.goto(url, { waitUntil: "networkidle" });
  if (!res || res.status() !== 200) throw new Error(`GET ${url} answered ${res?.status()}`);
  if (new URL(page.url()).pathname !== new URL(url).pathname) throw new Error(`GET ${url} ended on ${page.url()}`);
  // A script can finish after the network went quiet (a chunk hydration asked for): wait until no
  // new one has started, so the context is never closed under a body still being read.
  for (let seen = -1; seen !== pending.length;) {
    seen = pending.length;
    await Promise.all(pending);
    await page.waitForLoadState("networkidle");
  }
  await context.close();
  return {
    jsBytes: files.reduce((s, f) => s + f.bytes, 0),
    brotliBytes: files.reduce((s, f) => s + f.brotli, 0),
    scripts: files.length,
    recharts,
    files,
  };
}

export type LighthouseRun = {
  performance: number;
  accessibility: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  fcpMs: number;
  jsBytes: number;
  scripts: number;
  renderBlocking: string[];
  /** Lighthouse's measure of the host's CPU speed during this run (lhr.environment.benchmarkIndex). */
  benchmarkIndex: number;
};

export async function startLighthouseChrome() {
  return chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
}

type Item = { url: string; transferSize?: number; resourceType?: string };

/**
 * One Lighthouse run, the default (mobile) configuration: Moto G Power screen, simulated slow 4G and
 * 4× CPU slowdown, unless `cpuSlowdown` says otherwise (see calibratedCpuSlowdown).
 */
export async function lighthouseRun(
  port: number,
  url: string,
  cookie: string,
  cpuSlowdown: number = DEFAULT_CPU_SLOWDOWN,
): Promise<LighthouseRun> {
  const result = await lighthouse(url, {
    port,
    output: "json",
    logLevel: "error",
    onlyCategories: ["performance", "accessibility"],
    extraHeaders: cookie ? { Cookie: cookie } : undefined,
    ...(cpuSlowdown === DEFAULT_CPU_SLOWDOWN ? {} : { throttling: { cpuSlowdownMultiplier: cpuSlowdown } }),
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  // Whole reports for a closer look (long tasks, script boot-up): BENCH_WEB_REPORTS=<folder>.
  if (process.env.BENCH_WEB_REPORTS) {
    fs.mkdirSync(process.env.BENCH_WEB_REPORTS, { recursive: true });
    const name = `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, "_")}-${Date.now()}.json`;
    fs.writeFileSync(path.join(process.env.BENCH_WEB_REPORTS, name), JSON.stringify(lhr));
  }
  if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  if (new URL(lhr.finalDisplayedUrl).pathname !== new URL(url).pathname)
    throw new Error(`Lighthouse on ${url} ended on ${lhr.finalDisplayedUrl}`);
  const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const items = ((lhr.audits["network-requests"]?.details as { items?: Item[] } | undefined)?.items ?? []).filter(
    (i) => i.resourceType === "Script",
  );
  const blocking = (lhr.audits["render-blocking-resources"]?.details as { items?: Item[] } | undefined)?.items ?? [];
  return {
    performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
    lcpMs: num("largest-contentful-paint"),
    tbtMs: num("total-blocking-time"),
    cls: num("cumulative-layout-shift"),
    fcpMs: num("first-contentful-paint"),
    jsBytes: items.reduce((s, i) => s + (i.transferSize ?? 0), 0),
    scripts: items.length,
    renderBlocking: blocking.map((i) => i.url),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}
