// The sections of an interviewer's home (/interviews), named apart from the query that fills them
// (lib/data/my-interviews.ts) so the page's address can be checked without the database.

/** "closed": the candidate withdrew, was rejected/hired or erased before this scorecard was submitted. */
export type InterviewBucket = "draft" | "overdue" | "todo" | "submitted" | "closed";
/** The sections of what is still to do; each lists its first few and pages on its own (`?list=`). */
export const OPEN_BUCKETS = ["draft", "overdue", "todo", "closed"] as const;
export type OpenBucket = (typeof OPEN_BUCKETS)[number];
