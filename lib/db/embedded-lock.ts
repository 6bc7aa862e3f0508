// The embedded database (PGlite) is a directory that only one process may open.
// A lock file beside it holds the owner's pid; a second opener fails with one clear line.
import fs from "node:fs";
import path from "node:path";

export class EmbeddedDbInUseError extends Error {
  override name = "EmbeddedDbInUseError";
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock for `dataDir` or throws EmbeddedDbInUseError. Returns a release function. */
export function lockEmbeddedDir(dataDir: string): () => void {
  fs.mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const lockPath = `${path.resolve(dataDir)}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(lockPath, "wx");
      fs.writeSync(fd, String(process.pid));
      fs.closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        try {
          if (fs.readFileSync(lockPath, "utf8").trim() === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          /* already gone */
        }
      };
      process.once("exit", release);
      return release;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      const owner = Number(fs.readFileSync(lockPath, "utf8").trim());
      if (owner === process.pid) return () => {};
      if (isAlive(owner)) {
        throw new EmbeddedDbInUseError(
          `Embedded database ${dataDir} is already in use by process ${owner}; stop that process (dev server, seed or test run) or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      removeStaleLock(lockPath, owner, dataDir);
    }
  }
  throw new EmbeddedDbInUseError(`Could not lock embedded database ${dataDir}`);
}

/**
 * Two processes finding the same stale lock must not both take it (A removes it and locks;
 * B, still believing it stale, would remove A's fresh lock). Only the holder of a short-lived
 * takeover file may remove it, and only if it still names the dead owner.
 */
function removeStaleLock(lockPath: string, staleOwner: number, dataDir: string) {
  const takeover = `${lockPath}.takeover`;
  let fd: number;
  try {
    fd = fs.openSync(takeover, "wx");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
    throw new EmbeddedDbInUseError(
      `Embedded database ${dataDir} is being opened by another process; try again, or delete ${takeover} if no process is starting.`,
    );
  }
  try {
    fs.closeSync(fd);
    let current: number | null = null;
    try {
      current = Number(fs.readFileSync(lockPath, "utf8").trim());
    } catch {
      return; // gone already
    }
    if (current === staleOwner) fs.unlinkSync(lockPath);
  } finally {
    fs.rmSync(takeover, { force: true });
  }
}
