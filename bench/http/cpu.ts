// How much CPU something other than the benchmark used while a target ran. On a 2-core
// machine a parallel build or test run shifts every figure, so each target reports it.
// Ours = the server's process tree, this process, and the PostgreSQL backends connected to the
// benchmark database; everything else busy on the machine is "other".
import fs from "node:fs";

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function machineBusyTicks(): number {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
  return user + nice + system + irq + softirq + steal;
}

type Proc = { pid: number; ppid: number; ticks: number };
function processes(): Proc[] {
  const out: Proc[] = [];
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // after "pid (comm) ": state ppid ... utime is field 14, stime 15 (1-based) = index 11, 12 here
      out.push({ pid: Number(entry), ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) });
    } catch {
      // ended while we looked
    }
  }
  return out;
}

/** The processes in `roots` and all their descendants. */
function withDescendants(procs: Proc[], roots: number[]): Set<number> {
  const tree = new Set<number>(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const p of procs) {
      if (!tree.has(p.pid) && tree.has(p.ppid)) {
        tree.add(p.pid);
        grew = true;
      }
    }
  }
  return tree;
}

// a PostgreSQL backend's title: "postgres: <user> <database> <host> <state>"
function isBackendOf(pid: number, database: string): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(` ${database} `);
  } catch {
    return false; // gone
  }
}

/** Ticks of the server's tree, this process (nothing heavy, but counted) and the database's backends. */
function oursTicks(serverPid: number, database: string): number {
  const { server, postgres } = cpuSplitTicks(serverPid, database, [process.pid]);
  return server + postgres;
}

function cpuSplitTicks(
  serverPid: number,
  database: string,
  alsoOurs: number[] = [],
): { server: number; postgres: number } {
  const procs = processes();
  const tree = withDescendants(procs, [serverPid, ...alsoOurs]);
  let server = 0;
  let postgres = 0;
  for (const p of procs) {
    if (tree.has(p.pid)) server += p.ticks;
    else if (isBackendOf(p.pid, database)) postgres += p.ticks;
  }
  return { server, postgres };
}

/** Call start() before a target, stop() after: the other processes' CPU in % of one core. */
export function otherCpu(serverPid: number, database: string) {
  let t0 = 0;
  let busy0 = 0;
  let ours0 = 0;
  return {
    start() {
      t0 = Date.now();
      busy0 = machineBusyTicks();
      ours0 = oursTicks(serverPid, database);
    },
    stop(): number {
      const seconds = (Date.now() - t0) / 1000;
      const other = machineBusyTicks() - busy0 - (oursTicks(serverPid, database) - ours0);
      return Math.max(0, Math.round((100 * other) / TICKS_PER_SECOND / seconds));
    },
  };
}

/** CPU time (ms) used so far by the server's process tree and by the PostgreSQL backends of `database`. */
export function cpuSplitMs(serverPid: number, database: string): { server: number; postgres: number } {
  const { server, postgres } = cpuSplitTicks(serverPid, database);
  const ms = 1000 / TICKS_PER_SECOND;
  return { server: server * ms, postgres: postgres * ms };
}
