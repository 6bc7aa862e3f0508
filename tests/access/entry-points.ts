// Who may use each entry point of the app: every page, route handler and server action,
// declared here (the server actions' rows in tests/access/action-points.ts). tests/unit/entry-points.test.ts fails when the file tree has an entry point
// this table does not declare (or the table one the tree no longer has);
// tests/e2e/access-table.spec.ts checks every page and route row against the running server,
// as each kind of person, on demo objects found by following the app's links, and
// tests/e2e/access-action-table.spec.ts every server action row the same way.
//
// Personas: anonymous; an interviewer (interviewer@, on panels of the managers' roles);
// the manager who owns the role (manager@) and a manager who does not (dana@); the recruiter
// on the roles' teams (recruiter@) and one on no team (casey@); a manager on the candidate's
// panel who has not submitted yet (noor@, interviewing at the application's current stage);
// an admin. Objects ([role], [application], ...) are the demo's "AI Platform Engineer" role,
// owned by manager@, and things on it; [application] is the one noor@ interviews on
// (casey@ and noor@ are added for the browser tests by scripts/seed-e2e-people.ts).
import { ACTION_POINTS, type ActionPoint } from "./action-points";
import { PERSONAS, type Persona } from "./personas";

export { PERSONAS, type Persona };
/** ok = 2xx; signin = sent to sign in (or 401); redirect = sent elsewhere (a home page); denied = 403/404; method = 405. */
export type Outcome = "ok" | "signin" | "redirect" | "denied" | "method";
export type ObjectKey =
  "role" | "application" | "stage" | "version" | "candidate" | "interview" | "exercise" | "question";
type Access = Record<Persona, Outcome>;

export type EntryPoint =
  | { kind: "page"; id: string; url: string | null; method?: undefined; expect: Access; why: string }
  | { kind: "route"; id: string; url: string | null; method?: string; expect: Access; why: string }
  /** Server actions are declared with defineAction (lib/run-action.ts): their rows, per persona, in tests/access/action-points.ts. */
  | ActionPoint;

/** Everyone signed in gets `signedIn`, except those listed. Anonymous is sent to sign in. */
function access(signedIn: Outcome, except: Partial<Access> = {}, anonymous: Outcome = "signin"): Access {
  return {
    anonymous,
    interviewer: signedIn,
    managerOwner: signedIn,
    managerOther: signedIn,
    recruiter: signedIn,
    recruiterOff: signedIn,
    panelPending: signedIn,
    admin: signedIn,
    ...except,
  };
}
const ADMIN_ONLY = access("denied", { admin: "ok" });

