// `npm run fuzz [-- --url http://127.0.0.1:3100 --count 12000 --seed 1]`: generated requests
// (tests/fuzz/generate.ts) against a running production server, then the status histogram and
// every answer of 500 or more. Without --url it starts one on a fresh embedded database
// (scripts/e2e-server.sh; --skip-build reuses .next). Exits 1 on any 5xx or unanswered request.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { discoverIds, FUZZ_PERSONAS, send, signIn } from "./client";
import { generate } from "./generate";
import { fuzzTargets } from "./targets";

const { values: args } = parseArgs({
  options: {
    url: { type: "string" },
    port: { type: "string", default: "3190" },
    count: { type: "string", default: "12000" },
    seed: { type: "string", default: "20261130" },
    concurrency: { type: "string", default: "4" },
    "skip-build": { type: "boolean", default: false },
  },
});

async function startServer(port: string): Promise<{ base: string; stop: () => void }> {
  const server = spawn("bash", ["scripts/e2e-server.sh", port], {
    env: { ...process.env, E2E_SKIP_BUILD: args["skip-build"] ? "1" : "" },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  for (let waited = 0; waited < 600; waited++) {
    if (server.exitCode !== null) throw new Error("fuzz: the server exited");
    if (
      await fetch(`${base}/signin`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  return { base, stop: () => process.kill(-server.pid!, "SIGTERM") };
}

async function main() {
  const server = args.url ? { base: args.url.replace(/\/$/, ""), stop: () => {} } : await startServer(args.port!);
  try {
    const cookies: Record<string, string> = {};
    for (const [persona, email] of Object.entries(FUZZ_PERSONAS)) cookies[persona] = await signIn(server.base, email);
    const ids = await discoverIds(server.base, cookies);
    const targets = fuzzTargets(server.base);
    const count = Number(args.count);
    const started = Date.now();
    const report = await send(
      server.base,
      generate({
        seed: Number(args.seed),
        count,
        targets,
        ids,
        personas: Object.keys(FUZZ_PERSONAS),
        skipActions: ["signOutEverywhereAction"],
      }),
      cookies,
      { concurrency: Number(args.concurrency), onProgress: (n) => n % 1000 === 0 && console.log(`  ${n} / ${count}`) },
    );
    console.log(`\n${report.sent} requests in ${((Date.now() - started) / 1000).toFixed(0)} s, seed ${args.seed}`);
    console.log(`targets: ${targets.urls.length} page/route URLs, ${targets.actions.length} server actions`);
    console.log("status  count");
    for (const [status, n] of Object.entries(report.byStatus).sort()) console.log(`${status.padEnd(9)} ${n}`);
    console.log("\nby kind of input:");
    for (const [kind, statuses] of Object.entries(report.byKind).sort())
      console.log(
        `  ${kind.padEnd(12)} ${Object.entries(statuses)
          .sort()
          .map(([s, n]) => `${s}: ${n}`)
          .join(", ")}`,
      );
    // One example per kind of input, status and target, so a flood of one fault does not hide another.
    const seen = new Set<string>();
    for (const f of report.failures) {
      const key = `${f.request.kind} ${f.status} ${f.request.method} ${f.request.headers["next-action"] ?? f.request.path.split("?")[0]}`;
      if (seen.has(key) || seen.size >= 60) continue;
      seen.add(key);
      console.log(`\n✖ ${f.status} ${JSON.stringify(f.request)}\n  ${f.body.slice(0, 300)}`);
    }
    console.log(`\n${report.failures.length} answers of 500 or more (or none)`);
    process.exitCode = report.failures.length ? 1 : 0;
  } finally {
    server.stop();
  }
}

main().catch((err) => {
  console.error(`✖ ${(err as Error).message}`);
  process.exit(1);
});
