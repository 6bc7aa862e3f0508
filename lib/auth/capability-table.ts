// The README's "Who may do what" table, generated from the rules themselves:
// `npm run docs:capabilities` rewrites it, tests/unit/capability-docs.test.ts fails when the README
// and lib/auth/permissions.ts disagree. Every capability and every exported rule has a sentence
// here (the types and that test insist), so a new rule cannot ship undocumented.
import type { UserKind } from "../generated/prisma/enums";
import { CAPABILITIES, KIND_LABEL, type Capability } from "./permissions";

const KINDS: UserKind[] = ["ADMIN", "MANAGER", "RECRUITER", "INTERVIEWER"];

/** What each capability lets a kind of user do, in the README's words. */
export const CAPABILITY_TEXT: Record<Capability, string> = {
  managePeople: "Add people, invite them, change their kind, deactivate them",
  editMatrix: "Edit and publish the competency matrix, import it, move roles to a new version",
  changeSettings:
    "Change the organisation's settings (feedback visibility, job-ad text, check-in days, the fair-hiring report's questions and smallest group)",
  readAuditLog: "Read the audit log",
  manageCandidates: "Import candidates from CSV; the pipeline pages (export and erasure: see canHandleCandidateData)",
  createRoles: "Create roles",
  planInterviews: "Plan a role's interview stages (on roles they may edit)",
  authorQuestions: "Write interview questions (and edit or retire their own)",
  readCalibration: "Read the interviewer calibration page",
  readHiringQuality: "Read the hiring-quality page and the check-in list",
  assignCheckIns: "Hand a hire's check-ins to another manager",
  recordDecisions: "Record hire / no hire decisions (on roles they own: see canDecideOnCandidates)",
  writeJobDescriptions: "Write and check a role's job description",
  viewFairHiringReport: "Read the fair-hiring report (aggregates only; nobody sees a candidate's own answers)",
  sendSelfIdLinks: "Give a candidate a link to the voluntary self-identification form (never its answers)",
  listRoles: "The roles list (an admin's lists every role, a manager's their own)",
  useHiringTools: "A role's pipeline board and its links to comparison, job description and gap CSV",
  manageReadiness: "See the team's interviewer readiness, grant qualifications and set training requirements",
};

