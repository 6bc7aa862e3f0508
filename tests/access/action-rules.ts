// The types and persona sets of the server actions' access rows (tests/access/action-points.ts).
import { PERSONAS, type Persona } from "./personas";

/** The `kind` of an action's failure result (lib/action-result.ts). */
export type ResultKind =
  | "ok"
  | "invalid"
  | "not_found"
  | "forbidden"
  | "locked"
  | "unauthenticated"
  | "conflict"
  | "busy"
  | "error"
  | "rate_limited";

/** Ids the probes aim at: the access table's demo objects, plus those the action probes need. */
export type ActionIds = {
  role: string;
  application: string;
  stage: string;
  version: string;
  candidate: string;
  /** An interview of the interviewer persona (theirs alone to score). */
  interview: string;
  exercise: string;
  question: string;
  /** noor@'s interview on [application]: scheduled, not scored. */
  panelInterview: string;
  /** The interviewer persona's user id (a person admins and managers act on). */
  user: string;
  /** The demo hire whose check-ins admins and the hire's manager record. */
  hire: string;
  /** A domain of the current matrix. */
  domain: string;
  /** The email of [candidate], who is already on [role]. */
  candidateEmail: string;
  /** An API token the admin made for the probe: nobody else's to revoke. */
  token: string;
};

export type ActionPoint = {
  kind: "action";
  id: string;
  /** The lib/auth (or lib/scorecards/access) rule the action's service checks. */
  rule: string;
  who: string;
  /** No page uses it yet, so Next builds no endpoint for it: nothing to probe over HTTP until one does. */
  noPageYet?: true;
  /** Personas the action refuses; every other persona is allowed. Anonymous is always refused. */
  refused: Persona[];
  /** Positional arguments for a refused persona's probe: valid input aimed at a real object. */
  args: (ids: ActionIds) => unknown[];
  /** Arguments for an allowed persona's probe (default: `args`): stops after authorization, changes nothing shared. */
  allowedArgs?: (ids: ActionIds) => unknown[];
  /**
   * Failure kinds that show an allowed persona got past authorization, besides ok/invalid/
   * conflict/locked. "not_found" only where the capability check comes before the lookup
   * (the probe then names an object that does not exist).
   */
  allowedAlso?: ResultKind[];
  /** Why the allowed side is not probed over HTTP here (it would change shared demo data), and where it is tested. */
  allowedUnprobed?: string;
  /** Probed after every other action (it ends the persona's sessions). */
  last?: true;
};

/** The personas other than those named: who a rule refuses, given who it allows. */
export function allExcept(...allowed: Persona[]): Persona[] {
  return PERSONAS.filter((p) => !allowed.includes(p));
}

/** A well-formed id that names nothing: for probes where the object does not matter, or must not exist. */
export const NO_SUCH_ID = "access-probe-no-such-object";

export const ADMIN_ONLY = allExcept("admin");
/** can("manageReadiness"), can("createRoles"): managers and admins. */
export const MANAGERS = allExcept("managerOwner", "managerOther", "panelPending", "admin");
/** can("manageCandidates"): recruiters and admins. */
export const RECRUITERS = allExcept("recruiter", "recruiterOff", "admin");
/** canEditRole / canDecideOnCandidates on [role]: its owner and admins. */
export const ROLE_OWNER = allExcept("managerOwner", "admin");
/** canEditRoleLogistics / canManagePipeline on [role]: its owner, its recruiter, admins. */
export const HIRING_TEAM = allExcept("managerOwner", "recruiter", "admin");
/** canTrainAsInterviewer: everyone signed in but recruiters. */
export const TRAINEES = allExcept("interviewer", "managerOwner", "managerOther", "panelPending", "admin");
/** Any signed-in person (for themselves). */
export const SIGNED_IN: Persona[] = ["anonymous"];
