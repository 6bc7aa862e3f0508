// The header's links: on a tablet or desktop a manager's and an admin's rarer links sit under
// "More" so the header fits on one line at 1280 px; on a phone every link is in the scrolling list.
import { describe, expect, it } from "vitest";
import { navLinksFor } from "../../components/layout/nav-links";

const KINDS = ["ADMIN", "MANAGER", "INTERVIEWER", "RECRUITER"] as const;

describe("main navigation", () => {
  it("keeps every link, in one list, each once, whether or not it is under More", () => {
    for (const kind of KINDS)
      for (const hasInterviews of [false, true]) {
        const hrefs = navLinksFor(kind, hasInterviews).map((l) => l.href);
        expect(new Set(hrefs).size, kind).toBe(hrefs.length);
        expect(hrefs, kind).toContain("/matrix");
        if (hasInterviews) expect(hrefs, kind).toContain("/interviews");
      }
  });

  it("puts the rarer links of managers and admins under More, and keeps their daily ones and badges in view", () => {
    const shown = (kind: (typeof KINDS)[number], hasInterviews = false) =>
      navLinksFor(kind, hasInterviews)
        .filter((l) => !l.more)
        .map((l) => l.label);
    expect(shown("MANAGER")).toEqual(["My roles", "Questions", "Check-ins"]);
    expect(shown("MANAGER", true)).toEqual(["My roles", "Questions", "Check-ins", "My interviews"]);
    expect(shown("ADMIN")).toEqual(["People & matrix", "Roles", "Questions", "Check-ins"]);
    expect(
      navLinksFor("MANAGER")
        .filter((l) => l.more)
        .map((l) => l.label),
    ).toEqual(["Calibration", "Readiness", "Hiring quality", "Matrix"]);
    // Interviewers and recruiters have few links: no More menu.
    for (const kind of ["INTERVIEWER", "RECRUITER"] as const)
      for (const hasInterviews of [false, true])
        expect(navLinksFor(kind, hasInterviews).some((l) => l.more)).toBe(false);
  });
});
