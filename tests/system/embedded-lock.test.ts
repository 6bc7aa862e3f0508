import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EmbeddedDbInUseError, lockEmbeddedDir } from "../../lib/db/embedded-lock";

const tmp = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lock-")), "pglite");

describe("lockEmbeddedDir", () => {
  it("refuses a directory held by another live process, with one clear line", async () => {
    const dir = tmp();
    const child = spawn(process.execPath, ["-e", "setTimeout(() => {}, 20000)"]);
    try {
      fs.writeFileSync(`${dir}.lock`, String(child.pid));
      expect(() => lockEmbeddedDir(dir)).toThrow(EmbeddedDbInUseError);
      expect(() => lockEmbeddedDir(dir)).toThrow(new RegExp(`already in use by process ${child.pid}`));
    } finally {
      child.kill();
    }
  });

  it("takes over a stale lock left by a dead process and releases it", () => {
    const dir = tmp();
    fs.writeFileSync(`${dir}.lock`, "999999");
    const release = lockEmbeddedDir(dir);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });

  it("lets only one of two takers of the same stale lock have it", () => {
    const dir = tmp();
    fs.writeFileSync(`${dir}.lock`, "999999");
    fs.writeFileSync(`${dir}.lock.takeover`, "");
    // Another process is mid-takeover: this one must not remove the lock as well.
    expect(() => lockEmbeddedDir(dir)).toThrow(/being opened by another process/);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe("999999");
  });

  it("stops a real second process (npm run db:migrate, db:reset) with one line while the database is held", () => {
    const dir = tmp();
    const release = lockEmbeddedDir(dir);
    try {
      for (const command of ["migrate", "reset"]) {
        const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/db.ts", command], {
          env: { ...process.env, EMBEDDED_DB_DIR: dir, DATABASE_URL: "", NODE_ENV: "development" },
          encoding: "utf8",
          timeout: 60_000,
        });
        expect(run.status).toBe(1);
        expect(run.stderr.trim().split("\n")).toEqual([
          `✖ Embedded database ${dir} is already in use by process ${process.pid}; stop that process (dev server, seed or test run) or set DATABASE_URL to use PostgreSQL.`,
        ]);
      }
      expect(fs.existsSync(`${dir}.lock`)).toBe(true);
    } finally {
      release();
    }
  });
});
