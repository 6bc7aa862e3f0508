// The audit page's action filter offers AUDIT_ACTIONS (lib/audit.ts) instead of grouping the
// whole AuditEvent table, and refuses other values. So every action the code writes must be
// in that list: read each `action: "..."` literal (including both arms of a ternary) from the
// files that write audit events, and compare.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "../../lib/audit";
import { AUDIT_ACTION_GROUPS } from "../../lib/audit-actions";

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

const writers = ["lib", "app", "prisma/seed"]
  .flatMap((d) => sourceFiles(path.resolve(d)))
  .filter((f) => /recordAudit|auditEvent\.create|entityType:/.test(fs.readFileSync(f, "utf8")));

/** `action:` values written next to an `entityType:` (an audit event), literal or ternary. */
function writtenActions(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/action:\s*([^,}]+?),\s*entityType:/g)) {
    for (const lit of m[1]!.matchAll(/"([a-z_.]+)"/g)) found.push(lit[1]!);
  }
  return found;
}

describe("audit actions", () => {
  it("every action the code writes is a known action, and the list has no duplicates", () => {
    const written = new Set(writers.flatMap((f) => writtenActions(fs.readFileSync(f, "utf8"))));
    expect(written.size).toBeGreaterThan(30);
    expect([...written].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it("the filter offers every action once, by subject and label in alphabetical order, no label twice in a subject", () => {
    const offered = AUDIT_ACTION_GROUPS.flatMap((g) => g.actions.map((a) => a.action));
    expect([...offered].sort()).toEqual([...AUDIT_ACTIONS].sort());
    const subjects = AUDIT_ACTION_GROUPS.map((g) => g.subject);
    expect(subjects).toEqual([...subjects].sort((a, b) => a.localeCompare(b, "en")));
    for (const g of AUDIT_ACTION_GROUPS) {
      const labels = g.actions.map((a) => a.label);
      expect(labels, g.subject).toEqual([...labels].sort((a, b) => a.localeCompare(b, "en")));
      expect(new Set(labels).size, g.subject).toBe(labels.length);
    }
    expect(AUDIT_ACTION_GROUPS.find((g) => g.subject === "People and sign-in")!.actions).toContainEqual({
      action: "user.sign_in_failed",
      label: "Sign-in refused",
    });
  });
});
