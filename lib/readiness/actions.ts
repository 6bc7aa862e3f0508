"use server";
// Interviewer readiness actions (lib/readiness/service.ts authorizes and validates).
import { runAction } from "../run-action";
import {
  claimQualification,
  createCalibrationExercise,
  grantQualification,
  revokeQualification,
  setWeeklyLimit,
  submitCalibrationAttempt,
  updateReadinessSettings,
} from "./service";

export async function updateReadinessSettingsAction(input: unknown) {
  return runAction((actor) => updateReadinessSettings(actor, input), { revalidate: "/admin" });
}
export async function setWeeklyLimitAction(input: unknown) {
  return runAction((actor) => setWeeklyLimit(actor, input), { revalidate: "/readiness/team" });
}
export async function grantQualificationAction(input: unknown) {
  return runAction((actor) => grantQualification(actor, input), { revalidate: "/readiness/team" });
}
export async function revokeQualificationAction(input: unknown) {
  return runAction((actor) => revokeQualification(actor, input), { revalidate: "/readiness/team" });
}
export async function claimQualificationAction(input: unknown) {
  return runAction((actor) => claimQualification(actor, input), { revalidate: "/readiness" });
}
export async function submitCalibrationAttemptAction(input: unknown) {
  return runAction((actor) => submitCalibrationAttempt(actor, input), { revalidate: "/readiness" });
}
export async function createCalibrationExerciseAction(input: unknown) {
  return runAction((actor) => createCalibrationExercise(actor, input), { revalidate: "/readiness/team" });
}
