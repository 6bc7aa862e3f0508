// Demo accounts, one per kind of user (plus a few more interviewers and a second manager).
// Listed on the sign-in page only when the database is the demo organisation.
export const DEMO_PASSWORD = "demo-password"; // dev/demo only, never a production credential

export const DEMO_USERS = [
  { email: "admin@example.com", name: "Alex Morgan", kind: "ADMIN" },
  { email: "manager@example.com", name: "Jordan Lee", kind: "MANAGER" },
  { email: "interviewer@example.com", name: "Sam Rivera", kind: "INTERVIEWER" },
  { email: "recruiter@example.com", name: "Riley Chen", kind: "RECRUITER" },
  { email: "dana@example.com", name: "Dana Whitfield", kind: "MANAGER" },
  { email: "priya@example.com", name: "Priya Natarajan", kind: "INTERVIEWER" },
  { email: "tomas@example.com", name: "Tomás García", kind: "INTERVIEWER" },
  { email: "mei@example.com", name: "Mei Tanaka", kind: "INTERVIEWER" },
  { email: "kwame@example.com", name: "Kwame Mensah", kind: "INTERVIEWER" },
] as const;

/** The four accounts shown on the sign-in page, one per kind. */
export const DEMO_SIGN_IN = DEMO_USERS.slice(0, 4);
