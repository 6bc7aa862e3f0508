// Server-action access rows: hiring (roles, questions, candidates, the pipeline, scorecards,
// decisions) and one's own account (see tests/access/action-points.ts).
import {
  ADMIN_ONLY,
  HIRING_TEAM,
  MANAGERS,
  NO_SUCH_ID,
  RECRUITERS,
  ROLE_OWNER,
  SIGNED_IN,
  allExcept,
  type ActionPoint,
} from "./action-rules";

// The probes' inputs, each valid for its schema.
const when = "2031-03-04T10:00:00.000Z";
const roleInput = (title: string) => ({
  title,
  seniority: "Senior",
  clusterId: NO_SUCH_ID, // refused by the reference check, after authorization
  templateId: "",
  location: "",
  recruiterId: "",
  interviewerIds: [],
  targets: [{ domainId: NO_SUCH_ID, level: 1, weight: 1 }],
  salaryMin: null,
  salaryMax: null,
  currency: "USD",
  status: "DRAFT",
});
const question = (domainId: string) => ({
  domainId,
  level: 1,
  prompt: "Access probe: how would you roll back a bad deploy?",
  answerL1: "Access probe: a level 1 answer.",
  answerL2: "Access probe: a level 2 answer.",
  answerL3: "Access probe: a level 3 answer.",
});
/** A scorecard rating a domain the stage does not rate: refused by the service after the ownership check. */
const scorecard = (interviewId: string) => ({
  interviewId,
  expectedVersion: 0,
  values: {
    scores: [
      {
        domainId: NO_SUCH_ID,
        rating: "2",
        evidence: "Access probe: this evidence is long enough to pass the schema.",
        observedIndicatorIds: [],
      },
    ],
    recommendation: "YES",
    privateNote: "",
  },
});
const csv = "name,email\nAccess Probe,access-probe-import@example.com\n";

