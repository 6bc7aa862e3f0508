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
});
