// Filters in page addresses. A page cannot answer 400 itself (Next renders pages as 200, 404 or a
// redirect), so proxy.ts checks the query of every page that reads one, before the page runs,
// with the schema the page parses it with: each page's parameters are declared once with the
// helpers of lib/validation/list-params.ts, which give the page its lenient parse (drop what it
// cannot use, should a request reach it some other way) and proxy.ts its strict check (400 with
// a sentence naming the parameter). Parameters a page does not declare (utm_source…) pass.
//
// Every app/**/page.tsx that reads searchParams must have its route here: a unit test lists them
// from the file tree (tests/unit/page-query-registry.test.ts).
import type { z } from "zod";
import { auditQuerySchema } from "../validation/audit-query";
import { comparisonQuerySchema } from "../validation/comparison";
import {
  boardSchema,
  candidateListSchema,
  myInterviewsSchema,
  pagingSchema,
  queryRefusal,
} from "../validation/list-params";
import {
  candidatePageQuerySchema,
  checkInQuerySchema,
  clusterQuerySchema,
  fairHiringQuerySchema,
  interviewerListQuerySchema,
  matrixDiffQuerySchema,
  matrixVersionsQuerySchema,
  newRoleQuerySchema,
  peopleQuerySchema,
  questionListQuerySchema,
  selfIdQuerySchema,
  signInQuerySchema,
  teamPageQuerySchema,
} from "../validation/page-queries";
import { questionFilterSchema } from "../validation/question";

/** Route (as in app/, route groups left out) → the query its page declares. */
export const PAGE_QUERIES: Record<string, z.ZodObject> = {
  "/admin": peopleQuerySchema,
  "/admin/audit": auditQuerySchema,
  "/admin/matrix": matrixVersionsQuerySchema,
  "/admin/matrix/diff": matrixDiffQuerySchema,
  "/admin/matrix/draft": clusterQuerySchema,
  "/calibration": pagingSchema,
  "/candidates/[id]": candidatePageQuerySchema,
  "/check-ins": pagingSchema,
  "/check-ins/[id]": checkInQuerySchema,
  "/fair-hiring": fairHiringQuerySchema,
  "/interviews": myInterviewsSchema,
  "/matrix": clusterQuerySchema,
  "/pipeline": candidateListSchema,
  "/pipeline/roles/[id]": boardSchema,
  "/quality/interviewers": interviewerListQuerySchema,
  "/quality/questions": questionListQuerySchema,
  "/questions": questionFilterSchema,
  "/readiness": pagingSchema,
  "/readiness/team": teamPageQuerySchema,
  "/roles": pagingSchema,
  "/roles/[id]": comparisonQuerySchema,
  "/roles/[id]/compare": comparisonQuerySchema,
  "/roles/new": newRoleQuerySchema,
  "/self-id/[token]": selfIdQuerySchema,
  "/signin": signInQuerySchema,
};

const ROUTES = Object.entries(PAGE_QUERIES)
  .map(([route, query]) => {
    const segments = route.split("/").slice(1);
    const pattern = segments
      .map((s) => (/^\[[^\]]+\]$/.test(s) ? "[^/]+" : s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
      .join("/");
    return {
      route,
      query,
      path: new RegExp(`^/${pattern}/?$`),
      dynamic: segments.filter((s) => s.startsWith("[")).length,
    };
  })
  // Static segments win over dynamic ones, as in Next's routing (/roles/new before /roles/[id]).
  .sort((a, b) => a.dynamic - b.dynamic);

/** The registered route a path is served by, or null when its page reads no query. */
export function pageQueryRoute(pathname: string): string | null {
  return ROUTES.find((r) => r.path.test(pathname))?.route ?? null;
}

/** Why the address's query cannot be used by its page (a sentence naming the parameter), or null. */
export function pageQueryRefusal(pathname: string, params: URLSearchParams): string | null {
  const page = ROUTES.find((r) => r.path.test(pathname));
  return page ? queryRefusal(page.query, params) : null;
}
