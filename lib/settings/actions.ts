"use server";
// Organisation settings (admin): lib/settings/service.ts authorizes with can("changeSettings").
import { defineAction } from "../run-action";
import { checkInDaysSchema } from "../validation/check-in";
import { jobAdSettingsSaveSchema } from "../validation/job-ad-settings";
import { setCheckInDays, setFeedbackVisibility, setJobAdSettings, visibilitySchema } from "./service";

const opts = { revalidate: "/admin", requires: "changeSettings" } as const;

export const setFeedbackVisibilityAction = defineAction(
  visibilitySchema,
  (actor, input) => setFeedbackVisibility(actor, input),
  opts,
);
export const setJobAdSettingsAction = defineAction(
  jobAdSettingsSaveSchema,
  (actor, input) => setJobAdSettings(actor, input),
  opts,
);
// The schema turns the typed "90, 182" into sorted days; the service reads the typed form.
export const setCheckInDaysAction = defineAction(
  checkInDaysSchema,
  (actor, input) => setCheckInDays(actor, { checkInDays: input.checkInDays.join(", ") }),
  opts,
);
