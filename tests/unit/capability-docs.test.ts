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
    .flatMap((e) =>
      e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : [],
    );
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

const KIND = `"(?:ADMIN|MANAGER|RECRUITER|INTERVIEWER)"`;
/**
 * Ways of deciding by a user's kind outside lib/auth: comparing it with a kind (either side),
 * switching on it with a kind as a case, filtering a query by kinds written out, requireKind.
 */
const KIND_DECISIONS: [string, RegExp][] = [
  ["kind compared with a kind", new RegExp(`\\bkind\\s*[!=]==?\\s*${KIND}|${KIND}\\s*[!=]==?\\s*[\\w.?]*\\bkind\\b`)],
  ["switch on a kind", new RegExp(`switch\\s*\\([^)]*\\bkind\\)\\s*\\{\\s*case\\s+${KIND}`)],
  ["query filtered by kinds written out", new RegExp(`\\bkind:\\s*\\{\\s*(?:in|notIn|not|equals):\\s*\\[?\\s*${KIND}`)],
  ["requireKind", /requireKind\(/],
];

/** The file's kind decisions, as "what: line". */
function kindDecisions(source: string): string[] {
  return KIND_DECISIONS.flatMap(([what, re]) => {
    const m = re.exec(source);
    return m ? [`${what}: ${m[0].replace(/\s+/g, " ")}`] : [];
  });
}

describe("rules stay in lib/auth", () => {
  it("finds each way of deciding by kind (and not a kind's label or a stage's kind)", () => {
    expect(kindDecisions(`if (user.kind === "ADMIN") x();`)).toHaveLength(1);
    expect(kindDecisions(`return "RECRUITER" !== actor.kind;`)).toHaveLength(1);
    expect(kindDecisions(`switch (viewer.kind) {\n    case "MANAGER":\n      return 1;`)).toHaveLength(1);
    expect(kindDecisions(`where: { active: true, kind: { in: ["MANAGER", "ADMIN"] } }`)).toHaveLength(1);
    expect(kindDecisions(`where: { kind: { not: "RECRUITER" } }`)).toHaveLength(1);
    expect(kindDecisions(`await requireKind("ADMIN")`)).toHaveLength(1);
    expect(
      kindDecisions(`KIND_LABEL[user.kind]; s.kind !== "DEBRIEF"; switch (state.kind) { case "conflict": }`),
    ).toEqual([]);
    expect(kindDecisions(`where: { kind: { in: [...CHECK_IN_DELEGATE_KINDS] } }`)).toEqual([]);
  });

  it("no page, route, component or service decides by a user's kind itself: it calls a rule of lib/auth/permissions.ts", () => {
    const root = path.resolve(import.meta.dirname, "../..");
    // lib/auth holds the rules; lib/generated is Prisma's.
    const offenders = ["app", "components", "lib"]
      .flatMap((d) => walk(path.join(root, d)))
      .filter((f) => !/lib[\\/](auth|generated)[\\/]/.test(f))
      .flatMap((f) => kindDecisions(fs.readFileSync(f, "utf8")).map((d) => `${path.relative(root, f)}: ${d}`));
    expect(offenders).toEqual([]);
  });
});
