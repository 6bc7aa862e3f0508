// Demo history: about a year of past hiring, so the hiring-quality pages (per domain, per
// interviewer, per question) show real figures on a fresh demo. Synthetic and labelled as such
// (roles titled "(demo history)", candidates' headline "Demo history candidate"). Deterministic.
//
// Three closed roles, each with a screen (one interviewer, two domains) and a final loop (three
// of four interviewers, all domains), questions from the bank in each stage's plan. Each
// candidate has a true level per domain; an interviewer's rating is that level plus their own
// bias and noise, rounded and clipped to 0..3, so the pages have something to find:
//   priya: close to the truth; tomas: lenient (+0.6); kwame: harsh (−0.5); mei: noisy.
// The panel hires when the final loop's mean reaches the role's mean target; hires are rated on
// the job at every check-in already due (latest: the truth plus growth and noise), so no
// check-in is left due. Bulk inserts (createMany): the database's triggers keep the consensus,
// calibration rows and HireFollowUp as they would for real use.
import { randomUUID } from "node:crypto";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import type { ClusterKey, DomainKey } from "./content/matrix";
import { DOMAIN_KEYS } from "./content/matrix";
import type { MatrixIds } from "./seed-matrix";
import { seededRandom } from "../../lib/random";

// What the past panels wrote, by the rating they gave: evidence a calibration exercise can show
// a trainee, so it describes what the candidate did and never names the level.
const HISTORY_EVIDENCE: Record<number, [string, string]> = {
  0: [
    "Could not say what the dashboards showed or where to start; guessed at what the tools do.",
    "Described the area in general terms only and could not walk through a real case.",
  ],
  1: [
    "Follows the team's runbook and uses the existing dashboards; needed prompting to go beyond them.",
    "Handled the routine case correctly with the tools already in place; unsure when something new broke.",
  ],
  2: [
    "Built a working setup on their own and explained the trade-offs with examples from their current job.",
    "Diagnosed the unfamiliar failure unaided, changed the configuration and showed how they verified the fix.",
  ],
  3: [
    "Set the standard other teams now follow, with measured results: fewer pages and faster recovery.",
    "Designed the approach across several teams, weighed cost against risk and showed the adoption numbers.",
  ],
};

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Level = 0 | 1 | 2 | 3;

const DAY = 24 * 3600 * 1000;
const HOUR = 3600 * 1000;
const MILESTONES = [90, 182, 365];

const INTERVIEWERS: Record<string, { bias: number; noise: number }> = {
  "priya@example.com": { bias: 0, noise: 0.5 },
  "tomas@example.com": { bias: 0.6, noise: 0.65 },
  "kwame@example.com": { bias: -0.5, noise: 0.65 },
  "mei@example.com": { bias: 0, noise: 1.3 },
};
const PANEL = Object.keys(INTERVIEWERS);

type HistoryRole = {
  title: string;
  cluster: ClusterKey;
  owner: string;
  targets: Record<DomainKey, Level>;
  /** The candidates' mean true level per domain (before their own variation). */
  pool: Record<DomainKey, number>;
  screen: DomainKey[];
  /** Where this pool's levels can fall in a domain, on the job and in the interview (default 0..3). */
  range?: Partial<Record<DomainKey, [Level, Level]>>;
  /** Question levels in each stage's plan, per domain. */
  questionLevels: Partial<Record<DomainKey, Level[]>>;
  applicants: number;
};

