// Plain rules (no I/O) so they can be unit-tested; the session helpers apply them.
import { OUTCOMES } from "../applications/status";
import type { Prisma } from "../generated/prisma/client";
import type { ApplicationStatus, Decision, FeedbackVisibility, UserKind } from "../generated/prisma/enums";

export const HOME_BY_KIND: Record<UserKind, string> = {
  ADMIN: "/admin",
  MANAGER: "/roles",
  INTERVIEWER: "/interviews",
  RECRUITER: "/pipeline",
};

export const KIND_LABEL: Record<UserKind, string> = {
  ADMIN: "Admin",
  MANAGER: "Engineering manager",
  INTERVIEWER: "Interviewer",
  RECRUITER: "Recruiter",
};

type Actor = { id: string; kind: UserKind };

const USER_KINDS = Object.keys(KIND_LABEL) as UserKind[];

/**
 * What each kind of user may do, independent of any one object. Pages (requireCapability),
 * server actions and route handlers (through the services) read this one table, so a page
 * and the action behind it cannot disagree. Per-object rules follow below.
 */
export const CAPABILITIES = {
  managePeople: ["ADMIN"],
  editMatrix: ["ADMIN"],
  changeSettings: ["ADMIN"],
  readAuditLog: ["ADMIN"],
  /** Import, export and erase candidates; the pipeline pages. */
  manageCandidates: ["RECRUITER", "ADMIN"],
  createRoles: ["MANAGER", "ADMIN"],
  planInterviews: ["MANAGER", "ADMIN"],
  authorQuestions: ["MANAGER", "ADMIN"],
  readCalibration: ["MANAGER", "ADMIN"],
  /** The hiring-quality page (interview ratings against later check-ins) and the check-in list. */
  readHiringQuality: ["MANAGER", "ADMIN"],
  /** Hand a hire's check-ins to a delegate. */
  assignCheckIns: ["ADMIN"],
  recordDecisions: ["MANAGER", "ADMIN"],
  /**
   * The fair-hiring report (pass-through per self-identified group): admins only, never the
   * hiring team. Candidates' own answers are shown to nobody, only this report's aggregates.
   */
  viewFairHiringReport: ["ADMIN"],
  /** Give a candidate a link to the voluntary self-identification form (never its answers). */
  sendSelfIdLinks: ["RECRUITER", "ADMIN"],
  writeJobDescriptions: ["RECRUITER", "MANAGER", "ADMIN"],
  /** The roles list (/roles): a manager's own roles, every role for an admin (listsEveryRole). */
  listRoles: ["MANAGER", "ADMIN"],
  /** A role's hiring pages: its pipeline board, and the links to its comparison, job description and gap CSV (each checks its per-role rule too). */
  useHiringTools: ["RECRUITER", "MANAGER", "ADMIN"],
  /** Interviewer readiness: see who is qualified for what, grant or revoke a qualification, build calibration exercises, set weekly limits. */
  manageReadiness: ["MANAGER", "ADMIN"],
} as const satisfies Record<string, readonly UserKind[]>;

export type Capability = keyof typeof CAPABILITIES;

export function can(actor: { kind: UserKind }, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly UserKind[]).includes(actor.kind);
}
/**
 * Which roles' applications the actor is a hiring lead of: every role (an admin), the roles they
 * own (a manager), the roles whose hiring team they are on (a recruiter), or none (an
 * interviewer). isHiringLead asks it of one role; lib/scorecards/visibility.ts turns it into
 * database filters, so the lead rule is written once.
 */
export type HiringLeadScope = "every-role" | "owned-roles" | "team-roles" | "none";
export function hiringLeadScope(actor: { kind: UserKind }): HiringLeadScope {
  switch (actor.kind) {
    case "ADMIN":
      return "every-role";
    case "MANAGER":
      return "owned-roles";
    case "RECRUITER":
      return "team-roles";
    default:
      return "none";
  }
}

/**
 * A role as the hiring-lead rule reads it: its owner and the recruiters on its team. Only a
 * recruiter membership makes a recruiter a lead: someone who sat on the panel as an interviewer
 * and was later made a recruiter does not become a lead of that role.
 */
