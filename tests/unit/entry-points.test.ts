// Every entry point in the file tree is declared in the access table, and nothing is declared
// that the tree no longer has: adding a page, route handler or server action without saying
// who may use it fails here. The e2e access-table spec checks the declarations on a server.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ACTION_POINTS } from "../access/action-points";
import { ENTRY_POINTS, PERSONAS, type Persona } from "../access/entry-points";
import { handlerRoutes, pageRoutes, serverActions } from "../access/inventory";
import * as access from "../../lib/scorecards/access";
import * as permissions from "../../lib/auth/permissions";
import type { UserKind } from "../../lib/generated/prisma/enums";

/** Each signed-in persona's kind (tests/e2e/access-session.ts signs them in; scripts/seed-e2e-people.ts adds casey@ and noor@). */
const KIND: Record<Exclude<Persona, "anonymous">, UserKind> = {
  interviewer: "INTERVIEWER",
  managerOwner: "MANAGER",
  managerOther: "MANAGER",
  recruiter: "RECRUITER",
  recruiterOff: "RECRUITER",
  panelPending: "MANAGER",
  admin: "ADMIN",
};

const declared = (kind: string) => ENTRY_POINTS.filter((e) => e.kind === kind).map((e) => e.id);

describe("the access table covers every entry point", () => {
  it("declares every page, and no page that does not exist", () => {
    expect(declared("page").sort()).toEqual(pageRoutes());
  });

  it("declares every method of every route handler", () => {
    const inTree = handlerRoutes().flatMap((r) => r.methods.map((m) => `${m} ${r.route}`));
    expect(declared("route").sort()).toEqual(inTree.sort());
  });

  it("declares every server action, and names the rule its service checks", () => {
    expect(declared("action").sort()).toEqual(serverActions());
    const rules = new Set([...Object.keys(permissions), ...Object.keys(access)]);
    for (const e of ENTRY_POINTS) {
      if (e.kind !== "action") continue;
      const capability = /^can\("(\w+)"\)$/.exec(e.rule)?.[1];
      if (capability) expect(Object.keys(permissions.CAPABILITIES), e.id).toContain(capability);
      else if (e.rule !== "signed in")
        expect(rules.has(e.rule), `${e.id}: ${e.rule} is not a rule of lib/auth or lib/scorecards/access`).toBe(true);
    }
  });

  it("has every server action in lib/<feature>/actions.ts, declared with defineAction", () => {
    const actions = serverActions();
    expect(actions.length).toBeGreaterThan(0);
    for (const id of actions) {
      const [file, name] = id.split("#") as [string, string];
      expect(file, `${id}: server actions live in lib/<feature>/actions.ts`).toMatch(/^lib\/[\w-]+\/actions\.ts$/);
      const src = fs.readFileSync(file, "utf8");
      expect(src, `${id} is not declared with defineAction`).toMatch(
        new RegExp(`^export const ${name} = defineAction\\(`, "m"),
      );
    }
    // Nothing else exported from an actions file: every export is an action of the table.
    for (const file of fs
      .readdirSync("lib")
      .map((d) => `lib/${d}/actions.ts`)
      .filter((f) => fs.existsSync(f))) {
      const src = fs.readFileSync(file, "utf8");
      expect(
        src.split("\n").find((l) => l.trim() && !l.trim().startsWith("//")),
        `${file} starts with "use server"`,
      ).toMatch(/^"use server";$/);
      for (const m of src.matchAll(/^export\s+(?:async\s+)?(?:function|const|let|class|\{|default)\s*(\w*)/gm))
        expect(declared("action"), `${file} exports ${m[1]}, which the access table does not list`).toContain(
          `${file}#${m[1]}`,
        );
    }
  });

  it("gives every probed page and route an expectation for each persona", () => {
    for (const e of ENTRY_POINTS) {
      if (e.kind === "action") continue;
      expect(Object.keys(e.expect).sort(), e.id).toEqual([...PERSONAS].sort());
      if (e.url === null) expect(e.why.length, `${e.id} is not probed: say why`).toBeGreaterThan(10);
    }
  });

  it("gives every server action an expectation for each persona, and arguments to probe it with", () => {
    expect(ACTION_POINTS.length).toBe(declared("action").length);
    for (const e of ACTION_POINTS) {
      expect(e.refused, `${e.id}: anonymous is refused every action`).toContain("anonymous");
      expect(new Set(e.refused).size, `${e.id} lists a persona twice`).toBe(e.refused.length);
      for (const p of e.refused) expect(PERSONAS, e.id).toContain(p);
      expect(e.refused.length, `${e.id} refuses everyone: who is it for?`).toBeLessThan(PERSONAS.length);
      expect(typeof e.args, e.id).toBe("function");
      if (!e.allowedUnprobed) continue;
      const cited = e.allowedUnprobed.match(/tests\/[\w/.-]+\.ts/g) ?? [];
      expect(cited.length, `${e.id}: say which test covers the allowed side`).toBeGreaterThan(0);
      for (const file of cited) expect(fs.existsSync(file), `${e.id} cites ${file}, which does not exist`).toBe(true);
    }
  });

  it("refuses, for a capability rule, exactly the personas whose kind lacks it; for 'signed in', only anonymous", () => {
    for (const e of ACTION_POINTS) {
      const capability = /^can\("(\w+)"\)$/.exec(e.rule)?.[1] as permissions.Capability | undefined;
      if (!capability && e.rule !== "signed in") continue;
      const refused = PERSONAS.filter(
        (p) => p === "anonymous" || (capability !== undefined && !permissions.can({ kind: KIND[p] }, capability)),
      );
      // The owner-only rule of a token is the object's, not the persona's: declared with its own refusals.
      if (e.rule === "signed in" && e.refused.length > 1) continue;
      expect([...e.refused].sort(), e.id).toEqual([...refused].sort());
    }
  });

  it("refuses, for a per-object rule, exactly the personas the rule refuses on the probed objects", () => {
    // [role] as the demo has it: owned by managerOwner, recruited for by recruiter, panelPending on its panel
    // (with a scorecard still to submit on [application]); the hire's role is managerOwner's too, the bank's questions nobody's.
    const role = {
      ownerId: "managerOwner",
      members: [
        { userId: "recruiter", function: "RECRUITER" as const },
        { userId: "interviewer", function: "INTERVIEWER" as const },
        { userId: "panelPending", function: "INTERVIEWER" as const },
      ],
    };
    const RULES: Record<string, (actor: { id: string; kind: UserKind }) => boolean> = {
      canEditRole: (a) => permissions.canEditRole(a, role),
      canEditRoleLogistics: (a) => permissions.canEditRoleLogistics(a, role),
      canManagePipeline: (a) => permissions.canManagePipeline(a, role),
      canDecideOnCandidates: (a) =>
        permissions.canRecordDecision(a, { role, pendingOwnInterviews: a.id === "panelPending" ? 1 : 0 }),
      canTrainAsInterviewer: (a) => permissions.canTrainAsInterviewer(a),
      canEraseCandidate: (a) => permissions.canEraseCandidate(a, [role]),
      canSendSelfIdLink: (a) => permissions.canSendSelfIdLink(a, [role]),
      canRecordCheckIn: (a) => permissions.canRecordCheckIn(a, { roleOwnerId: "managerOwner", delegateId: null }),
      canEditQuestion: (a) => permissions.canEditQuestion(a, { authorId: null }),
    };
    const unchecked = new Set<string>();
    for (const e of ACTION_POINTS) {
      const rule = RULES[e.rule];
      if (!rule) {
        if (e.rule !== "signed in" && !e.rule.startsWith("can(")) unchecked.add(e.rule);
        continue;
      }
      const refused = PERSONAS.filter((p) => p === "anonymous" || !rule({ id: p, kind: KIND[p] }));
      expect([...e.refused].sort(), `${e.id} (${e.rule})`).toEqual([...refused].sort());
    }
    // Left to the browser spec: a scorecard is its interviewer's alone (whose interview [interview] is),
    // and the JD check needs can("writeJobDescriptions") besides canViewRole. A new rule is added above.
    expect([...unchecked].sort()).toEqual(["canViewRole", "feedbackAccess"]);
  });
});