/** The per-object rules of lib/auth/permissions.ts: who may do it, to which object. */
export const RULE_TEXT: Record<string, string> = {
  hiringLeadScope:
    "Whose roles' hiring lead the actor is: every role (admin), their own (manager), their teams' (recruiter), none",
  isHiringLead: "A role's hiring leads: admins, the manager who owns it, recruiters on its team",
  hiringTeamOf:
    "A role's team as the lead rule reads it: its owner and its recruiters (someone made a recruiter after sitting on its panel is not a lead of it)",
  listsEveryRole: "Admins list every role; a manager lists the roles they own",
  canChooseRoleOwner: "Admins name a role's owner; anyone else owns what they create",
  canSeeFullMatrixDiff: "The full matrix diff when moving a role to a newer version: the matrix's editors",
  seesEveryCheckIn: "Admins see every due check-in; anyone else the ones assigned to them",
  canViewRole: "Open a role: admins, recruiters, managers, and its interviewers",
  viewableRolesWhere: "canViewRole as a database filter, for lists of roles",
  canEditRole: "Change a role's targets, plan and team: its owner or an admin",
  canDecideOnCandidates: "Decide on a role's candidates: its owner or an admin",
  outcomeRefusal:
    "Set or undo an outcome: never while the actor owes a scorecard on the candidate; else the owner or an admin",
  canRecordDecision: "The debrief's decision form: outcomeRefusal for a decision",
  canEditRoleLogistics: "A role's salary band and status: its owner, an admin, or a recruiter on its team",
  canSeeRoleSalary: "Salary bands: everyone but interviewers",
  canManagePipeline: "Add, schedule and move a role's candidates: as its logistics",
  canEditQuestion: "Edit or retire a question: admins, or the manager who wrote it",
  canCompareRoleCandidates: "A role's candidate comparison: any manager, and its hiring leads",
  canOpenApplication: "Open a candidate's application: their interviewers, any manager, the role's hiring leads",
  opensRoleApplications:
    "Open (and list on the role page) every application of a role, whoever interviewed: any manager, the role's hiring leads; an interviewer on its team lists the candidates they interview",
  canHandleCandidateData:
    "Export or erase a candidate's data: admins, or a recruiter on the team of every role they applied to",
  canExportCandidate: "Export a candidate's data: as canHandleCandidateData",
  canEraseCandidate: "Erase a candidate's data: as canHandleCandidateData",
  canSendSelfIdLink:
    "Create a candidate's self-identification link (a new one stops the old): admins, or a recruiter on the team of a role they applied to",
  canExportRoleScores: "A role's score and gap CSVs: its hiring leads, or anyone who sees some feedback there",
  interviewListScope: "An application's interview list: everyone's for leads and managers, else the actor's own",
  canReadInterviewCalendar: "An interview's calendar invitation: its interviewer and the role's hiring leads",
  canSeeCheckIns: "A hire's check-ins: admins, the role's owner and the delegate (as managers)",
  canRecordCheckIn: "Record a check-in: as canSeeCheckIns",
  checkInScope:
    "Lists and reports of check-ins: every hire for admins, the hires of roles a manager owns or was handed",
  canOwnRole: "Own a role: an active engineering manager",
  canRecruitForRole: "Be a role's recruiter: a recruiter",
  canSitOnPanel: "Sit on a role's interview panel: interviewers and managers",
  canInterviewIndependently:
    "Be given a new interview on a candidate: not while already able to read the panel's submitted feedback on them without having given one's own (a role's owner off the panel)",
  isAdmin: "Admins (the organisation keeps at least one active admin)",
  canBeCheckInDelegate: "Who may be handed check-ins: an active manager or admin",
  canTrainAsInterviewer:
    "Train to interview (shadow seats, calibration exercises) and see one's own progress: everyone but recruiters",
  canSeeReadinessOf: "Someone's readiness, qualifications and weekly limit: themselves, managers and admins",
  canGrantQualificationTo:
    "Grant someone a qualification outright (no shadow seats or calibration): managers and admins, never to themselves",
  canReadInterviewerQuality: "Per-interviewer and per-question validity figures: managers and admins",
};

export const DOCS_START =
  "<!-- capabilities:start (generated by npm run docs:capabilities from lib/auth/permissions.ts) -->";
export const DOCS_END = "<!-- capabilities:end -->";

/** The markdown between the README's markers. */
export function capabilityMarkdown(): string {
  const head = `| Capability | What it allows | ${KINDS.map((k) => KIND_LABEL[k]).join(" | ")} |`;
  const rule = `|---|---|${KINDS.map(() => ":-:").join("|")}|`;
  const rows = (Object.keys(CAPABILITIES) as Capability[]).map((c) => {
    const kinds = CAPABILITIES[c] as readonly UserKind[];
    return `| \`${c}\` | ${CAPABILITY_TEXT[c]} | ${KINDS.map((k) => (kinds.includes(k) ? "yes" : "")).join(" | ")} |`;
  });
  const rules = Object.entries(RULE_TEXT).map(([name, text]) => `| \`${name}\` | ${text} |`);
  return [
    "What each kind of user may do anywhere (`can(actor, capability)`):",
    "",
    head,
    rule,
    ...rows,
    "",
    "Rules about one object (a role, an application, a candidate), each a function of `lib/auth/permissions.ts`:",
    "",
    "| Rule | Who |",
    "|---|---|",
    ...rules,
  ].join("\n");
}

/** The README with its generated section replaced by `capabilityMarkdown()`. */
export function withCapabilityTable(readme: string): string {
  const start = readme.indexOf(DOCS_START);
  const end = readme.indexOf(DOCS_END);
  if (start === -1 || end < start) throw new Error(`README.md: the markers ${DOCS_START} … ${DOCS_END} are missing`);
  return readme.slice(0, start + DOCS_START.length) + "\n" + capabilityMarkdown() + "\n" + readme.slice(end);
}
