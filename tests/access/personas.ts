// Who the access tables speak for (described in tests/access/entry-points.ts), in one list for the
// page and route rows (entry-points.ts) and the server actions' rows (action-rules.ts).
export const PERSONAS = [
  "anonymous",
  "interviewer",
  "managerOwner",
  "managerOther",
  "recruiter",
  "recruiterOff",
  "panelPending",
  "admin",
] as const;
export type Persona = (typeof PERSONAS)[number];
