// The independence rule of access.ts as database filters, so every reader asks PostgreSQL for
// "the applications whose feedback this viewer may see" instead of loading rows and redacting
// them in JavaScript. Two forms of the same rule:
// - `visibleFeedbackWhere`: a Prisma `where` on Application (lists, counts, exports);
// - `hiddenReasonSql`: a SQL expression over an Application alias giving NULL when the
//   feedback is visible, else the reason it is hidden (aggregations in raw SQL);
// - `visibleApplicationsCtes`: the same as a set, `visible(app_id, role_id)`, for reports over
//   many roles (the planner can estimate a set; it cannot estimate the expression).
// `feedbackAccess` in access.ts stays the definition; tests/integration/visibility-sql.test.ts
// checks both forms against it on random data, for every kind of viewer and setting.
import { Prisma } from "../generated/prisma/client";
import type { FeedbackVisibility } from "../generated/prisma/enums";
import { OUTCOMES } from "../applications/status";
import { hiringLeadScope } from "../auth/permissions";
import type { Viewer } from "./access";

type ApplicationWhere = Prisma.ApplicationWhereInput;

/**
 * isHiringLead as a filter, by hiringLeadScope (lib/auth/permissions.ts): every application
 * (true), those of the roles the viewer owns, those of the roles whose team they are on, or
 * none (false). A boolean where the answer doesn't depend on
 * the application, because Prisma reads an empty `{}` inside OR as "no condition" rather
 * than "true".
 */
export function hiringLeadWhere(viewer: Viewer): ApplicationWhere | boolean {
  switch (hiringLeadScope(viewer)) {
    case "every-role":
      return true;
    case "owned-roles":
      return { role: { ownerId: viewer.id } };
    case "team-roles":
      return { role: { members: { some: { userId: viewer.id, function: "RECRUITER" } } } };
    case "none":
      return false;
  }
}

const NOTHING: ApplicationWhere = { id: { in: [] } };

/** The viewer has at least one interview of their own on the application ("on the loop"). */
const onLoopWhere = (viewer: Viewer): ApplicationWhere => ({ interviews: { some: { interviewerId: viewer.id } } });

/** Every interview of the viewer's on the application has the viewer's submitted scorecard (vacuously true off the loop). */
const nothingPendingWhere = (viewer: Viewer): ApplicationWhere => ({
  interviews: {
    none: { interviewerId: viewer.id, scorecards: { none: { interviewerId: viewer.id, status: "SUBMITTED" } } },
  },
});

/** Applications whose submitted feedback the viewer may see, under the organisation's setting. */
export function visibleFeedbackWhere(viewer: Viewer, visibility: FeedbackVisibility): ApplicationWhere {
  const lead = hiringLeadWhere(viewer);
  switch (visibility) {
    case "ALWAYS":
      return lead === true ? {} : lead === false ? onLoopWhere(viewer) : { OR: [lead, onLoopWhere(viewer)] };
    case "NEVER":
      return lead === true
        ? nothingPendingWhere(viewer)
        : lead === false
          ? NOTHING
          : { AND: [lead, nothingPendingWhere(viewer)] };
    case "AFTER_SUBMIT":
      return {
        AND: [
          nothingPendingWhere(viewer),
          lead === true ? {} : lead === false ? onLoopWhere(viewer) : { OR: [lead, onLoopWhere(viewer)] },
        ],
      };
  }
}

/** SQL boolean: the viewer is a hiring lead of the application aliased `app` (hiringLeadScope). */
function leadSql(viewer: Viewer, app: Prisma.Sql): Prisma.Sql {
  switch (hiringLeadScope(viewer)) {
    case "every-role":
      return Prisma.sql`TRUE`;
    case "owned-roles":
      return Prisma.sql`EXISTS (SELECT 1 FROM "Role" vr WHERE vr.id = ${app}."roleId" AND vr."ownerId" = ${viewer.id})`;
    case "team-roles":
      return Prisma.sql`EXISTS (SELECT 1 FROM "RoleMember" vm WHERE vm."roleId" = ${app}."roleId" AND vm."userId" = ${viewer.id} AND vm.function = 'RECRUITER')`;
    case "none":
      return Prisma.sql`FALSE`;
  }
}

/**
 * SQL expression: NULL when the viewer may see the feedback of the application aliased `app`
 * (a trusted identifier such as `a`), else 'submit-first' | 'never' | 'not-on-team', the
 * HiddenReason of access.ts. Same branches as `feedbackAccess`, in the same order.
 */