export type HiringTeam = { roleOwnerId: string; teamRecruiterIds: string[] };
export function hiringTeamOf(role: RoleAccess): HiringTeam {
  return {
    roleOwnerId: role.ownerId,
    teamRecruiterIds: role.members.filter((m) => m.function === "RECRUITER").map((m) => m.userId),
  };
}

/** Admin, the manager who owns the role, or a recruiter on its hiring team (hiringLeadScope, for one role). */
export function isHiringLead(viewer: Actor, team: HiringTeam): boolean {
  switch (hiringLeadScope(viewer)) {
    case "every-role":
      return true;
    case "owned-roles":
      return team.roleOwnerId === viewer.id;
    case "team-roles":
      return team.teamRecruiterIds.includes(viewer.id);
    case "none":
      return false;
  }
}

/** Whether the roles list and the home page list every role (an admin) or only the actor's own (a manager). */
export function listsEveryRole(actor: Actor): boolean {
  return actor.kind === "ADMIN";
}

/** Who may name another manager as a role's owner (when creating or editing it); anyone else owns what they create. */
export function canChooseRoleOwner(actor: Actor): boolean {
  return actor.kind === "ADMIN";
}

/** Who sees the full matrix diff when moving a role to a newer matrix version (the matrix's editors). */
export function canSeeFullMatrixDiff(actor: Actor): boolean {
  return can(actor, "editMatrix");
}

/** Whose due check-ins the actor's list and nav badge count: everyone's for an admin, else the ones assigned to them. */
export function seesEveryCheckIn(actor: Actor): boolean {
  return actor.kind === "ADMIN";
}

export type RoleAccess = { ownerId: string; members: { userId: string; function: "INTERVIEWER" | "RECRUITER" }[] };

/** May the actor see this role (its targets and plan)? */
export function canViewRole(actor: Actor, role: RoleAccess): boolean {
  if (actor.kind === "ADMIN" || actor.kind === "RECRUITER") return true;
  if (actor.kind === "MANAGER") return true; // managers read every role; they edit only their own
  return role.members.some((m) => m.userId === actor.id && m.function === "INTERVIEWER");
}

/**
 * canViewRole as a database filter, for lists of roles: the same rule decided by PostgreSQL,
 * so a list never loads roles it then drops (tests/integration/role-visibility-sql.test.ts).
 */
export function viewableRolesWhere(actor: Actor): Prisma.RoleWhereInput {
  if (actor.kind === "ADMIN" || actor.kind === "RECRUITER" || actor.kind === "MANAGER") return {};
  return { members: { some: { userId: actor.id, function: "INTERVIEWER" } } };
}

/** May the actor change targets, plan and hiring team? */
export function canEditRole(actor: Actor, role: Pick<RoleAccess, "ownerId">): boolean {
  return actor.kind === "ADMIN" || (actor.kind === "MANAGER" && role.ownerId === actor.id);
}

/** Hire / no hire / hold on a role's candidates (and overruling it) is the role owner's call, or an admin's. */
export const canDecideOnCandidates = canEditRole;

/** An application as the outcome rule needs it, seen from one actor. */
export type OutcomeContext = {
  role: Pick<RoleAccess, "ownerId">;
  status: ApplicationStatus;
  decision: Decision | null;
  /** The actor's own interviews on the application that have no submitted scorecard of theirs. */
  pendingOwnInterviews: number;
};
export type OutcomeChange = { decide: true } | { status: ApplicationStatus };
/** "not-owner": only the role's owner or an admin decides; "submit-first": the actor still owes a scorecard; "decided": only the owner or an admin changes a decided outcome. */
export type OutcomeRefusal = "not-owner" | "submit-first" | "decided";

/**
 * Who may set or undo the panel's outcome on an application: record hire / no hire / hold
 * (`{ decide: true }`), or change its status when that touches an outcome (rejecting, reopening
 * or withdrawing a hired, rejected or decided candidate). Null when allowed.
 *
 * Independence before outcomes: anyone with an interview of their own on the candidate that has
 * no submitted scorecard of theirs is refused, whatever their kind and whatever the
 * organisation's visibility setting, as the debrief refuses them: the outcome would be set before
 * their own evidence is in, by someone who may not read the panel's. Asked first, so the refusal
 * never names a decision they may not see. Otherwise deciding is the role owner's or an admin's
 * (canDecideOnCandidates), a status change on a decided application too; moving an undecided
 * candidate stays with whoever manages the pipeline (canManagePipeline, checked by the caller).
 */
