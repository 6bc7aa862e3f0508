// The one independence rule (lib/scorecards/access.ts), worked case by case.
import { describe, expect, it } from "vitest";
import { feedbackAccess, type ApplicationFeedbackContext, type Viewer } from "../../lib/scorecards/access";

const admin: Viewer = { id: "admin", kind: "ADMIN" };
const owner: Viewer = { id: "owner", kind: "MANAGER" };
const otherManager: Viewer = { id: "m2", kind: "MANAGER" };
const teamRecruiter: Viewer = { id: "rec", kind: "RECRUITER" };
const outsideRecruiter: Viewer = { id: "rec2", kind: "RECRUITER" };
const interviewer: Viewer = { id: "iv", kind: "INTERVIEWER" };

/** A role owned by "owner", with "rec" as recruiter and "iv", "m2" as team interviewers. */
function ctx(own: ("DRAFT" | "SUBMITTED")[] = [], viewerInterviews = own.length): ApplicationFeedbackContext {
  return {
    roleOwnerId: "owner",
    teamRecruiterIds: ["rec"],
    ownScorecards: own.map((status) => ({ status })),
    viewerInterviews,
  };
}
const none = ctx();
const pending = ctx(["DRAFT"]);
const submitted = ctx(["SUBMITTED"]);

describe("feedbackAccess: who sees other people's feedback on an application", () => {
  it.each([
    // viewer, context, setting, expected
    ["admin, no interview", admin, none, "AFTER_SUBMIT", { visible: true }],
    ["admin, no interview, NEVER", admin, none, "NEVER", { visible: true }],
    ["admin with a draft of their own", admin, pending, "AFTER_SUBMIT", { visible: false, reason: "submit-first" }],
    [
      "admin with a draft, NEVER: still 'submit first' (leads see after)",
      admin,
      pending,
      "NEVER",
      { visible: false, reason: "submit-first" },
    ],
    ["admin with a draft, ALWAYS", admin, pending, "ALWAYS", { visible: true }],
    ["admin who submitted, NEVER", admin, submitted, "NEVER", { visible: true }],
    ["role owner, no interview", owner, none, "AFTER_SUBMIT", { visible: true }],
    ["role owner, no interview, NEVER", owner, none, "NEVER", { visible: true }],
    ["role owner interviewing, draft", owner, pending, "AFTER_SUBMIT", { visible: false, reason: "submit-first" }],
    [
      "role owner interviewing, no scorecard started",
      owner,
      ctx([], 1),
      "AFTER_SUBMIT",
      { visible: false, reason: "submit-first" },
    ],
    [
      "role owner, two interviews, one submitted",
      owner,
      ctx(["SUBMITTED", "DRAFT"]),
      "AFTER_SUBMIT",
      { visible: false, reason: "submit-first" },
    ],
    [
      "role owner, two interviews, one scorecard (submitted)",
      owner,
      ctx(["SUBMITTED"], 2),
      "AFTER_SUBMIT",
      { visible: false, reason: "submit-first" },
    ],
    ["role owner, both submitted, NEVER", owner, ctx(["SUBMITTED", "SUBMITTED"]), "NEVER", { visible: true }],
    ["team recruiter, no interview", teamRecruiter, none, "AFTER_SUBMIT", { visible: true }],
    [
      "team recruiter interviewing, draft",
      teamRecruiter,
      pending,
      "AFTER_SUBMIT",
      { visible: false, reason: "submit-first" },
    ],
    ["team recruiter who submitted", teamRecruiter, submitted, "NEVER", { visible: true }],
    ["recruiter not on the team", outsideRecruiter, none, "AFTER_SUBMIT", { visible: false, reason: "not-on-team" }],
    ["manager who doesn't own the role", otherManager, none, "AFTER_SUBMIT", { visible: false, reason: "not-on-team" }],
    [
      "manager who doesn't own the role, ALWAYS",
      otherManager,
      none,
      "ALWAYS",
      { visible: false, reason: "not-on-team" },
    ],
    [
      "non-owner manager interviewing, draft",
      otherManager,
      pending,
      "AFTER_SUBMIT",
      { visible: false, reason: "submit-first" },
    ],
    ["non-owner manager who submitted", otherManager, submitted, "AFTER_SUBMIT", { visible: true }],
    [
      "non-owner manager who submitted, NEVER: an interviewer like any other",
      otherManager,
      submitted,
      "NEVER",
      { visible: false, reason: "never" },
    ],
    ["interviewer, draft", interviewer, pending, "AFTER_SUBMIT", { visible: false, reason: "submit-first" }],
    ["interviewer, draft, NEVER", interviewer, pending, "NEVER", { visible: false, reason: "never" }],
    ["interviewer, draft, ALWAYS", interviewer, pending, "ALWAYS", { visible: true }],
    ["interviewer who submitted", interviewer, submitted, "AFTER_SUBMIT", { visible: true }],
    ["interviewer who submitted, NEVER", interviewer, submitted, "NEVER", { visible: false, reason: "never" }],
    ["interviewer who submitted, ALWAYS", interviewer, submitted, "ALWAYS", { visible: true }],
    [
      "interviewer not on this candidate's loop, ALWAYS",
      interviewer,
      none,
      "ALWAYS",
      { visible: false, reason: "not-on-team" },
    ],
  ] as const)("%s", (_label, viewer, context, setting, expected) => {
    expect(feedbackAccess(viewer, context, setting)).toEqual(expected);
    expect(feedbackAccess(viewer, context, setting).visible).toBe(expected.visible);
  });
});