export function hiddenReasonSql(viewer: Viewer, visibility: FeedbackVisibility, appAlias = "a"): Prisma.Sql {
  const app = Prisma.raw(`"${appAlias.replace(/"/g, "")}"`);
  const onLoop = Prisma.sql`EXISTS (SELECT 1 FROM "Interview" vi WHERE vi."applicationId" = ${app}.id AND vi."interviewerId" = ${viewer.id})`;
  const pending = Prisma.sql`EXISTS (SELECT 1 FROM "Interview" vi WHERE vi."applicationId" = ${app}.id AND vi."interviewerId" = ${viewer.id}
    AND NOT EXISTS (SELECT 1 FROM "Scorecard" vs WHERE vs."interviewId" = vi.id AND vs."interviewerId" = ${viewer.id} AND vs.status = 'SUBMITTED'))`;
  return reasonCase(visibility, leadSql(viewer, app), onLoop, pending);
}

/** The branches of feedbackAccess, in its order, over SQL booleans. */
function reasonCase(
  visibility: FeedbackVisibility,
  lead: Prisma.Sql,
  onLoop: Prisma.Sql,
  pending: Prisma.Sql,
): Prisma.Sql {
  const always = visibility === "ALWAYS" ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
  const never = visibility === "NEVER" ? Prisma.sql`TRUE` : Prisma.sql`FALSE`;
  return Prisma.sql`(CASE
    WHEN ${pending} THEN (CASE WHEN ${always} THEN NULL WHEN ${never} AND NOT (${lead}) THEN 'never' ELSE 'submit-first' END)
    WHEN ${lead} THEN NULL
    WHEN NOT ${onLoop} THEN 'not-on-team'
    WHEN ${never} THEN 'never'
    ELSE NULL END)`;
}

/**
 * The same rule for the applications of ONE role, cheaper at scale: whether the viewer is a
 * hiring lead is the same for every application of a role (`lead`, from isHiringLead), and the
 * applications the viewer is on the loop of are the few rows of a CTE built from their own
 * interviews (by index), instead of two EXISTS probes per application.
 * `ctes` defines `viewer_loop(app_id, pending)` (put it after WITH); LEFT JOIN it to the
 * applications as `loopAlias` (`LEFT JOIN viewer_loop vl ON vl.app_id = a.id`) and use
 * `reason(loopAlias)`.
 */
export function roleHiddenReasonSql(viewer: Viewer, visibility: FeedbackVisibility, roleId: string, lead: boolean) {
  const ctes = Prisma.sql`viewer_loop AS MATERIALIZED (
    SELECT vi."applicationId" AS app_id,
      bool_or(NOT EXISTS (SELECT 1 FROM "Scorecard" vs WHERE vs."interviewId" = vi.id AND vs."interviewerId" = ${viewer.id} AND vs.status = 'SUBMITTED')) AS pending
    FROM "Interview" vi JOIN "Application" va ON va.id = vi."applicationId"
    WHERE vi."interviewerId" = ${viewer.id} AND va."roleId" = ${roleId}
    GROUP BY vi."applicationId"
  )`;
  const reason = (loopAlias: string) => {
    const vl = Prisma.raw(`"${loopAlias.replace(/"/g, "")}"`);
    return reasonCase(
      visibility,
      lead ? Prisma.sql`TRUE` : Prisma.sql`FALSE`,
      Prisma.sql`(${vl}.app_id IS NOT NULL)`,
      Prisma.sql`(${vl}.pending IS TRUE)`,
    );
  };
  return { ctes, reason };
}

/**
 * visibleStatus (lib/applications/status.ts) as SQL, over a row alias carrying `reason` (from
 * the expressions above) and `real_status`: hired/rejected read CLOSED while the feedback is hidden.
 * `hidden` says whether it did.
 */
export function visibleStatusSql(alias: string) {
  const a = Prisma.raw(`"${alias.replace(/"/g, "")}"`);
  const hidden = Prisma.sql`(${a}.reason IS NOT NULL AND ${a}.real_status::text IN (${Prisma.join(OUTCOMES)}))`;
  const status = Prisma.sql`(CASE WHEN ${a}.reason IS NOT NULL THEN ${hiddenFeedbackStatusSql(Prisma.sql`${a}.real_status`)} ELSE ${a}.real_status::text END)`;
  return { status, hidden };
}

