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
      fs.unlinkSync(lockPath); // stale lock from a process that died
    }
  }
  throw new EmbeddedDbInUseError(`Could not lock embedded database ${dataDir}`);
}
