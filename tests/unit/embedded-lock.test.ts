import { spawn } from "node:child_process";
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
});
