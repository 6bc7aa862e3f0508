// Bad configuration stops a real process with one line naming the problem, no stack trace.
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

function dbScript(env: Record<string, string>) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/db.ts", "migrate"], {
    env: { ...process.env, NODE_ENV: "development", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: run.status, lines: run.stderr.trim().split("\n") };
}

describe("start-up configuration errors", () => {
  it("names an unreachable DATABASE_URL without its password", () => {
    const { status, lines } = dbScript({ DATABASE_URL: "postgresql://app:s3cret@127.0.0.1:1/aiops" });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^✖ Cannot connect to DATABASE_URL \(.*127\.0\.0\.1:1.*\)/);
    expect(lines[0]).not.toContain("s3cret");
  });

  it("names a malformed DATABASE_URL", () => {
    const { status, lines } = dbScript({ DATABASE_URL: "mysql://root@localhost/aiops" });
    expect(status).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/DATABASE_URL.*postgresql:\/\//);
  });

  it.each([
    [{ PORT: "abc" }, /^✖ Invalid configuration: PORT must be a port number/],
    [{ PORT: "3999", WEB_CONCURRENCY: "two" }, /^✖ Invalid configuration: WEB_CONCURRENCY must be a whole number/],
    [
      { PORT: "3999", LISTEN_HOST: "http://0.0.0.0" },
      /^✖ Invalid configuration: LISTEN_HOST must be an IP address or a host name/,
    ],
    [
      { PORT: "3999", LISTEN_HOST: "localhost:3000" },
      /^✖ Invalid configuration: LISTEN_HOST must be an IP address or a host name/,
    ],
  ])("npm start's server refuses %o in one line (it threw a stack trace)", (env, message) => {
    const run = spawnSync(process.execPath, ["scripts/serve.mjs"], {
      env: { ...process.env, ...env },
      encoding: "utf8",
      timeout: 30_000,
    });
    expect(run.status).toBe(1);
    const lines = run.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });
});