export const HIRING_ACTIONS: ActionPoint[] = [
  // ------------------------------------------------------------------ candidates and decisions
  {
    kind: "action",
    id: "lib/applications/actions.ts#recordDecisionAction",
    rule: "canDecideOnCandidates",
    who: "hiring leads of the role who are not waiting to submit their own scorecard",
    refused: ROLE_OWNER,
    args: (ids) => [
      ids.application,
      { decision: "NO_HIRE", rationale: "Access probe: a refused persona must not be able to record this." },
    ],
    allowedUnprobed:
      "it would decide on the demo candidate; tests/integration/decision-independence.test.ts and tests/integration/pipeline-rights.test.ts",
  },
  {
    kind: "action",
    id: "lib/scorecards/actions.ts#saveDraftAction",
    rule: "feedbackAccess",
    who: "the interview's own interviewer",
    refused: allExcept("interviewer"),
    args: (ids) => [
      { ...scorecard(ids.interview), values: { ...scorecard(ids.interview).values, recommendation: "" } },
    ],
  },
  {
    kind: "action",
    id: "lib/scorecards/actions.ts#submitScorecardAction",
    rule: "feedbackAccess",
    who: "the interview's own interviewer; idempotent",
    refused: allExcept("interviewer"),
    args: (ids) => [scorecard(ids.interview)],
  },
  {
    kind: "action",
    id: "lib/scorecards/actions.ts#amendScorecardAction",
    rule: "feedbackAccess",
    who: "the interview's own interviewer, after submitting",
    refused: allExcept("interviewer"),
    args: (ids) => [{ ...scorecard(ids.interview), reason: "Access probe: an amendment reason." }],
  },
  {
    kind: "action",
    id: "lib/candidates/actions.ts#previewImportAction",
    rule: 'can("manageCandidates")',
    who: "recruiters and admins",
    refused: RECRUITERS,
    args: () => [csv],
  },
  {
    kind: "action",
    id: "lib/candidates/actions.ts#commitImportAction",
    rule: 'can("manageCandidates")',
    who: "recruiters and admins",
    refused: RECRUITERS,
    args: () => [{ text: csv, confirmedLines: [2] }],
    // A file without the columns an import needs: refused after the capability check.
    allowedArgs: () => [{ text: "not,a,candidate,file\n1,2,3,4\n", confirmedLines: [2] }],
  },
  {
    kind: "action",
    id: "lib/candidates/actions.ts#eraseCandidateAction",
    rule: "canEraseCandidate",
    who: "recruiters on every team the candidate applied to, admins",
    refused: allExcept("recruiter", "admin"),
    args: (ids) => [ids.candidate],
    allowedUnprobed: "it would erase the demo candidate; tests/integration/candidate-privacy.test.ts erases its own",
  },
  // ------------------------------------------------------------------ questions
  {
    kind: "action",
    id: "lib/questions/actions.ts#saveQuestionAction",
    rule: "canEditQuestion",
    who: "managers (their own questions) and admins",
    refused: ADMIN_ONLY,
    // An edit of [question] (written by nobody: the demo bank's) moving it to a domain that does not exist.
    args: (ids) => [ids.question, question(NO_SUCH_ID)],
  },
  {
    kind: "action",
    id: "lib/questions/actions.ts#retireQuestionAction",
    rule: "canEditQuestion",
    who: "managers (their own questions) and admins",
    refused: ADMIN_ONLY,
    args: (ids) => [ids.question, true],
    // Restoring a question that is not retired: nothing changes.
    allowedArgs: (ids) => [ids.question, false],
  },
  // ------------------------------------------------------------------ roles
  {
    kind: "action",
    id: "lib/job-descriptions/actions.ts#saveJobDescriptionAction",
    rule: "canEditRoleLogistics",
    who: "the role's owner, its recruiters, admins",
    refused: HIRING_TEAM,
    // Based on a save that is not the latest: a conflict, after authorization.
    args: (ids) => [
      ids.role,
      { content: "Access probe: this job description must never be saved.", basedOn: "2000-01-01T00:00:00.000Z" },
    ],
  },
  {
    kind: "action",
    id: "lib/job-descriptions/actions.ts#analyseJobDescriptionAction",
    rule: "canViewRole",
    who: "whoever may view the role and write job descriptions (not interviewers)",
    refused: ["anonymous", "interviewer"],
    args: (ids) => [ids.role, { text: "Access probe: we run Kubernetes and Prometheus in production." }],
  },
  {
    kind: "action",
    id: "lib/roles/actions.ts#createRoleAction",
    rule: 'can("createRoles")',
    who: "managers and admins",
    refused: MANAGERS,
    args: () => [roleInput("Access probe role")],
  },
  {
    kind: "action",
    id: "lib/roles/actions.ts#updateRoleAction",
    rule: "canEditRole",
    who: "the role's owner or an admin",
    refused: ROLE_OWNER,
    args: (ids) => [ids.role, 999_999, roleInput("Access probe role")],
  },
  {
    kind: "action",
    id: "lib/roles/actions.ts#updateRoleLogisticsAction",
    rule: "canEditRoleLogistics",
    who: "the role's owner, its recruiters, admins",
    refused: HIRING_TEAM,
    // A version the role is long past: locked, after authorization.
    args: (ids) => [ids.role, 999_999, { salaryMin: null, salaryMax: null, currency: "USD", status: "CLOSED" }],
  },
  {
    kind: "action",
    id: "lib/roles/actions.ts#savePlanAction",
    rule: "canEditRole",
    who: "the role's owner or an admin",
    refused: ROLE_OWNER,
    args: (ids) => [
      ids.role,
      999_999,
      {
        stages: [
          {
            name: "Access probe",
            kind: "BEHAVIOURAL",
            durationMinutes: 30,
            domainIds: [],
            interviewerIds: [ids.user],
            questionIds: [],
          },
        ],
      },
      false,
    ],
  },
  // ------------------------------------------------------------------ the pipeline
  {
    kind: "action",
    id: "lib/applications/actions.ts#addCandidateAction",
    rule: "canManagePipeline",
    who: "the role's hiring team and admins",
    refused: HIRING_TEAM,
    // [candidate] is on [role] already: refused as a duplicate, after authorization.
    args: (ids) => [
      { roleId: ids.role, candidate: { name: "Access Probe", email: ids.candidateEmail, source: "", headline: "" } },
    ],
  },
  {
    kind: "action",
    id: "lib/interviews/actions.ts#scheduleStageAction",
    rule: "canManagePipeline",
    who: "the role's hiring team and admins",
    refused: HIRING_TEAM,
    // A stage the role does not have: refused after authorization.
    args: (ids) => [{ applicationId: ids.application, stageId: NO_SUCH_ID, scheduledAt: when }],
  },
  {
    kind: "action",
    id: "lib/interviews/actions.ts#applicationSeatsAction",
    rule: "canManagePipeline",
    who: "the role's hiring team and admins (a read for the scheduling form)",
    refused: HIRING_TEAM,
    args: (ids) => [{ applicationId: ids.application }],
  },
  {
    kind: "action",
    id: "lib/applications/actions.ts#moveApplicationAction",
    rule: "canManagePipeline",
    who: "the role's hiring team; rejecting needs canDecideOnCandidates",
    refused: HIRING_TEAM,
    args: (ids) => [{ applicationId: ids.application, stageId: NO_SUCH_ID }],
  },
  {
    kind: "action",
    id: "lib/interviews/actions.ts#rescheduleInterviewAction",
    rule: "canManagePipeline",
    who: "the role's owner, its recruiters, admins; emails the updated invitation",
    refused: HIRING_TEAM,
    args: (ids) => [{ interviewId: ids.panelInterview, scheduledAt: when }],
    allowedUnprobed:
      "it would move noor@'s pending interview; tests/integration/scheduling.test.ts reschedules its own",
  },
  {
    kind: "action",
    id: "lib/interviews/actions.ts#cancelInterviewAction",
    rule: "canManagePipeline",
    who: "the role's owner, its recruiters, admins; only an interview without a scorecard, of an open candidate",
    refused: HIRING_TEAM,
    args: (ids) => [{ interviewId: ids.panelInterview }],
    allowedUnprobed: "it would cancel noor@'s pending interview; tests/integration/scheduling.test.ts cancels its own",
  },
  {
    kind: "action",
    id: "lib/interviews/actions.ts#nudgeInterviewerAction",
    rule: "canManagePipeline",
    who: "the role's owner, its recruiters, admins; a due scorecard, rate-limited per user and per interview",
    refused: HIRING_TEAM,
    // noor@'s interview is two days ahead: "not due yet", after authorization.
    args: (ids) => [{ interviewId: ids.panelInterview }],
  },
  // ------------------------------------------------------------------ one's own account
  {
    kind: "action",
    id: "lib/auth/actions.ts#changePasswordAction",
    rule: "signed in",
    who: "any signed-in person with a password, for their own (the current one is checked)",
    refused: SIGNED_IN,
    // The two new passwords differ: refused by the schema after sign-in, so nothing changes and
    // no wrong password is counted against the persona's sign-ins.
    args: () => [{ current: "access-probe", password: "lantern orbit cactus mellow", confirm: "differs" }],
  },
  {
    kind: "action",
    id: "lib/auth/actions.ts#signOutEverywhereAction",
    rule: "signed in",
    who: "any signed-in person, for their own sessions",
    refused: SIGNED_IN,
    args: () => [],
    last: true,
  },
  {
    kind: "action",
    id: "lib/api/actions.ts#createApiTokenAction",
    rule: "signed in",
    who: "any signed-in person, for their own tokens",
    refused: SIGNED_IN,
    args: () => [{ name: "Access probe", scopes: ["roles:read"], expiresInDays: "7" }],
  },
  {
    kind: "action",
    id: "lib/api/actions.ts#revokeApiTokenAction",
    rule: "signed in",
    who: "the token owner: anyone else's token is not found",
    refused: allExcept("admin"),
    args: (ids) => [ids.token],
  },
];
