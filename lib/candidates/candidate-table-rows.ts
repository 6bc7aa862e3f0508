// The recruiter's candidate list as the browser receives it: one compact tuple a candidate. The
// table is a client component (components/pipeline/candidate-table.tsx) because a server-rendered
// table travels twice, as HTML and again as the same element tree in the page's data for
// hydration (about 1.1 kB a row there, a third of the recruiter home's weight); as tuples the
// page's data carries about 0.2 kB a row and the markup is built from them.
import { standingText, type VisibleStatus } from "../applications/status";
import { formatDate } from "../dates";

/** An application as the row lists it: id, role title, where it stands ("Platform screen", "hired"). */
export type CandidateTableApplication = [id: string, roleTitle: string, standing: string];
/** A candidate: id, name, headline, source, the day they were added (viewer's zone), applications. */
export type CandidateTableRow = [
  id: string,
  name: string,
  headline: string | null,
  source: string | null,
  added: string,
  applications: CandidateTableApplication[],
];

export function candidateTableRows(
  rows: {
    id: string;
    name: string;
    headline: string | null;
    source: string | null;
    createdAt: Date;
    applications: { id: string; roleTitle: string; status: VisibleStatus; stage: string | null }[];
  }[],
  timeZone: string,
): CandidateTableRow[] {
  return rows.map((c) => [
    c.id,
    c.name,
    c.headline,
    c.source,
    formatDate(c.createdAt, timeZone),
    c.applications.map((a): CandidateTableApplication => [a.id, a.roleTitle, standingText(a.status, a.stage)]),
  ]);
}
