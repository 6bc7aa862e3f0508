// The independence rule as database filters (lib/scorecards/visibility.ts) must agree with its
// definition (feedbackAccess in lib/scorecards/access.ts) for every viewer, application and
// setting. A random hiring world: roles with owners and teams, applications, interviews by
// people of every kind, scorecards missing, drafted or submitted; then every viewer is asked
// three ways (JavaScript rule, Prisma where, SQL expression) under each setting.
import { beforeAll, describe, expect, it } from "vitest";
import type { CurrentUser } from "../../lib/auth/session";
import { db } from "../../lib/db";
import { Prisma } from "../../lib/generated/prisma/client";
import type { FeedbackVisibility, UserKind } from "../../lib/generated/prisma/enums";
import { hiringTeamOf, isHiringLead } from "../../lib/auth/permissions";
import {
  hiddenReasonSql,
  roleHiddenReasonSql,
  visibleApplicationsCtes,
  visibleFeedbackWhere,
} from "../../lib/scorecards/visibility";
import { rng } from "../setup/random";
import { accessFor, myInterviews } from "./helpers";

const KINDS: UserKind[] = [
  "ADMIN",
  "MANAGER",
  "MANAGER",
  "MANAGER",
  "RECRUITER",
  "RECRUITER",
  "INTERVIEWER",
  "INTERVIEWER",
];
let viewers: CurrentUser[] = [];
const appIds: string[] = [];

beforeAll(async () => {
  const rand = rng(20261130);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
  const base = await db.role.findFirstOrThrow({ select: { clusterId: true, matrixVersionId: true } });
  viewers = await Promise.all(
    KINDS.map((kind, i) =>
      db.user.create({
        data: { email: `vis-${i}@example.org`, name: `Vis ${kind} ${i}`, kind },
        select: { id: true, email: true, name: true, kind: true },
      }),
    ),
  );
  const managers = viewers.filter((v) => v.kind === "MANAGER");
  for (let r = 0; r < 4; r++) {
    const role = await db.role.create({
      data: {
        title: `Visibility role ${r}`,
        seniority: "Senior",
        clusterId: base.clusterId,
        matrixVersionId: base.matrixVersionId,
        ownerId: pick(managers).id,
        status: "OPEN",
        stages: {
          create: [0, 1].map((position) => ({ position, name: `Stage ${position}`, kind: "TECHNICAL" as const })),
        },
      },
      include: { stages: true },
    });
    // A random hiring team: any kind may be a member, with either function.
    const members = viewers
      .filter(() => rand() < 0.4)
      .map((v) => ({
        roleId: role.id,
        userId: v.id,
        function: rand() < 0.5 ? ("RECRUITER" as const) : ("INTERVIEWER" as const),
      }));
    if (members.length) await db.roleMember.createMany({ data: members });
    for (let a = 0; a < 12; a++) {
      const candidate = await db.candidate.create({ data: { name: `Vis candidate ${r}-${a}` } });
      const app = await db.application.create({ data: { candidateId: candidate.id, roleId: role.id } });
      appIds.push(app.id);
      for (const stage of role.stages) {
        for (const v of viewers) {
          if (rand() > 0.25) continue;
          const interview = await db.interview.create({
            data: { applicationId: app.id, stageId: stage.id, interviewerId: v.id },
          });
          const state = pick(["none", "DRAFT", "SUBMITTED"] as const);
          if (state === "none") continue;
          await db.scorecard.create({
            data: {
              interviewId: interview.id,
              interviewerId: v.id,
              matrixVersionId: base.matrixVersionId,
              status: state,
              ...(state === "SUBMITTED" ? { submittedAt: new Date(), recommendation: "YES" as const } : {}),
            },
          });
        }
      }
    }
  }
});

describe.each(["AFTER_SUBMIT", "ALWAYS", "NEVER"] as FeedbackVisibility[])("visibility %s", (visibility) => {
  it("the Prisma filter and the SQL expression give exactly the JavaScript rule's answer", async () => {
    let visibleSeen = 0;
    for (const viewer of viewers) {
      const apps = await db.application.findMany({
        where: { id: { in: appIds } },
        select: {
          id: true,
          role: { select: { ownerId: true, members: { select: { userId: true, function: true } } } },
          interviews: myInterviews(viewer.id),
        },
      });
      const expected = new Map(apps.map((a) => [a.id, accessFor(viewer, a.role, a.interviews, visibility)]));

      const viaWhere = await db.application.findMany({
        where: { AND: [{ id: { in: appIds } }, visibleFeedbackWhere(viewer, visibility)] },
        select: { id: true },
      });
      const expectedVisible = [...expected].filter(([, acc]) => acc.visible).map(([id]) => id);
      expect(viaWhere.map((a) => a.id).sort(), `${viewer.kind} ${viewer.name}`).toEqual(expectedVisible.sort());

      const viaSql = await db.$queryRaw<{ id: string; reason: string | null }[]>(
        Prisma.sql`SELECT a.id, ${hiddenReasonSql(viewer, visibility, "a")} AS reason FROM "Application" a WHERE a.id IN (${Prisma.join(appIds)})`,
      );
      for (const row of viaSql) {
        const acc = expected.get(row.id)!;
        expect(row.reason, `${viewer.kind} ${viewer.name} on ${row.id}`).toBe(acc.visible ? null : acc.reason);
      }
      // The set form (reports over many roles) lists exactly the visible applications, each once.
      const viaSet = await db.$queryRaw<{ app_id: string }[]>(
        Prisma.sql`WITH ${visibleApplicationsCtes(viewer, visibility)} SELECT app_id FROM visible WHERE app_id IN (${Prisma.join(appIds)})`,
      );
      expect(viaSet.map((r) => r.app_id).sort(), `set form: ${viewer.kind} ${viewer.name}`).toEqual(
        expectedVisible.sort(),
      );
      // The per-role form (one lead answer per role, the viewer's loop as a CTE) gives the same.
      for (const role of await db.role.findMany({
        where: { applications: { some: { id: { in: appIds } } } },
        select: { id: true, ownerId: true, members: { select: { userId: true, function: true } } },
      })) {
        const lead = isHiringLead(viewer, hiringTeamOf(role));
        const rule = roleHiddenReasonSql(viewer, visibility, role.id, lead);
        const perRole = await db.$queryRaw<{ id: string; reason: string | null }[]>(
          Prisma.sql`WITH ${rule.ctes} SELECT a.id, ${rule.reason("vl")} AS reason FROM "Application" a LEFT JOIN viewer_loop vl ON vl.app_id = a.id WHERE a."roleId" = ${role.id}`,
        );
        for (const row of perRole) {
          const acc = expected.get(row.id)!;
          expect(row.reason, `per role: ${viewer.kind} ${viewer.name} on ${row.id}`).toBe(
            acc.visible ? null : acc.reason,
          );
        }
      }
      visibleSeen += expectedVisible.length;
    }
    // The world must exercise both outcomes, or the comparison proves nothing.
    expect(visibleSeen).toBeGreaterThan(0);
    expect(visibleSeen).toBeLessThan(viewers.length * appIds.length);
  });
});
