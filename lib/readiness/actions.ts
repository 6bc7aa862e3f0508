"use server";
// Interviewer readiness actions (lib/readiness/service.ts authorizes; it parses again with the same schemas).
import { defineAction } from "../run-action";
import {
  attemptSchema,
  claimSchema,
  createExerciseSchema,
  grantSchema,
  readinessSettingsSchema,
  revokeSchema,
  weeklyLimitSchema,
} from "../validation/readiness";
import {
  claimQualification,
  createCalibrationExercise,
  grantQualification,
  revokeQualification,
  setWeeklyLimit,
  submitCalibrationAttempt,
  updateReadinessSettings,
} from "./service";

const team = { revalidate: "/readiness/team", requires: "manageReadiness" } as const;
const own = { revalidate: "/readiness" };

export const updateReadinessSettingsAction = defineAction(
  readinessSettingsSchema,
  (actor, input) => updateReadinessSettings(actor, input),
  { revalidate: "/admin", requires: "changeSettings" },
);
export const setWeeklyLimitAction = defineAction(
  weeklyLimitSchema,
  (actor, input) => setWeeklyLimit(actor, input),
  team,
);
export const grantQualificationAction = defineAction(
  grantSchema,
  (actor, input) => grantQualification(actor, input),
  team,
);
export const revokeQualificationAction = defineAction(
  revokeSchema,
  (actor, input) => revokeQualification(actor, input),
  team,
);
export const createCalibrationExerciseAction = defineAction(
  createExerciseSchema,
  (actor, input) => createCalibrationExercise(actor, input),
  team,
);
export const claimQualificationAction = defineAction(
  claimSchema,
  (actor, input) => claimQualification(actor, input),
  own,
);
export const submitCalibrationAttemptAction = defineAction(
  attemptSchema,
  (actor, input) => submitCalibrationAttempt(actor, input),
  own,
);