export function outcomeRefusal(actor: Actor, app: OutcomeContext, change: OutcomeChange): OutcomeRefusal | null {
  const touchesOutcome =
    "decide" in change ||
    (change.status !== app.status &&
      (app.decision !== null || OUTCOMES.includes(app.status) || OUTCOMES.includes(change.status)));
  if (!touchesOutcome) return null;
  if (app.pendingOwnInterviews > 0) return "submit-first";
  if ("decide" in change) return canDecideOnCandidates(actor, app.role) ? null : "not-owner";
  return app.decision !== null && !canDecideOnCandidates(actor, app.role) ? "decided" : null;
}

/** May the actor record a decision on this application now (the debrief's form, the decision service)? */
export function canRecordDecision(actor: Actor, app: Omit<OutcomeContext, "status" | "decision">): boolean {
  return outcomeRefusal(actor, { ...app, status: "ACTIVE", decision: null }, { decide: true }) === null;
}

/** A role's own recruiter(s) may change its salary band and status, but not its targets. */
export function canEditRoleLogistics(actor: Actor, role: RoleAccess): boolean {
  if (canEditRole(actor, role)) return true;
  return actor.kind === "RECRUITER" && role.members.some((m) => m.userId === actor.id && m.function === "RECRUITER");
}

/** A role's salary band: for the people who hire (managers, recruiters, admins), not for interviewers. */
export function canSeeRoleSalary(actor: Actor): boolean {
  return actor.kind !== "INTERVIEWER";
}

/** Adding, scheduling and moving a role's candidates: the same people as its logistics. */
export const canManagePipeline = canEditRoleLogistics;

/** Managers edit and retire the questions they wrote; admins any. */
export function canEditQuestion(actor: Actor, question: { authorId: string | null }): boolean {
  return actor.kind === "ADMIN" || (can(actor, "authorQuestions") && question.authorId === actor.id);
}

/**
 * Who may open a role's candidate comparison (and its score exports): any manager (managers
 * read every role) and the role's hiring leads. Which candidates' feedback they then see is
 * the independence rule's business (lib/scorecards/visibility.ts).
 */
export function canCompareRoleCandidates(actor: Actor, team: HiringTeam): boolean {
  return actor.kind === "MANAGER" || isHiringLead(actor, team);
}

/**
 * Who may open a candidate's application (the candidate page, its packet, the JSON API) at
 * all: the candidate's interviewers, any manager (managers read every role), and the role's
 * hiring leads (admins, its owner, recruiters on its team). Whether they see the panel's
 * feedback on it is the independence rule's separate answer (lib/scorecards/visibility.ts).
 */
export function canOpenApplication(actor: Actor, app: { role: RoleAccess; viewerInterviews: number }): boolean {
  return app.viewerInterviews > 0 || actor.kind === "MANAGER" || isHiringLead(actor, hiringTeamOf(app.role));
}

/**
 * Whether the actor opens every application of this role, whoever interviewed (managers and the
 * role's hiring leads). The role page lists every candidate only for them; anyone else on the
 * role (an interviewer) lists the candidates they interview, so no other candidate's name is
 * shown and no link ends in "not found".
 */
export function opensRoleApplications(actor: Actor, role: RoleAccess): boolean {
  return canOpenApplication(actor, { role, viewerInterviews: 0 });
}

/**
 * Subject-access requests (exporting everything held about a candidate) and erasure are the
 * organisation's legal duties, run on its behalf by admins and by the candidate's own
 * recruiters: a recruiter on the hiring team of every role the candidate applied to. A
 * recruiter on no team, or on only some of the candidate's roles, is refused (they may not
 * open or move those applications either). A candidate with no application yet (someone
 * on file, e.g. imported without a role) belongs to no team and carries no panel feedback:
 * any recruiter, whose job is the candidate pool, may handle the request.
 */
