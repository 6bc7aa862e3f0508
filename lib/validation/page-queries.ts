// The query parameters of the pages whose lists or filters live in modules proxy.ts cannot load
// (they reach the database), declared here once with the helpers of list-params.ts: the page
// (or its data module) parses with the schema, lib/security/page-query.ts maps the page's route
// to it for proxy.ts. Pages with a schema of their own elsewhere: /questions (question.ts),
// /admin/audit (audit-query.ts), the role pages (comparison.ts), the board and pipeline
// (list-params.ts).
import { z } from "zod";
import {
  choiceParam,
  cursorParam,
  flagParam,
  idParam,
  keyParam,
  mustBeOneOf,
  optional,
  pagingSchema,
  searchParam,
  textSearchParam,
  wholeNumberParam,
} from "./list-params";
import { comparisonBackParam } from "./comparison";
import { USER_KINDS } from "./people";
import { SELF_ID_FORM_ERRORS } from "./self-id";

/** /admin: the list of people. */
export const PEOPLE_STATUSES = ["active", "deactivated", "no-password"] as const;
export const peopleQuerySchema = pagingSchema.extend({
  q: textSearchParam(200),
  kind: optional(z.enum(USER_KINDS), mustBeOneOf(USER_KINDS)),
  status: optional(z.enum(PEOPLE_STATUSES), mustBeOneOf(PEOPLE_STATUSES)),
});

/** /quality/interviewers and /quality/questions: sortable, paged (lib/quality/validity-lists.ts sorts by these keys). */
export const INTERVIEWER_SORT_KEYS = ["name", "rho", "offset", "spread", "alpha", "hires", "ratings"] as const;
export const QUESTION_SORT_KEYS = ["domain", "uses", "spread", "passRate", "auc"] as const;
const dirParam = optional(z.enum(["asc", "desc"]), mustBeOneOf(["asc", "desc"]));
export const interviewerListQuerySchema = pagingSchema.extend({
  sort: choiceParam(INTERVIEWER_SORT_KEYS, "name"),
  dir: dirParam,
});
export const questionListQuerySchema = pagingSchema.extend({
  sort: choiceParam(QUESTION_SORT_KEYS, "domain"),
  dir: dirParam,
  show: choiceParam(["all", "flagged"] as const, "all"),
});

/** /readiness/team has two paged lists: the people (searchable) and the exercises, whose cursors have their own names. */
export const teamQuerySchema = pagingSchema.extend({ q: searchParam });
export const exerciseListQuerySchema = z.object({ exAfter: cursorParam, exBefore: cursorParam });
export const teamPageQuerySchema = teamQuerySchema.extend(exerciseListQuerySchema.shape);

/** /candidates/[id]: the comparison page it was opened from, for the way back. */
export const candidatePageQuerySchema = z.object({ back: comparisonBackParam });

/** /check-ins/[id]: which due check-in to open, by its number of days after the hire. */
export const checkInQuerySchema = z.object({ m: wholeNumberParam(1, 3650) });

/** /matrix and /admin/matrix/draft: which role cluster to show. */
export const clusterQuerySchema = z.object({ cluster: keyParam });
/** /admin/matrix: the version just published, for the banner. */
export const matrixVersionsQuerySchema = z.object({ published: wholeNumberParam(1, 1_000_000) });
/** /admin/matrix/diff: the two versions to compare. */
export const matrixDiffQuerySchema = z.object({ from: idParam, to: idParam });

/** /roles/new: a template to start from, or scratch=1. */
export const newRoleQuerySchema = z.object({ template: idParam, scratch: flagParam });

/** /fair-hiring: the role and self-id question shown. */
export const fairHiringQuerySchema = z.object({ role: idParam, category: keyParam });

/** /self-id/[token]: what the form's last post said (app/api/self-id/route.ts). */
const SELF_ID_ERROR_CODES = Object.keys(SELF_ID_FORM_ERRORS) as [keyof typeof SELF_ID_FORM_ERRORS];
export const selfIdQuerySchema = z.object({
  saved: flagParam,
  /** Sent with no answer chosen: nothing recorded. */
  nothing: flagParam,
  error: optional(z.enum(SELF_ID_ERROR_CODES), "is not an answer this form gives."),
});

/** /signin: next-auth's error code (letters), a throttle's carrying its wait ("RateLimited:45"). */
export const signInQuerySchema = z.object({
  error: optional(z.string().regex(/^[A-Za-z]{1,64}(:\d{1,7})?$/), "is not a sign-in error this page knows."),
  // The page to return to (lib/auth/return-to.ts decides whether it is one; anything else is ignored).
  callbackUrl: optional(z.string().max(2000), "is longer than an address of this app."),
});
