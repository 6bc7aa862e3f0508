// Closed-loop load: N virtual users, each sending its next request as soon as the previous
// one's body has arrived, for a fixed time. Node's fetch (undici) keeps connections alive,
// so after the first request each user reuses its socket, as a browser tab would.
import { performance } from "node:perf_hooks";

export type Target = {
  name: string;
  /** Who is signed in, for the report. */
  as: string;
  /** Absolute URL; null when the target does not exist in this build (reported as n/a). */
  url: string | null;
  headers?: Record<string, string>;
  /** Why url is null. */
  note?: string;
};

export type Sample = { ms: number; status: number; bytes: number; error?: string };

export type TargetStats = {
  name: string;
  as: string;
  path: string | null;
  note?: string;
  requests: number;
  errors: number;
  /** status or error text -> count, for the non-2xx answers */
  errorKinds: Record<string, number>;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  medianBytes: number;
  peakRssMb: number;
  /** p95 / the static file's p95 in the same run */
  p95VsStatic: number | null;
  /** CPU used by other processes on the machine meanwhile, % of one core (see cpu.ts) */
  otherCpuPct: number | null;
};

async function once(t: Target, timeoutMs: number): Promise<Sample> {
  const t0 = performance.now();
  try {
    const res = await fetch(t.url!, { headers: t.headers, redirect: "manual", signal: AbortSignal.timeout(timeoutMs) });
    // The whole body: a user waits for it, and an unread body would keep the socket busy.
    const bytes = (await res.arrayBuffer()).byteLength;
    const ms = performance.now() - t0;
    return res.status >= 200 && res.status < 300
      ? { ms, status: res.status, bytes }
      : { ms, status: res.status, bytes, error: `HTTP ${res.status}` };
  } catch (e) {
    const err = e as Error;
    const kind =
      err.name === "TimeoutError"
        ? `timeout ${timeoutMs / 1000} s`
        : ((err.cause as Error | undefined)?.message ?? err.message);
    return { ms: performance.now() - t0, status: 0, bytes: 0, error: kind };
  }
}

/**
 * Runs `users` loops until `seconds` have passed. Requests under way at the deadline are
 * waited for and counted (stopping them would hide the slowest answers); the throughput
 * divides by the time until the last one finished.
 */
export async function drive(
  t: Target,
  opts: { users: number; seconds: number; timeoutMs: number },
): Promise<{ samples: Sample[]; wallSeconds: number }> {
  const samples: Sample[] = [];
  const start = performance.now();
  const deadline = start + opts.seconds * 1000;
  await Promise.all(
    Array.from({ length: opts.users }, async () => {
      while (performance.now() < deadline) samples.push(await once(t, opts.timeoutMs));
    }),
  );
  return { samples, wallSeconds: (performance.now() - start) / 1000 };
}

/**
 * Waits until the server is idle again: requests a client gave up on (timeouts) keep it busy
 * after the client has moved on, and would slow the next target down. Idle = a static file
 * answers about as fast as on the idle server, twice in a row. Returns the seconds waited.
 */
export async function drain(staticUrl: string, idleMs: number, maxSeconds: number): Promise<number> {
  const start = performance.now();
  let fast = 0;
  while (fast < 2 && performance.now() - start < maxSeconds * 1000) {
    const s = await once({ name: "drain", as: "", url: staticUrl }, maxSeconds * 1000);
    fast = !s.error && s.ms <= idleMs ? fast + 1 : 0;
    if (fast < 2) await new Promise((r) => setTimeout(r, 100));
  }
  return (performance.now() - start) / 1000;
}

/** Median latency of `count` sequential requests: the idle server's speed for `url`. */
export async function idleLatency(url: string, count = 20): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < count; i++) ms.push((await once({ name: "idle", as: "", url }, 10_000)).ms);
  return pct(
    ms.sort((a, b) => a - b),
    50,
  );
}

const pct = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;

/** Latency percentiles over every request, failed ones included: a user waits for those too. */
export function summarise(t: Target, run: { samples: Sample[]; wallSeconds: number }, peakRssMb: number): TargetStats {
  const ms = run.samples.map((s) => s.ms).sort((a, b) => a - b);
  const bytes = run.samples
    .filter((s) => !s.error)
    .map((s) => s.bytes)
    .sort((a, b) => a - b);
  const errorKinds: Record<string, number> = {};
  for (const s of run.samples) if (s.error) errorKinds[s.error] = (errorKinds[s.error] ?? 0) + 1;
  return {
    name: t.name,
    as: t.as,
    path: t.url ? new URL(t.url).pathname + new URL(t.url).search : null,
    note: t.note,
    requests: run.samples.length,
    errors: run.samples.filter((s) => s.error).length,
    errorKinds,
    rps: run.samples.length / run.wallSeconds,
    p50: pct(ms, 50),
    p95: pct(ms, 95),
    p99: pct(ms, 99),
    max: ms.at(-1) ?? NaN,
    medianBytes: pct(bytes, 50),
    peakRssMb,
    p95VsStatic: null,
    otherCpuPct: null,
  };
}

/** The href of the first <a> or <link> with rel="next" in an HTML page, absolute; null if none. */
export function relNext(html: string, pageUrl: string): string | null {
  for (const tag of html.match(/<(?:a|link)\b[^>]*>/gi) ?? []) {
    const rel = tag.match(/\brel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
    const rels = (rel?.[1] ?? rel?.[2] ?? rel?.[3] ?? "").toLowerCase().split(/\s+/);
    if (!rels.includes("next")) continue;
    const href = tag.match(/\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i);
    const raw = href?.[1] ?? href?.[2] ?? href?.[3];
    if (!raw) continue;
    const decoded = raw
      .replace(/&amp;/g, "&")
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&quot;/g, '"');
    return new URL(decoded, pageUrl).toString();
  }
  return null;
}