export function canHandleCandidateData(actor: Actor, candidateRoles: Pick<RoleAccess, "members">[]): boolean {
  if (actor.kind === "ADMIN") return true;
  if (actor.kind !== "RECRUITER") return false;
  return candidateRoles.every((r) => r.members.some((m) => m.userId === actor.id && m.function === "RECRUITER"));
}

/**
 * Who may create (or replace) a candidate's link to the voluntary self-identification form:
 * admins, and a recruiter on the hiring team of a role the candidate applied to (the one
 * talking to them). A candidate with no application yet belongs to no team: any recruiter,
 * as with canHandleCandidateData. The link never shows answers to anyone; a new link stops
 * the old one, which is why a recruiter of other teams may not make one.
 */
export function canSendSelfIdLink(actor: Actor, candidateRoles: Pick<RoleAccess, "members">[]): boolean {
  if (!can(actor, "sendSelfIdLinks")) return false;
  if (actor.kind === "ADMIN" || candidateRoles.length === 0) return true;
  return candidateRoles.some((r) => r.members.some((m) => m.userId === actor.id && m.function === "RECRUITER"));
}

/** Exporting a candidate's data (subject-access request): see canHandleCandidateData. */
export const canExportCandidate = canHandleCandidateData;
/** Erasing a candidate's personal data: the same people as the export. */
export const canEraseCandidate = canHandleCandidateData;

/**
 * Who may download a role's score and gap CSVs, among those who may open its comparison: the
 * hiring leads, and anyone who sees at least one candidate's feedback there (a manager who
 * neither owns the role nor interviewed on it would get an empty file: refused instead).
 */
export function canExportRoleScores(lead: boolean, seesSomeFeedback: boolean): boolean {
  return lead || seesSomeFeedback;
}

/**
 * Whose interviews of an application the actor sees in its interview list (stage, interviewer,
 * time, scorecard status, reminders; never the feedback): everyone's for the hiring leads and
 * managers (who see the same on the pipeline board), only their own for anyone else (an
 * interviewer sees only their own interviews).
 */
export function interviewListScope(actor: Actor, role: RoleAccess): "all" | "own" {
  if (actor.kind === "MANAGER") return "all";
  return isHiringLead(actor, hiringTeamOf(role)) ? "all" : "own";
}

/** Downloading an interview's calendar invitation: its interviewer, and the role's hiring leads (admins, its owner, its recruiters). */
export function canReadInterviewCalendar(
  actor: Actor,
  interview: { interviewerId: string; role: RoleAccess },
): boolean {
  if (interview.interviewerId === actor.id) return true;
  return isHiringLead(actor, hiringTeamOf(interview.role));
}

/**
 * Quality-of-hire check-ins (how a hire does on the job) are a manager's judgement of an
 * employee: they are read and written by the role's owner, the delegate an admin handed the
 * hire's check-ins to, and admins, as managers or admins. Never by the candidate's interviewers
 * as such, nor by the role's recruiters (hiring leads for the interview, not for the job): they
 * see the figures only as the hiring-quality page's aggregates, if at all.
 */
export function canSeeCheckIns(actor: Actor, hire: { roleOwnerId: string; delegateId: string | null }): boolean {
  const scope = checkInScope(actor);
  return (
    scope === "all" ||
    (scope === "owned-or-delegated" && (actor.id === hire.roleOwnerId || actor.id === hire.delegateId))
  );
}

/** canSeeCheckIns for a list or a report (lib/quality/report.ts turns it into SQL): every hire, the hires of roles the actor owns or was handed, or none. */
export function checkInScope(actor: Actor): "all" | "owned-or-delegated" | "none" {
  if (actor.kind === "ADMIN") return "all";
  return actor.kind === "MANAGER" ? "owned-or-delegated" : "none";
}

/** Recording a check-in: the same people (the assignee is the delegate, or else the owner; an admin may stand in). */
export const canRecordCheckIn = canSeeCheckIns;

/** Who may own a role: an active engineering manager (the role form's owner list, the role service). */
export function canOwnRole(person: { kind: UserKind; active?: boolean }): boolean {
  return person.active !== false && person.kind === "MANAGER";
}

