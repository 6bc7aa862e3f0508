// The Readiness link is for everyone who interviews (canTrainAsInterviewer), never for recruiters.
import { describe, expect, it } from "vitest";
import { navLinksFor } from "../../../components/layout/nav-links";
import { canTrainAsInterviewer } from "../../../lib/auth/permissions";

describe("Readiness in the main navigation", () => {
  it("is shown exactly to the kinds of people who train as interviewers", () => {
    for (const kind of ["ADMIN", "MANAGER", "INTERVIEWER", "RECRUITER"] as const)
      for (const hasInterviews of [false, true])
        expect(
          navLinksFor(kind, hasInterviews).filter((l) => l.href === "/readiness"),
          `${kind} ${hasInterviews}`,
        ).toHaveLength(canTrainAsInterviewer({ kind }) ? 1 : 0);
  });
});