export const ENTRY_POINTS: EntryPoint[] = [
  // ------------------------------------------------------------------ pages
  { kind: "page", id: "/", url: "/", expect: access("redirect"), why: "each person's home" },
  { kind: "page", id: "/signin", url: "/signin", expect: access("redirect", {}, "ok"), why: "public sign-in form" },
  {
    kind: "page",
    id: "/signout",
    url: "/signout",
    expect: access("ok", {}, "signin"),
    why: "sign out (next-auth's /api/auth/signout sends here); signed out, it goes to the sign-in page",
  },
  {
    kind: "page",
    id: "/invite/[token]",
    url: "/invite/not-a-real-invitation-token",
    expect: access("ok", {}, "ok"),
    why: "public: an invitation link sets a password (an unknown token shows an explanation)",
  },
  {
    kind: "page",
    id: "/self-id/[token]",
    url: "/self-id/not-a-real-self-identification-token",
    expect: access("ok", {}, "ok"),
    why: "public: a candidate's voluntary self-identification form (an unknown token shows an explanation); never shows answers",
  },
  {
    kind: "page",
    id: "/fair-hiring",
    url: "/fair-hiring",
    expect: ADMIN_ONLY,
    why: "fair-hiring report (viewFairHiringReport): aggregates per self-identified group, every view audited",
  },
  { kind: "page", id: "/admin", url: "/admin", expect: ADMIN_ONLY, why: "people and organisation settings" },
  { kind: "page", id: "/admin/audit", url: "/admin/audit", expect: ADMIN_ONLY, why: "audit log" },
  { kind: "page", id: "/admin/matrix", url: "/admin/matrix", expect: ADMIN_ONLY, why: "matrix versions" },
  { kind: "page", id: "/admin/matrix/diff", url: "/admin/matrix/diff", expect: ADMIN_ONLY, why: "matrix version diff" },
  {
    kind: "page",
    id: "/admin/matrix/draft",
    url: "/admin/matrix/draft",
    expect: ADMIN_ONLY,
    why: "matrix draft editor",
  },
  {
    kind: "page",
    id: "/admin/matrix/format",
    url: "/admin/matrix/format",
    expect: ADMIN_ONLY,
    why: "matrix file format help",
  },
  {
    kind: "page",
    id: "/calibration",
    url: "/calibration",
    expect: access("ok", { recruiterOff: "denied", interviewer: "denied", recruiter: "denied" }),
    why: "interviewer calibration",
  },
  {
    kind: "page",
    id: "/readiness/team",
    url: "/readiness/team",
    expect: access("ok", { interviewer: "denied", recruiter: "denied", recruiterOff: "denied" }),
    why: "team readiness (manageReadiness): qualifications per domain, weekly limits, calibration exercises",
  },
  {
    kind: "page",
    id: "/readiness",
    url: "/readiness",
    expect: access("ok"),
    why: "my interviewer readiness: own progress per domain, exercises, weekly limit (recruiters: an explanation, they don't interview)",
  },
  {
    kind: "page",
    id: "/readiness/exercises/[id]",
    url: "/readiness/exercises/[exercise]",
    expect: access("ok", { recruiter: "denied", recruiterOff: "denied" }),
    why: "take a calibration exercise (canTrainAsInterviewer); unknown or retired ids are 404; the panel's consensus only in a submitted attempt's result",
  },
  {
    kind: "page",
    id: "/check-ins",
    url: "/check-ins",
    expect: access("ok", { interviewer: "denied", recruiter: "denied", recruiterOff: "denied" }),
    why: "due quality-of-hire check-ins: the assignee's own (admins: everyone's)",
  },
  {
    kind: "page",
    id: "/check-ins/[id]",
    url: null,
    expect: access("denied", { managerOwner: "ok", admin: "ok" }),
    why: "one hire's check-ins (canSeeCheckIns: the role's owner, a delegate, admins); the demo's hire is not on the probed role, checked in tests/e2e/quality.spec.ts and tests/integration/quality-check-ins.test.ts",
  },
  {
    kind: "page",
    id: "/candidates/[id]",
    url: "/candidates/[application]",
    expect: access("ok", { recruiterOff: "denied", interviewer: "denied" }),
    why: "candidate report",
  },
  {
    kind: "page",
    id: "/candidates/[id]/debrief",
    url: "/candidates/[application]/debrief",
    expect: access("denied", { managerOwner: "ok", admin: "ok" }),
    why: "debrief",
  },
  {
    kind: "page",
    id: "/candidates/[id]/packet",
    url: "/candidates/[application]/packet",
    expect: access("ok", {
      recruiterOff: "denied",
      panelPending: "denied",
      interviewer: "denied",
      managerOther: "denied",
    }),
    why: "printable packet",
  },
  { kind: "page", id: "/interviews", url: "/interviews", expect: access("ok"), why: "my interviews" },
  {
    kind: "page",
    id: "/quality",
    url: "/quality",
    expect: access("ok", { interviewer: "denied", recruiter: "denied", recruiterOff: "denied" }),
    why: "hiring quality: interview consensus against later check-ins, over hires the viewer may see both sides of",
  },
  {
    kind: "page",
    id: "/quality/interviewers",
    url: "/quality/interviewers",
    expect: access("ok", { interviewer: "denied", recruiter: "denied", recruiterOff: "denied" }),
    why: "hiring quality per interviewer (readHiringQuality): figures over the candidates and hires the viewer may see; nobody reads their own",
  },
  {
    kind: "page",
    id: "/quality/questions",
    url: "/quality/questions",
    expect: access("ok", { interviewer: "denied", recruiter: "denied", recruiterOff: "denied" }),
    why: "hiring quality per question of the bank (readHiringQuality)",
  },
  {
    kind: "page",
    id: "/quality/questions/[id]",
    url: "/quality/questions/[question]",
    expect: access("ok", { interviewer: "denied", recruiter: "denied", recruiterOff: "denied" }),
    why: "one question's hiring-quality figures (readHiringQuality); the bank is not secret, the figures cover what the viewer may see; an unknown or malformed id is a 404",
  },
  {
    kind: "page",
    id: "/interviews/[id]",
    url: "/interviews/[interview]",
    expect: access("denied", { interviewer: "ok" }),
    why: "scorecard: only its interviewer",
  },
  { kind: "page", id: "/matrix", url: "/matrix", expect: access("ok"), why: "the competency matrix" },
  {
    kind: "page",
    id: "/pipeline",
    url: "/pipeline",
    expect: access("denied", { recruiterOff: "ok", recruiter: "ok", admin: "ok" }),
    why: "recruiter home",
  },
  {
    kind: "page",
    id: "/pipeline/candidates/[id]",
    url: "/pipeline/candidates/[candidate]",
    expect: access("denied", { recruiter: "ok", recruiterOff: "ok", admin: "ok" }),
    why: "candidate profile: the candidate pool is every recruiter's; export and erase only on the candidate's teams",
  },
  {
    kind: "page",
    id: "/pipeline/import",
    url: "/pipeline/import",
    expect: access("denied", { recruiterOff: "ok", recruiter: "ok", admin: "ok" }),
    why: "CSV import",
  },
  {
    kind: "page",
    id: "/pipeline/roles/[id]",
    url: "/pipeline/roles/[role]",
    expect: access("ok", { interviewer: "denied" }),
    why: "pipeline board",
  },
  {
    kind: "page",
    id: "/questions",
    url: "/questions",
    expect: access("ok", { recruiterOff: "denied", interviewer: "denied", recruiter: "denied" }),
    why: "question bank",
  },
  {
    kind: "page",
    id: "/roles",
    url: "/roles",
    expect: access("ok", { recruiterOff: "denied", interviewer: "denied", recruiter: "denied" }),
    why: "roles",
  },
  { kind: "page", id: "/roles/[id]", url: "/roles/[role]", expect: access("ok"), why: "role page" },
  {
    kind: "page",
    id: "/roles/[id]/compare",
    url: "/roles/[role]/compare",
    expect: access("ok", { recruiterOff: "denied", interviewer: "denied" }),
    why: "comparison",
  },
  {
    kind: "page",
    id: "/roles/[id]/edit",
    url: "/roles/[role]/edit",
    expect: access("denied", { managerOwner: "ok", admin: "ok" }),
    why: "edit role",
  },
  {
    kind: "page",
    id: "/roles/[id]/job-description",
    url: "/roles/[role]/job-description",
    expect: access("ok", { interviewer: "denied" }),
    why: "job description",
  },
  {
    kind: "page",
    id: "/roles/[id]/job-description/analyse",
    url: "/roles/[role]/job-description/analyse",
    expect: access("ok", { interviewer: "denied" }),
    why: "JD analyser",
  },
  {
    kind: "page",
    id: "/roles/[id]/plan",
    url: "/roles/[role]/plan",
    expect: access("denied", { managerOwner: "ok", admin: "ok" }),
    why: "interview plan",
  },
  {
    kind: "page",
    id: "/roles/[id]/plan/kit/[stageId]",
    url: "/roles/[role]/plan/kit/[stage]",
    expect: access("ok"),
    why: "printable kit",
  },
  {
    kind: "page",
    id: "/roles/new",
    url: "/roles/new",
    expect: access("ok", { recruiterOff: "denied", interviewer: "denied", recruiter: "denied" }),
    why: "new role",
  },
  {
    kind: "page",
    id: "/settings/account",
    url: "/settings/account",
    expect: access("ok"),
    why: "your account: sign out everywhere",
  },
  { kind: "page", id: "/settings/tokens", url: "/settings/tokens", expect: access("ok"), why: "API tokens" },
  // ------------------------------------------------------------------ route handlers
  {
    kind: "route",
    id: "GET /admin/matrix/export/[versionId]",
    url: "/admin/matrix/export/[version]",
    expect: ADMIN_ONLY,
    why: "matrix JSON",
  },
  {
    kind: "route",
    id: "GET /api/auth/[...nextauth]",
    url: "/api/auth/session",
    expect: access("ok", {}, "ok"),
    why: "next-auth",
  },
  {
    kind: "route",
    id: "POST /api/auth/[...nextauth]",
    url: null,
    expect: access("ok", {}, "ok"),
    why: "next-auth sign-in/out: CSRF token, tested by the sign-in tests",
  },
  {
    kind: "route",
    id: "POST /api/candidates/[id]/export",
    url: "/api/candidates/[candidate]/export",
    method: "POST",
    expect: access("denied", { recruiter: "ok", admin: "ok" }),
    why: "candidate export: a same-origin form POST from the candidate page",
  },
  {
    kind: "route",
    id: "POST /api/fair-hiring/export",
    url: null,
    expect: ADMIN_ONLY,
    why: "fair-hiring CSV (viewFairHiringReport): a same-origin form POST from /fair-hiring, audited; tested in tests/e2e/fair-hiring.spec.ts",
  },
  {
    kind: "route",
    id: "POST /api/self-id",
    url: null,
    expect: access("ok", {}, "ok"),
    why: "public: the self-identification token in the body is the credential; same-origin, zod-validated, throttled per address; tested in tests/integration/fair-hiring.test.ts and tests/e2e/fair-hiring.spec.ts",
  },
  {
    kind: "route",
    id: "POST /api/invitations/accept",
    url: null,
    expect: access("ok", {}, "ok"),
    why: "public: the invitation token in the body is the credential; same-origin, throttled per address; tested in people.spec",
  },
  {
    kind: "route",
    id: "POST /api/cron/reminders",
    url: null,
    expect: access("denied"),
    why: "cron secret only, tested in reminders tests",
  },
  {
    kind: "route",
    id: "GET /api/interviews/[id]/invite.ics",
    url: "/api/interviews/[interview]/invite.ics",
    expect: access("ok", { managerOther: "denied", recruiterOff: "denied", panelPending: "denied" }),
    why: "an interview's calendar invitation: its interviewer and the role's hiring leads (canReadInterviewCalendar)",
  },
  {
    kind: "route",
    id: "GET /api/roles/[id]/gaps.csv",
    url: "/api/roles/[role]/gaps.csv",
    expect: access("ok", {
      recruiterOff: "denied",
      panelPending: "denied",
      interviewer: "denied",
      managerOther: "denied",
    }),
    why: "gaps CSV",
  },
  {
    kind: "route",
    id: "GET /api/roles/[id]/scores.csv",
    url: "/api/roles/[role]/scores.csv",
    expect: access("ok", {
      recruiterOff: "denied",
      panelPending: "denied",
      interviewer: "denied",
      managerOther: "denied",
    }),
    why: "scores CSV",
  },
  {
    kind: "route",
    id: "GET /api/v1/applications/[id]/gaps",
    url: "/api/v1/applications/[application]/gaps",
    expect: access("signin"),
    why: "API: token only",
  },
  {
    kind: "route",
    id: "GET /api/v1/applications/[id]/scorecards",
    url: "/api/v1/applications/[application]/scorecards",
    expect: access("signin"),
    why: "API: token only",
  },
  { kind: "route", id: "GET /api/v1/roles", url: "/api/v1/roles", expect: access("signin"), why: "API: token only" },
  ...(["GET", "POST", "PUT", "PATCH", "DELETE"] as const).map((method): EntryPoint => ({
    kind: "route",
    id: `${method} /api/v1/[...path]`,
    url: method === "GET" ? "/api/v1/no-such-endpoint" : null,
    expect: access("denied", {}, "denied"),
    why: "an /api/v1 address no endpoint answers: a JSON 404 for everyone, reading nothing",
  })),
  {
    kind: "route",
    id: "GET /api/v1/roles/[id]/candidates",
    url: "/api/v1/roles/[role]/candidates",
    expect: access("signin"),
    why: "API: token only",
  },
  // ------------------------------------------------------------------ server actions (tests/access/action-points.ts)
  ...ACTION_POINTS,
];