/** Who may be a role's recruiter: a recruiter. */
export function canRecruitForRole(person: { kind: UserKind }): boolean {
  return person.kind === "RECRUITER";
}

/** Who may sit on a role's interview panel: interviewers and managers. */
export function canSitOnPanel(person: { kind: UserKind }): boolean {
  return person.kind === "INTERVIEWER" || person.kind === "MANAGER";
}

/**
 * May this person be given a new interview on a candidate? Not while they can already read other
 * interviewers' submitted feedback on the candidate without having submitted any of their own
 * (the role's owner off the panel, or whose own pending interview was cancelled): their opinion
 * would not be formed independently. Who has submitted their own may sit again (a later stage);
 * an organisation that shows feedback to everyone at once (ALWAYS) has chosen not to ask.
 */
export function canInterviewIndependently(p: {
  visibility: FeedbackVisibility;
  readsPanelFeedback: boolean;
  othersSubmitted: number;
  ownSubmitted: number;
}): boolean {
  return p.visibility === "ALWAYS" || !p.readsPanelFeedback || p.othersSubmitted === 0 || p.ownSubmitted > 0;
}

/** The kinds of user who may take any place on a role's team (owner, recruiter or panel), for the role form's people query. */
export const ROLE_TEAM_KINDS: readonly UserKind[] = USER_KINDS.filter(
  (kind) => canOwnRole({ kind }) || canRecruitForRole({ kind }) || canSitOnPanel({ kind }),
);

/** An admin: the organisation keeps at least one active admin (lib/people refuses to demote or deactivate the last). */
export function isAdmin(person: { kind: UserKind }): boolean {
  return person.kind === "ADMIN";
}

/** The kinds of user who may be handed a hire's check-ins (canBeCheckInDelegate; the reassign control's query). */
export const CHECK_IN_DELEGATE_KINDS = ["MANAGER", "ADMIN"] as const satisfies readonly UserKind[];

/** Who may be handed a hire's check-ins: an active manager or admin (they then see the page that lists them). */
export function canBeCheckInDelegate(person: { kind: UserKind; active: boolean }): boolean {
  return person.active && (CHECK_IN_DELEGATE_KINDS as readonly UserKind[]).includes(person.kind);
}

/**
 * Interviewer readiness (lib/readiness): anyone who may interview (everyone but recruiters, who
 * don't: stageInterviewerIds) trains and takes calibration exercises, and sees their own
 * progress. Someone else's progress is for those who manage readiness (managers, admins).
 */
export function canTrainAsInterviewer(actor: { kind: UserKind }): boolean {
  return actor.kind !== "RECRUITER";
}

/** The kinds of user canTrainAsInterviewer lets in, for queries over people (the team readiness list). */
export const TRAINEE_KINDS: readonly UserKind[] = USER_KINDS.filter((kind) => canTrainAsInterviewer({ kind }));

/**
 * Granting a qualification outright (no shadow seats, no calibration) is a judgement about someone
 * else: managers and admins make it for others, never for themselves; they qualify as anyone does,
 * or another manager grants it. Revoking their own is allowed (it only takes a right away).
 */
export function canGrantQualificationTo(actor: Actor, subjectId: string): boolean {
  return can(actor, "manageReadiness") && actor.id !== subjectId;
}

/** Whose readiness (progress, qualifications, weekly limit) the actor may read. */
export function canSeeReadinessOf(actor: Actor, subjectId: string): boolean {
  return (actor.id === subjectId && canTrainAsInterviewer(actor)) || can(actor, "manageReadiness");
}

/**
 * Per-interviewer and per-question hiring quality (lib/quality/interviewers.ts, questions.ts):
 * how an interviewer's ratings held up on the job and against their panels is coaching data
 * about that person, so only managers and admins read it (over the candidates whose feedback
 * they may see, and the hires whose check-ins they may read). An interviewer never reads
 * another interviewer's figures; nor their own here (they rest on check-ins they may not read).
 */
export function canReadInterviewerQuality(actor: Actor): boolean {
  return can(actor, "readHiringQuality");
}
