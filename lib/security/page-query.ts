// Filters in page addresses. A page cannot answer 400 itself (Next renders pages as 200, 404 or a
// redirect), so proxy.ts checks the filters of the pages listed here with the same schemas the
// pages parse them with and answers 400 naming the parameter, before the page runs. The pages
// still drop what they cannot use, should a request reach them some other way.
import type { z } from "zod";
import { auditQueryStrictSchema } from "../validation/audit-query";
import { questionFilterStrictSchema } from "../validation/question";

const PAGE_FILTERS: { path: RegExp; schema: z.ZodObject }[] = [
  { path: /^\/questions\/?$/, schema: questionFilterStrictSchema },
  { path: /^\/admin\/audit\/?$/, schema: auditQueryStrictSchema },
];

/** Why the address's filters cannot be used (a sentence naming the parameter), or null. */
export function pageQueryRefusal(pathname: string, params: URLSearchParams): string | null {
  const page = PAGE_FILTERS.find((p) => p.path.test(pathname));
  if (!page) return null;
  for (const key of Object.keys(page.schema.shape)) {
    for (const value of params.getAll(key)) {
      const parsed = page.schema.safeParse({ [key]: value });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return issue?.message && issue.message.includes("“")
          ? issue.message
          : `“${key}” has a value this page cannot use.`;
      }
    }
  }
  return null;
}