const ROLES: HistoryRole[] = [
  {
    title: "Site Reliability Engineer (demo history)",
    cluster: "sre",
    owner: "manager@example.com",
    targets: { observability: 2, "data-ml": 1, automation: 2, "security-governance": 1 },
    pool: { observability: 2.2, "data-ml": 1.0, automation: 2.0, "security-governance": 0.9 },
    screen: ["observability", "automation"],
    // Every applicant runs production monitoring already: nobody is below Level 1 there, so its
    // Level 1 question is passed by all (the page flags it for retirement).
    range: { observability: [1, 3] },
    questionLevels: { observability: [1, 2], "data-ml": [1], automation: [2, 3], "security-governance": [1] },
    applicants: 48,
  },
  {
    title: "AI Platform Engineer (demo history)",
    cluster: "platform",
    owner: "manager@example.com",
    targets: { observability: 2, "data-ml": 1, automation: 3, "security-governance": 2 },
    pool: { observability: 1.9, "data-ml": 1.1, automation: 2.5, "security-governance": 1.8 },
    screen: ["automation", "security-governance"],
    questionLevels: { observability: [2], "data-ml": [1, 2], automation: [2, 3], "security-governance": [2] },
    applicants: 44,
  },
  {
    title: "ML Operations Engineer (demo history)",
    cluster: "data-ml",
    owner: "dana@example.com",
    targets: { observability: 1, "data-ml": 3, automation: 2, "security-governance": 1 },
    pool: { observability: 1.2, "data-ml": 2.4, automation: 1.9, "security-governance": 0.8 },
    screen: ["data-ml", "automation"],
    // Nobody in this pool works at Level 3 in security: its Level 3 question is passed by none.
    range: { "security-governance": [0, 2] },
    questionLevels: { observability: [1], "data-ml": [2, 3], automation: [2], "security-governance": [3] },
    applicants: 40,
  },
];

const FIRST = [
  "Ada",
  "Bilal",
  "Chen",
  "Dara",
  "Emil",
  "Farah",
  "Goran",
  "Hana",
  "Ivo",
  "Jun",
  "Kira",
  "Leon",
  "Mira",
  "Nils",
  "Oona",
];
const LAST = [
  "Abbott",
  "Bauer",
  "Costa",
  "Dubois",
  "Eriksen",
  "Fontaine",
  "Gupta",
  "Haas",
  "Ilves",
  "Jensen",
  "Kowal",
  "Lindqvist",
];

const clip = (x: number, [lo, hi]: [Level, Level] = [0, 3]): Level =>
  Math.max(lo, Math.min(hi, Math.round(x))) as Level;
const id = () => "h" + randomUUID().replace(/-/g, "").slice(0, 24);

