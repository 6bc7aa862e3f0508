// The README's "Who may do what" tables are generated from lib/auth/permissions.ts
// (npm run docs:capabilities): they must match the code, and every rule must be in them.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CAPABILITY_TEXT, RULE_TEXT, withCapabilityTable } from "../../lib/auth/capability-table";
import * as permissions from "../../lib/auth/permissions";

function walk(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
}

const README = path.resolve(import.meta.dirname, "../../README.md");

describe("the README's capability tables", () => {
  it("match lib/auth/permissions.ts (run npm run docs:capabilities after changing a rule)", () => {
    const readme = fs.readFileSync(README, "utf8");
    expect(withCapabilityTable(readme)).toBe(readme);
  });

  it("describe every capability and every rule function, and nothing that is not one", () => {
    expect(Object.keys(CAPABILITY_TEXT).sort()).toEqual(Object.keys(permissions.CAPABILITIES).sort());
    const rules = Object.entries(permissions)
      .filter(([name, value]) => typeof value === "function" && name !== "can")
      .map(([name]) => name);
    expect(Object.keys(RULE_TEXT).sort()).toEqual(rules.sort());
  });
});

describe("rules stay in lib/auth", () => {
  it("no page, route, component or service compares a user's kind itself: it calls a rule of lib/auth/permissions.ts", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    // lib/auth holds the rules; lib/generated is Prisma's.
    const offenders = ["app", "components", "lib"]
      .flatMap((d) => walk(path.join(root, d)))
      .filter((f) => !/lib[\\/](auth|generated)[\\/]/.test(f))
      .filter((f) => /\bkind\s*[!=]==\s*"(ADMIN|MANAGER|RECRUITER|INTERVIEWER)"|requireKind\(/.test(fs.readFileSync(f, "utf8")))
      .map((f) => path.relative(root, f));
    expect(offenders).toEqual([]);
  });
});
