// Demo quality-of-hire data: a closed role with two people hired from it, so the check-ins and
// the hiring-quality page have something to show on a fresh demo. One was hired over a year ago
// and has all three check-ins; the other was hired 100 days ago and their 90-day check-in is due
// (the manager's to fill in). Two hires are far below the page's threshold: it says so.
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { DOMAIN_KEYS, type DomainKey } from "./content/matrix";
import type { MatrixIds } from "./seed-matrix";

/** An audit event of the demo's past, written by seedDemo in time order. */
export type DemoAuditEvent = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string;
  data?: object;
  at: Date;
};

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Level = 0 | 1 | 2 | 3;

const TARGETS: Record<DomainKey, Level> = { observability: 2, "data-ml": 1, automation: 2, "security-governance": 1 };
const INTERVIEWERS = ["priya@example.com", "tomas@example.com"];
const DAY = 24 * 3600 * 1000;

/** Per hire: days since the hire, the panel's ratings per domain (both interviewers), and the check-ins recorded: [days, job levels, overall, again]. */
const HIRES: { hiredDaysAgo: number; panel: Level[][]; checkIns: [number, Level[], number, boolean][] }[] = [
  {
    hiredDaysAgo: 400,
    panel: [
      [3, 1, 2, 1],
      [2, 1, 3, 2],
    ],
    checkIns: [
      [90, [2, 1, 2, 1], 3, true],
      [182, [3, 1, 2, 2], 4, true],
      [365, [3, 2, 3, 2], 4, true],
    ],
  },
  {
    hiredDaysAgo: 100,
    panel: [
      [2, 1, 2, 1],
      [2, 0, 2, 1],
    ],
    checkIns: [],
  },
];

const JOB_EVIDENCE: Record<Level, string> = {
  0: "Needed close guidance on routine work in this area.",
  1: "Handles the routine work here on their own, following the runbooks.",
  2: "Owns this area for the team: designed and shipped improvements without help.",
  3: "Sets direction here: other teams now reuse what they built.",
};

/** `audit`: the demo's audit events so far; the hires' events are added for the caller to write in time order. */
export async function seedDemoHires(
  tx: Tx,
  ids: MatrixIds,
  uid: (email: string) => string,
  candidateIds: string[],
  audit: DemoAuditEvent[],
) {
  const now = Date.now();
  const manager = uid("manager@example.com");
  const role = await tx.role.create({
    data: {
      title: "Reliability Engineer (demo hires)",
      seniority: "Mid-level",
      clusterId: ids.clusterIds.sre!,
      matrixVersionId: ids.versionId,
      status: "CLOSED",
      ownerId: manager,
      planPublishedAt: new Date(now - 460 * DAY),
      createdAt: new Date(now - 480 * DAY),
      targets: { create: DOMAIN_KEYS.map((dk) => ({ domainId: ids.domainIds[dk]!, level: TARGETS[dk] })) },
      members: {
        create: [
          { userId: uid("recruiter@example.com"), function: "RECRUITER" as const },
          ...INTERVIEWERS.map((e) => ({ userId: uid(e), function: "INTERVIEWER" as const })),
        ],
      },
      stages: {
        create: {
          position: 0,
          name: "Final loop",
          kind: "TECHNICAL",
          domains: { create: DOMAIN_KEYS.map((dk) => ({ domainId: ids.domainIds[dk]! })) },
          interviewers: { create: INTERVIEWERS.map((e) => ({ userId: uid(e) })) },
        },
      },
    },
    include: { stages: true },
  });
  const stage = role.stages[0]!;
  for (const [h, hire] of HIRES.entries()) {
    const candidateId = candidateIds[h];
    if (!candidateId) break;
    const hiredAt = new Date(now - hire.hiredDaysAgo * DAY);
    const app = await tx.application.create({
      data: {
        candidateId,
        roleId: role.id,
        currentStageId: stage.id,
        createdAt: new Date(hiredAt.getTime() - 30 * DAY),
      },
    });
    for (const [i, email] of INTERVIEWERS.entries()) {
      const scheduledAt = new Date(hiredAt.getTime() - 10 * DAY);
      const interview = await tx.interview.create({
        data: { applicationId: app.id, stageId: stage.id, interviewerId: uid(email), scheduledAt },
      });
      await tx.scorecard.create({
        data: {
          interviewId: interview.id,
          interviewerId: uid(email),
          matrixVersionId: ids.versionId,
          status: "SUBMITTED",
          recommendation: "YES",
          submittedAt: new Date(scheduledAt.getTime() + 4 * 3600 * 1000),
          version: 2,
          scores: {
            create: DOMAIN_KEYS.map((dk, d) => ({
              domainId: ids.domainIds[dk]!,
              rating: hire.panel[i]![d]!,
              evidence: "Demo evidence: worked through the scenario and explained the trade-offs.",
            })),
          },
        },
      });
    }
    // Hired: the database starts the check-in clock at the decision (HireFollowUp).
    await tx.application.update({
      where: { id: app.id },
      data: {
        status: "HIRED",
        decision: "HIRE",
        decidedAt: hiredAt,
        decidedById: manager,
        decisionRationale: "Demo hire: met or exceeded the targets in observability and automation.",
        stageEnteredAt: hiredAt,
      },
    });
    audit.push({
      actorId: manager,
      action: "application.decided",
      entityType: "Application",
      entityId: app.id,
      at: hiredAt,
    });
    for (const [days, levels, overall, again] of hire.checkIns) {
      const at = new Date(hiredAt.getTime() + (days + 3) * DAY);
      await tx.qualityCheckIn.create({
        data: {
          applicationId: app.id,
          milestoneDays: days,
          authorId: manager,
          overall,
          wouldHireAgain: again,
          submittedAt: at,
          ratings: {
            create: DOMAIN_KEYS.map((dk, d) => ({
              domainId: ids.domainIds[dk]!,
              rating: levels[d]!,
              evidence: JOB_EVIDENCE[levels[d]!],
            })),
          },
        },
      });
      audit.push({
        actorId: manager,
        action: "check_in.recorded",
        entityType: "Application",
        entityId: app.id,
        at,
        data: { milestoneDays: days },
      });
      // Its reminder went out when it fell due.
      await tx.checkInReminder.create({
        data: { applicationId: app.id, milestoneDays: days, sentAt: new Date(hiredAt.getTime() + days * DAY) },
      });
    }
  }
  return { hires: Math.min(HIRES.length, candidateIds.length) };
}
