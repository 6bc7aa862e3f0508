// A candidate's text limits without zod: the add-candidate form loads its schema lazily (on
// first focus) but shows the limits from the start; `newCandidateSchema` is built from these.
export const CANDIDATE_TEXT_MAX = { name: 120, source: 60, headline: 160 } as const;
