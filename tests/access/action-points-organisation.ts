// Server-action access rows: the organisation's settings, people, fair hiring, check-ins,
// interviewer readiness and the matrix (see tests/access/action-points.ts).
import {
  ADMIN_ONLY,
  MANAGERS,
  NO_SUCH_ID,
  ROLE_OWNER,
  SIGNED_IN,
  TRAINEES,
  allExcept,
  type ActionPoint,
} from "./action-rules";

const category = { label: "Access probe question", options: "First answer\nSecond answer", active: false };

export const ORGANISATION_ACTIONS: ActionPoint[] = [
  // ------------------------------------------------------------------ people and settings (admins)
  {
    kind: "action",
    id: "lib/people/actions.ts#addPersonAction",
    rule: 'can("managePeople")',
    who: "admins",
    refused: ADMIN_ONLY,
    args: () => [{ name: "Access Probe", email: "access-probe-person@example.com", kind: "INTERVIEWER" }],
    // Someone who is already a user: refused as a duplicate, after authorization.
    allowedArgs: () => [{ name: "Access Probe", email: "interviewer@example.com", kind: "INTERVIEWER" }],
  },
  {
    kind: "action",
    id: "lib/people/actions.ts#inviteAction",
    rule: 'can("managePeople")',
    who: "admins; emails a one-time link",
    refused: ADMIN_ONLY,
    args: (ids) => [{ userId: ids.user }],
    allowedArgs: () => [{ userId: NO_SUCH_ID }],
    allowedAlso: ["not_found"],
  },
  {
    kind: "action",
    id: "lib/people/actions.ts#changeKindAction",
    rule: 'can("managePeople")',
    who: "admins; optimistic version",
    refused: ADMIN_ONLY,
    args: (ids) => [{ userId: ids.user, kind: "ADMIN", version: 1 }],
    allowedArgs: (ids) => [{ userId: ids.user, kind: "ADMIN", version: 999_999 }],
  },
  {
    kind: "action",
    id: "lib/people/actions.ts#setActiveAction",
    rule: 'can("managePeople")',
    who: "admins; optimistic version",
    refused: ADMIN_ONLY,
    args: (ids) => [{ userId: ids.user, active: false, version: 1 }],
    allowedArgs: (ids) => [{ userId: ids.user, active: false, version: 999_999 }],
  },
  {
    kind: "action",
    id: "lib/people/actions.ts#recordTimeZoneAction",
    rule: "signed in",
    who: "any signed-in person, for their own time zone (read from their own tz cookie)",
    refused: SIGNED_IN,
    args: () => [],
  },
  {
    kind: "action",
    id: "lib/settings/actions.ts#setFeedbackVisibilityAction",
    rule: 'can("changeSettings")',
    who: "admins",
    refused: ADMIN_ONLY,
    args: () => [{ feedbackVisibility: "ALWAYS" }],
    allowedUnprobed:
      "it would change the organisation's visibility rule other specs rely on; tests/integration/org-settings.test.ts",
  },
  {
    kind: "action",
    id: "lib/settings/actions.ts#setJobAdSettingsAction",
    rule: 'can("changeSettings")',
    who: "admins: organisation profile, benefits and equal-opportunity text for job ads",
    refused: ADMIN_ONLY,
    args: () => [{ jobAdProfile: "Access probe", jobAdBenefits: "", jobAdEqualOpportunity: "" }],
    allowedUnprobed: "it would replace the organisation's job-ad texts; tests/integration/org-settings.test.ts",
  },
  {
    kind: "action",
    id: "lib/settings/actions.ts#setCheckInDaysAction",
    rule: 'can("changeSettings")',
    who: "admins: check-in days",
    refused: ADMIN_ONLY,
    args: () => [{ checkInDays: "30, 60" }],
    allowedUnprobed:
      "it would change the organisation's check-in days other specs count; tests/integration/org-settings.test.ts",
  },
  // ------------------------------------------------------------------ fair hiring
  {
    kind: "action",
    id: "lib/fair-hiring/actions.ts#createSelfIdLinkAction",
    rule: "canSendSelfIdLink",
    who: "admins, and recruiters on the team of a role the candidate applied to (any recruiter for a candidate with no application)",
    refused: allExcept("recruiter", "admin"),
    args: (ids) => [{ candidateId: ids.candidate }],
    // Allowed: a new link for [candidate] (the old one stops working; nothing else changes).
  },
  {
    kind: "action",
    id: "lib/fair-hiring/actions.ts#setFairHiringMinGroupAction",
    rule: 'can("changeSettings")',
    who: "admins: the fair-hiring report's smallest group shown",
    refused: ADMIN_ONLY,
    args: () => [{ minGroup: 999 }],
    allowedUnprobed:
      "it would change the report's smallest group tests/e2e/fair-hiring.spec.ts reads; tests/integration/fair-hiring.test.ts",
  },
  {
    kind: "action",
    id: "lib/fair-hiring/actions.ts#createSelfIdCategoryAction",
    rule: 'can("changeSettings")',
    who: "admins: add a self-identification question",
    refused: ADMIN_ONLY,
    args: () => [category],
    allowedUnprobed:
      "it would add a question every self-identification form then asks; tests/integration/fair-hiring.test.ts",
  },
  {
    kind: "action",
    id: "lib/fair-hiring/actions.ts#updateSelfIdCategoryAction",
    rule: 'can("changeSettings")',
    who: "admins: reword, change the answers of, retire or restore a self-identification question",
    refused: ADMIN_ONLY,
    args: () => [NO_SUCH_ID, { ...category, version: 1 }],
    allowedAlso: ["not_found"],
  },
  // ------------------------------------------------------------------ quality of hire
  {
    kind: "action",
    id: "lib/quality/actions.ts#submitCheckInAction",
    rule: "canRecordCheckIn",
    who: "the hire's role owner, their delegate, admins; idempotent",
    refused: allExcept("managerOwner", "admin"),
    // A check-in day the organisation does not have: refused after the rule.
    args: (ids) => [
      {
        applicationId: ids.hire,
        milestoneDays: 3_333,
        ratings: [{ domainId: ids.domain, rating: 2, evidence: "Access probe: seen on the job." }],
        overall: 3,
        wouldHireAgain: true,
        note: "",
      },
    ],
  },
  {
    kind: "action",
    id: "lib/quality/actions.ts#reassignCheckInsAction",
    rule: 'can("assignCheckIns")',
    who: "admins",
    refused: ADMIN_ONLY,
    // To an interviewer: refused (not a manager), after the capability check.
    args: (ids) => [{ applicationId: ids.hire, delegateId: ids.user }],
  },
  // ------------------------------------------------------------------ interviewer readiness
  {
    kind: "action",
    id: "lib/readiness/actions.ts#updateReadinessSettingsAction",
    rule: 'can("changeSettings")',
    who: "admins: readiness requirements, default weekly limit",
    refused: ADMIN_ONLY,
    args: () => [{ shadowsRequired: 9, reverseShadowsRequired: 9, calibrationPassMark: 99, weeklyInterviewLimit: 1 }],
    allowedUnprobed:
      "it would change the requirements tests/e2e/readiness.spec.ts claims against; tests/integration/readiness.test.ts",
  },
  {
    kind: "action",
    id: "lib/readiness/actions.ts#setWeeklyLimitAction",
    rule: 'can("manageReadiness")',
    who: "managers and admins",
    refused: MANAGERS,
    args: (ids) => [{ userId: ids.user, limit: 0 }],
    allowedArgs: () => [{ userId: NO_SUCH_ID, limit: 0 }],
    allowedAlso: ["not_found"],
  },
  {
    kind: "action",
    id: "lib/readiness/actions.ts#grantQualificationAction",
    rule: 'can("manageReadiness")',
    who: "managers and admins, with a reason",
    refused: MANAGERS,
    args: (ids) => [{ userId: ids.user, domainId: ids.domain, note: "Access probe" }],
    allowedArgs: (ids) => [{ userId: NO_SUCH_ID, domainId: ids.domain, note: "Access probe" }],
    allowedAlso: ["not_found"],
  },
  {
    kind: "action",
    id: "lib/readiness/actions.ts#revokeQualificationAction",
    rule: 'can("manageReadiness")',
    who: "managers and admins, with a reason",
    refused: MANAGERS,
    args: (ids) => [{ userId: ids.user, domainId: ids.domain, note: "Access probe" }],
    allowedArgs: (ids) => [{ userId: NO_SUCH_ID, domainId: ids.domain, note: "Access probe" }],
    allowedAlso: ["not_found"],
  },
  {
    kind: "action",
    id: "lib/readiness/actions.ts#createCalibrationExerciseAction",
    rule: 'can("manageReadiness")',
    who: "managers and admins",
    refused: MANAGERS,
    args: (ids) => [{ domainId: ids.domain, items: 3 }],
    // Not a domain of the matrix: refused after the capability check.
    allowedArgs: () => [{ domainId: NO_SUCH_ID, items: 3 }],
  },
  {
    kind: "action",
    id: "lib/readiness/actions.ts#claimQualificationAction",
    rule: "canTrainAsInterviewer",
    who: "anyone who interviews, for themselves, once every step is done",
    refused: TRAINEES,
    args: () => [{ domainId: NO_SUCH_ID }],
  },
  {
    kind: "action",
    id: "lib/readiness/actions.ts#submitCalibrationAttemptAction",
    rule: "canTrainAsInterviewer",
    who: "anyone who interviews, for themselves",
    refused: TRAINEES,
    // One answer to an item the exercise does not have: "rate every piece", nothing recorded.
    args: (ids) => [{ exerciseId: ids.exercise, answers: [{ itemId: NO_SUCH_ID, rating: 1 }] }],
  },
  // ------------------------------------------------------------------ the matrix (admins)
  ...(
    [
      ["startDraftAction", () => [], "it would open a draft the matrix specs expect to start themselves"],
      ["discardDraftAction", () => [], "it would discard a draft another spec may hold"],
      ["updateCellAction", () => [{ cellId: NO_SUCH_ID, indicators: ["Access probe indicator"], expected: [] }]],
      [
        "addDomainAction",
        () => [
          {
            key: "access-probe",
            name: "Access probe",
            shortName: "Probe",
            description: "Access probe: a domain nobody adds.",
          },
        ],
        "it would add a domain to an open draft",
      ],
      [
        "updateDomainAction",
        () => [{ domainId: NO_SUCH_ID, name: "Access probe", shortName: "Probe", description: "Access probe domain." }],
      ],
      ["retireDomainAction", () => [NO_SUCH_ID]],
      ["reorderDomainsAction", () => [[NO_SUCH_ID]]],
      ["setEmphasisAction", () => [{ clusterId: NO_SUCH_ID, domainId: NO_SUCH_ID, emphasis: "core" }]],
      [
        "publishDraftAction",
        () => [{ changeNote: "Access probe: must never be published." }],
        "it would publish an open draft",
      ],
      ["importMatrixAction", () => ["not a matrix file"]],
    ] as [string, () => unknown[], string?][]
  ).map(([name, args, unprobed]): ActionPoint => ({
    kind: "action",
    id: `lib/matrix/actions.ts#${name}`,
    rule: 'can("editMatrix")',
    who: "admins",
    refused: ADMIN_ONLY,
    args,
    allowedAlso: ["not_found"],
    ...(unprobed ? { allowedUnprobed: `${unprobed}; tests/integration/matrix-versions.test.ts` } : {}),
  })),
  {
    kind: "action",
    id: "lib/matrix/actions.ts#moveRoleAction",
    rule: "canEditRole",
    who: "the role's owner or an admin",
    refused: ROLE_OWNER,
    // A dry run: reports what the move would change, writes nothing.
    args: (ids) => [{ roleId: ids.role, versionId: ids.version, dryRun: true }],
  },
];