export async function seedHistory(
  tx: Tx,
  ids: MatrixIds,
  questions: { id: string; domainId: string; level: number }[],
  uid: (email: string) => string,
  now = Date.now(),
) {
  const rand = seededRandom(20251201);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  const candidates: { id: string; name: string; email: string; source: string; headline: string; createdAt: Date }[] =
    [];
  const applications: {
    id: string;
    candidateId: string;
    roleId: string;
    currentStageId: string;
    stageEnteredAt: Date;
    status: "HIRED" | "REJECTED";
    decision: "HIRE" | "NO_HIRE";
    decidedAt: Date;
    decidedById: string;
    decisionRationale: string;
    createdAt: Date;
  }[] = [];
  const interviews: {
    id: string;
    applicationId: string;
    stageId: string;
    interviewerId: string;
    scheduledAt: Date;
    createdAt: Date;
  }[] = [];
  const scorecards: {
    id: string;
    interviewId: string;
    interviewerId: string;
    matrixVersionId: string;
    status: "SUBMITTED";
    recommendation: "STRONG_YES" | "YES" | "NO" | "STRONG_NO";
    submittedAt: Date;
    version: number;
    createdAt: Date;
  }[] = [];
  const scores: { scorecardId: string; domainId: string; rating: number; evidence: string }[] = [];
  const checkIns: {
    id: string;
    applicationId: string;
    milestoneDays: number;
    authorId: string;
    overall: number;
    wouldHireAgain: boolean;
    submittedAt: Date;
  }[] = [];
  const checkInRatings: { checkInId: string; domainId: string; rating: number; evidence: string }[] = [];
  let n = 0;
  let hires = 0;

  for (const [ri, spec] of ROLES.entries()) {
    const planFor = (domains: DomainKey[]) =>
      domains.flatMap((dk) =>
        (spec.questionLevels[dk] ?? []).flatMap(
          (lvl, k) =>
            questions.filter((q) => q.domainId === ids.domainIds[dk] && q.level === lvl)[(ri + k + 1) % 3] ?? [],
        ),
      );
    const owner = uid(spec.owner);
    const role = await tx.role.create({
      data: {
        title: spec.title,
        seniority: "Mid-level",
        clusterId: ids.clusterIds[spec.cluster]!,
        matrixVersionId: ids.versionId,
        status: "CLOSED",
        ownerId: owner,
        planPublishedAt: new Date(now - 430 * DAY),
        createdAt: new Date(now - 440 * DAY),
        targets: { create: DOMAIN_KEYS.map((dk) => ({ domainId: ids.domainIds[dk]!, level: spec.targets[dk] })) },
        members: {
          create: [
            { userId: uid("recruiter@example.com"), function: "RECRUITER" as const },
            ...PANEL.map((e) => ({ userId: uid(e), function: "INTERVIEWER" as const })),
          ],
        },
      },
    });
    const stages = [];
    for (const [position, domains] of [spec.screen, [...DOMAIN_KEYS]].entries()) {
      stages.push(
        await tx.interviewStage.create({
          data: {
            roleId: role.id,
            position,
            name: position === 0 ? "Technical screen" : "Final loop",
            kind: position === 0 ? "SCREEN" : "TECHNICAL",
            domains: { create: domains.map((dk) => ({ domainId: ids.domainIds[dk]! })) },
            questions: { create: planFor(domains).map((q, i) => ({ questionId: q.id, position: i })) },
            interviewers: { create: PANEL.map((e) => ({ userId: uid(e) })) },
          },
        }),
      );
    }
    const meanTarget = DOMAIN_KEYS.reduce((s, dk) => s + spec.targets[dk], 0) / DOMAIN_KEYS.length;

    for (let c = 0; c < spec.applicants; c++, n++) {
      // Spread over the past ~13 months; the latest decisions 3 weeks ago.
      const decidedDaysAgo = 21 + Math.floor(((c + 0.5) / spec.applicants) * 380 + rand() * 8);
      const decidedAt = new Date(now - decidedDaysAgo * DAY);
      const truth = Object.fromEntries(DOMAIN_KEYS.map((dk) => [dk, spec.pool[dk] + 0.75 * normal()])) as Record<
        DomainKey,
        number
      >;
      const candidateId = id();
      const name = `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}`;
      candidates.push({
        id: candidateId,
        name,
        email: `history.${String(n + 1).padStart(3, "0")}@example.net`,
        source: ["Referral", "LinkedIn", "Careers page", "Conference"][n % 4]!,
        headline: "Demo history candidate (synthetic)",
        createdAt: new Date(decidedAt.getTime() - 40 * DAY),
      });
      const appId = id();
      const panel = [PANEL[(c + ri) % 4]!, PANEL[(c + ri + 1) % 4]!, PANEL[(c + ri + 2) % 4]!];
      const rounds = [
        {
          stage: stages[0]!,
          who: [PANEL[(c + ri + 3) % 4]!],
          domains: spec.screen,
          at: decidedAt.getTime() - 20 * DAY,
        },
        { stage: stages[1]!, who: panel, domains: [...DOMAIN_KEYS], at: decidedAt.getTime() - 6 * DAY },
      ];
      let finalSum = 0;
      let finalCount = 0;
      for (const round of rounds) {
        for (const [k, email] of round.who.entries()) {
          const { bias, noise } = INTERVIEWERS[email]!;
          const interviewId = id();
          const scheduledAt = new Date(round.at + k * HOUR);
          interviews.push({
            id: interviewId,
            applicationId: appId,
            stageId: round.stage.id,
            interviewerId: uid(email),
            scheduledAt,
            createdAt: scheduledAt,
          });
          const ratings = round.domains.map((dk) => ({
            dk,
            rating: clip(truth[dk] + bias + noise * normal(), spec.range?.[dk]),
          }));
          const gap = ratings.reduce((s, r) => s + spec.targets[r.dk] - r.rating, 0) / ratings.length;
          const scorecardId = id();
          scorecards.push({
            id: scorecardId,
            interviewId,
            interviewerId: uid(email),
            matrixVersionId: ids.versionId,
            status: "SUBMITTED",
            recommendation: gap <= -0.5 ? "STRONG_YES" : gap <= 0.25 ? "YES" : gap <= 1 ? "NO" : "STRONG_NO",
            submittedAt: new Date(scheduledAt.getTime() + (3 + ((c + k) % 20)) * HOUR),
            version: 2,
            createdAt: scheduledAt,
          });
          for (const r of ratings) {
            scores.push({
              scorecardId,
              domainId: ids.domainIds[r.dk]!,
              rating: r.rating,
              evidence: HISTORY_EVIDENCE[r.rating]![(c + k) % 2]!,
            });
            if (round.stage === stages[1]) {
              finalSum += r.rating;
              finalCount++;
            }
          }
        }
      }
      const hired = finalSum / finalCount >= meanTarget - 0.1;
      applications.push({
        id: appId,
        candidateId,
        roleId: role.id,
        currentStageId: stages[1]!.id,
        stageEnteredAt: decidedAt,
        status: hired ? "HIRED" : "REJECTED",
        decision: hired ? "HIRE" : "NO_HIRE",
        decidedAt,
        decidedById: owner,
        decisionRationale: hired
          ? "Demo history: the final loop met the role's targets."
          : "Demo history: below the role's targets.",
        createdAt: new Date(decidedAt.getTime() - 30 * DAY),
      });
      if (!hired) continue;
      hires++;
      for (const days of MILESTONES) {
        const dueAt = decidedAt.getTime() + days * DAY;
        if (dueAt > now) break;
        const growth = (0.25 * days) / 365;
        // The job asks for more than the interview saw: half of the candidate's difference from
        // the pool carries over, the rest is the job's own (noise), so validity is real but modest.
        const levels = DOMAIN_KEYS.map((dk) =>
          clip(spec.pool[dk] + 0.6 * (truth[dk] - spec.pool[dk]) + growth + 0.6 * normal(), spec.range?.[dk]),
        );
        const meets = DOMAIN_KEYS.reduce((s, dk, i) => s + levels[i]! - spec.targets[dk], 0) / DOMAIN_KEYS.length;
        const overall = Math.max(1, Math.min(5, Math.round(3 + 1.5 * meets + 0.5 * normal())));
        const checkInId = id();
        checkIns.push({
          id: checkInId,
          applicationId: appId,
          milestoneDays: days,
          authorId: owner,
          overall,
          wouldHireAgain: overall >= 3,
          submittedAt: new Date(Math.min(dueAt + 4 * DAY, now - 2 * HOUR)),
        });
        for (const [i, dk] of DOMAIN_KEYS.entries())
          checkInRatings.push({
            checkInId,
            domainId: ids.domainIds[dk]!,
            rating: levels[i]!,
            evidence: `Demo history: working at about Level ${levels[i]} here.`,
          });
      }
    }
  }

  await tx.candidate.createMany({ data: candidates });
  // Inserted already decided: the database's trigger opens a HireFollowUp at decidedAt for each hire.
  await tx.application.createMany({ data: applications });
  await tx.interview.createMany({ data: interviews });
  await tx.scorecard.createMany({ data: scorecards });
  await tx.domainScore.createMany({ data: scores });
  await tx.qualityCheckIn.createMany({ data: checkIns });
  await tx.qualityCheckInRating.createMany({ data: checkInRatings });
  // Their reminders went out when they fell due (so the reminder run does not send them again).
  await tx.checkInReminder.createMany({
    data: checkIns.map((c) => ({
      applicationId: c.applicationId,
      milestoneDays: c.milestoneDays,
      sentAt: c.submittedAt,
    })),
  });
  return {
    roles: ROLES.length,
    applications: applications.length,
    hires,
    checkIns: checkIns.length,
    ratings: scores.length,
  };
}