/** visibleStatus for a row whose feedback is known to be hidden from the viewer: an outcome reads CLOSED. */
export function hiddenFeedbackStatusSql(realStatus: Prisma.Sql) {
  return Prisma.sql`(CASE WHEN ${realStatus}::text IN (${Prisma.join(OUTCOMES)}) THEN 'CLOSED' ELSE ${realStatus}::text END)`;
}

/** SQL: the ids of the roles whose applications the viewer is a hiring lead of (hiringLeadScope, per role). */
function leadRolesSql(viewer: Viewer): Prisma.Sql {
  switch (hiringLeadScope(viewer)) {
    case "every-role":
      return Prisma.sql`SELECT id AS role_id FROM "Role"`;
    case "owned-roles":
      return Prisma.sql`SELECT id AS role_id FROM "Role" WHERE "ownerId" = ${viewer.id}`;
    case "team-roles":
      return Prisma.sql`SELECT "roleId" AS role_id FROM "RoleMember" WHERE "userId" = ${viewer.id} AND function = 'RECRUITER'`;
    case "none":
      return Prisma.sql`SELECT NULL::text AS role_id WHERE FALSE`;
  }
}

/**
 * The same rule for sums kept per role (role-wide rollups), as a correction: a hiring lead sees
 * every application of their roles except the ones they still owe a scorecard on, and anyone
 * sees the applications they interviewed on elsewhere once they submitted, so what a viewer
 * may see is "the lead roles' sums" minus or plus a few applications, all among the viewer's
 * own interviews (by index). `ctes` defines, after WITH:
 * - `lead_roles(role_id)`: the roles whose sums count whole;
 * - `feedback_adjust(app_id, role_id, sign)`: -1 for an application of a lead role whose
 *   feedback is hidden from the viewer, +1 for a visible one outside their lead roles.
 */
export function roleRollupAdjustmentSql(viewer: Viewer, visibility: FeedbackVisibility) {
  const ctes = Prisma.sql`lead_roles AS MATERIALIZED (${leadRolesSql(viewer)}),
  viewer_apps AS MATERIALIZED (
    SELECT vi."applicationId" AS app_id, va."roleId" AS role_id, (va."roleId" IN (SELECT role_id FROM lead_roles)) AS lead,
      bool_or(NOT EXISTS (SELECT 1 FROM "Scorecard" vs WHERE vs."interviewId" = vi.id AND vs."interviewerId" = ${viewer.id} AND vs.status = 'SUBMITTED')) AS pending
    FROM "Interview" vi JOIN "Application" va ON va.id = vi."applicationId"
    WHERE vi."interviewerId" = ${viewer.id}
    GROUP BY vi."applicationId", va."roleId"
  ),
  feedback_adjust AS MATERIALIZED (
    SELECT app_id, role_id, sign FROM (
      SELECT app_id, role_id, (${reasonCase(visibility, Prisma.sql`lead`, Prisma.sql`TRUE`, Prisma.sql`pending`)} IS NULL)::int - lead::int AS sign
      FROM viewer_apps
    ) x WHERE sign <> 0
  )`;
  return { ctes };
}

/**
 * The applications whose feedback the viewer may see, as the CTE `visible(app_id, role_id)`
 * (with the helper CTEs of roleRollupAdjustmentSql; put it after WITH): every application of
 * the viewer's lead roles but the ones they still owe a scorecard on, plus the ones outside
 * those roles they interviewed on and may see. Same answer as `hiddenReasonSql(...) IS NULL`,
 * but PostgreSQL estimates a role join and an anti-join on a few rows well, where it guessed
 * 52 of 10,366 applications for the expression and planned a report's 75,000 ratings as
 * nested loops (the per-interviewer quality page: seconds instead of a fraction of one).
 */
export function visibleApplicationsCtes(viewer: Viewer, visibility: FeedbackVisibility): Prisma.Sql {
  return Prisma.sql`${roleRollupAdjustmentSql(viewer, visibility).ctes},
  visible AS MATERIALIZED (
    SELECT a.id AS app_id, a."roleId" AS role_id FROM "Application" a
    WHERE a."roleId" IN (SELECT role_id FROM lead_roles)
      AND NOT EXISTS (SELECT 1 FROM feedback_adjust fa WHERE fa.app_id = a.id AND fa.sign < 0)
    UNION ALL
    SELECT app_id, role_id FROM feedback_adjust WHERE sign > 0
  )`;
}
